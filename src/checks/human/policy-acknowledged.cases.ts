import { municipality, withMunicipality } from "../../../test/support/fixtures-human.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const ack = (staffCategories?: string[], extra: Record<string, unknown> = {}) =>
  withMunicipality(
    municipality({ policyAcknowledgement: { lastDate: "2025-10-01", ...(staffCategories ? { staffCategories } : {}) }, ...extra }),
  );

const table: CheckTable = {
  valid: [
    { name: "all three staff categories acknowledged", description: ack(["regular", "part-time", "fiscal-year"]) },
    { name: "no 非常勤職員 left, declared absent", description: ack(["regular", "fiscal-year"], { staffCategoriesAbsent: ["part-time"] }) },
  ],
  invalid: [
    {
      name: "fiscal-year appointees left out",
      description: ack(["regular", "part-time"]),
      expected: [{ messageId: "missingCategories", path: "/municipality/policyAcknowledgement/staffCategories" }],
    },
    {
      name: "declaring part-time staff absent does not excuse fiscal-year appointees",
      description: ack(["regular"], { staffCategoriesAbsent: ["part-time"] }),
      expected: [
        {
          messageId: "missingCategories",
          path: "/municipality/policyAcknowledgement/staffCategories",
          data: { missing: "fiscal-year", labelsJa: "会計年度任用職員", labelsEn: "fiscal-year appointees" },
        },
      ],
    },
    {
      name: "categories not stated",
      description: ack(),
      expected: [
        { messageId: "categoriesUnknown", outcome: "needs-evidence", path: "/municipality/policyAcknowledgement/staffCategories" },
      ],
    },
  ],
};

export default table;
