import { defineCheck } from "../define-check.js";

const PROPERTIES = ["confidentiality", "integrity", "availability"] as const;
const PROPERTY_LABELS = {
  confidentiality: { ja: "機密性", en: "confidentiality" },
  integrity: { ja: "完全性", en: "integrity" },
  availability: { ja: "可用性", en: "availability" },
} as const;
/** The definition of each property: a missing class cites 6(2) and the definition of what it is missing. */
const PROPERTY_CLAUSES = { confidentiality: "2(6)", integrity: "2(7)", availability: "2(8)" } as const;

/** Every information asset carries a confidentiality, an integrity and an availability class (6(2)). */
export default defineCheck({
  meta: {
    id: "asset-classified",
    area: "classification",
    title: {
      ja: "情報資産ごとに機密性・完全性・可用性の分類を定めること",
      en: "Every information asset must be classified for confidentiality, integrity and availability",
    },
    description: {
      ja: "基本方針 6(2) は情報資産を機密性・完全性・可用性に応じて分類し、分類に基づく対策を求める。分類のない資産には、分類に応じた取扱いのチェックが働かない。",
      en: "Clause 6(2) has information assets classified by confidentiality, integrity and availability, with measures following the class. An unclassified asset escapes every class-based handling check.",
    },
    clauses: ["6(2)", "2(2)", "2(3)", "2(6)", "2(7)", "2(8)"],
    threats: ["T1", "T2"],
    basis: "policy",
    severity: "high",
    target: "system",
    messages: {
      noAssets: {
        ja: "システム {{system}} の情報資産の一覧（dataAssets）が空になっている。情報システムは必ず情報を取り扱う（2(2)、2(3)）",
        en: "System {{system}} lists no information assets (dataAssets is empty), yet every system handles information (2(2), 2(3))",
        clauses: ["6(2)", "2(2)", "2(3)"],
      },
      classesMissing: {
        ja: "情報資産 {{asset}} の{{missingJa}}の分類の記載がない（{{missing}}）",
        en: "Information asset {{asset}} is not classified for {{missingEn}} ({{missing}})",
      },
      assetsUnknown: {
        ja: "システム {{system}} が取り扱う情報資産（dataAssets）の記載がない",
        en: "System {{system}} does not list the information assets it handles (dataAssets)",
        clauses: ["6(2)", "2(3)"],
      },
    },
    remediation: {
      ja: "システムが取り扱う情報（印刷物・ログ・設定を含む）を情報資産（dataAssets）に挙げ、それぞれに機密性・完全性・可用性（confidentiality・integrity・availability）を記載すること",
      en: "List the information the system handles in dataAssets (printouts, logs and configuration included) and give each a confidentiality, integrity and availability class",
    },
  },
  *evaluate(system, ctx) {
    const assets = system.dataAssets;
    if (assets === undefined) {
      yield ctx.needsEvidence("assetsUnknown", ["dataAssets"], { system: system.id });
      return;
    }
    if (assets.length === 0) yield ctx.fail("noAssets", ["dataAssets"], { system: system.id });
    for (const [i, asset] of assets.entries()) {
      const missing = PROPERTIES.filter((property) => asset[property] === undefined);
      if (missing.length > 0)
        yield {
          ...ctx.needsEvidence("classesMissing", ["dataAssets", i], {
            asset: asset.id,
            missing: missing.join(", "),
            missingJa: missing.map((p) => PROPERTY_LABELS[p].ja).join("・"),
            missingEn: missing.map((p) => PROPERTY_LABELS[p].en).join(", "),
          }),
          clauses: ["6(2)", ...missing.map((p) => PROPERTY_CLAUSES[p])],
        };
    }
  },
});
