import { defineIntervalCheck } from "../interval.js";

/**
 * Clause 6(5) asks for sufficient education and awareness; training is held within an interval
 * that is recommended practice (profile `intervals.trainingMonths`).
 */
export default defineIntervalCheck({
  interval: "trainingMonths",
  select: (municipality) => [{ date: municipality.training?.lastDate, path: ["training", "lastDate"] }],
  meta: {
    id: "training-current",
    area: "human",
    title: {
      ja: "情報セキュリティ研修を定期的に実施すること",
      en: "Security training must be held periodically",
    },
    clauses: ["6(5)"],
    threats: ["T1", "T2"],
    basis: "practice",
    severity: "medium",
    target: "municipality",
    messages: {
      overdue: {
        ja: "最後の情報セキュリティ研修は {{last}} で、{{months}}か月を超えている（推奨される運用：{{months}}か月ごと）",
        en: "Security training was last held on {{last}}, more than {{months}} months ago (recommended practice: every {{months}} months)",
      },
      missing: {
        ja: "最後に研修を実施した日（training.lastDate）の記載がない（推奨される運用：{{months}}か月ごと）",
        en: "The date of the last security training (training.lastDate) is not stated (recommended practice: every {{months}} months)",
      },
    },
    remediation: {
      ja: "全職員等を対象とする情報セキュリティ研修を計画的に実施し、実施日を記録すること",
      en: "Plan and hold security training for all staff and record when it took place",
    },
  },
});
