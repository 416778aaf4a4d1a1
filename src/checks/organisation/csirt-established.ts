import { guidelineCitation } from "../../policy/guideline.js";
import { defineCheck } from "../define-check.js";
import { isPlaceholder } from "../holders.js";

/** A CSIRT exists and can be reached (6(1); the guideline's model standards place it under the CISO). */
export default defineCheck({
  meta: {
    id: "csirt-established",
    area: "organisation",
    title: {
      ja: "CSIRTを設置し、連絡先を定めること",
      en: "A CSIRT must be established with a stated contact",
    },
    description: {
      ja: "ガイドラインの対策基準例は、CISO がインシデント対応体制（CSIRT）を整備し役割を明確にすることを求める。設置の有無と連絡先を確かめる。",
      en: "The guideline's model standards have the CISO set up an incident response team (CSIRT) with clear roles. This checks that one is established and has a contact.",
    },
    clauses: ["6(1)", "6(7)"],
    threats: ["T1"],
    basis: "guideline",
    guideline: guidelineCitation("organisation"),
    severity: "high",
    target: "municipality",
    messages: {
      notEstablished: {
        ja: "CSIRT が設置されていない（csirt.established: false）",
        en: "No CSIRT is established (csirt.established: false)",
      },
      contactMissing: {
        ja: "CSIRT の連絡先（csirt.contact）の記載がない",
        en: "The CSIRT's contact (csirt.contact) is not stated",
      },
      noContact: {
        ja: "CSIRT の連絡先が定められていない（csirt.contact：{{value}}）",
        en: "The CSIRT has no contact (csirt.contact: {{value}})",
      },
      csirtUnknown: {
        ja: "CSIRT を設置しているか（csirt.established）の記載がない",
        en: "The description does not say whether a CSIRT is established (csirt.established)",
      },
    },
    remediation: {
      ja: "CSIRT を設置して設置済み（csirt.established: true）とし、職員等・委託事業者・外部機関が使う連絡先（csirt.contact）を記載すること",
      en: "Establish a CSIRT, set csirt.established: true, and state the contact that staff, vendors and outside bodies use in csirt.contact",
    },
  },
  *evaluate(municipality, ctx) {
    const csirt = municipality.csirt;
    if (csirt?.established === undefined)
      yield ctx.needsEvidence("csirtUnknown", csirt === undefined ? ["csirt"] : ["csirt", "established"]);
    else if (!csirt.established) yield ctx.fail("notEstablished", ["csirt", "established"]);
    else if (csirt.contact === undefined) yield ctx.needsEvidence("contactMissing", ["csirt", "contact"]);
    else if (isPlaceholder(csirt.contact)) yield ctx.fail("noContact", ["csirt", "contact"], { value: csirt.contact });
  },
});
