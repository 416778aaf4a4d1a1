import { confidentialityAtLeast } from "../../model/asset-class.js";
import { defineCheck } from "../define-check.js";

/**
 * Click-through (約款型) services cannot be held to the municipality's security terms, so the
 * guideline allows them only for information that may leak without harm: at most the profile's
 * `cloud.clickThroughMaxConfidentiality` (C1 by default).
 */
export default defineCheck({
  meta: {
    id: "click-through-low-confidentiality",
    area: "outsourcing",
    title: {
      ja: "約款型の外部サービスでは機密性1（要機密情報でない情報）のみを扱うこと",
      en: "Click-through services must handle only information of the lowest confidentiality",
    },
    clauses: ["6(8)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: "令和7年3月版 第3編 業務委託と外部サービスの利用（機密性2以上の情報を取り扱わない外部サービス）",
    severity: "high",
    target: "cloudService",
    applicability: { when: (service) => service.terms !== "negotiated" },
    messages: {
      tooConfidential: {
        ja: "約款型の外部サービス {{service}} で機密性 {{class}} の情報を扱っている（上限は {{max}}）",
        en: "Click-through service {{service}} handles {{class}} information (the limit is {{max}})",
      },
      termsUnknown: {
        ja: "外部サービス {{service}} の契約形態（terms：negotiated / click-through）が書かれていない",
        en: "External service {{service}} does not state its terms (terms: negotiated / click-through)",
      },
      confidentialityUnknown: {
        ja: "約款型の外部サービス {{service}} で扱う情報の最も高い機密性（highestConfidentiality）が書かれていない",
        en: "Click-through service {{service}} does not state the highest confidentiality class it handles (highestConfidentiality)",
      },
    },
    remediation: {
      ja: "機密性の高い情報は個別契約で情報セキュリティ要件を定めたサービスに移すか、約款型サービスから取り除くこと",
      en: "Move the confidential information to a service under a negotiated contract with security terms, or remove it from the click-through service",
    },
  },
  *evaluate(service, ctx) {
    const max = ctx.profile.cloud.clickThroughMaxConfidentiality;
    const cls = service.highestConfidentiality;
    const allowed = cls !== undefined && confidentialityAtLeast(max, cls);
    // Information at or below the limit may go to a service on any terms.
    if (allowed) return;
    if (service.terms === undefined) yield ctx.needsEvidence("termsUnknown", ["terms"], { service: service.id });
    else if (cls === undefined) yield ctx.needsEvidence("confidentialityUnknown", ["highestConfidentiality"], { service: service.id });
    else yield ctx.fail("tooConfidential", ["highestConfidentiality"], { service: service.id, class: cls, max });
  },
});
