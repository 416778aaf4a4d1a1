import { defineCheck } from "../define-check.js";

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
        ja: "外部サービス {{service}} の管理者アカウントに多要素認証を使っていない（推奨される運用：管理者アカウントの多要素認証）",
        en: "External service {{service}}'s administrator accounts do not use multi-factor authentication (recommended practice)",
      },
      unknown: {
        ja: "外部サービス {{service}} の管理者アカウントに多要素認証を使うか（adminMfa）の記載がない（推奨される運用：管理者アカウントの多要素認証）",
        en: "External service {{service}} does not say whether administrators use multi-factor authentication (adminMfa) (recommended practice)",
      },
    },
    remediation: {
      ja: "管理者アカウントに多要素認証を設定し、管理者の数を必要最小限にすること",
      en: "Enable multi-factor authentication for administrator accounts and keep their number to the minimum",
    },
  },
  *evaluate(service, ctx) {
    const value = service.adminMfa;
    if (value === undefined) yield ctx.needsEvidence("unknown", ["adminMfa"], { service: service.id });
    else if (!value) yield ctx.fail("noMfa", ["adminMfa"], { service: service.id });
  },
});
