import { defineCheck } from "../define-check.js";
import { assetsFrom, electronicFromProtect, onPaperOnly } from "../handling.js";

/** Where information is kept by an outside provider, by hosting kind, as the message names it. */
const PROVIDED_ON: Readonly<Record<string, { providerJa: string; providerEn: string }>> = {
  "cloud-service": { providerJa: "クラウドサービス", providerEn: "cloud service" },
  "lgwan-asp": { providerJa: "LGWAN-ASP", providerEn: "LGWAN-ASP service" },
};

/**
 * Protected information is encrypted or password-protected whenever it is sent or provided (6(2)).
 * Information kept on an outside provider's service (a cloud service or an LGWAN-ASP) is provided
 * to that provider for as long as it is stored there: said to be stored unencrypted, it fails too.
 * Not written (`encryptedAtRest` left out), it is not asked: many services encrypt by default and
 * descriptions rarely say so.
 */
export default defineCheck({
  meta: {
    id: "protected-data-encrypted-in-transit",
    area: "classification",
    title: {
      ja: "取扱制限のある情報は送信・提供時に暗号化またはパスワード保護すること",
      en: "Protected information must be encrypted or password-protected when sent or provided",
    },
    description: {
      ja: "ガイドラインの取扱制限では、機密性2以上（プロファイルの handling.protectFrom 以上）の情報を送信・運搬・提供するときは暗号化またはパスワードを設定する。外部の事業者のサービス（hosting が cloud-service・lgwan-asp）に保存する情報は、保存している間その事業者に提供している。保存時に暗号化していないと書かれていれば（encryptedAtRest: false）これも不適合とする。記載がなければ問わない。",
      en: "The guideline's handling restrictions require information at confidentiality 2 or above (the profile's handling.protectFrom) to be encrypted or password-protected when sent, carried or provided. Information kept on an outside provider's service (hosting: cloud-service or lgwan-asp) is provided to it for as long as it is stored there: when the description says it is stored unencrypted (encryptedAtRest: false), that fails too; left unsaid, it is not asked.",
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
      // Sixty-second review #10: C3 case files on a SaaS whose database is not encrypted.
      storedUnencrypted: {
        ja: "機密性 {{class}} の情報資産 {{asset}} は外部の事業者の{{providerJa}}に保存しているが、保存時に暗号化していない",
        en: "Information asset {{asset}} (confidentiality {{class}}) is kept on an outside provider's {{providerEn}} without encryption at rest",
        remediation: {
          ja: "サービスの保存時の暗号化（鍵の管理を含む）を有効にし、その旨（encryptedAtRest: true）を記載すること。有効にできないサービスなら、この情報を保存しないこと",
          en: "Turn on the service's encryption at rest (with its key management) and state encryptedAtRest: true; if the service cannot, do not keep this information there",
        },
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
    const kind = system.hosting?.kind;
    const provider = kind === undefined ? undefined : PROVIDED_ON[kind];
    for (const { asset, index } of assetsFrom(system, ctx.profile, "protectFrom")) {
      if (onPaperOnly(asset)) continue;
      const data = { asset: asset.id, class: asset.confidentiality ?? "" };
      if (asset.encryptedInTransit === undefined) yield ctx.needsEvidence("encryptionUnknown", ["dataAssets", index], data);
      else if (!asset.encryptedInTransit) yield ctx.fail("notEncrypted", ["dataAssets", index, "encryptedInTransit"], data);
      if (provider !== undefined && asset.encryptedAtRest === false) {
        yield ctx.fail("storedUnencrypted", ["dataAssets", index, "encryptedAtRest"], { ...data, ...provider });
      }
    }
  },
});
