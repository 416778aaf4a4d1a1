import { guidelineCitation, guidelineReference } from "../../policy/guideline.js";
import { defineCheck } from "../define-check.js";
import { missingStaffCategories } from "../shared.js";

/** Making the policy known and taking a pledge is the guideline's way of binding staff, not the policy's words. */
const GUIDELINE = {
  basis: "guideline",
  reference: guidelineReference("human", { ja: "職員等の遵守事項", en: "what staff must observe" }),
} as const;

/**
 * Clause 5 binds every category of 職員等 — regular staff, part-time staff and fiscal-year
 * appointees — to the policy: that duty is the policy's. How the municipality makes sure of it,
 * making the policy known (周知) and taking a pledge (誓約書), is the guideline's, so the message
 * about a category left out carries the guideline basis. A category the municipality has no one
 * in (staffCategoriesAbsent) need not be covered.
 */
export default defineCheck({
  meta: {
    id: "policy-acknowledged",
    area: "human",
    title: {
      ja: "職員等の全ての区分にポリシーの遵守を求めること（周知と誓約はガイドラインによる）",
      en: "Every staff category must be bound to the policy (making it known and taking a pledge follow the guideline)",
    },
    clauses: ["5", "6(5)"],
    threats: ["T1", "T2"],
    basis: "policy",
    guideline: guidelineCitation("human", "職員等の遵守事項"),
    severity: "medium",
    target: "municipality",
    messages: {
      missingCategories: {
        ...GUIDELINE,
        ja: "ポリシーを周知し遵守の誓約を得た対象に、次の職員等の区分が含まれていない：{{labelsJa}}（{{missing}}）。その区分に在籍者がいない場合は、その旨を記載すること（staffCategoriesAbsent）",
        en: "These staff categories have not been made aware of the policy and asked to pledge to observe it: {{labelsEn}} ({{missing}}). If a category has no one in it, say so (staffCategoriesAbsent)",
      },
      categoriesUnknown: {
        ...GUIDELINE,
        ja: "ポリシーを周知し遵守の誓約を得た職員等の区分（policyAcknowledgement.staffCategories）の記載がない",
        en: "The staff categories made aware of the policy and asked to pledge to observe it (policyAcknowledgement.staffCategories) are not stated",
      },
    },
    remediation: {
      ja: "採用・任用の際と定期的に、在籍する全ての区分の職員等へポリシーを周知し、遵守の誓約を得ること（ガイドラインによる方法）",
      en: "Make the policy known to every staff category the municipality has, on appointment and periodically, and take their pledge (the guideline's way)",
    },
  },
  *evaluate(municipality, ctx) {
    const covered = municipality.policyAcknowledgement?.staffCategories;
    const path = ["policyAcknowledgement", "staffCategories"];
    if (covered === undefined) {
      yield ctx.needsEvidence("categoriesUnknown", path);
      return;
    }
    const missing = missingStaffCategories(covered, municipality.staffCategoriesAbsent);
    if (missing !== undefined) yield ctx.fail("missingCategories", path, missing);
  },
});
