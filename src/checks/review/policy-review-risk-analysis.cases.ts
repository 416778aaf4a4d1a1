import { withEval } from "../../../test/support/fixtures-evaluation.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "review with risk analysis", description: withEval() },
    { name: "no review described (not applicable; policy-review-current asks for it)", description: withEval({ policyReview: undefined }) },
  ],
  invalid: [
    {
      name: "reviewed without risk analysis",
      description: withEval({ policyReview: { lastReviewed: "2026-01-15", riskAnalysis: false } }),
      expected: [{ messageId: "noRiskAnalysis", path: "/municipality/policyReview/riskAnalysis" }],
    },
    {
      name: "risk analysis not stated",
      description: withEval({ policyReview: { lastReviewed: "2026-01-15" } }),
      expected: [{ messageId: "unknown", outcome: "needs-evidence", path: "/municipality/policyReview/riskAnalysis" }],
    },
  ],
};

export default table;
