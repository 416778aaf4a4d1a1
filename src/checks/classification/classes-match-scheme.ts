import { CLASSIFICATION_SCHEMES, LEGACY_CONFIDENTIALITY, R6_CONFIDENTIALITY, schemeOf } from "../../model/values/asset-class.js";
import { CONFIDENTIALITY_ASKED_BY_CLASSIFIED } from "../asked-elsewhere.js";
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
    guideline: "ガイドライン（令和6年10月版）対策基準例「情報資産の分類と管理」（情報資産の分類）",
    severity: "medium",
    target: "system",
    applicability: {
      when: (system) => (system.dataAssets ?? []).length > 0,
      condition: { ja: "情報資産を記載したシステム", en: "systems that list information assets" },
    },
    messages: {
      otherScheme: {
        ja: "情報資産 {{asset}} の機密性 {{class}} は{{foundJa}}の区分で、採用している{{schemeJa}}にない（classificationScheme: {{scheme}}、使える区分：{{allowed}}）",
        en: "Information asset {{asset}} has confidentiality {{class}} from the {{foundEn}}, not the adopted {{schemeEn}} (classificationScheme: {{scheme}}; classes: {{allowed}})",
      },
      confidentialityMissing: {
        askedBy: CONFIDENTIALITY_ASKED_BY_CLASSIFIED,
        ja: "情報資産 {{asset}} の機密性の分類（confidentiality）の記載がない",
        en: "Information asset {{asset}} does not state its confidentiality class",
      },
    },
    remediation: {
      ja: "プロファイルの分類体系（classificationScheme）で分類し直すこと（従来の機密性3 が 3A・3B のどちらか、機密性2 が 3C・2 のどちらに当たるかを資産ごとに判断する。分類体系を取り違えると、機密性に応じた取扱いのチェックが誤ったしきい値で判定される）",
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
          foundJa: CLASSIFICATION_SCHEMES[schemeOf(asset.confidentiality)].ja,
          foundEn: CLASSIFICATION_SCHEMES[schemeOf(asset.confidentiality)].en,
          scheme,
          schemeJa: CLASSIFICATION_SCHEMES[scheme].ja,
          schemeEn: CLASSIFICATION_SCHEMES[scheme].en,
          allowed: LABELS[scheme],
        });
      }
    }
  },
});
