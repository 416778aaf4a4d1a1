import type { DataAsset } from "../../model/data-asset.js";
import { defineCheck } from "../define-check.js";

/** Assets whose loss or corruption would harm residents or administration. */
const isCritical = (asset: DataAsset) => asset.integrity === "I2" || asset.availability === "A2";

/**
 * Systems holding I2 or A2 information take backups (6(2), 2(7), 2(8)); backups stated to stay
 * in the same building fail as recommended practice, at medium.
 */
export default defineCheck({
  meta: {
    id: "critical-data-backed-up",
    area: "classification",
    title: {
      ja: "完全性2または可用性2の情報を扱うシステムはバックアップを取得すること",
      en: "Systems holding integrity-2 or availability-2 information must be backed up",
    },
    description: {
      ja: "ガイドラインの取扱制限では、完全性2・可用性2の情報のいずれにもバックアップを求める。復元テストの間隔は運用のチェックで別に確かめる。",
      en: "The guideline's handling restrictions require backups for integrity-2 and availability-2 information alike. How recently restores were tested is a separate operations check.",
    },
    clauses: ["6(2)", "2(7)", "2(8)"],
    threats: ["T1", "T2", "T3", "T5"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「情報資産の分類と管理」（情報資産の分類、取扱制限）",
    severity: "high",
    target: "system",
    applicability: {
      when: (system) => (system.dataAssets ?? []).some(isCritical),
      condition: { ja: "完全性2または可用性2の情報資産を持つシステム", en: "systems holding data of integrity I2 or availability A2" },
    },
    messages: {
      noBackup: {
        ja: "システム {{system}} は完全性2または可用性2の情報（{{assets}}）を扱うが、バックアップを取得していない",
        en: "System {{system}} holds integrity-2 or availability-2 information ({{assets}}) but takes no backups",
      },
      notOffsite: {
        basis: "practice",
        severity: "medium",
        reference: {
          ja: "ガイドラインの取扱制限はバックアップを求めるが保管場所は定めず、基本方針はバックアップに触れない。地震・火災等の災害（3(3)）で庁舎のバックアップも失われないよう、別の建物に写しを置くのが推奨される運用",
          en: "The guideline's handling restrictions require backups but not where they are kept, and the basic policy does not mention backups; keeping a copy in another building, so that a disaster such as an earthquake or fire (3(3)) does not take the backups with the office, is recommended practice",
        },
        ja: "システム {{system}} はバックアップを取得しているが、別の建物（遠隔地）に保管していない（backup.offsite: false。推奨される運用）",
        en: "System {{system}} takes backups but keeps none in another building (backup.offsite: false; recommended practice)",
        remediation: {
          ja: "災害に備えて、バックアップの写しを別の建物（遠隔地）にも保管すること（推奨される運用）",
          en: "Keep a copy of the backups in another building against disasters (recommended practice)",
        },
      },
      backupUnknown: {
        ja: "システム {{system}} がバックアップを取得しているか（backup.enabled）の記載がない",
        en: "System {{system}} does not say whether it takes backups (backup.enabled)",
      },
    },
    remediation: {
      ja: "定期的にバックアップを取得すること（backup.enabled: true）",
      en: "Take regular backups (backup.enabled: true)",
    },
  },
  *evaluate(system, ctx) {
    const enabled = system.backup?.enabled;
    const data = {
      system: system.id,
      assets: (system.dataAssets ?? [])
        .filter(isCritical)
        .map((asset) => asset.id)
        .join(", "),
    };
    if (enabled === undefined)
      yield ctx.needsEvidence("backupUnknown", system.backup === undefined ? ["backup"] : ["backup", "enabled"], data);
    else if (!enabled) yield ctx.fail("noBackup", ["backup", "enabled"], data);
    // Only a stated "no": where the copies are kept is practice, not a fact every description must give.
    else if (system.backup?.offsite === false) yield ctx.fail("notOffsite", ["backup", "offsite"], data);
  },
});
