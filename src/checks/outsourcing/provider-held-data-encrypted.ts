import { confidentialityAtLeast } from "../../model/values/asset-class.js";
import { guidelineCitation } from "../../policy/guideline.js";
import type { DataAsset } from "../../model/data-asset.js";
import type { Profile } from "../../model/profile.js";
import type { System } from "../../model/system.js";
import { defineCheck } from "../define-check.js";
import { assetsFrom, onPaperOnly } from "../handling.js";

/** Where information is kept on a provider's platform, by hosting kind, as the message names it. */
const PROVIDERS: Readonly<Record<string, { providerJa: string; providerEn: string }>> = {
  "cloud-service": { providerJa: "クラウドサービス", providerEn: "cloud service" },
  "lgwan-asp": { providerJa: "LGWAN-ASP", providerEn: "LGWAN-ASP service" },
  "government-cloud": { providerJa: "ガバメントクラウド", providerEn: "Government Cloud" },
};

/**
 * The asset at or above handling.protectFrom, first by id, that a system says is not encrypted at rest, when the system says
 * neither how it is hosted nor where its machines stand: it may be on a provider's platform (seventy-ninth review).
 */
function unencryptedWhereverKept(system: System, profile: Profile): DataAsset | undefined {
  if (system.hosting !== undefined || system.physicalSite !== undefined) return undefined;
  // The first by id, not by the order written: the same finding whatever order the assets come in.
  let first: DataAsset | undefined;
  for (const { asset } of assetsFrom(system, profile, "protectFrom")) {
    if (onPaperOnly(asset) || asset.encryptedAtRest !== false) continue;
    if (first === undefined || asset.id < first.id) first = asset;
  }
  return first;
}

/**
 * Information at confidentiality 2 or above that the municipality keeps on a provider's platform (a cloud service, an
 * LGWAN-ASP, Government Cloud) is encrypted at rest there: one of the security requirements the municipality sets when
 * it uses an external service for such information and confirms at selection and in the contract (6(8), with the
 * class-based handling of 6(2)). Judged only where the description says it (`encryptedAtRest`): many services encrypt
 * by default and descriptions rarely state it; an asset left out beside others that state it is asked about. Top-tier and My Number data kept unencrypted is high; C2 is medium
 * (compensating controls, such as a closed line and access control, are usual there). The municipality's own servers,
 * in its server room or a data centre, are not a provider's platform (sixty-second review #10; sixty-seventh #4, #5).
 * The guideline's wording on encryption at rest was not verified against its text here: the basis names the section,
 * and C2 stays medium until it is.
 */
export default defineCheck({
  meta: {
    id: "provider-held-data-encrypted",
    area: "outsourcing",
    title: {
      ja: "外部の事業者の基盤（クラウドサービス、LGWAN-ASP、ガバメントクラウド）に保存する機密性2以上の情報は、保存時に暗号化すること",
      en: "Information at confidentiality 2 or above kept on a provider's platform (a cloud service, an LGWAN-ASP, Government Cloud) must be encrypted at rest",
    },
    description: {
      ja: "機密性2以上（プロファイルの handling.protectFrom 以上）の情報を外部サービスで扱うときは、保存時の暗号化を含むセキュリティ要件を団体が定め、選定と契約で確かめる。記述が保存時に暗号化していないと書く（encryptedAtRest: false）情報資産を報告する。最上位の機密性（handling.municipalTerminalsFrom 以上）と特定個人情報は高、それ以外は中。記載がなければ問わない（同じシステムの他の資産には記載があり、ある資産にだけない場合は問う）。",
      en: "When an external service handles information at confidentiality 2 or above (the profile's handling.protectFrom), the municipality sets security requirements, encryption at rest among them, and confirms them at selection and in the contract. Reports assets the description says are not encrypted at rest (encryptedAtRest: false): high for the top tier (handling.municipalTerminalsFrom) and My Number data, medium otherwise. Not asked where nothing is written (an asset left out beside others of the system that state it is asked about).",
    },
    clauses: ["6(8)", "6(2)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: guidelineCitation("outsourcing", "機密性2以上の情報を取り扱う外部サービス：利用に当たってのセキュリティ要件"),
    severity: "medium",
    target: "system",
    applicability: {
      confidentialityFrom: "protectFrom",
      when: (system, ctx) =>
        (system.hosting?.kind !== undefined &&
          PROVIDERS[system.hosting.kind] !== undefined &&
          assetsFrom(system, ctx.profile, "protectFrom").some(({ asset }) => !onPaperOnly(asset) && asset.encryptedAtRest !== undefined)) ||
        unencryptedWhereverKept(system, ctx.profile) !== undefined,
      condition: {
        ja: "クラウドサービス・LGWAN-ASP・ガバメントクラウドにあるシステム（hosting.kind）のうち、機密性2以上（handling.protectFrom 以上）の電磁的な情報資産について保存時の暗号化（encryptedAtRest）を記載したもの。設置形態（hosting）も設置場所（physicalSite）も記載がなく、機密性2以上の情報資産を保存時に暗号化していないと記載したシステムを含む",
        en: "systems on a cloud service, an LGWAN-ASP or Government Cloud (hosting.kind) that state encryption at rest (encryptedAtRest) of an electronic asset at or above handling.protectFrom; also systems stating neither hosting nor physicalSite that say such an asset is not encrypted at rest",
      },
    },
    messages: {
      storedUnencrypted: {
        ja: "機密性 {{class}} の情報資産 {{asset}} は{{providerJa}}上に保存しているが、保存時に暗号化していない",
        en: "Information asset {{asset}} (confidentiality {{class}}) is kept on the {{providerEn}} without encryption at rest",
        remediation: {
          ja: "サービスの保存時の暗号化（鍵の管理を含む）を有効にし、その旨（encryptedAtRest: true）を記載すること。有効にできない場合は、代わりの措置（閉域での接続、アクセス制御等）と利用の判断を利用規程・契約に定めること",
          en: "Turn on the service's encryption at rest (with its key management) and state encryptedAtRest: true; where it cannot be, set the compensating controls (closed lines, access control…) and the decision to use it in the usage rules and the contract",
        },
      },
      storedUnencryptedSensitive: {
        ja: "機密性 {{class}} の情報資産 {{asset}}{{myNumberJa}}は{{providerJa}}上に保存しているが、保存時に暗号化していない",
        en: "Information asset {{asset}} (confidentiality {{class}}{{myNumberEn}}) is kept on the {{providerEn}} without encryption at rest",
        severity: "high",
        remediation: {
          ja: "サービスの保存時の暗号化（鍵の管理を含む）を有効にし、その旨（encryptedAtRest: true）を記載すること。有効にできないサービスには、この情報を保存しないこと",
          en: "Turn on the service's encryption at rest (with its key management) and state encryptedAtRest: true; do not keep this information on a service that cannot",
        },
      },
      // Where the description speaks of encryption at rest for some of a system's assets, one left out is asked about.
      // Seventy-ninth review: a delivery spec of an LGWAN-ASP written from the guides leaves hosting out; the check was then
      // not applicable without a word, though the description never said the system is not on a provider's platform.
      hostingUnknown: {
        ja: "システム {{system}} は機密性 {{class}} の情報資産 {{asset}} を保存時に暗号化していないと記載しているが、設置形態（hosting.kind）も設置場所（physicalSite）も記載がなく、外部の事業者の基盤（LGWAN-ASP・クラウドサービス・ガバメントクラウド）に保存していないか確かめられない",
        en: "System {{system}} says asset {{asset}} (confidentiality {{class}}) is not encrypted at rest, but states neither its hosting (hosting.kind) nor its site (physicalSite), so whether it is kept on a provider's platform (an LGWAN-ASP, a cloud service, Government Cloud) cannot be confirmed",
        remediation: {
          ja: "システムの設置形態（hosting.kind：on-premises・data-centre・lgwan-asp・cloud-service・government-cloud）を記載すること",
          en: "State the system's hosting (hosting.kind: on-premises, data-centre, lgwan-asp, cloud-service or government-cloud)",
        },
      },
      encryptionAtRestUnknown: {
        ja: "{{providerJa}}上のシステム {{system}} は他の情報資産の保存時の暗号化を記載しているが、機密性 {{class}} の情報資産 {{asset}} の記載（encryptedAtRest）がない",
        en: "System {{system}} on the {{providerEn}} states encryption at rest for other assets but not for asset {{asset}} (confidentiality {{class}}) (encryptedAtRest)",
        remediation: {
          ja: "この情報資産も保存時に暗号化しているか（encryptedAtRest）を記載すること",
          en: "State whether this asset too is encrypted at rest (encryptedAtRest)",
        },
      },
    },
    remediation: {
      ja: "外部の事業者の基盤に保存する機密性2以上の情報は保存時に暗号化し、その旨（encryptedAtRest: true）を記載すること",
      en: "Encrypt information at confidentiality 2 or above at rest on a provider's platform and state encryptedAtRest: true",
    },
  },
  *evaluate(system, ctx) {
    const kind = system.hosting?.kind;
    const provider = kind === undefined ? undefined : PROVIDERS[kind];
    if (provider === undefined) {
      const unencrypted = unencryptedWhereverKept(system, ctx.profile);
      if (unencrypted !== undefined)
        yield ctx.needsEvidence("hostingUnknown", [], {
          system: system.id,
          asset: unencrypted.id,
          class: unencrypted.confidentiality ?? "",
        });
      return;
    }
    const topTier = ctx.profile.handling.municipalTerminalsFrom;
    for (const { asset, index } of assetsFrom(system, ctx.profile, "protectFrom")) {
      if (onPaperOnly(asset) || asset.encryptedAtRest === true) continue;
      if (asset.encryptedAtRest === undefined) {
        // Applicable only where another asset states it (the applicability's condition).
        yield ctx.needsEvidence("encryptionAtRestUnknown", ["dataAssets", index], {
          system: system.id,
          asset: asset.id,
          class: asset.confidentiality ?? "",
          ...provider,
        });
        continue;
      }
      const cls = asset.confidentiality ?? "";
      const sensitive =
        asset.myNumber === true || (asset.confidentiality !== undefined && confidentialityAtLeast(asset.confidentiality, topTier));
      const path = ["dataAssets", index, "encryptedAtRest"] as const;
      const data = { asset: asset.id, class: cls, ...provider };
      if (sensitive) {
        const myNumber =
          asset.myNumber === true ? { myNumberJa: "（特定個人情報）", myNumberEn: ", My Number data" } : { myNumberJa: "", myNumberEn: "" };
        yield ctx.fail("storedUnencryptedSensitive", [...path], { ...data, ...myNumber });
      } else yield ctx.fail("storedUnencrypted", [...path], data);
    }
  },
});
