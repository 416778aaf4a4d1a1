import { defineIntervalCheck, latestActivity } from "../interval.js";
import { BETA_MODELS } from "../zones/beta-preconditions.js";

/** Why this practice is recommended (the message reference; not the policy's or the guideline's words). */
const PRACTICE = {
  basis: "practice",
  reference: {
    ja: "訓練は研修を実際の行動に結び付ける「啓発」（6(5)）の手段で、基本方針は間隔を定めない（間隔はプロファイルの intervals.drillMonths）",
    en: "Drills turn training into practice, part of the awareness-raising of 6(5); the policy sets no interval (interval: the profile's intervals.drillMonths)",
  },
} as const;

/**
 * Drills (targeted-mail exercises, incident response drills) turn training into practice
 * (6(5) 啓発). The latest drill is compared with an interval that is recommended practice
 * (profile `intervals.drillMonths`).
 */
export default defineIntervalCheck({
  interval: "drillMonths",
  activity: { ja: "訓練", en: "the drill" },
  // Under β and β', drills unstated or none at all are a precondition of the model that beta-preconditions
  // reports (it asks, or fails at high): one finding. Their recency stays this check's.
  select: (municipality, ctx) =>
    (BETA_MODELS as readonly string[]).includes(ctx.profile.networkModel) && (municipality.drills ?? []).length === 0
      ? []
      : [latestActivity("drills", municipality.drills, ctx.evaluationDate)],
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
        ...PRACTICE,
        ja: "前回の訓練（{{lastJa}}）から{{months}}か月を超えている（期限：{{dueJa}}。推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "The last drill was held on {{lastEn}}, more than {{months}} months ago (due {{dueEn}}; recommended practice; the profile's interval: every {{months}} months)",
      },
      never: {
        ...PRACTICE,
        ja: "訓練を一度も実施していない（drills が空、または中止・延期の行だけ。推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "No drill has ever been held (drills is empty, or lists only drills cancelled or postponed; recommended practice; the profile's interval: every {{months}} months)",
      },
      missing: {
        ...PRACTICE,
        ja: "実施した訓練（drills）の記載がない（推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "No drills are listed (drills) (recommended practice; the profile's interval: every {{months}} months)",
      },
    },
    remediation: {
      ja: "標的型メール訓練やインシデント対応訓練を計画的に実施し、訓練の記録（drills）に記載すること",
      en: "Hold targeted-mail exercises or incident response drills on a schedule and list them under drills",
    },
  },
});
