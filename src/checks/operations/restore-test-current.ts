import { defineIntervalCheck, intervalPractice } from "../interval.js";
import { ASKED_BY_BACKUP_CHECK, JUDGED_BY_BACKUP_CHECK } from "../asked-elsewhere.js";

const PRACTICE = intervalPractice("restoreTestMonths", {
  ja: "バックアップは実際に復元できて初めて役に立つ。災害、インフラの障害、ランサムウェアからの復旧に備え、年1回程度の復元テストを推奨する",
  en: "A backup is only worth what can be restored from it; a restore test about once a year is recommended against disaster, infrastructure outage and ransomware",
});

/**
 * A backup proves itself only when restored. Systems holding A2 or I2 data need backups (6(2)
 * handling); the restore test keeps them honest against disaster, outage and ransomware. The
 * interval is recommended practice (profile `intervals.restoreTestMonths`).
 */
export default defineIntervalCheck({
  interval: "restoreTestMonths",
  activity: { ja: "システム {{system}} のバックアップからの復元テスト", en: "the restore test of system {{system}}'s backup" },
  select: (system) => [
    { date: system.backup?.lastRestoreTest, path: ["backup", "lastRestoreTest"], subject: system.id, names: { system: system.id } },
  ],
  meta: {
    id: "restore-test-current",
    area: "operations",
    title: {
      ja: "可用性2または完全性2の情報資産を持つシステムは、バックアップからの復元テストを定期的に行うこと",
      en: "Systems holding availability 2 or integrity 2 data must test restoring from backup periodically",
    },
    clauses: ["6(7)", "6(2)", "3(3)", "3(5)"],
    threats: ["T1", "T2", "T3", "T5"],
    basis: "practice",
    severity: "medium",
    target: "system",
    applicability: {
      askedElsewhere: ASKED_BY_BACKUP_CHECK,
      judgedElsewhere: JUDGED_BY_BACKUP_CHECK,
      // Either class alone calls for tested backups, so the applicability is an "or".
      when: (system) => (system.dataAssets ?? []).some((asset) => asset.availability === "A2" || asset.integrity === "I2"),
      condition: {
        ja: "可用性 A2 または完全性 I2 の情報資産を持つシステム",
        en: "systems holding data of availability A2 or integrity I2",
      },
    },
    messages: {
      overdue: {
        ...PRACTICE,
        ja: "システム {{system}} の前回の復元テスト（{{lastJa}}）から{{months}}か月を超えている（期限：{{dueJa}}。推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "System {{system}} last tested a restore on {{lastEn}}, more than {{months}} months ago (due {{dueEn}}; recommended practice; the profile's interval: every {{months}} months)",
      },
      missing: {
        ...PRACTICE,
        ja: "システム {{system}} の前回の復元テストの日（backup.lastRestoreTest）の記載がない（推奨される運用。プロファイルの間隔：{{months}}か月ごと）",
        en: "System {{system}} does not state when a restore was last tested (backup.lastRestoreTest) (recommended practice; the profile's interval: every {{months}} months)",
      },
    },
    remediation: {
      ja: "バックアップから実際に復元し、目標復旧時間内に業務を再開できることを確かめ、実施日を記録すること",
      en: "Restore from backup for real, confirm service resumes within the recovery time objective, and record the date",
    },
  },
});
