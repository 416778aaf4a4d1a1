import { defineCheck } from "../define-check.js";

/** Why this practice is recommended (the message reference; not the policy's or the guideline's words). */
const PRACTICE = {
  basis: "practice",
  reference: {
    ja: "乗っ取られた公式アカウントや偽のアカウントは、市の名で誤った情報を発信し、災害時の情報発信も妨げる。基本方針 6(8) が定める運用手順・発信できる情報・責任者に加えて、ログインの多要素認証となりすまし・乗っ取り対策を推奨する",
    en: "A hijacked official account, or a fake one, can spread false information in the city's name and block its messages in a disaster; on top of the procedure, publishable content and responsible person that 6(8) requires, multi-factor log-in and protection against impersonation and takeover are recommended",
  },
} as const;

/**
 * A hijacked official account speaks for the city. Multi-factor log-in and protection against
 * takeover and impersonation (verified badge, recovery contacts, monitoring for fake accounts)
 * are recommended practice, not the policy's words.
 */
export default defineCheck({
  meta: {
    id: "social-media-account-protection",
    area: "outsourcing",
    title: {
      ja: "公式ソーシャルメディアアカウントは多要素認証となりすまし・乗っ取り対策で保護すること",
      en: "Official social media accounts must be protected by multi-factor log-in and against takeover",
    },
    clauses: ["6(8)"],
    threats: ["T1"],
    basis: "practice",
    severity: "medium",
    target: "socialMediaAccount",
    messages: {
      noMfa: {
        ...PRACTICE,
        ja: "公式アカウント {{account}}（{{service}}）に、多要素認証なしでログインできる（推奨される運用：ログインの多要素認証）",
        en: "Official account {{account}} ({{service}}) can be logged into without multi-factor authentication (recommended practice: multi-factor log-in)",
      },
      noTakeoverProtection: {
        ...PRACTICE,
        ja: "公式アカウント {{account}}（{{service}}）に、なりすまし・乗っ取りへの対策を講じていない（推奨される運用：認証済みバッジ、復旧用連絡先の管理、偽アカウントの監視等）",
        en: "Official account {{account}} ({{service}}) has no protection against impersonation and takeover (recommended practice: a verified badge, controlled recovery contacts, watching for fake accounts)",
      },
      factUnknown: {
        ...PRACTICE,
        ja: "公式アカウント {{account}}（{{service}}）の{{factJa}}（{{fact}}）の記載がない（推奨される運用：ログインの多要素認証となりすまし・乗っ取り対策）",
        en: "Official account {{account}} ({{service}}) does not state {{factEn}} ({{fact}}) (recommended practice: multi-factor log-in and protection against takeover)",
      },
    },
    remediation: {
      ja: "ログインに多要素認証を設定すること。あわせて、認証済みバッジの取得や市のホームページでの公式アカウントの掲示、復旧用のメールアドレス・電話番号の管理、なりすましアカウントの監視を行うこと",
      en: "Turn on multi-factor log-in; also get a verified badge or list the official accounts on the city's website, keep the recovery e-mail address and phone number under the city's control, and watch for impersonating accounts",
    },
  },
  *evaluate(account, ctx) {
    const data = { account: account.id, service: account.service };
    const facts = [
      ["mfa", "noMfa", "多要素認証を使うか", "whether it uses multi-factor log-in"],
      [
        "takeoverProtection",
        "noTakeoverProtection",
        "なりすまし・乗っ取り対策を講じているか",
        "whether it is protected against impersonation and takeover",
      ],
    ] as const;
    for (const [field, failId, factJa, factEn] of facts) {
      const value = account[field];
      if (value === undefined) yield ctx.needsEvidence("factUnknown", [field], { ...data, fact: field, factJa, factEn });
      else if (value !== true) yield ctx.fail(failId, [field], data);
    }
  },
});
