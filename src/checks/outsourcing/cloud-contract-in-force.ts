import { dateData } from "../../engine/dates.js";
import { defineCheck } from "../define-check.js";
import { isPlaceholder } from "../holders.js";

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
      ja: "外部サービスの事業者は、本市の情報を預かり処理する点で委託事業者にあたり、情報セキュリティ要件を明記した契約の下で利用する（6(8)）。契約期間が評価の基準日より前に終わったまま外部サービス（cloudServices）に残るサービスは、契約の定める要件（返還・削除を含む）が事業者を拘束しないまま利用していることになる。利用契約（contract）を記載したサービスだけを判定する。",
      en: "A provider that holds and processes the municipality's information is its contractor, used under a contract stating the security requirements (6(8)). A service still listed under cloudServices after its contract ended before the evaluation date is used with nothing binding the provider to those requirements (return and deletion included). Only services whose contract is written (contract) are judged.",
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
        ja: "外部サービス {{service}} の利用契約（{{reference}}）は契約期間が {{validUntilJa}} に終わっており、評価の基準日（{{evaluationDateJa}}）に効力のある契約がないまま利用している",
        en: "External service {{service}} is used under a contract ({{reference}}) whose term ended on {{validUntilEn}}: on the evaluation date ({{evaluationDateEn}}) no contract in force binds the provider",
      },
      noContract: {
        ja: "外部サービス {{service}} の利用契約がない（contract.reference：{{value}}）",
        en: "External service {{service}} has no contract (contract.reference: {{value}})",
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
    const data = { service: service.id };
    if (contract.reference !== undefined && isPlaceholder(contract.reference)) {
      yield ctx.fail("noContract", ["contract", "reference"], { ...data, value: contract.reference });
      return;
    }
    const reference = contract.reference ?? "-";
    if (contract.validUntil !== undefined && contract.validUntil < ctx.evaluationDate) {
      yield ctx.fail("contractEnded", ["contract", "validUntil"], {
        ...data,
        reference,
        ...dateData("validUntil", contract.validUntil),
        ...dateData("evaluationDate", ctx.evaluationDate),
      });
      return;
    }
    if (contract.reference === undefined) yield ctx.needsEvidence("referenceUnknown", ["contract", "reference"], data);
  },
});
