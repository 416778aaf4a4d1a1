import { confidentialityAtLeast } from "../../model/values/asset-class.js";
import { guidelineCitation } from "../../policy/guideline.js";
import { defineCheck } from "../define-check.js";
import { assuranceState } from "../holders.js";

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
      when: (service, ctx) =>
        service.highestConfidentiality === undefined ||
        confidentialityAtLeast(service.highestConfidentiality, ctx.profile.cloud.assuranceRequiredFrom),
      condition: {
        ja: "保証の確認を求める機密性（cloud.assuranceRequiredFrom）以上の情報を扱う外部サービス、または扱う情報の機密性の記載がないもの",
        en: "external services handling information at or above the class that calls for assurance (cloud.assuranceRequiredFrom), or not stating the class they handle",
      },
    },
    messages: {
      noAssurance: {
        ja: "外部サービス {{service}} は機密性 {{class}} の情報を扱うが、ISMAP 登録もその他の保証もない",
        en: "External service {{service}} handles {{class}} information but has neither ISMAP registration nor other assurance",
      },
      confidentialityUnknown: {
        ja: "外部サービス {{service}} で扱う情報の最も高い機密性（highestConfidentiality）の記載がない",
        en: "External service {{service}} does not state the highest confidentiality class it handles (highestConfidentiality)",
      },
      assuranceUnknown: {
        ja: "外部サービス {{service}} が ISMAP に登録されているか（ismap）の記載がない。登録がなければ、その他の保証（otherAssurance）も記載すること",
        en: "External service {{service}} does not state whether it is ISMAP registered (ismap); if it is not, state other assurance (otherAssurance)",
      },
      otherAssuranceUnknown: {
        ja: "外部サービス {{service}} は ISMAP に登録されておらず、その他の保証（otherAssurance）の記載がない",
        en: "External service {{service}} is not ISMAP registered and does not state other assurance (otherAssurance)",
      },
    },
    remediation: {
      ja: "ISMAP（または ISMAP-LIU）に登録されたサービスを選ぶか、同等の保証（ISO/IEC 27017 等）を確認してその他の保証（otherAssurance）に記録すること",
      en: "Choose an ISMAP (or ISMAP-LIU) registered service, or confirm equivalent assurance (e.g. ISO/IEC 27017) and list it in otherAssurance",
    },
  },
  *evaluate(service, ctx) {
    const cls = service.highestConfidentiality;
    if (cls === undefined) {
      yield ctx.needsEvidence("confidentialityUnknown", ["highestConfidentiality"], { service: service.id });
      return;
    }
    // Only a "no" on ISMAP together with a stated list of other assurance naming none is a known gap.
    const state = assuranceState(service);
    if (state === "none") yield ctx.fail("noAssurance", ["ismap"], { service: service.id, class: cls });
    else if (state === "otherUnknown") yield ctx.needsEvidence("otherAssuranceUnknown", ["otherAssurance"], { service: service.id });
    else if (state === "unknown") yield ctx.needsEvidence("assuranceUnknown", ["ismap"], { service: service.id });
  },
});
