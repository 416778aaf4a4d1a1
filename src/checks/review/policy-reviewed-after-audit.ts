import { dateData } from "../../engine/dates.js";
import type { RelativePath } from "../define-check.js";
import { defineCheck } from "../define-check.js";

const KINDS = [
  ["audits", "監査", "audit"],
  ["selfInspections", "自己点検", "self-inspection"],
] as const;

/**
 * Clause 8: when audit or self-inspection results show that the policy needs review, review it.
 *
 * The rule: every audit and self-inspection dated after the policy's last review is examined.
 * - `policyReviewNeeded: true` → the review it called for has not happened yet: fail.
 * - `policyReviewNeeded: false` → the results did not call for a review: nothing to do.
 * - not stated, with no open findings (`openFindings: 0`) → nothing suggests a review: nothing to do.
 * - not stated, with open findings or an unknown count → it cannot be told whether the results
 *   call for a review: needs evidence.
 * An activity on the same day as the review counts as taken up by it. Without a review date, an
 * activity that calls (or may call) for a review needs the date.
 */
export default defineCheck({
  meta: {
    id: "policy-reviewed-after-audit",
    area: "review",
    title: {
      ja: "監査・自己点検の結果、見直しが必要とされたときはポリシーを見直すこと",
      en: "The policy must be reviewed when an audit or self-inspection finds that it needs review",
    },
    clauses: ["8", "6(9)", "7"],
    threats: ["T2"],
    basis: "policy",
    severity: "medium",
    target: "municipality",
    applicability: {
      when: (municipality) => (municipality.audits?.length ?? 0) + (municipality.selfInspections?.length ?? 0) > 0,
      condition: {
        ja: "監査または自己点検の記録（audits・selfInspections）がある団体",
        en: "municipalities that record audits or self-inspections (audits, selfInspections)",
      },
    },
    messages: {
      reviewDue: {
        ja: "{{dateJa}}の{{kindJa}}でポリシーの見直しが必要とされたが、その後に見直していない（最後の見直し：{{lastJa}}）",
        en: "The {{kindEn}} of {{dateEn}} found that the policy needs review, but it has not been reviewed since (last review: {{lastEn}})",
      },
      reviewNeedUnknown: {
        ja: "{{dateJa}}の{{kindJa}}（最後の見直しより後）の結果、ポリシーの見直しが必要か（policyReviewNeeded）の記載がない",
        en: "The {{kindEn}} of {{dateEn}} (after the last review) does not say whether its results call for a policy review (policyReviewNeeded)",
      },
      lastReviewUnknown: {
        ja: "監査・自己点検でポリシーの見直しが必要とされた（または不明な）が、ポリシーを見直した日（policyReview.lastReviewed）の記載がない",
        en: "Audits or self-inspections call (or may call) for a policy review, but the date of the last review (policyReview.lastReviewed) is not stated",
      },
    },
    remediation: {
      ja: "指摘を踏まえ、リスクを分析したうえでポリシーを見直し、最後に見直した日（policyReview.lastReviewed）を更新すること。見直しが不要と判断したときはその旨（policyReviewNeeded: false）を記録すること",
      en: "Review the policy on the findings after a risk analysis and update policyReview.lastReviewed; when no review is needed, record policyReviewNeeded: false",
    },
  },
  *evaluate(municipality, ctx) {
    const last = municipality.policyReview?.lastReviewed;
    const due: { path: RelativePath; data: Record<string, string> }[] = [];
    const unknown: typeof due = [];
    for (const [key, kindJa, kindEn] of KINDS) {
      for (const [i, activity] of (municipality[key] ?? []).entries()) {
        if (last !== undefined && activity.date <= last) continue;
        // Not yet held on the evaluation date: a plan calls for no review (fifty-eighth review).
        if (activity.date > ctx.evaluationDate) continue;
        const data = {
          ...dateData("date", activity.date),
          kindJa,
          kindEn,
          ...(last === undefined ? { last: "-", lastJa: "記載なし", lastEn: "not stated" } : dateData("last", last)),
        };
        if (activity.policyReviewNeeded === true) due.push({ path: [key, i, "policyReviewNeeded"], data });
        else if (activity.policyReviewNeeded === undefined && activity.openFindings !== 0) unknown.push({ path: [key, i], data });
      }
    }
    if (last === undefined) {
      if (due.length + unknown.length > 0) yield ctx.needsEvidence("lastReviewUnknown", ["policyReview", "lastReviewed"]);
      return;
    }
    for (const { path, data } of due) yield ctx.fail("reviewDue", path, data);
    for (const { path, data } of unknown) yield ctx.needsEvidence("reviewNeedUnknown", path, data);
  },
});
