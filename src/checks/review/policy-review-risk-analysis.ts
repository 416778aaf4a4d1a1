import { defineCheck } from "../define-check.js";
import { RECORDS_POLICY_REVIEW } from "../shared.js";

/**
 * Clause 8: before revising, analyse 「脅威の発生の可能性及び発生時の損失等」 and consider the risk.
 * Applies once a review is described; whether one is due is policy-review-current's question.
 */
export default defineCheck({
  meta: {
    id: "policy-review-risk-analysis",
    area: "review",
    title: {
      ja: "ポリシーの見直しでは、脅威の発生可能性と発生時の損失を分析してリスクを検討すること",
      en: "Policy reviews must analyse the likelihood and loss of threats",
    },
    clauses: ["8"],
    threats: ["T1", "T2", "T3", "T4", "T5"],
    basis: "policy",
    severity: "medium",
    target: "municipality",
    applicability: RECORDS_POLICY_REVIEW,
    messages: {
      noRiskAnalysis: {
        ja: "ポリシーの見直しで脅威の発生可能性と損失を分析していない（基本方針 8）",
        en: "The policy review did not analyse the likelihood and loss of threats (policy clause 8)",
      },
      unknown: {
        ja: "ポリシーの見直しでリスク分析をしたか（policyReview.riskAnalysis）の記載がない",
        en: "The policy review does not say whether risks were analysed (policyReview.riskAnalysis)",
      },
    },
    remediation: {
      ja: "保有する情報と利用するシステムごとに、脅威の発生可能性と発生時の損失を評価し、その結果を見直しに反映すること",
      en: "Assess, per information and system, how likely each threat is and what it would cost, and base the revision on the result",
    },
  },
  *evaluate(municipality, ctx) {
    const value = municipality.policyReview?.riskAnalysis;
    if (value === undefined) yield ctx.needsEvidence("unknown", ["policyReview", "riskAnalysis"]);
    else if (!value) yield ctx.fail("noRiskAnalysis", ["policyReview", "riskAnalysis"]);
  },
});
