import type { SecurityRole } from "../../model/organisation.js";
import { defineCheck } from "../define-check.js";

/** Roles that may approve an exception under the guideline's model standards. */
const APPROVERS: readonly SecurityRole[] = ["ciso", "chief-security-manager"];

/** Whether two ways of writing a person (post, name, "post name") plausibly name the same holder. */
const samePerson = (a: string, b: string) => {
  const x = a.replace(/\s+/g, "");
  const y = b.replace(/\s+/g, "");
  return x.includes(y) || y.includes(x);
};

/**
 * Exceptions (例外措置) are approved by the CISO (or the chief security manager), and in force on
 * the evaluation date. An expired exception hides nothing: the engine keeps the failure it
 * covered, and this check reports the exception itself.
 */
export default defineCheck({
  meta: {
    id: "exceptions-valid",
    area: "operations",
    title: {
      ja: "例外措置は権限者の承認を得て、有効期限内に限ること",
      en: "Exceptions must be approved by the authority and used only while in force",
    },
    clauses: ["6(7)"],
    threats: ["T2"],
    basis: "guideline",
    guideline: "対策基準例（例外措置）",
    severity: "medium",
    target: "description",
    messages: {
      expired: {
        ja: "例外措置 {{reference}}（チェック {{checkId}}）は {{expiresOn}} に期限が切れた。対象の不適合は免除されない",
        en: "Exception {{reference}} (check {{checkId}}) expired on {{expiresOn}}; the failures it covered count again",
      },
      notYetInForce: {
        ja: "例外措置 {{reference}}（チェック {{checkId}}）の承認日 {{approvedOn}} は評価日より後",
        en: "Exception {{reference}} (check {{checkId}}) is approved on {{approvedOn}}, after the evaluation date",
      },
      approverNotAuthorised: {
        ja: "例外措置 {{reference}} の承認者 {{approvedBy}} は最高情報セキュリティ責任者・統括情報セキュリティ責任者ではない",
        en: "Exception {{reference}} is approved by {{approvedBy}}, who is neither the CISO nor the chief security manager",
      },
      approverUnverified: {
        ja: "例外措置 {{reference}} の承認者の権限を確かめるため、municipality.roles に ciso か chief-security-manager の担当者を書くこと",
        en: "To verify who may approve exception {{reference}}, list the ciso or chief-security-manager holder in municipality.roles",
      },
    },
    remediation: {
      ja: "期限切れの例外措置は、不適合を是正するか、改めて承認を得て有効期限を更新すること。承認は最高情報セキュリティ責任者（または統括情報セキュリティ責任者）から得ること",
      en: "For an expired exception, fix the failure or have the exception approved again with a new expiry; approvals come from the CISO (or the chief security manager)",
    },
  },
  *evaluate(description, ctx) {
    const holders = (description.municipality?.roles ?? []).filter((r) => APPROVERS.includes(r.role)).map((r) => r.person);
    for (const [i, waiver] of (description.waivers ?? []).entries()) {
      const data = {
        reference: waiver.reference,
        checkId: waiver.checkId,
        expiresOn: waiver.expiresOn,
        approvedOn: waiver.approvedOn,
        approvedBy: waiver.approvedBy,
      };
      if (waiver.expiresOn < ctx.evaluationDate) yield ctx.fail("expired", ["waivers", i, "expiresOn"], data);
      else if (waiver.approvedOn > ctx.evaluationDate) yield ctx.fail("notYetInForce", ["waivers", i, "approvedOn"], data);
      if (holders.length === 0) yield ctx.needsEvidence("approverUnverified", ["waivers", i, "approvedBy"], data);
      else if (!holders.some((holder) => samePerson(holder, waiver.approvedBy)))
        yield ctx.fail("approverNotAuthorised", ["waivers", i, "approvedBy"], data);
    }
  },
});
