import { defineCheck } from "../define-check.js";
import { isPlaceholder } from "../holders.js";

/**
 * 6(8), second paragraph: 「外部サービス（クラウドサービス）を利用する場合には、利用にかかる規定を整備し」.
 * The rules themselves, not the inventory of services (cloud-service-registered). They may be
 * non-public; a reference records that they exist. Applies once any external service is described.
 */
export default defineCheck({
  meta: {
    id: "cloud-usage-rules-established",
    area: "outsourcing",
    title: {
      ja: "外部サービス（クラウドサービス）を利用するときは、利用にかかる規定を整備すること",
      en: "Rules on using external (cloud) services must exist once any is used",
    },
    clauses: ["6(8)"],
    threats: ["T1", "T2"],
    basis: "policy",
    severity: "medium",
    target: "municipality",
    applicability: {
      when: (_municipality, ctx) => (ctx.description.cloudServices?.length ?? 0) > 0,
      condition: { ja: "外部サービス（cloudServices）を利用している団体", en: "municipalities that use external services (cloudServices)" },
    },
    messages: {
      placeholder: {
        ja: "外部サービスの利用にかかる規定が「{{value}}」となっており、整備されていない（基本方針 6(8)）",
        en: 'The rules on using external services are given as "{{value}}", so none exist (policy 6(8))',
      },
      unknown: {
        ja: "外部サービスを利用しているが、利用にかかる規定の参照（externalServiceRules）の記載がない",
        en: "External services are in use, but no reference to the rules on using them (externalServiceRules) is stated",
      },
    },
    remediation: {
      ja: "外部サービスの利用の申請・承認、扱える情報の範囲、利用終了時の措置を定めた規定を整備し、その参照を外部サービス利用の規定（externalServiceRules）に記録すること",
      en: "Establish rules on external services (application and approval, what information may go there, what happens at the end) and record a reference in externalServiceRules",
    },
  },
  *evaluate(municipality, ctx) {
    const rules = municipality.externalServiceRules;
    if (rules === undefined) yield ctx.needsEvidence("unknown", ["externalServiceRules"]);
    else if (isPlaceholder(rules)) yield ctx.fail("placeholder", ["externalServiceRules"], { value: rules });
  },
});
