import { ALL_SCENARIOS, withBcp } from "../../../test/support/fixtures-operations.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const reviewed = (lastReviewed?: string) =>
  withBcp({ exists: true, scenarios: ALL_SCENARIOS, coveredSystems: ["juki"], ...(lastReviewed ? { lastReviewed } : {}) });

const table: CheckTable = {
  valid: [
    { name: "reviewed last September", description: reviewed("2025-09-01") },
    { name: "no ICT-BCP: not applicable", description: withBcp({ exists: false }) },
  ],
  invalid: [
    {
      // Fourth auditor (r4): a date after the evaluation date is no record of the activity by then.
      name: "dated after the evaluation date",
      description: reviewed("2026-12-01"),
      expected: [{ messageId: "afterDate", outcome: "needs-evidence", path: "/municipality/bcp/lastReviewed" }],
    },
    {
      name: "last reviewed two years ago",
      description: reviewed("2024-03-01"),
      expected: [{ messageId: "overdue", path: "/municipality/bcp/lastReviewed" }],
    },
    {
      name: "review date not stated",
      description: reviewed(),
      expected: [{ messageId: "missing", outcome: "needs-evidence", path: "/municipality/bcp/lastReviewed" }],
    },
  ],
};

export default table;
