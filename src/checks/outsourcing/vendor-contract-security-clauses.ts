import { defineCheck } from "../define-check.js";

/**
 * 6(8): 「情報セキュリティ要件を明記した契約を締結し」. Which clauses count as the security
 * requirements is the profile's `requiredContractClauses` (by default the guideline's set).
 */
export default defineCheck({
  meta: {
    id: "vendor-contract-security-clauses",
    area: "outsourcing",
    title: {
      ja: "委託契約に情報セキュリティ要件（必須の条項）を明記すること",
      en: "Every vendor contract must state the required security clauses",
    },
    clauses: ["6(8)"],
    threats: ["T1", "T2"],
    basis: "policy",
    severity: "high",
    target: "vendor",
    messages: {
      missingClauses: {
        ja: "委託事業者 {{vendor}} との契約に必須の情報セキュリティ条項がない：{{missing}}",
        en: "The contract with vendor {{vendor}} lacks required security clauses: {{missing}}",
      },
      contractUnknown: {
        ja: "委託事業者 {{vendor}} との契約（contract）が書かれていない",
        en: "The contract with vendor {{vendor}} is not described (contract)",
      },
      clausesUnknown: {
        ja: "委託事業者 {{vendor}} との契約の情報セキュリティ条項（contract.securityClauses）が書かれていない",
        en: "The security clauses of the contract with vendor {{vendor}} are not listed (contract.securityClauses)",
      },
    },
    remediation: {
      ja: "契約（または特記仕様書）に不足している条項を加え、contract.securityClauses に記録すること",
      en: "Add the missing clauses to the contract (or its special terms) and list them in contract.securityClauses",
    },
  },
  *evaluate(vendor, ctx) {
    const data = { vendor: vendor.id };
    if (vendor.contract === undefined) {
      yield ctx.needsEvidence("contractUnknown", ["contract"], data);
      return;
    }
    const stated = vendor.contract.securityClauses;
    if (stated === undefined) {
      yield ctx.needsEvidence("clausesUnknown", ["contract", "securityClauses"], data);
      return;
    }
    const present = new Set(stated);
    const missing = ctx.profile.requiredContractClauses.filter((clause) => !present.has(clause));
    if (missing.length > 0)
      yield ctx.fail("missingClauses", ["contract", "securityClauses"], { ...data, missing: missing.join(", "), count: missing.length });
  },
});
