import { defineCheck } from "../define-check.js";
import { missingStaffCategories } from "../shared.js";

/**
 * Clause 5 binds every category of 職員等 — regular staff, part-time staff and fiscal-year
 * appointees — to the policy; each category must have been made aware of it and acknowledged it.
 */
export default defineCheck({
  meta: {
    id: "policy-acknowledged",
    area: "human",
    title: {
      ja: "職員・非常勤職員・会計年度任用職員の全てにポリシーを周知し、遵守の誓約を得ること",
      en: "Every staff category (regular, part-time, fiscal-year) must acknowledge the policy",
    },
    clauses: ["5", "6(5)"],
    threats: ["T1", "T2"],
    basis: "policy",
    severity: "high",
    target: "municipality",
    messages: {
      missingCategories: {
        ja: "ポリシーの周知・誓約の対象に含まれていない職員等の区分がある：{{labelsJa}}（{{missing}}）",
        en: "Some staff categories have not acknowledged the policy: {{labelsEn}} ({{missing}})",
      },
      categoriesUnknown: {
        ja: "ポリシーを周知・誓約した職員等の区分（policyAcknowledgement.staffCategories）の記載がない",
        en: "The staff categories that acknowledged the policy (policyAcknowledgement.staffCategories) are not stated",
      },
    },
    remediation: {
      ja: "採用・任用の際と定期的に、職員・非常勤職員・会計年度任用職員の全員へポリシーを周知し、遵守の誓約を得ること",
      en: "Have every regular, part-time and fiscal-year appointee acknowledge the policy on appointment and periodically",
    },
  },
  *evaluate(municipality, ctx) {
    const covered = municipality.policyAcknowledgement?.staffCategories;
    const path = ["policyAcknowledgement", "staffCategories"];
    if (covered === undefined) {
      yield ctx.needsEvidence("categoriesUnknown", path);
      return;
    }
    const missing = missingStaffCategories(covered);
    if (missing !== undefined) yield ctx.fail("missingCategories", path, missing);
  },
});
