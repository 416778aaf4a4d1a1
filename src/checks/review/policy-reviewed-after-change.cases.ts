import { withEval } from "../../../test/support/fixtures-evaluation.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const under = { networkModel: "alpha", classificationScheme: "legacy", guidelineBaseline: "2025-03" };
const reviewed = (reviewedUnder?: Record<string, unknown>) =>
  withEval({ policyReview: { lastReviewed: "2026-01-15", riskAnalysis: true, ...(reviewedUnder === undefined ? {} : { reviewedUnder }) } });

const table: CheckTable = {
  valid: [
    { name: "reviewed under today's model, scheme and guideline revision", description: reviewed(under) },
    { name: "no policy review described (not applicable)", description: withEval({ policyReview: undefined }) },
  ],
  invalid: [
    {
      name: "the city moved to β after its last review",
      description: reviewed(under),
      profile: { ...hitoyoshiProfile, networkModel: "beta" },
      expected: [{ messageId: "changedSinceReview", path: "/municipality/policyReview/reviewedUnder/networkModel" }],
    },
    {
      name: "the last review followed the March 2023 guideline",
      description: reviewed({ ...under, guidelineBaseline: "2023-03" }),
      expected: [{ messageId: "changedSinceReview", path: "/municipality/policyReview/reviewedUnder/guidelineBaseline" }],
    },
    {
      name: "the review's premises not stated",
      description: reviewed(undefined),
      expected: [{ messageId: "premisesUnknown", outcome: "needs-evidence", path: "/municipality/policyReview/reviewedUnder" }],
    },
    {
      name: "the scheme at the review not stated",
      description: reviewed({ networkModel: "alpha", guidelineBaseline: "2025-03" }),
      expected: [
        { messageId: "premisesUnknown", outcome: "needs-evidence", path: "/municipality/policyReview/reviewedUnder/classificationScheme" },
      ],
    },
  ],
};

export default table;
