import { defineCheck } from "../define-check.js";

/**
 * "Sufficient education" (6(5)) reaches everyone: the completion rate meets the profile's target,
 * which is recommended practice (`trainingCompletionRatePercent`, 95 % by default: staff on
 * parental or sick leave cannot attend, so 100 % is out of reach over a year).
 */
export default defineCheck({
  meta: {
    id: "training-completion-rate",
    area: "human",
    title: {
      ja: "情報セキュリティ研修の受講率を目標以上にすること",
      en: "Security training completion must reach the target rate",
    },
    clauses: ["6(5)"],
    threats: ["T1", "T2"],
    basis: "practice",
    severity: "medium",
    target: "municipality",
    messages: {
      belowTarget: {
        ja: "研修の受講率 {{rate}}% は目標 {{target}}% に届いていない（推奨される運用：受講率 {{target}}% 以上。休業中の職員等がいるため既定は95%）",
        en: "Training completion of {{rate}}% is below the target of {{target}}% (recommended practice: at least {{target}}%; the default is 95 % because some staff are on leave)",
      },
      rateUnknown: {
        ja: "研修の受講率（training.completionRate）の記載がない（推奨される運用：受講率 {{target}}% 以上）",
        en: "The training completion rate (training.completionRate) is not stated (recommended practice: at least {{target}}%)",
      },
    },
    remediation: {
      ja: "未受講者を把握して追加の受講機会（録画・e ラーニング等）を設け、受講を督促すること",
      en: "Track who has not completed the training, offer further sessions (recordings, e-learning) and follow up",
    },
  },
  *evaluate(municipality, ctx) {
    const target = ctx.profile.trainingCompletionRatePercent;
    const rate = municipality.training?.completionRate;
    const path = ["training", "completionRate"];
    if (rate === undefined) yield ctx.needsEvidence("rateUnknown", path, { target });
    else if (rate < target) yield ctx.fail("belowTarget", path, { rate, target });
  },
});
