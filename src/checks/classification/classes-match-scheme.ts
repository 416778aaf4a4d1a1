import { LEGACY_CONFIDENTIALITY, R6_CONFIDENTIALITY, schemeOf } from "../../model/asset-class.js";
import { defineCheck } from "../define-check.js";

const LABELS = { legacy: LEGACY_CONFIDENTIALITY.join(" / "), r6: R6_CONFIDENTIALITY.join(" / ") } as const;

/** Confidentiality classes come from the scheme the municipality adopted (6(2)). */
export default defineCheck({
  meta: {
    id: "classes-match-scheme",
    area: "classification",
    title: {
      ja: "機密性の分類は団体が採用した分類体系に従うこと",
      en: "Confidentiality classes must belong to the adopted classification scheme",
    },
    description: {
      ja: "基本方針は分類体系を定めず、ガイドラインの改定で体系が変わった（従来の C3/C2/C1、令和6年10月の 3A/3B/3C/2/1）。プロファイルの classificationScheme と異なる体系の分類は、移行漏れか記載誤りであり、取扱いの判定がずれる。",
      en: "The policy fixes no scheme and the guideline changed it (legacy C3/C2/C1; 3A/3B/3C/2/1 from October 2024). A class from a scheme other than the profile's classificationScheme is a missed migration or a typo, and skews the handling rules.",
    },
    clauses: ["6(2)"],
    threats: ["T2"],
    basis: "guideline",
    guideline: "令和6年10月",
    severity: "low",
    target: "system",
    applicability: { when: (system) => (system.dataAssets ?? []).length > 0 },
    messages: {
      otherScheme: {
        ja: "情報資産 {{asset}} の機密性 {{class}} は {{found}} 体系の分類で、採用している {{scheme}} 体系（{{allowed}}）にない",
        en: "Information asset {{asset}} has confidentiality {{class}} from the {{found}} scheme, not the adopted {{scheme}} scheme ({{allowed}})",
      },
      confidentialityMissing: {
        ja: "情報資産 {{asset}} の機密性（confidentiality）の記載がない",
        en: "Information asset {{asset}} does not state its confidentiality class",
      },
    },
    remediation: {
      ja: "プロファイルの classificationScheme の体系で分類し直すこと（従来の C3 は 3A〜3B、C2 は 3C または 2 に相当するかを資産ごとに判断する）",
      en: "Reclassify in the profile's classificationScheme (decide per asset whether legacy C3 becomes 3A or 3B, and C2 becomes 3C or 2)",
    },
  },
  *evaluate(system, ctx) {
    const scheme = ctx.profile.classificationScheme;
    for (const [i, asset] of (system.dataAssets ?? []).entries()) {
      if (asset.confidentiality === undefined) yield ctx.needsEvidence("confidentialityMissing", ["dataAssets", i], { asset: asset.id });
      else if (schemeOf(asset.confidentiality) !== scheme) {
        yield ctx.fail("otherScheme", ["dataAssets", i, "confidentiality"], {
          asset: asset.id,
          class: asset.confidentiality,
          found: schemeOf(asset.confidentiality),
          scheme,
          allowed: LABELS[scheme],
        });
      }
    }
  },
});
