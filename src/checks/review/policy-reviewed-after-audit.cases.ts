import { activity, withEval } from "../../../test/support/fixtures-evaluation.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const review = (lastReviewed: string) => ({ policyReview: { lastReviewed, riskAnalysis: true } });

const table: CheckTable = {
  valid: [
    { name: "the review followed the audit that called for it", description: withEval() },
    {
      name: "a later audit found no need for review",
      description: withEval({ audits: [activity("2026-02-20", "external", { openFindings: 2, policyReviewNeeded: false })] }),
    },
    {
      name: "a later self-inspection with nothing open",
      description: withEval({ selfInspections: [activity("2026-03-01", "internal", { openFindings: 0 })] }),
    },
    { name: "reviewed on the day of the audit", description: withEval({ ...review("2025-11-01") }) },
    {
      // Fifty-eighth review: an audit planned after the evaluation date has no results yet to call for a review.
      name: "an audit planned after the evaluation date",
      description: withEval({
        ...review("2025-11-01"),
        audits: [activity("2025-11-01", "external", { openFindings: 0 }), activity("2026-06-15", "external")],
      }),
    },
  ],
  invalid: [
    {
      name: "an audit called for review after the last one",
      description: withEval({ ...review("2025-06-01") }),
      expected: [{ messageId: "reviewDue", path: "/municipality/audits/0/policyReviewNeeded" }],
    },
    {
      name: "a later audit with open findings does not say whether review is needed",
      description: withEval({ audits: [activity("2026-02-20", "external", { openFindings: 2 })] }),
      expected: [{ messageId: "reviewNeedUnknown", outcome: "needs-evidence", path: "/municipality/audits/0" }],
    },
    {
      name: "review needed but the last review date is not stated",
      description: withEval({ policyReview: { riskAnalysis: true } }),
      expected: [{ messageId: "lastReviewUnknown", outcome: "needs-evidence", path: "/municipality/policyReview/lastReviewed" }],
    },
  ],
};

export default table;
