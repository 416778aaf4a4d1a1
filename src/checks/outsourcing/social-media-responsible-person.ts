import { defineCheck } from "../define-check.js";

/**
 * 6(8), third paragraph: 「利用するソーシャルメディアサービスごとの責任者を定める」. A named post
 * passes; `false` says nobody is named.
 */
export default defineCheck({
  meta: {
    id: "social-media-responsible-person",
    area: "outsourcing",
    title: {
      ja: "利用するソーシャルメディアサービスごとに責任者を定めること",
      en: "Every social media account must have a named responsible person",
    },
    clauses: ["6(8)"],
    threats: ["T1", "T2"],
    basis: "policy",
    severity: "medium",
    target: "socialMediaAccount",
    messages: {
      notDefined: {
        ja: "アカウント {{account}}（{{service}}）の責任者が定められていない（基本方針 6(8)）",
        en: "Account {{account}} ({{service}}) has no responsible person (policy 6(8))",
      },
      unknown: {
        ja: "アカウント {{account}}（{{service}}）の責任者（responsiblePerson）が書かれていない",
        en: "Account {{account}} ({{service}}) does not name its responsible person (responsiblePerson)",
      },
    },
    remediation: {
      ja: "アカウントごとに責任者（職名）を定め、responsiblePerson に書くこと",
      en: "Name a responsible person (post) for each account in responsiblePerson",
    },
  },
  *evaluate(account, ctx) {
    const value = account.responsiblePerson;
    const data = { account: account.id, service: account.service };
    if (value === undefined) yield ctx.needsEvidence("unknown", ["responsiblePerson"], data);
    else if (value === false) yield ctx.fail("notDefined", ["responsiblePerson"], data);
  },
});
