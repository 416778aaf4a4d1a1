import { defineCheck } from "../define-check.js";

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
        ja: "アカウント {{account}}（{{service}}）のログインに多要素認証を使っていない（推奨される運用）",
        en: "Account {{account}} ({{service}}) does not use multi-factor log-in (recommended practice)",
      },
      noTakeoverProtection: {
        ja: "アカウント {{account}}（{{service}}）になりすまし・乗っ取り対策がない（推奨される運用）",
        en: "Account {{account}} ({{service}}) has no protection against impersonation and takeover (recommended practice)",
      },
      factUnknown: {
        ja: "アカウント {{account}}（{{service}}）の{{factJa}}（{{fact}}）の記載がない（推奨される運用）",
        en: "Account {{account}} ({{service}}) does not state {{factEn}} ({{fact}}) (recommended practice)",
      },
    },
    remediation: {
      ja: "多要素認証を有効にし、認証済みバッジ・復旧用連絡先の管理・なりすましアカウントの監視を行うこと",
      en: "Turn on multi-factor log-in, get a verified badge, control recovery contacts and watch for impersonating accounts",
    },
  },
  *evaluate(account, ctx) {
    const data = { account: account.id, service: account.service };
    const facts = [
      ["mfa", "noMfa", "多要素認証を使うか", "whether it uses multi-factor log-in"],
      ["takeoverProtection", "noTakeoverProtection", "なりすまし・乗っ取り対策", "its protection against takeover"],
    ] as const;
    for (const [field, failId, factJa, factEn] of facts) {
      const value = account[field];
      if (value === undefined) yield ctx.needsEvidence("factUnknown", [field], { ...data, fact: field, factJa, factEn });
      else if (value !== true) yield ctx.fail(failId, [field], data);
    }
  },
});
