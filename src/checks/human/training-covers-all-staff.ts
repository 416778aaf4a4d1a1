import { defineCheck } from "../define-check.js";
import { missingStaffCategories } from "../shared.js";

/**
 * Clause 5 asks every 職員等 (regular staff, part-time staff and fiscal-year appointees alike) to
 * share a common understanding of why security matters, and 6(5) calls for sufficient education to
 * that end. Training that leaves a category out falls short of the policy.
 */
export default defineCheck({
  meta: {
    id: "training-covers-all-staff",
    area: "human",
    title: {
      ja: "情報セキュリティ研修は職員等の全ての区分を対象とすること",
      en: "Security training must cover every staff category",
    },
    clauses: ["6(5)", "5"],
    threats: ["T1", "T2"],
    basis: "policy",
    severity: "medium",
    target: "municipality",
    messages: {
      missingCategories: {
        ja: "情報セキュリティ研修の対象に、次の職員等の区分が含まれていない：{{labelsJa}}（{{missing}}）。その区分に在籍者がいない場合は、その旨を記載すること（staffCategoriesAbsent）",
        en: "Security training leaves out these staff categories: {{labelsEn}} ({{missing}}). If a category has no one in it, say so (staffCategoriesAbsent)",
      },
      categoriesUnknown: {
        ja: "情報セキュリティ研修の対象とした職員等の区分（training.staffCategories）の記載がない",
        en: "The staff categories the security training covered (training.staffCategories) are not stated",
      },
    },
    remediation: {
      ja: "非常勤職員・会計年度任用職員を含む全ての職員等を研修の対象とし、任用時の研修も設けること",
      en: "Include part-time staff and fiscal-year appointees in the training, and train them on appointment",
    },
  },
  *evaluate(municipality, ctx) {
    const covered = municipality.training?.staffCategories;
    const path = ["training", "staffCategories"];
    if (covered === undefined) {
      yield ctx.needsEvidence("categoriesUnknown", path);
      return;
    }
    const missing = missingStaffCategories(covered, municipality.staffCategoriesAbsent);
    if (missing !== undefined) yield ctx.fail("missingCategories", path, missing);
  },
});
