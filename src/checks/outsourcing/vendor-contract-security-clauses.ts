import { dateData } from "../../engine/dates.js";
import { CONTRACT_CLAUSE_LABELS } from "../../model/values/vendor.js";
import { guidelineCitation, guidelineReference } from "../../policy/guideline.js";
import { defineCheck } from "../define-check.js";
import { VENDOR_AT_WORK } from "../shared.js";

/**
 * 6(8): 「情報セキュリティ要件を明記した契約を締結し」. That a contract states security
 * requirements at all is the policy's duty; which clauses it must contain is the profile's
 * `requiredContractClauses`, by default the guideline's list, and a missing clause is reported
 * with the guideline as its basis.
 */
export default defineCheck({
  meta: {
    id: "vendor-contract-security-clauses",
    area: "outsourcing",
    title: {
      ja: "委託契約に情報セキュリティ要件を明記すること（必須の条項はガイドラインによる）",
      en: "Every vendor contract must state security requirements (the required clauses follow the guideline)",
    },
    clauses: ["6(8)"],
    threats: ["T1", "T2"],
    basis: "policy",
    guideline: guidelineCitation("outsourcing", "業務委託：委託契約に定める事項"),
    severity: "high",
    target: "vendor",
    applicability: VENDOR_AT_WORK,
    messages: {
      noSecurityRequirements: {
        ja: "委託事業者 {{vendor}} との契約に情報セキュリティ要件が明記されていない（基本方針 6(8)）",
        en: "The contract with vendor {{vendor}} states no security requirements (policy 6(8))",
      },
      missingClauses: {
        ja: "委託事業者 {{vendor}} との契約に次の情報セキュリティ条項がない：{{missingJa}}",
        en: "The contract with vendor {{vendor}} lacks these security clauses: {{missingEn}}",
        basis: "guideline",
        reference: guidelineReference("outsourcing", { ja: "業務委託：委託契約に定める事項", en: "outsourcing: what a contract states" }),
      },
      contractUnknown: {
        ja: "委託事業者 {{vendor}} との契約（contract）の記載がない",
        en: "The contract with vendor {{vendor}} is not described (contract)",
      },
      signedAfterDate: {
        ja: "委託事業者 {{vendor}} との契約の締結日（{{signedOnJa}}）が評価の基準日（{{evaluationDateJa}}）より後であり、基準日の時点で契約があったことを確かめられない。当時の契約（または更新前の契約）を示すこと",
        en: "The contract with vendor {{vendor}} is dated {{signedOnEn}}, after the evaluation date ({{evaluationDateEn}}), so a contract in force on that date cannot be confirmed; show the contract then in force (or the one it renewed)",
        remediation: {
          ja: "評価の基準日の時点で有効だった契約（更新前の契約を含む）の締結日と条項を記載すること",
          en: "Describe the contract in force on the evaluation date (the one renewed, if so): its signing date and clauses",
        },
      },
      clausesUnknown: {
        ja: "委託事業者 {{vendor}} との契約の情報セキュリティ条項（contract.securityClauses）の記載がない",
        en: "The security clauses of the contract with vendor {{vendor}} are not listed (contract.securityClauses)",
      },
    },
    remediation: {
      ja: "契約（または特記仕様書）に不足している条項を加え、契約の情報セキュリティ条項（contract.securityClauses）に記録すること",
      en: "Add the missing clauses to the contract (or its special terms) and list them in contract.securityClauses",
    },
  },
  *evaluate(vendor, ctx) {
    const data = { vendor: vendor.id };
    if (vendor.contract === undefined) {
      yield ctx.needsEvidence("contractUnknown", ["contract"], data);
      return;
    }
    // A contract signed after the evaluation date is no evidence of one then (eleventh review), as any later date.
    const signedOn = vendor.contract.signedOn;
    if (signedOn !== undefined && signedOn > ctx.evaluationDate) {
      yield ctx.needsEvidence("signedAfterDate", ["contract", "signedOn"], {
        ...data,
        ...dateData("signedOn", signedOn),
        ...dateData("evaluationDate", ctx.evaluationDate),
      });
    }
    const stated = vendor.contract.securityClauses;
    if (stated === undefined) {
      yield ctx.needsEvidence("clausesUnknown", ["contract", "securityClauses"], data);
      return;
    }
    if (stated.length === 0) {
      yield ctx.fail("noSecurityRequirements", ["contract", "securityClauses"], data);
      return;
    }
    const present = new Set(stated);
    const missing = ctx.profile.requiredContractClauses.filter((clause) => !present.has(clause));
    if (missing.length > 0)
      yield ctx.fail("missingClauses", ["contract", "securityClauses"], {
        ...data,
        missingJa: missing.map((c) => CONTRACT_CLAUSE_LABELS[c].ja).join("、"),
        missingEn: missing.map((c) => CONTRACT_CLAUSE_LABELS[c].en).join(", "),
        count: missing.length,
      });
  },
});
