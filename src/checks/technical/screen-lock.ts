import { defineCheck } from "../define-check.js";

/** Why this practice is recommended (the message reference; not the policy's or the guideline's words). */
const PRACTICE = {
  basis: "practice",
  reference: {
    ja: "離席中の端末の盗み見やなりすましを防ぐため、自動画面ロックを推奨する（分数はプロファイルの screenLockMinutes）",
    en: "An automatic screen lock stops others reading or acting on an unattended terminal (minutes: the profile's screenLockMinutes)",
  },
} as const;

/**
 * An unattended, unlocked terminal lets anyone act as its user (3(1)); screens lock automatically
 * after a short idle time. The limit (profile `screenLockMinutes`, 10 by default) is recommended
 * practice. Systems that list no terminal groups are not applicable.
 */
export default defineCheck({
  meta: {
    id: "screen-lock",
    area: "technical",
    title: {
      ja: "端末は一定時間操作がなければ自動で画面をロックすること",
      en: "Terminals must lock their screens automatically after a short idle time",
    },
    clauses: ["6(6)"],
    threats: ["T1"],
    basis: "practice",
    severity: "low",
    target: "system",
    applicability: {
      when: (system) => (system.terminalGroups?.length ?? 0) > 0,
      condition: { ja: "端末群を記載したシステム", en: "systems that list terminal groups" },
    },
    messages: {
      tooLong: {
        ...PRACTICE,
        ja: "端末群 {{group}} の画面ロックまでの時間 {{minutes}} 分は長い（推奨される運用：{{limit}} 分以内）",
        en: "Terminal group {{group}} locks its screens after {{minutes}} minutes (recommended practice: within {{limit}} minutes)",
      },
      lockUnknown: {
        ...PRACTICE,
        ja: "端末群 {{group}} の自動画面ロックまでの分数（screenLockMinutes）の記載がない（推奨される運用：{{limit}} 分以内）",
        en: "Terminal group {{group}} does not state when its screens lock (screenLockMinutes) (recommended practice: within {{limit}} minutes)",
      },
    },
    remediation: {
      ja: "グループポリシー等で、操作がない状態が推奨される時間を超えたら画面をロックするよう設定すること",
      en: "Configure (e.g. by group policy) the screens to lock once idle for longer than the recommended time",
    },
  },
  *evaluate(system, ctx) {
    const limit = ctx.profile.screenLockMinutes;
    for (const [i, group] of (system.terminalGroups ?? []).entries()) {
      const minutes = group.screenLockMinutes;
      const path = ["terminalGroups", i, "screenLockMinutes"];
      if (minutes === undefined) yield ctx.needsEvidence("lockUnknown", path, { group: group.id, limit });
      else if (minutes > limit) yield ctx.fail("tooLong", path, { group: group.id, minutes, limit });
    }
  },
});
