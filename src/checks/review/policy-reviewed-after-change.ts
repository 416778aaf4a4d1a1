import { defineCheck } from "../define-check.js";
import { RECORDS_POLICY_REVIEW } from "../shared.js";

/** Labels of the premises' values (kept here until the model files carry label tables of their own). */
const VALUE_LABELS: Readonly<Record<string, { ja: string; en: string }>> = {
  alpha: { ja: "αモデル", en: "the α model" },
  "alpha-prime": { ja: "α'モデル", en: "the α' model" },
  beta: { ja: "βモデル", en: "the β model" },
  "beta-prime": { ja: "β'モデル", en: "the β' model" },
  legacy: { ja: "従来の分類（機密性3・2・1）", en: "the legacy scheme (C3/C2/C1)" },
  r6: { ja: "令和6年10月版の分類（機密性3A〜1）", en: "the October 2024 scheme (3A to 1)" },
  "2020-12": { ja: "令和2年12月版", en: "December 2020" },
  "2022-03": { ja: "令和4年3月版", en: "March 2022" },
  "2023-03": { ja: "令和5年3月版", en: "March 2023" },
  "2024-10": { ja: "令和6年10月版", en: "October 2024" },
  "2025-03": { ja: "令和7年3月版", en: "March 2025" },
};

type Premise = "networkModel" | "classificationScheme" | "guidelineBaseline";

const PREMISES: readonly (readonly [Premise, string, string])[] = [
  ["networkModel", "ネットワークモデル", "network model"],
  ["classificationScheme", "情報資産の分類体系", "classification scheme"],
  ["guidelineBaseline", "準拠するガイドラインの版", "guideline revision followed"],
];

/**
 * Clause 8: the policy is reviewed 「情報セキュリティに関する状況の変化に対応するため新たに対策が必要になった場合」.
 * A change of the network model, the classification scheme or the guideline revision the
 * municipality follows is such a change. The profile holds today's values; the last review records
 * the values it assumed (`policyReview.reviewedUnder`). A difference means the policy has not been
 * reviewed since the change.
 */
export default defineCheck({
  meta: {
    id: "policy-reviewed-after-change",
    area: "review",
    title: {
      ja: "ネットワークモデル・分類体系・準拠するガイドラインの版を変えたときは、ポリシーを見直すこと",
      en: "The policy must be reviewed after a change of network model, classification scheme or guideline revision",
    },
    clauses: ["8"],
    threats: ["T1", "T2"],
    basis: "policy",
    severity: "medium",
    target: "municipality",
    applicability: RECORDS_POLICY_REVIEW,
    messages: {
      changedSinceReview: {
        ja: "{{premiseJa}}が、前回のポリシーの見直しの前提（{{thenJa}}）から変わっている（現在：{{nowJa}}）。状況の変化に応じた見直しがされていない（基本方針 8）",
        en: "The {{premiseEn}} has changed since the last policy review assumed it ({{thenEn}}; now {{nowEn}}); the policy has not been reviewed for the change (policy 8)",
      },
      premisesUnknown: {
        ja: "前回のポリシーの見直しの前提（policyReview.reviewedUnder の {{premiseJa}}）の記載がない",
        en: "What the last policy review assumed (the {{premiseEn}} under policyReview.reviewedUnder) is not stated",
      },
    },
    remediation: {
      ja: "変更に伴うリスクを分析したうえでポリシーを見直し、見直した日（policyReview.lastReviewed）と見直しの前提（policyReview.reviewedUnder）を更新すること",
      en: "Review the policy after analysing the risks the change brings, and update the review date (policyReview.lastReviewed) and its premises (policyReview.reviewedUnder)",
    },
  },
  *evaluate(municipality, ctx) {
    const under = municipality.policyReview?.reviewedUnder;
    for (const [premise, premiseJa, premiseEn] of PREMISES) {
      const then = under?.[premise];
      const path = ["policyReview", "reviewedUnder", premise];
      if (then === undefined) {
        yield ctx.needsEvidence("premisesUnknown", under === undefined ? ["policyReview", "reviewedUnder"] : path, {
          premiseJa,
          premiseEn,
        });
        if (under === undefined) return;
        continue;
      }
      const now = ctx.profile[premise];
      if (then !== now) {
        const label = (value: string) => VALUE_LABELS[value] ?? { ja: value, en: value };
        yield ctx.fail("changedSinceReview", path, {
          premiseJa,
          premiseEn,
          thenJa: label(then).ja,
          thenEn: label(then).en,
          nowJa: label(now).ja,
          nowEn: label(now).en,
        });
      }
    }
  },
});
