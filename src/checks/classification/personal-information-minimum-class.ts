import { confidentialityAtLeast } from "../../model/values/asset-class.js";
import type { DataAsset } from "../../model/data-asset.js";
import { CONFIDENTIALITY_ASKED_BY_CLASSIFIED } from "../asked-elsewhere.js";
import { defineCheck } from "../define-check.js";

/** My Number data is personal information too, whether or not the flag says so. */
const isPersonal = (asset: DataAsset) => asset.personalInformation === true || asset.myNumber === true;

/** Personal information is classified at least at the profile's floor (C2 in the legacy scheme) (6(2)). */
export default defineCheck({
  meta: {
    id: "personal-information-minimum-class",
    area: "classification",
    title: {
      ja: "個人情報は機密性の下限以上に分類すること",
      en: "Personal information must be classified at or above the minimum confidentiality",
    },
    description: {
      ja: "ガイドラインでは、個人情報の多くは公開を予定しない情報（従来の C2 以上）にあたる。下限はプロファイルの handling.personalInformationMinimum。特定個人情報も個人情報として扱う。",
      en: "Under the guideline most personal information is not for publication (legacy C2 or above). The floor is the profile's handling.personalInformationMinimum. My Number data counts as personal information.",
    },
    clauses: ["6(2)", "2(6)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「情報資産の分類と管理」（情報資産の分類、取扱制限）",
    severity: "medium",
    target: "system",
    applicability: {
      when: (system) => (system.dataAssets ?? []).some(isPersonal),
      condition: { ja: "個人情報を含む情報資産を持つシステム", en: "systems holding personal information" },
    },
    messages: {
      belowMinimum: {
        ja: "個人情報 {{asset}} の機密性 {{class}} が下限 {{minimum}} より低い",
        en: "Personal information {{asset}} is classified {{class}}, below the minimum {{minimum}}",
      },
      confidentialityMissing: {
        askedBy: CONFIDENTIALITY_ASKED_BY_CLASSIFIED,
        ja: "個人情報 {{asset}} の機密性（confidentiality）の記載がない",
        en: "Personal information {{asset}} does not state its confidentiality class",
      },
    },
    remediation: {
      ja: "個人情報の機密性をプロファイルの下限以上に引き上げること。公表済みの情報だけであれば個人情報ではない旨（personalInformation: false）を記載すること",
      en: "Raise the confidentiality of personal information to the profile's minimum; if the asset holds only published information, state personalInformation: false",
    },
  },
  *evaluate(system, ctx) {
    const minimum = ctx.profile.handling.personalInformationMinimum;
    for (const [i, asset] of (system.dataAssets ?? []).entries()) {
      if (!isPersonal(asset)) continue;
      if (asset.confidentiality === undefined) yield ctx.needsEvidence("confidentialityMissing", ["dataAssets", i], { asset: asset.id });
      else if (!confidentialityAtLeast(asset.confidentiality, minimum)) {
        yield ctx.fail("belowMinimum", ["dataAssets", i, "confidentiality"], { asset: asset.id, class: asset.confidentiality, minimum });
      }
    }
  },
});
