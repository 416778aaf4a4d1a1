import { guidelineCitation } from "../../policy/guideline.js";
import { defineCheck } from "../define-check.js";
import { VENDOR_AT_WORK } from "../shared.js";

/**
 * 6(8) says contractors are selected (委託事業者を選定し); the guideline's standards make security
 * a selection criterion (certifications, track record, measures offered), so weak outsourcing
 * management (3(2)) starts before the contract.
 */
export default defineCheck({
  meta: {
    id: "vendor-selected-with-security-criteria",
    area: "outsourcing",
    title: {
      ja: "委託事業者は情報セキュリティを選定基準に含めて選定すること",
      en: "Vendors must be selected with security among the criteria",
    },
    clauses: ["6(8)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: guidelineCitation("outsourcing", "業務委託：委託事業者の選定基準"),
    severity: "medium",
    target: "vendor",
    applicability: VENDOR_AT_WORK,
    messages: {
      notSelectedOnSecurity: {
        ja: "委託事業者 {{vendor}} は情報セキュリティを選定基準に含めずに選定された",
        en: "Vendor {{vendor}} was selected without security among the criteria",
      },
      unknown: {
        ja: "委託事業者 {{vendor}} の選定で情報セキュリティを基準にしたか（selectedWithSecurityCriteria）の記載がない",
        en: "Vendor {{vendor}} does not say whether security was a selection criterion (selectedWithSecurityCriteria)",
      },
    },
    remediation: {
      ja: "選定基準に情報セキュリティ（ISMS・Pマーク等の認証、対策の内容、事故時の体制）を含め、次の調達から適用すること",
      en: "Include security (ISMS or Privacy Mark certification, measures offered, incident handling) in the selection criteria from the next procurement",
    },
  },
  *evaluate(vendor, ctx) {
    const value = vendor.selectedWithSecurityCriteria;
    if (value === undefined) yield ctx.needsEvidence("unknown", ["selectedWithSecurityCriteria"], { vendor: vendor.id });
    else if (!value) yield ctx.fail("notSelectedOnSecurity", ["selectedWithSecurityCriteria"], { vendor: vendor.id });
  },
});
