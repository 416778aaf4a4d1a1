import { municipality, withMunicipality } from "../../../test/support/fixtures-human.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const training = (staffCategories?: string[], extra: Record<string, unknown> = {}) =>
  withMunicipality(
    municipality({ training: { lastDate: "2025-11-15", completionRate: 100, ...(staffCategories ? { staffCategories } : {}) }, ...extra }),
  );

const table: CheckTable = {
  valid: [
    { name: "training for all three staff categories", description: training(["fiscal-year", "part-time", "regular"]) },
    {
      name: "a town with no 非常勤職員 left says so",
      description: training(["fiscal-year", "regular"], { staffCategoriesAbsent: ["part-time"] }),
    },
  ],
  invalid: [
    {
      name: "declaring part-time staff absent does not excuse fiscal-year appointees",
      description: training(["regular"], { staffCategoriesAbsent: ["part-time"] }),
      expected: [{ messageId: "missingCategories", path: "/municipality/training/staffCategories" }],
    },
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
