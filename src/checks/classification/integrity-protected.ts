import { defineCheck } from "../define-check.js";

/** I2 information is protected against tampering (6(2), 2(7)). */
export default defineCheck({
  meta: {
    id: "integrity-protected",
    area: "classification",
    title: {
      ja: "完全性2の情報は改ざんを防止する措置を講じること",
      en: "Integrity-2 information must be protected against tampering",
    },
    description: {
      ja: "ガイドラインの取扱制限では、完全性2の情報に改ざん防止の措置（例として電子署名）を求める。電子署名は例示であり唯一の手段ではないため、署名・ハッシュ照合・書込み権限を限定するアクセス制御のいずれかを措置ありとし、none（措置なし）を不適合とする。アクセス制御だけでは権限を持つ者による改ざんを検知できないため、ログの改ざん防止・管理操作の記録（技術的セキュリティのチェック）と併せて評価すること。",
      en: "The guideline's handling restrictions require integrity-2 information to be protected against tampering, with electronic signatures as the example. A signature is an example, not the only means, so a signature, hash verification or access control limiting who can write all count as protection; none fails. Access control alone does not detect tampering by someone with rights, so read this together with the technical checks on tamper-protected logs and logged administration.",
    },
    clauses: ["6(2)", "2(7)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「情報資産の分類と管理」（情報資産の分類、取扱制限）",
    severity: "medium",
    target: "system",
    applicability: { integrity: "I2" },
    messages: {
      unprotected: {
        ja: "完全性 I2 の情報資産 {{asset}} に改ざん防止の措置がない（tamperProtection: none）",
        en: "Integrity-2 information asset {{asset}} has no protection against tampering (tamperProtection: none)",
      },
      protectionUnknown: {
        ja: "完全性 I2 の情報資産 {{asset}} の改ざん防止の措置（tamperProtection）の記載がない",
        en: "Integrity-2 information asset {{asset}} does not state its tamper protection (tamperProtection)",
      },
    },
    remediation: {
      ja: "電子署名やハッシュ値の照合で改ざんを検知できるようにするか、少なくとも書込み権限を必要な者に限定すること",
      en: "Make tampering detectable with signatures or hash verification, or at least restrict write access to those who need it",
    },
  },
  *evaluate(system, ctx) {
    for (const [i, asset] of (system.dataAssets ?? []).entries()) {
      if (asset.integrity !== "I2") continue;
      if (asset.tamperProtection === undefined) yield ctx.needsEvidence("protectionUnknown", ["dataAssets", i], { asset: asset.id });
      else if (asset.tamperProtection === "none") yield ctx.fail("unprotected", ["dataAssets", i, "tamperProtection"], { asset: asset.id });
    }
  },
});
