import { system } from "../../../test/support/fixtures-technical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "reviewed two months ago", description: system({ accounts: { lastAccessReview: "2026-02-01" } }) },
    { name: "exactly six months ago", description: system({ accounts: { lastAccessReview: "2025-10-01" } }) },
    {
      // Fifty-eighth review: a review on the last day of the first half (9/30) is due again on the fiscal year's last
      // day (3/31), as periods are counted in Japan (民法 140, 143); adding six months to 9/30 ended it on 3/30.
      name: "reviewed on 30 September, evaluated on 31 March",
      description: { ...system({ accounts: { lastAccessReview: "2025-09-30" } }), evaluationDate: "2026-03-31" },
    },
  ],
  invalid: [
    {
      // Fourth auditor (r4): a date after the evaluation date is no record of the activity by then.
      name: "dated after the evaluation date",
      description: system({ accounts: { lastAccessReview: "2026-10-01" } }),
      expected: [{ messageId: "afterDate", outcome: "needs-evidence", path: "/systems/0/accounts/lastAccessReview" }],
    },
    {
      name: "reviewed on 30 September, evaluated on 1 April",
      description: { ...system({ accounts: { lastAccessReview: "2025-09-30" } }), evaluationDate: "2026-04-01" },
      expected: [
        { messageId: "overdue", path: "/systems/0/accounts/lastAccessReview", data: { due: "2026-03-31", dueJa: "2026年3月31日" } },
      ],
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
