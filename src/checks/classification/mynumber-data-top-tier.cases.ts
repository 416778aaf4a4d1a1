import { description, lgwanSystem, mynumberSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

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
      name: "an r6 class below 3A counts as below the top tier",
      description: residents("3B"),
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
