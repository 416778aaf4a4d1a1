import { confidentialityAtLeast } from "../../model/values/asset-class.js";
import { guidelineCitation } from "../../policy/guideline.js";
import { defineCheck } from "../define-check.js";
import { assuranceState, handledConfidentiality } from "../holders.js";

/**
 * The guideline divides external services by the information they handle and the requirements
 * they meet, not by the form of the contract: a service on standard terms (約款による利用) may
 * handle information above the profile's `cloud.clickThroughMaxConfidentiality` (C1 by default)
 * only when its security has been confirmed, e.g. by ISMAP registration or other assurance (the
 * same facts cloud-assurance reads). Standard terms without any assurance are a weak basis for
 * confidential information. From the profile's `cloud.assuranceRequiredFrom` on, cloud-assurance
 * asks for assurance on any terms, so this check judges only the classes between the two (none
 * with the default profile, where both are C2): one gap, one finding. The guideline's wording here was not verified against its text; the
 * severity stays medium until it is.
 */
export default defineCheck({
  meta: {
    id: "click-through-low-confidentiality",
    area: "outsourcing",
    title: {
      ja: "約款による外部サービスで機密性2以上の情報を扱うときは、ISMAP 等で安全性を確認したサービスに限ること",
      en: "A service on standard (click-through) terms may handle confidentiality 2 or above only with confirmed assurance such as ISMAP",
    },
    description: {
      ja: "判定の基準は契約形態ではなく、扱う情報の機密性と保証の有無である。個別契約でも約款による利用でも、機密性2以上の情報には ISMAP 等による安全性の確認が要る（cloud-assurance）。このチェックは、約款による利用で保証のないまま機密性の高い情報を扱う場合を不適合とする。",
      en: "What counts is the confidentiality of the information and the assurance held, not the contract form. Whether negotiated or on standard terms, confidentiality 2 or above needs assurance such as ISMAP (cloud-assurance). This check fails a service on standard terms that handles such information without any assurance.",
    },
    clauses: ["6(8)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: guidelineCitation("outsourcing", "機密性2以上の情報を取り扱う外部サービス・取り扱わない外部サービス"),
    severity: "medium",
    target: "cloudService",
    applicability: {
      // Information the profile already calls for assurance for, on any terms, is cloud-assurance's
      // question (the same facts): judged here too, every such service failed twice.
      when: (service, ctx) => {
        const { cls } = handledConfidentiality(service, ctx.description);
        return service.terms !== "negotiated" && cls !== undefined && !confidentialityAtLeast(cls, ctx.profile.cloud.assuranceRequiredFrom);
      },
      condition: {
        ja: "個別契約（terms: negotiated）ではない外部サービス（約款による利用、または契約形態の記載がないもの）のうち、扱う情報の機密性が保証の確認を求める機密性（cloud.assuranceRequiredFrom）より低いもの（それ以上の情報と機密性の記載がないものは cloud-assurance が判定する）",
        en: "external services not on negotiated terms (on standard terms, or with their terms not stated) handling information below the class that calls for assurance (cloud.assuranceRequiredFrom); from that class on, and where the class is not stated, cloud-assurance judges the same facts",
      },
    },
    messages: {
      tooConfidential: {
        ja: "約款による外部サービス {{service}} で機密性 {{class}} の情報を扱っているが、ISMAP 登録もその他の保証もない（保証なしで扱えるのは機密性 {{max}} まで）",
        en: "Service {{service}} on standard terms handles {{class}} information without ISMAP registration or other assurance (without assurance the limit is {{max}})",
      },
      termsUnknown: {
        ja: "外部サービス {{service}} の契約形態（terms：negotiated／click-through）の記載がない",
        en: "External service {{service}} does not state its terms (terms: negotiated / click-through)",
      },
      assuranceUnknown: {
        ja: "約款による外部サービス {{service}} は機密性 {{class}} の情報を扱うが、ISMAP に登録されているか（ismap）の記載がない。登録がなければ、その他の保証（otherAssurance）も記載すること",
        en: "Service {{service}} on standard terms handles {{class}} information but does not state whether it is ISMAP registered (ismap); if it is not, state other assurance (otherAssurance)",
      },
      otherAssuranceUnknown: {
        ja: "約款による外部サービス {{service}} は機密性 {{class}} の情報を扱い、ISMAP に登録されておらず、その他の保証（otherAssurance）の記載がない",
        en: "Service {{service}} on standard terms handles {{class}} information, is not ISMAP registered and does not state other assurance (otherAssurance)",
      },
    },
    remediation: {
      ja: "ISMAP 等で安全性を確認できるサービスに切り替えるか、機密性の高い情報をそのサービスから取り除くこと。確認した保証は ISMAP の登録やその他の保証（ismap・otherAssurance）に記録すること",
      en: "Switch to a service whose security is confirmed (e.g. ISMAP), or remove the confidential information from it; record the assurance in ismap or otherAssurance",
    },
  },
  *evaluate(service, ctx) {
    const max = ctx.profile.cloud.clickThroughMaxConfidentiality;
    const { cls } = handledConfidentiality(service, ctx.description);
    // Information at or below the limit may go to a service on any terms.
    if (cls !== undefined && confidentialityAtLeast(max, cls)) return;
    if (service.terms === undefined) {
      yield ctx.needsEvidence("termsUnknown", ["terms"], { service: service.id });
      return;
    }
    if (cls === undefined) return;
    const state = assuranceState(service);
    if (state === "none") yield ctx.fail("tooConfidential", ["highestConfidentiality"], { service: service.id, class: cls, max });
    else if (state === "otherUnknown")
      yield ctx.needsEvidence("otherAssuranceUnknown", ["otherAssurance"], { service: service.id, class: cls });
    else if (state === "unknown") yield ctx.needsEvidence("assuranceUnknown", ["ismap"], { service: service.id, class: cls });
  },
});
