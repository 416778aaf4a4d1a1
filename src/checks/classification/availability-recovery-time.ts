import { JUDGED_BY_BACKUP_CHECK_WITH_TARGET } from "../asked-elsewhere.js";
import { defineCheck } from "../define-check.js";

/** Systems holding A2 information state a recovery time and have shown they can meet it (6(2), 2(8)). */
export default defineCheck({
  meta: {
    id: "availability-recovery-time",
    area: "classification",
    title: {
      ja: "可用性2の情報を扱うシステムは復旧時間を定め、その時間内に復旧できることを確かめること",
      en: "Systems holding availability-2 information must state a recovery time and show they can meet it",
    },
    description: {
      ja: "ガイドラインの取扱制限では、可用性2の情報は指定する時間以内に復旧できるようにする。目標復旧時間（recoveryTimeHours）と、最後の復元テストで実際にかかった時間（backup.lastRestoreHours）を比べる。",
      en: "The guideline's handling restrictions require availability-2 information to be recoverable within a stated time. This compares the recovery time objective (recoveryTimeHours) with how long the last restore test actually took (backup.lastRestoreHours).",
    },
    clauses: ["6(2)", "2(8)"],
    threats: ["T2", "T3", "T4", "T5"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「情報資産の分類と管理」（情報資産の分類、取扱制限）",
    severity: "medium",
    target: "system",
    applicability: { availability: "A2", judgedElsewhere: JUDGED_BY_BACKUP_CHECK_WITH_TARGET },
    messages: {
      tooSlow: {
        ja: "システム {{system}} の最後の復元テストは {{actual}} 時間かかり、目標復旧時間 {{target}} 時間を超えている",
        en: "System {{system}} took {{actual}} hours in its last restore test, longer than its recovery time of {{target}} hours",
      },
      recoveryTimeMissing: {
        ja: "システム {{system}} は可用性2の情報を扱うが、目標復旧時間（recoveryTimeHours）の記載がない",
        en: "System {{system}} holds availability-2 information but states no recovery time (recoveryTimeHours)",
      },
      restoreDurationMissing: {
        ja: "システム {{system}} の最後の復元テストにかかった時間（backup.lastRestoreHours）の記載がないため、目標復旧時間 {{target}} 時間を守れるか判断できない",
        en: "System {{system}} does not state how long its last restore test took (backup.lastRestoreHours), so its {{target}}-hour recovery time cannot be confirmed",
      },
    },
    remediation: {
      ja: "業務への影響から目標復旧時間を定め（recoveryTimeHours）、復元テストでその時間内に復旧できることを確かめて所要時間を記録すること（backup.lastRestoreHours）。間に合わなければ、構成や手順を見直すこと",
      en: "Set a recovery time from the business impact (recoveryTimeHours), run a restore test and record how long it took (backup.lastRestoreHours); if it does not fit, change the setup or procedure",
    },
  },
  *evaluate(system, ctx) {
    const target = system.recoveryTimeHours;
    if (target === undefined) {
      yield ctx.needsEvidence("recoveryTimeMissing", ["recoveryTimeHours"], { system: system.id });
      return;
    }
    const actual = system.backup?.lastRestoreHours;
    if (actual === undefined) yield ctx.needsEvidence("restoreDurationMissing", ["backup"], { system: system.id, target });
    else if (actual > target) yield ctx.fail("tooSlow", ["backup", "lastRestoreHours"], { system: system.id, actual, target });
  },
});
