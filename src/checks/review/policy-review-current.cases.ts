import { withEval } from "../../../test/support/fixtures-evaluation.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [{ name: "reviewed this January", description: withEval() }],
  invalid: [
    {
      // Fourth auditor (r4): a date after the evaluation date is no record of the activity by then.
      name: "dated after the evaluation date",
      description: withEval({ policyReview: { lastReviewed: "2026-12-01", riskAnalysis: true } }),
      expected: [{ messageId: "afterDate", outcome: "needs-evidence", path: "/municipality/policyReview/lastReviewed" }],
    },
    {
      name: "last reviewed in 2024",
      description: withEval({ policyReview: { lastReviewed: "2024-06-01", riskAnalysis: true } }),
      expected: [{ messageId: "overdue", path: "/municipality/policyReview/lastReviewed" }],
    },
    {
      name: "review not described",
      description: withEval({ policyReview: undefined }),
      expected: [{ messageId: "missing", outcome: "needs-evidence", path: "/municipality/policyReview/lastReviewed" }],
    },
  ],
};

export default table;
