import { municipality, withMunicipality } from "../../../test/support/fixtures-human.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const training = (staffCategories?: string[]) =>
  withMunicipality(
    municipality({ training: { lastDate: "2025-11-15", completionRate: 100, ...(staffCategories ? { staffCategories } : {}) } }),
  );

const table: CheckTable = {
  valid: [{ name: "training for all three staff categories", description: training(["fiscal-year", "part-time", "regular"]) }],
  invalid: [
    {
      name: "training for regular staff only",
      description: training(["regular"]),
      expected: [{ messageId: "missingCategories", path: "/municipality/training/staffCategories" }],
    },
    {
      name: "categories not stated",
      description: training(),
      expected: [{ messageId: "categoriesUnknown", outcome: "needs-evidence", path: "/municipality/training/staffCategories" }],
    },
    {
      name: "no training facts at all",
      description: withMunicipality(municipality({ training: undefined })),
      expected: [{ messageId: "categoriesUnknown", outcome: "needs-evidence", path: "/municipality/training/staffCategories" }],
    },
  ],
};

export default table;
