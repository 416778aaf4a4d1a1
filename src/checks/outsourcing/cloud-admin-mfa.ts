import { defineCheck } from "../define-check.js";

/** Why this practice is recommended (the message reference; not the policy's or the guideline's words). */
const PRACTICE = {
  basis: "practice",
  reference: {
    ja: "外部サービスの管理者アカウントは、インターネットのどこからでもサービス内の全ての情報に届き、設定も変えられる。パスワードが漏れただけで乗っ取られないよう、多要素認証を推奨する",
    en: "An external service's administrator account reaches all of the service's data and settings from anywhere on the internet; multi-factor authentication is recommended so that a leaked password alone does not hand it over",
  },
} as const;

/**
 * A cloud tenant's administrator account reaches every piece of data in it from anywhere on the
 * internet. Multi-factor authentication for it is recommended practice, not the policy's words.
 */
export default defineCheck({
  meta: {
    id: "cloud-admin-mfa",
    area: "outsourcing",
    title: {
      ja: "外部サービスの管理者アカウントには多要素認証を使うこと",
      en: "Administrator accounts of external services must use multi-factor authentication",
    },
    clauses: ["6(8)"],
    threats: ["T1"],
    basis: "practice",
    severity: "high",
    target: "cloudService",
    messages: {
      noMfa: {
        ...PRACTICE,
        ja: "外部サービス {{service}} の管理者アカウントが、多要素認証なしでログインできる（推奨される運用：管理者アカウントの多要素認証）",
        en: "External service {{service}}'s administrator accounts can log in without multi-factor authentication (recommended practice: multi-factor authentication for administrators)",
      },
      unknown: {
        ...PRACTICE,
        ja: "外部サービス {{service}} の管理者アカウントに多要素認証を使うか（adminMfa）の記載がない（推奨される運用：管理者アカウントの多要素認証）",
        en: "External service {{service}} does not state whether its administrator accounts use multi-factor authentication (adminMfa) (recommended practice: multi-factor authentication for administrators)",
      },
    },
    remediation: {
      ja: "全ての管理者アカウントに多要素認証を設定し、管理者の数を必要最小限にすること。サービスが多要素認証に対応していない場合は、接続元の制限等の代替措置を講じて記録すること",
      en: "Turn on multi-factor authentication for every administrator account and keep administrators to the minimum; where the service offers no MFA, restrict where administrators may log in from (or a similar measure) and record it",
    },
  },
  *evaluate(service, ctx) {
    const value = service.adminMfa;
    if (value === undefined) yield ctx.needsEvidence("unknown", ["adminMfa"], { service: service.id });
    else if (!value) yield ctx.fail("noMfa", ["adminMfa"], { service: service.id });
  },
});
