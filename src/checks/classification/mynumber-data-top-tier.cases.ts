import { description, lgwanSystem, mynumberSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";

/** A profile on the October 2024 scheme, with My Number data's floor at 3B (its documented default). */
const r6 = {
  ...hitoyoshiProfile,
  classificationScheme: "r6" as const,
  handling: {
    protectFrom: "2" as const,
    municipalTerminalsFrom: "3B" as const,
    myNumberMinimum: "3B" as const,
    personalInformationMinimum: "2" as const,
  },
  cloud: { ...hitoyoshiProfile.cloud, assuranceRequiredFrom: "2" as const, clickThroughMaxConfidentiality: "1" as const },
};

const residents = (confidentiality?: string) =>
  description([
    mynumberSystem({
      dataAssets: [
        {
          id: "residents",
          name: "住民票データ",
          personalInformation: true,
          myNumber: true,
          ...(confidentiality ? { confidentiality } : {}),
        },
      ],
    }),
  ]);

const table: CheckTable = {
  valid: [
    // review §3 / Top-15 #10: under the r6 scheme, 特定個人情報 at 3B is correct (first: the check page shows it).
    { name: "r6: My Number data at 3B", profile: r6, description: residents("3B") },
    { name: "My Number data at C3", description: residents("C3") },
    { name: "no My Number data: not applicable", description: description([lgwanSystem()]) },
  ],
  invalid: [
    {
      name: "My Number data at C2",
      description: residents("C2"),
      expected: [{ messageId: "belowMinimum", path: "/systems/0/dataAssets/0/confidentiality" }],
    },
    {
      name: "legacy profile: an r6 3B sits below the legacy floor C3",
      description: residents("3B"),
      expected: [{ messageId: "belowMinimum", path: "/systems/0/dataAssets/0/confidentiality" }],
    },
    {
      name: "r6: My Number data at 3C",
      profile: r6,
      description: residents("3C"),
      expected: [{ messageId: "belowMinimum", path: "/systems/0/dataAssets/0/confidentiality" }],
    },
    {
      name: "class not stated",
      description: residents(),
      expected: [{ messageId: "confidentialityMissing", outcome: "needs-evidence", path: "/systems/0/dataAssets/0" }],
    },
  ],
};

export default table;
