import { asset, assetDescription } from "../../../test/support/fixtures-classification.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "C, I and A given", description: assetDescription([asset()]) },
    { name: "r6 classes", description: assetDescription([asset({ confidentiality: "3B" })]) },
  ],
  invalid: [
    {
      name: "a system that lists no assets at all",
      description: assetDescription([]),
      expected: [{ messageId: "noAssets", path: "/systems/0/dataAssets" }],
    },
    {
      name: "integrity and availability not classified",
      description: assetDescription([asset({ integrity: undefined, availability: undefined })]),
      expected: [{ messageId: "classesMissing", outcome: "needs-evidence", path: "/systems/0/dataAssets/0" }],
    },
    {
      name: "assets not described",
      description: assetDescription(undefined),
      expected: [{ messageId: "assetsUnknown", outcome: "needs-evidence", path: "/systems/0/dataAssets" }],
    },
  ],
};

export default table;
