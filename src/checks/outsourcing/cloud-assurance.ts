import { confidentialityAtLeast } from "../../model/asset-class.js";
import { defineCheck } from "../define-check.js";

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
      ja: "機密性2以上の情報を扱う外部サービスは ISMAP 等の第三者による保証があるものを選ぶこと",
      en: "External services handling confidentiality 2 or higher must carry ISMAP or equivalent assurance",
    },
    clauses: ["6(8)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: "令和7年3月版 第3編 業務委託と外部サービスの利用（機密性2以上の情報を取り扱う外部サービス：ISMAP）",
    severity: "high",
    target: "cloudService",
    applicability: {
      when: (service, ctx) =>
        service.highestConfidentiality === undefined ||
        confidentialityAtLeast(service.highestConfidentiality, ctx.profile.cloud.assuranceRequiredFrom),
    },
    messages: {
      noAssurance: {
        ja: "外部サービス {{service}} は機密性 {{class}} の情報を扱うが、ISMAP 登録も他の保証もない",
        en: "External service {{service}} handles {{class}} information but has neither ISMAP registration nor other assurance",
      },
      confidentialityUnknown: {
        ja: "外部サービス {{service}} で扱う情報の最も高い機密性（highestConfidentiality）が書かれていない",
        en: "External service {{service}} does not state the highest confidentiality class it handles (highestConfidentiality)",
      },
      assuranceUnknown: {
        ja: "外部サービス {{service}} の ISMAP 登録（ismap）またはその他の保証（otherAssurance）が書かれていない",
        en: "External service {{service}} states neither its ISMAP registration (ismap) nor other assurance (otherAssurance)",
      },
    },
    remediation: {
      ja: "ISMAP（または ISMAP-LIU）に登録されたサービスを選ぶか、同等の保証（ISO/IEC 27017 等）を確認して otherAssurance に記録すること",
      en: "Choose an ISMAP (or ISMAP-LIU) registered service, or confirm equivalent assurance (e.g. ISO/IEC 27017) and list it in otherAssurance",
    },
  },
  *evaluate(service, ctx) {
    const cls = service.highestConfidentiality;
    if (cls === undefined) {
      yield ctx.needsEvidence("confidentialityUnknown", ["highestConfidentiality"], { service: service.id });
      return;
    }
    if (service.ismap === true || (service.otherAssurance?.length ?? 0) > 0) return;
    // Only a "no" on ISMAP together with an explicit empty list of other assurance is a known gap.
    if (service.ismap === false && service.otherAssurance !== undefined) {
      yield ctx.fail("noAssurance", ["ismap"], { service: service.id, class: cls });
    } else {
      yield ctx.needsEvidence("assuranceUnknown", [service.ismap === undefined ? "ismap" : "otherAssurance"], { service: service.id });
    }
  },
});
