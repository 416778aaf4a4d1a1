import { defineCheck } from "../define-check.js";
import { assetsFrom, electronicFromProtect, onPaperOnly } from "../handling.js";

/** Protected information is encrypted or password-protected whenever it is sent or provided (6(2)). */
export default defineCheck({
  meta: {
    id: "protected-data-encrypted-in-transit",
    area: "classification",
    title: {
      ja: "取扱制限のある情報は送信・提供時に暗号化またはパスワード保護すること",
      en: "Protected information must be encrypted or password-protected when sent or provided",
    },
    description: {
      ja: "ガイドラインの取扱制限では、機密性2以上（プロファイルの handling.protectFrom 以上）の情報を送信・運搬・提供するときは暗号化またはパスワードを設定する。",
      en: "The guideline's handling restrictions require information at confidentiality 2 or above (the profile's handling.protectFrom) to be encrypted or password-protected when sent, carried or provided.",
    },
    clauses: ["6(2)", "2(6)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「情報資産の分類と管理」（情報資産の分類、取扱制限）",
    severity: "high",
    target: "system",
    applicability: electronicFromProtect,
    messages: {
      notEncrypted: {
        ja: "機密性 {{class}} の情報資産 {{asset}} を暗号化せずに送信・提供している",
        en: "Information asset {{asset}} (confidentiality {{class}}) is sent or provided without encryption",
      },
      encryptionUnknown: {
        ja: "機密性 {{class}} の情報資産 {{asset}} を送信・提供時に暗号化するか（encryptedInTransit）の記載がない",
        en: "Information asset {{asset}} (confidentiality {{class}}) does not say whether it is encrypted when sent (encryptedInTransit)",
      },
    },
    remediation: {
      ja: "通信経路の暗号化（TLS 等）またはファイルの暗号化・パスワード設定を行い、その旨（encryptedInTransit: true）を記載すること",
      en: "Encrypt the channel (e.g. TLS) or the file itself (encryption or password), and state encryptedInTransit: true",
    },
  },
  *evaluate(system, ctx) {
    for (const { asset, index } of assetsFrom(system, ctx.profile, "protectFrom")) {
      if (onPaperOnly(asset)) continue;
      const data = { asset: asset.id, class: asset.confidentiality ?? "" };
      if (asset.encryptedInTransit === undefined) yield ctx.needsEvidence("encryptionUnknown", ["dataAssets", index], data);
      else if (!asset.encryptedInTransit) yield ctx.fail("notEncrypted", ["dataAssets", index, "encryptedInTransit"], data);
    }
  },
});
