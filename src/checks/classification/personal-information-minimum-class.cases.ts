import { asset, assetDescription } from "../../../test/support/fixtures-classification.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "personal information at C2", description: assetDescription([asset()]) },
    {
      name: "public, non-personal data at C1",
      description: assetDescription([asset({ confidentiality: "C1", personalInformation: false })]),
    },
  ],
  invalid: [
    {
      name: "personal information at C1",
      description: assetDescription([asset({ confidentiality: "C1" })]),
      expected: [{ messageId: "belowMinimum", path: "/systems/0/dataAssets/0/confidentiality" }],
    },
    {
      name: "My Number data without the personal flag still counts",
      description: assetDescription([asset({ confidentiality: "C1", personalInformation: undefined, myNumber: true })]),
      expected: [{ messageId: "belowMinimum", path: "/systems/0/dataAssets/0/confidentiality" }],
    },
    {
      name: "class not stated",
      description: assetDescription([asset({ confidentiality: undefined })]),
      expected: [{ messageId: "confidentialityMissing", outcome: "needs-evidence", path: "/systems/0/dataAssets/0" }],
    },
  ],
};

export default table;
