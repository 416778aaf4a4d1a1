import { asset, assetDescription } from "../../../test/support/fixtures-classification.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const r6 = {
  ...hitoyoshiProfile,
  classificationScheme: "r6" as const,
  handling: { protectFrom: "2", municipalTerminalsFrom: "3A", myNumberMinimum: "3A", personalInformationMinimum: "3C" } as const,
};

const table: CheckTable = {
  valid: [
    { name: "legacy classes under the legacy scheme", description: assetDescription([asset({ confidentiality: "C2" })]) },
    { name: "r6 classes under the r6 scheme", description: assetDescription([asset({ confidentiality: "3B" })]), profile: r6 },
    { name: "no assets: nothing to compare", description: assetDescription([]) },
  ],
  invalid: [
    {
      name: "an r6 class under the legacy scheme",
      description: assetDescription([asset({ confidentiality: "3B" })]),
      expected: [{ messageId: "otherScheme", path: "/systems/0/dataAssets/0/confidentiality" }],
    },
    {
      name: "a legacy class left after moving to r6",
      description: assetDescription([asset({ confidentiality: "3C" }), asset({ id: "old", confidentiality: "C3" })]),
      profile: r6,
      expected: [{ messageId: "otherScheme", path: "/systems/0/dataAssets/1/confidentiality" }],
    },
    {
      name: "confidentiality not stated",
      description: assetDescription([asset({ confidentiality: undefined })]),
      expected: [{ messageId: "confidentialityMissing", outcome: "needs-evidence", path: "/systems/0/dataAssets/0" }],
    },
  ],
};

export default table;
