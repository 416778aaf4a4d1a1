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
      // 6(2) asks for classification; 2(2) and 2(3) say a system handles information, which is an asset.
      expected: [{ messageId: "noAssets", path: "/systems/0/dataAssets", clauses: ["6(2)", "2(2)", "2(3)"] }],
    },
    {
      name: "integrity and availability not classified",
      description: assetDescription([asset({ integrity: undefined, availability: undefined })]),
      // An auditor reads "not classified for integrity and availability" against 6(2) and the two
      // definitions concerned (2(7) 完全性, 2(8) 可用性), not against 機密性's 2(6).
      expected: [
        { messageId: "classesMissing", outcome: "needs-evidence", path: "/systems/0/dataAssets/0", clauses: ["6(2)", "2(7)", "2(8)"] },
      ],
    },
    {
      name: "confidentiality not classified",
      description: assetDescription([asset({ confidentiality: undefined })]),
      expected: [{ messageId: "classesMissing", outcome: "needs-evidence", path: "/systems/0/dataAssets/0", clauses: ["6(2)", "2(6)"] }],
    },
    {
      name: "assets not described",
      description: assetDescription(undefined),
      expected: [{ messageId: "assetsUnknown", outcome: "needs-evidence", path: "/systems/0/dataAssets", clauses: ["6(2)", "2(3)"] }],
    },
  ],
};

export default table;
