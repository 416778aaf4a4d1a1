import { dateData } from "../../engine/dates.js";
import { defineCheck } from "../define-check.js";
import { confidentialityAtLeast } from "../../model/values/asset-class.js";
import { contractReading, handledConfidentiality, saysRenewed } from "../holders.js";

/**
 * A cloud service is used under a contract in force. A provider that holds and processes the
 * municipality's information does so as its contractor, and 6(8) asks for a contract stating the
 * security requirements: once the contract's term has ended, nothing binds the provider to them
 * (nor to returning and deleting the data), while the service is still listed as in use. The
 * service side of system-vendors-contracted's `contractEnded`.
 *
 * Judged only for services whose contract is written (`contract`): the field came after many
 * descriptions were written, and a service on standard terms often has no term to state.
 */
export default defineCheck({
  meta: {
    id: "cloud-contract-in-force",
    area: "outsourcing",
    title: {
      ja: "外部サービスは、効力のある利用契約の下で利用すること",
      en: "An external service must be used under a contract in force",
    },
    description: {
      ja: "外部サービスの事業者は、本市の情報を預かり処理する点で委託事業者にあたり、情報セキュリティ要件を明記した契約の下で利用する（6(8)）。契約期間が評価の基準日より前に終わったまま外部サービス（cloudServices）に残るサービスは、契約の定める要件（返還・削除を含む）が事業者を拘束しないまま利用していることになる。利用契約（contract）を記載したサービスだけを判定する。約款による利用（terms: click-through）では同意した約款が契約にあたるため、契約書がないことは問わず、利用期間が終わっていれば確認を求める（低）。扱う情報が保証を求める機密性（cloud.assuranceRequiredFrom）より低いサービスは中とする。",
      en: "A provider that holds and processes the municipality's information is its contractor, used under a contract stating the security requirements (6(8)). A service still listed under cloudServices after its contract ended before the evaluation date is used with nothing binding the provider to those requirements (return and deletion included). Only services whose contract is written (contract) are judged. On standard terms (terms: click-through) the accepted terms are the contract: no contract document is no gap, and an ended term is asked about (low). A service handling only information below the class that calls for assurance (cloud.assuranceRequiredFrom) is judged at medium.",
    },
    clauses: ["6(8)"],
    threats: ["T1", "T2"],
    basis: "policy",
    severity: "high",
    target: "cloudService",
    applicability: {
      when: (service) => service.contract !== undefined,
      condition: {
        ja: "利用契約（contract）を記載した外部サービス",
        en: "external services whose contract (contract) is written",
      },
    },
    messages: {
      contractEnded: {
        ja: "外部サービス {{service}} の利用契約{{referenceJa}}は契約期間が {{validUntilJa}} に終わっており、評価の基準日（{{evaluationDateJa}}）に効力のある契約がない",
        en: "The contract{{referenceEn}} of external service {{service}} ended on {{validUntilEn}}: on the evaluation date ({{evaluationDateEn}}) no contract in force binds the provider",
      },
      // Sixty-seventh review #3: a service holding only information below the class that calls for assurance (public
      // map tiles, say) is a gap in the contract's management, not in the protection of resident data.
      contractEndedLowClass: {
        ja: "外部サービス {{service}} の利用契約{{referenceJa}}は契約期間が {{validUntilJa}} に終わっており、評価の基準日（{{evaluationDateJa}}）に効力のある契約がない（扱う情報は機密性 {{class}}）",
        en: "The contract{{referenceEn}} of external service {{service}} ended on {{validUntilEn}}: on the evaluation date ({{evaluationDateEn}}) no contract in force binds the provider (it handles {{class}} information)",
        severity: "medium",
      },
      noContract: {
        ja: "外部サービス {{service}} の利用契約がない（contract.reference：{{value}}）",
        en: "External service {{service}} has no contract in force (contract.reference: {{value}})",
      },
      noContractLowClass: {
        ja: "外部サービス {{service}} の利用契約がない（contract.reference：{{value}}。扱う情報は機密性 {{class}}）",
        en: "External service {{service}} has no contract in force (contract.reference: {{value}}; it handles {{class}} information)",
        severity: "medium",
      },
      // Sixty-seventh review #6: a renewal written in the reference while the term's end is still last year's.
      termNotUpdated: {
        ja: "外部サービス {{service}} の利用契約（{{reference}}）は更新・継続したと書かれているが、契約期間の終期（contract.validUntil）は {{validUntilJa}} のままで、評価の基準日（{{evaluationDateJa}}）より前である",
        en: "The contract ({{reference}}) of external service {{service}} is said to be renewed or continued, but its term's end (contract.validUntil) is still {{validUntilEn}}, before the evaluation date ({{evaluationDateEn}})",
        severity: "medium",
        remediation: {
          ja: "更新後の契約期間の終期（contract.validUntil）と、更新した契約の番号等（contract.reference）を記載すること",
          en: "Give the renewed term's end (contract.validUntil) and the renewed contract's reference (contract.reference)",
        },
      },
      // Sixty-seventh review #2: on standard terms the terms are the contract; a paid term that ended may have fallen back
      // to the free plan's terms. Asked, at low.
      termEndedOnTerms: {
        ja: "約款による外部サービス {{service}} の利用期間（contract.validUntil）は {{validUntilJa}} に終わっている（評価の基準日は {{evaluationDateJa}}）",
        en: "The term (contract.validUntil) of external service {{service}}, used on standard terms, ended on {{validUntilEn}} (the evaluation date is {{evaluationDateEn}})",
        severity: "low",
        remediation: {
          ja: "利用を続けているなら、いま適用される約款（利用規約）と利用期間を記載すること。利用を終えたなら、データの削除を確かめて記述から外すこと",
          en: "If the service is still used, give the standard terms that now apply and their term; if not, confirm its data was deleted and take it out of the description",
        },
      },
      // Seventy-first review: 「契約番号不明（照会中）」 is a reference the writer does not know, not one left out.
      referenceNotKnown: {
        ja: "外部サービス {{service}} の利用契約の番号等が分からないと書かれている（contract.reference：{{value}}）",
        en: "External service {{service}} has a contract reference said to be unknown (contract.reference: {{value}})",
        severity: "medium",
        remediation: {
          ja: "利用契約を確かめ、契約番号等を contract.reference に記載すること",
          en: "Find the contract and give its number or other reference in contract.reference",
        },
      },
      referenceUnknown: {
        ja: "外部サービス {{service}} の利用契約の参照（contract.reference：契約番号等）の記載がない",
        en: "External service {{service}} does not give its contract's reference (contract.reference: a contract number…)",
        severity: "medium",
        remediation: {
          ja: "利用契約の契約番号等を contract.reference に記載すること",
          en: "Give the contract's number or other reference in contract.reference",
        },
      },
    },
    remediation: {
      ja: "利用契約を更新するか新たに締結し、契約番号等と更新後の契約期間の終期を利用契約（contract.reference・contract.validUntil）に記載すること。利用を終えたのなら、データの返還・削除を確かめたうえで外部サービス（cloudServices）から外すこと",
      en: "Renew the contract or sign a new one and record its reference and the end of its term (contract.reference, contract.validUntil); if the service is no longer used, confirm its data was returned and deleted, then remove it from cloudServices",
    },
  },
  *evaluate(service, ctx) {
    const contract = service.contract;
    if (contract === undefined) return;
    const reference = contract.reference;
    const ended = contract.validUntil !== undefined && contract.validUntil < ctx.evaluationDate;
    const dates =
      contract.validUntil === undefined
        ? {}
        : { ...dateData("validUntil", contract.validUntil), ...dateData("evaluationDate", ctx.evaluationDate) };
    const data = { service: service.id };
    // On standard terms the accepted terms are the contract: 「なし（利用規約のみ）」 is no gap; an ended term is asked about.
    if (service.terms === "click-through") {
      if (ended) yield ctx.needsEvidence("termEndedOnTerms", ["contract", "validUntil"], { ...data, ...dates });
      return;
    }
    const reading = reference === undefined ? "unknown" : contractReading(reference);
    const { cls } = handledConfidentiality(service, ctx.description);
    const lowClass = cls !== undefined && !confidentialityAtLeast(cls, ctx.profile.cloud.assuranceRequiredFrom);
    const classData: Record<string, string> = lowClass ? { class: cls } : {};
    if (reading === "none") {
      yield ctx.fail(lowClass ? "noContractLowClass" : "noContract", ["contract", "reference"], {
        ...data,
        value: reference ?? "",
        ...classData,
      });
      return;
    }
    if (ended) {
      if (reference !== undefined && saysRenewed(reference)) {
        yield ctx.needsEvidence("termNotUpdated", ["contract", "validUntil"], { ...data, reference, ...dates });
        return;
      }
      const shown =
        reference === undefined || reading === "unknown"
          ? { referenceJa: "", referenceEn: "" }
          : { referenceJa: `（${reference}）`, referenceEn: ` (${reference})` };
      yield ctx.fail(lowClass ? "contractEndedLowClass" : "contractEnded", ["contract", "validUntil"], {
        ...data,
        ...shown,
        ...dates,
        ...classData,
      });
      return;
    }
    if (reference === undefined) yield ctx.needsEvidence("referenceUnknown", ["contract", "reference"], data);
    else if (reading === "unknown") yield ctx.needsEvidence("referenceNotKnown", ["contract", "reference"], { ...data, value: reference });
  },
});
