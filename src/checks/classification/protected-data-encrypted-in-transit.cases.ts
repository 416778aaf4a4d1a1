import { asset, assetDescription } from "../../../test/support/fixtures-classification.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "C2 data encrypted in transit", description: assetDescription([asset()]) },
    { name: "C1 data may travel in clear", description: assetDescription([asset({ confidentiality: "C1", encryptedInTransit: false })]) },
    {
      // Third review: C2 printouts are an information asset (4(2)②), but nothing on paper is sent
      // over a network; an auditor does not ask for their encryption (not applicable).
      name: "C2 printouts only (form: paper), encryption not stated",
      description: assetDescription([asset({ id: "printouts", form: "paper", encryptedInTransit: undefined })]),
    },
    {
      name: "printouts beside an encrypted electronic record: only the electronic one is judged",
      description: assetDescription([asset(), asset({ id: "printouts", form: "paper", encryptedInTransit: undefined })]),
    },
  ],
  invalid: [
    {
      name: "C2 data sent in clear",
      description: assetDescription([asset({ encryptedInTransit: false })]),
      expected: [{ messageId: "notEncrypted", path: "/systems/0/dataAssets/0/encryptedInTransit" }],
    },
    {
      name: "an asset on paper and electronically (form: both) sent in clear",
      description: assetDescription([asset({ form: "both", encryptedInTransit: false })]),
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
