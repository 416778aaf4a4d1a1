import { asset, assetDescription } from "../../../test/support/fixtures-classification.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "C2 data encrypted in transit", description: assetDescription([asset()]) },
    { name: "C1 data may travel in clear", description: assetDescription([asset({ confidentiality: "C1", encryptedInTransit: false })]) },
  ],
  invalid: [
    {
      name: "C2 data sent in clear",
      description: assetDescription([asset({ encryptedInTransit: false })]),
      expected: [{ messageId: "notEncrypted", path: "/systems/0/dataAssets/0/encryptedInTransit" }],
    },
    {
      name: "C3 data, encryption not stated",
      description: assetDescription([asset({ confidentiality: "C3", encryptedInTransit: undefined })]),
      expected: [{ messageId: "encryptionUnknown", outcome: "needs-evidence", path: "/systems/0/dataAssets/0" }],
    },
  ],
};

export default table;
