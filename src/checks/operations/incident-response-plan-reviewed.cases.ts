import { withPlan } from "../../../test/support/fixtures-operations.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const reviewed = (lastReviewed?: string) => withPlan({ exists: true, reportingRoutes: true, ...(lastReviewed ? { lastReviewed } : {}) });

const table: CheckTable = {
  valid: [
    { name: "reviewed last October", description: reviewed("2025-10-01") },
    { name: "reviewed exactly twelve months ago", description: reviewed("2025-04-01") },
    { name: "no plan: not applicable (incident-response-plan reports it)", description: withPlan({ exists: false }) },
  ],
  invalid: [
    {
      // Fourth auditor (r4): a date after the evaluation date is no record of the activity by then.
      name: "dated after the evaluation date",
      description: reviewed("2026-12-01"),
      expected: [{ messageId: "afterDate", outcome: "needs-evidence", path: "/municipality/incidentResponsePlan/lastReviewed" }],
    },
    {
      name: "last reviewed over a year ago",
      description: reviewed("2025-03-31"),
      expected: [{ messageId: "overdue", path: "/municipality/incidentResponsePlan/lastReviewed" }],
    },
    {
      name: "review date not stated",
      description: reviewed(),
      expected: [{ messageId: "missing", outcome: "needs-evidence", path: "/municipality/incidentResponsePlan/lastReviewed" }],
    },
  ],
};

export default table;
