import { defineIntervalCheck, latestActivity } from "../interval.js";

/**
 * Drills (targeted-mail exercises, incident response drills) turn training into practice
 * (6(5) 啓発). The latest drill is compared with an interval that is recommended practice
 * (profile `intervals.drillMonths`).
 */
export default defineIntervalCheck({
  interval: "drillMonths",
  select: (municipality) => [latestActivity("drills", municipality.drills)],
  meta: {
    id: "drills-current",
    area: "human",
    title: {
      ja: "標的型メール訓練等の訓練を定期的に実施すること",
      en: "Security drills (e.g. targeted-mail exercises) must be held periodically",
    },
    clauses: ["6(5)"],
    threats: ["T1"],
    basis: "practice",
    severity: "medium",
    target: "municipality",
    messages: {
      overdue: {
        ja: "最後の訓練は {{last}} で、{{months}}か月を超えている（推奨される運用：{{months}}か月ごと）",
        en: "The last drill was held on {{last}}, more than {{months}} months ago (recommended practice: every {{months}} months)",
      },
      missing: {
        ja: "実施した訓練（drills）の記載がない（推奨される運用：{{months}}か月ごと）",
        en: "No drills are listed (drills) (recommended practice: every {{months}} months)",
      },
    },
    remediation: {
      ja: "標的型メール訓練やインシデント対応訓練を計画的に実施し、drills に記録すること",
      en: "Hold targeted-mail exercises or incident response drills on a schedule and list them under drills",
    },
  },
});
