import { system } from "../../../test/support/fixtures-technical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "reviewed two months ago", description: system({ accounts: { lastAccessReview: "2026-02-01" } }) },
    { name: "exactly six months ago", description: system({ accounts: { lastAccessReview: "2025-10-01" } }) },
  ],
  invalid: [
    {
      // Fourth auditor (r4): a date after the evaluation date is no record of the activity by then.
      name: "dated after the evaluation date",
      description: system({ accounts: { lastAccessReview: "2026-10-01" } }),
      expected: [{ messageId: "afterDate", outcome: "needs-evidence", path: "/systems/0/accounts/lastAccessReview" }],
    },
    {
      name: "reviewed ten months ago (default interval 6 months)",
      description: system({ accounts: { lastAccessReview: "2025-06-01" } }),
      expected: [{ messageId: "overdue", path: "/systems/0/accounts/lastAccessReview" }],
    },
    {
      name: "never recorded",
      description: system({ accounts: { uniqueUserIds: true } }),
      expected: [{ messageId: "missing", outcome: "needs-evidence", path: "/systems/0/accounts/lastAccessReview" }],
    },
  ],
};

export default table;
