import { confidentialityAtLeast } from "../../model/values/asset-class.js";
import { defineCheck } from "../define-check.js";
import { requireSystemFacts } from "../shared.js";

/**
 * Administrator rights are what an intruder or insider (3(1)) wants most: they are used from
 * accounts separate from everyday ones, and those accounts need multi-factor authentication.
 */
const factsWith = (noMfa: "noMfa" | "noMfaSensitive") =>
  requireSystemFacts(
    "accounts",
    "accountsUnknown",
    [
      ["privilegedSeparate", "notSeparate"],
      ["privilegedMfa", noMfa, "privilegedSeparate"],
    ],
    "factUnknown",
  );
const ordinaryFacts = factsWith("noMfa");
const sensitiveFacts = factsWith("noMfaSensitive");

export default defineCheck({
  meta: {
    id: "privileged-accounts-protected",
    area: "technical",
    title: {
      ja: "管理者権限は通常のIDと分け、多要素認証で保護すること",
      en: "Privileged access must use separate accounts protected by multi-factor authentication",
    },
    clauses: ["6(6)"],
    threats: ["T1"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「技術的セキュリティ」（アクセス制御：特権を付与されたIDの管理等）",
    severity: "high",
    target: "system",
    messages: {
      notSeparate: {
        ja: "システム {{system}} では管理者権限を通常業務のIDで使っている",
        en: "System {{system}} uses privileged rights from everyday accounts",
      },
      noMfa: {
        // The guideline's text on MFA for privileged ids could not be checked; the requirement
        // is labelled recommended practice until it is (review §1.2). Separate privileged ids without MFA are a measure in
        // place but short of the recommendation: medium (eighty-first review), high where the system holds top-tier or
        // My Number data (eighth review's planted gap; noMfaSensitive).
        basis: "practice",
        severity: "medium",
        reference: {
          ja: "特権IDが悪用されると被害が全体に及ぶため、多要素認証による保護を推奨する",
          en: "A misused privileged id harms the whole system, so multi-factor authentication is recommended",
        },
        ja: "システム {{system}} の特権ID（管理者ID）は多要素認証で保護されていない（推奨される運用：管理者IDには多要素認証）",
        en: "Privileged accounts of system {{system}} are not protected by multi-factor authentication (recommended practice: multi-factor authentication for privileged ids)",
      },
      noMfaSensitive: {
        basis: "practice",
        reference: {
          ja: "特権IDが悪用されると被害が全体に及ぶため、多要素認証による保護を推奨する。最上位の機密性の情報や特定個人情報を扱うシステムでは特に重要である",
          en: "A misused privileged id harms the whole system, so multi-factor authentication is recommended, above all where top-tier or My Number data is held",
        },
        ja: "システム {{system}} は最上位の機密性の情報または特定個人情報を扱うが、特権ID（管理者ID）は多要素認証で保護されていない（推奨される運用：管理者IDには多要素認証）",
        en: "System {{system}} holds top-tier or My Number data, but its privileged accounts are not protected by multi-factor authentication (recommended practice: multi-factor authentication for privileged ids)",
      },
      accountsUnknown: {
        ja: "システム {{system}} のアカウント管理（accounts）の記載がない",
        en: "System {{system}} does not describe its account management (accounts)",
      },
      factUnknown: {
        ja: "システム {{system}} のアカウント管理について、{{factJa}}（{{fact}}）の記載がない",
        en: "System {{system}} does not state {{factEn}} ({{fact}}) of its account management",
      },
    },
    remediation: {
      ja: "管理者用のIDを通常のIDと別に発行して必要な者だけに与え、管理者IDのログインには多要素認証を求めること",
      en: "Issue separate administrator accounts only to those who need them, and require multi-factor authentication for them",
    },
  },
  evaluate: (system, ctx) => {
    const topTier = ctx.profile.handling.municipalTerminalsFrom;
    const sensitive = (system.dataAssets ?? []).some(
      (asset) => asset.myNumber === true || (asset.confidentiality !== undefined && confidentialityAtLeast(asset.confidentiality, topTier)),
    );
    return (sensitive ? sensitiveFacts : ordinaryFacts)(system, ctx);
  },
});
