import { defineCheck } from "../define-check.js";
import { missingStaffCategories } from "../shared.js";

/**
 * Education under 6(5) is owed to 職員等 as clause 5 defines them: regular staff, part-time staff
 * and fiscal-year appointees alike. Training that leaves a category out falls short of the policy.
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
        ja: "研修の対象に含まれていない職員等の区分がある：{{labelsJa}}（{{missing}}）。在籍していない区分は staffCategoriesAbsent に記載すること",
        en: "Security training leaves out some staff categories: {{labelsEn}} ({{missing}}); list categories with no one in them under staffCategoriesAbsent",
      },
      categoriesUnknown: {
        ja: "研修の対象とした職員等の区分（training.staffCategories）の記載がない",
        en: "The staff categories the training covered (training.staffCategories) are not stated",
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
