import { confidentialityAtLeast } from "../../model/values/asset-class.js";
import { CONFIDENTIALITY_ASKED_BY_CLASSIFIED } from "../asked-elsewhere.js";
import { defineCheck } from "../define-check.js";

/** Where the floor comes from: the profile, with the sources of its defaults (docs/profiles.md). */
const FLOOR_REFERENCE = {
  ja: "下限はプロファイルの handling.myNumberMinimum。既定は従来の分類で機密性3（多くの団体が対策基準で定める運用）、令和6年10月改定の分類では 3B（漏えいにより個人の権利利益を重大に侵害するおそれのある情報）",
  en: "The floor is the profile's handling.myNumberMinimum. Defaults: legacy C3 (what most municipalities set in their own standards) and, under the October 2024 scheme, 3B (information whose leakage could seriously infringe individuals' rights)",
} as const;

/**
 * My Number data (特定個人情報) is classified at or above the profile's floor for it (2(6)
 * 機密性, 6(2) classification and handling). The floor is a parameter, not a fixed "top tier":
 * under the October 2024 scheme 特定個人情報 reads as 3B, not 3A (review §1.2, Top-15 #10).
 */
export default defineCheck({
  meta: {
    id: "mynumber-data-top-tier",
    area: "classification",
    title: {
      ja: "特定個人情報は、定めた機密性の下限以上に分類すること",
      en: "My Number data must be classified at or above the confidentiality floor set for it",
    },
    description: {
      ja: "特定個人情報の漏えいは個人の権利利益を重大に侵害しうるため、高い機密性に分類し、それに応じた取扱い（暗号化、市支給端末での処理等）を行う。下限はプロファイルの handling.myNumberMinimum（従来の分類の既定は機密性3、令和6年10月改定の分類では 3B）。",
      en: "Leakage of My Number data could seriously infringe individuals' rights, so it is classified high and handled accordingly (encryption, municipality-issued terminals). The floor is the profile's handling.myNumberMinimum (legacy default C3; 3B under the October 2024 scheme).",
    },
    clauses: ["2(6)", "6(2)"],
    threats: ["T1", "T2"],
    basis: "practice",
    severity: "high",
    target: "system",
    applicability: {
      when: (system) => (system.dataAssets ?? []).some((asset) => asset.myNumber === true),
      condition: { ja: "特定個人情報を含む情報資産を持つシステム", en: "systems holding My Number data" },
    },
    messages: {
      belowMinimum: {
        reference: FLOOR_REFERENCE,
        ja: "特定個人情報 {{asset}} の機密性 {{class}} が、定めた下限 {{minimum}} より低い（推奨される運用：特定個人情報は {{minimum}} 以上。handling.myNumberMinimum）",
        en: "My Number data {{asset}} is classified {{class}}, below the floor {{minimum}} (recommended practice: My Number data at {{minimum}} or above; handling.myNumberMinimum)",
      },
      confidentialityMissing: {
        askedBy: CONFIDENTIALITY_ASKED_BY_CLASSIFIED,
        reference: FLOOR_REFERENCE,
        ja: "特定個人情報 {{asset}} の機密性の分類（confidentiality）の記載がない",
        en: "My Number data {{asset}} does not state its confidentiality class (confidentiality)",
      },
    },
    remediation: {
      ja: "特定個人情報の機密性を下限以上に引き上げ、それに応じた取扱い（暗号化、市支給端末での処理等）を行うこと。団体の対策基準が別の下限を定めていれば、プロファイルの特定個人情報の下限（handling.myNumberMinimum）をそれに合わせること",
      en: "Raise the class of My Number data to the floor or above and handle it accordingly (encryption, municipality-issued terminals); if your standards set another floor, set the profile's handling.myNumberMinimum to it",
    },
  },
  *evaluate(system, ctx) {
    const minimum = ctx.profile.handling.myNumberMinimum;
    for (const [i, asset] of (system.dataAssets ?? []).entries()) {
      if (asset.myNumber !== true) continue;
      if (asset.confidentiality === undefined) yield ctx.needsEvidence("confidentialityMissing", ["dataAssets", i], { asset: asset.id });
      else if (!confidentialityAtLeast(asset.confidentiality, minimum)) {
        yield ctx.fail("belowMinimum", ["dataAssets", i, "confidentiality"], { asset: asset.id, class: asset.confidentiality, minimum });
      }
    }
  },
});
