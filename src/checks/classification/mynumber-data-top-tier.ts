import { confidentialityAtLeast } from "../../model/asset-class.js";
import { defineCheck } from "../define-check.js";

/** My Number data (特定個人情報) is classified at the top confidentiality tier (6(2), 2(9)). */
export default defineCheck({
  meta: {
    id: "mynumber-data-top-tier",
    area: "classification",
    title: {
      ja: "特定個人情報は最上位の機密性に分類すること",
      en: "My Number data must be classified at the top confidentiality tier",
    },
    description: {
      ja: "ガイドラインでは、個人番号利用事務で使う特定個人情報は最も高い機密性（従来の C3、令和6年体系の 3A）として扱う。下限はプロファイルの handling.myNumberMinimum。",
      en: "Under the guideline, specific personal information used in My Number affairs is of the highest confidentiality (legacy C3, r6 3A). The floor is the profile's handling.myNumberMinimum.",
    },
    clauses: ["6(2)", "2(9)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: "令和7年3月版 第3編 情報資産の分類と管理（取扱制限）",
    severity: "high",
    target: "system",
    applicability: { when: (system) => (system.dataAssets ?? []).some((asset) => asset.myNumber === true) },
    messages: {
      belowMinimum: {
        ja: "特定個人情報 {{asset}} の機密性 {{class}} が下限 {{minimum}} より低い",
        en: "My Number data {{asset}} is classified {{class}}, below the minimum {{minimum}}",
      },
      confidentialityMissing: {
        ja: "特定個人情報 {{asset}} の機密性（confidentiality）の記載がない",
        en: "My Number data {{asset}} does not state its confidentiality class",
      },
    },
    remediation: {
      ja: "特定個人情報の機密性をプロファイルの下限以上に引き上げ、それに応じた取扱い（暗号化、市支給端末での処理等）を行うこと",
      en: "Raise the confidentiality of My Number data to the profile's minimum or above, and handle it accordingly (encryption, municipality-issued terminals only)",
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
