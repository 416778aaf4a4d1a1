import { guidelineCitation } from "../../policy/guideline.js";
import { defineCheck } from "../define-check.js";

/**
 * Security measures secured at the vendor (6(8)) leak away through an unapproved or unbound
 * subcontractor. The guideline asks for prior approval and equivalent terms.
 */
export default defineCheck({
  meta: {
    id: "subcontractors-approved",
    area: "outsourcing",
    title: {
      ja: "再委託は事前に承認し、再委託先にも同等の情報セキュリティ条項を課すこと",
      en: "Subcontracting must be approved in advance and bind the subcontractor by equivalent security terms",
    },
    clauses: ["6(8)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: guidelineCitation("outsourcing", "業務委託：再委託"),
    severity: "high",
    target: "vendor",
    messages: {
      // Each its own remedy (sixty-fourth review: the two findings of one subcontractor carried the same words).
      notApproved: {
        ja: "委託事業者 {{vendor}} の再委託先 {{subcontractor}} は事前に承認されていない",
        en: "Subcontractor {{subcontractor}} of vendor {{vendor}} was not approved in advance",
        remediation: {
          ja: "再委託先・再委託する業務・情報の取扱いを書面で確かめたうえで、再委託を承認するか、やめさせること",
          en: "Check in writing the subcontractor, the work subcontracted and how information is handled, then approve the subcontracting or have it stopped",
        },
      },
      notBound: {
        ja: "委託事業者 {{vendor}} の再委託先 {{subcontractor}} に同等の情報セキュリティ条項が課されていない",
        en: "Subcontractor {{subcontractor}} of vendor {{vendor}} is not bound by equivalent security terms",
        remediation: {
          ja: "委託契約と同等の情報セキュリティ条項を、委託事業者と再委託先の契約に含めさせること",
          en: "Have the vendor put security terms equivalent to its own contract's into its contract with the subcontractor",
        },
      },
      factUnknown: {
        ja: "委託事業者 {{vendor}} の再委託先 {{subcontractor}} について、{{factJa}}（{{fact}}）の記載がない",
        en: "For subcontractor {{subcontractor}} of vendor {{vendor}}, {{factEn}} ({{fact}}) is not stated",
      },
      subcontractorsUnknown: {
        ja: "委託事業者 {{vendor}} の再委託先（subcontractors）の記載がない。再委託がなければ [] と書くこと",
        en: "Vendor {{vendor}} does not list its subcontractors (subcontractors); write [] when there are none",
      },
    },
    remediation: {
      ja: "再委託は書面で事前に承認し、委託契約と同等の情報セキュリティ条項を再委託先との契約に含めさせること",
      en: "Approve subcontracting in writing beforehand and require the vendor to pass equivalent security clauses on to the subcontractor",
    },
  },
  *evaluate(vendor, ctx) {
    const subcontractors = vendor.subcontractors;
    if (subcontractors === undefined) {
      yield ctx.needsEvidence("subcontractorsUnknown", ["subcontractors"], { vendor: vendor.id });
      return;
    }
    for (const [i, sub] of subcontractors.entries()) {
      const data = { vendor: vendor.id, subcontractor: sub.name };
      const facts = [
        ["approved", "notApproved", "事前に承認したか", "whether it was approved in advance"],
        ["boundBySecurityTerms", "notBound", "同等の情報セキュリティ条項を課しているか", "whether equivalent security terms bind it"],
      ] as const;
      for (const [field, failId, factJa, factEn] of facts) {
        const value = sub[field];
        // A subcontractor the municipality never approved is that one finding; whether terms it never agreed to bind it
        // is no second question (sixty-second review).
        if (field === "boundBySecurityTerms" && value === undefined && sub.approved === false) continue;
        if (value === undefined)
          yield ctx.needsEvidence("factUnknown", ["subcontractors", i, field], { ...data, fact: field, factJa, factEn });
        else if (value !== true) yield ctx.fail(failId, ["subcontractors", i, field], data);
      }
    }
  },
});
