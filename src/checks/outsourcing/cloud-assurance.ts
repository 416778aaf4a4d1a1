import { confidentialityAtLeast } from "../../model/values/asset-class.js";
import { guidelineCitation } from "../../policy/guideline.js";
import { defineCheck } from "../define-check.js";
import { assuranceState, handledConfidentiality, isPlaceholder } from "../holders.js";

/** Certifications of an organisation's handling of information, and the registration for low-risk use: no cloud assurance. */
const ORGANISATION_MARK = /プライバシーマーク|pマーク|privacy\s*mark|15001|isms|27001|ismap\W*liu/iu;
/** Assurance of a cloud service itself (ISMS cloud security certification, ISO/IEC 27017, SOC 2, CSA STAR, FedRAMP, C5). */
const CLOUD_ASSURANCE = /27017|27018|soc\s*[12]|クラウドセキュリティ|cloud\s*security|star|fedramp|\bc5\b|ismap(?!\W*liu)/iu;
const organisationOnly = (mark: string) => /ismap\W*liu/iu.test(mark) || (ORGANISATION_MARK.test(mark) && !CLOUD_ASSURANCE.test(mark));

/**
 * Services handling information at or above the profile's `cloud.assuranceRequiredFrom` (C2 by
 * default) need independent assurance of the provider: the guideline names ISMAP; other
 * assurance listed in otherAssurance (e.g. ISO/IEC 27017) is accepted as the equivalent and left
 * to the reviewer to judge.
 */
export default defineCheck({
  meta: {
    id: "cloud-assurance",
    area: "outsourcing",
    title: {
      ja: "機密性2以上の情報を扱う外部サービスは、ISMAP 等を参照して安全性を確認し、その根拠を記録すること",
      en: "For external services handling confidentiality 2 or higher, confirm their security with reference to ISMAP or equivalent assurance, and record it",
    },
    description: {
      ja: "ガイドラインは ISMAP 等の活用・参照を求めており、ISMAP 登録を唯一の条件とはしていない。このチェックは、ISMAP 登録またはその他の保証（ISO/IEC 27017 等）が記録されていることを確かめる記録の確認であり、保証の内容の妥当性は評価者が判断する。",
      en: "The guideline asks that ISMAP and the like be used as a reference; it does not make ISMAP registration the only way. This check confirms that ISMAP registration or other assurance (e.g. ISO/IEC 27017) is recorded; whether that assurance is adequate is the reviewer's judgement.",
    },
    clauses: ["6(8)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: guidelineCitation("outsourcing", "機密性2以上の情報を取り扱う外部サービス：ISMAP 等の活用"),
    severity: "high",
    target: "cloudService",
    applicability: {
      when: (service, ctx) => {
        const { cls } = handledConfidentiality(service, ctx.description);
        return cls === undefined || confidentialityAtLeast(cls, ctx.profile.cloud.assuranceRequiredFrom);
      },
      condition: {
        ja: "保証の確認を求める機密性（cloud.assuranceRequiredFrom）以上の情報を扱う外部サービス（サービスの記載か、その上で動くシステムの情報資産の機密性の高い方による）、または扱う情報の機密性の記載がないもの",
        en: "external services handling information at or above the class that calls for assurance (cloud.assuranceRequiredFrom), by the service's statement or the assets of a system hosted on it, whichever is higher, or not stating the class they handle",
      },
    },
    messages: {
      noAssurance: {
        ja: "外部サービス {{service}} は機密性 {{class}} の情報を扱うが、ISMAP 登録もその他の保証もない",
        en: "External service {{service}} handles {{class}} information but has neither ISMAP registration nor other assurance",
      },
      noAssuranceHosted: {
        ja: "外部サービス {{service}} の上で動くシステム {{system}} が機密性 {{class}} の情報資産「{{asset}}」を扱うが、このサービスには ISMAP 登録もその他の保証もない（扱う情報の機密性は、サービスの記載（highestConfidentiality）ではなく、このシステムの情報資産による）",
        en: "System {{system}}, hosted on external service {{service}}, holds {{class}} information ({{asset}}), but the service has neither ISMAP registration nor other assurance (the class comes from that system's assets, not from the service's highestConfidentiality)",
      },
      confidentialityUnknown: {
        ja: "外部サービス {{service}} で扱う情報の最も高い機密性（highestConfidentiality）の記載がない",
        en: "External service {{service}} does not state the highest confidentiality class it handles (highestConfidentiality)",
      },
      assuranceUnknown: {
        ja: "外部サービス {{service}} が ISMAP に登録されているか（ismap）の記載がない。登録がなければ、その他の保証（otherAssurance）も記載すること",
        en: "External service {{service}} does not state whether it is ISMAP registered (ismap); if it is not, state other assurance (otherAssurance)",
      },
      // Sixty-second review: a Privacy Mark or ISMS certifies how an organisation handles information, not the cloud
      // service's controls, and ISMAP-LIU registers services for low-risk use; they passed for C3 data as assurance.
      organisationMarkOnly: {
        ja: "外部サービス {{service}} は機密性 {{class}} の情報を扱うが、ISMAP に登録されておらず、その他の保証（{{marks}}）は組織の認証か低リスク向けの登録で、クラウドサービスの対策の保証にならない。ISO/IEC 27017、SOC 2 報告書等、クラウドサービスの保証を確認できる資料を示すこと",
        en: "External service {{service}} handles information at confidentiality {{class}} but is not ISMAP registered, and its other assurance ({{marks}}) certifies an organisation or registers low-risk use, not the cloud service's controls; show assurance of the cloud service (ISO/IEC 27017, a SOC 2 report…)",
      },
      otherAssuranceUnknown: {
        ja: "外部サービス {{service}} は ISMAP に登録されておらず、その他の保証（otherAssurance）の記載がない",
        en: "External service {{service}} is not ISMAP registered and does not state other assurance (otherAssurance)",
      },
    },
    remediation: {
      // Sixty-second review: ISMAP-LIU registers services for low-risk work; it was offered here for every class.
      ja: "ISMAP に登録されたサービスを選ぶか、同等のクラウドサービスの保証（ISO/IEC 27017、SOC 2 報告書等）を確認してその他の保証（otherAssurance）に記録すること（ISMAP-LIU は低リスクの業務・情報向けの登録で、機密性の高い情報には足りない）",
      en: "Choose an ISMAP-registered service, or confirm equivalent assurance of the cloud service (ISO/IEC 27017, a SOC 2 report…) and list it in otherAssurance (ISMAP-LIU registers services for low-risk work and information, which is not enough for highly confidential information)",
    },
  },
  *evaluate(service, ctx) {
    const { cls, above } = handledConfidentiality(service, ctx.description);
    if (cls === undefined) {
      yield ctx.needsEvidence("confidentialityUnknown", ["highestConfidentiality"], { service: service.id });
      return;
    }
    // Only a "no" on ISMAP together with a stated list of other assurance naming none is a known gap.
    const state = assuranceState(service);
    if (state === "none")
      yield above === undefined
        ? ctx.fail("noAssurance", ["ismap"], { service: service.id, class: cls })
        : ctx.fail("noAssuranceHosted", ["ismap"], { service: service.id, class: cls, system: above.system, asset: above.asset });
    else if (state === "otherUnknown") yield ctx.needsEvidence("otherAssuranceUnknown", ["otherAssurance"], { service: service.id });
    else if (state === "assured" && service.ismap !== true && confidentialityAtLeast(cls, ctx.profile.handling.municipalTerminalsFrom)) {
      // Top-tier information (the profile's handling.municipalTerminalsFrom, C3 by default) on a service assured only by
      // marks of an organisation or of low-risk use.
      const stated = (service.otherAssurance ?? []).filter((a) => !isPlaceholder(a));
      if (stated.length > 0 && stated.every((a) => organisationOnly(a.normalize("NFKC")))) {
        yield ctx.needsEvidence("organisationMarkOnly", ["otherAssurance"], { service: service.id, class: cls, marks: stated.join("、") });
      }
    } else if (state === "unknown") yield ctx.needsEvidence("assuranceUnknown", ["ismap"], { service: service.id });
  },
});
