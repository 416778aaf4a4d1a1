import { defineCheck } from "../define-check.js";
import { assetsFrom } from "../handling.js";

/** Protected information processed outside the office has defined safeguards (6(2)). */
export default defineCheck({
  meta: {
    id: "outside-office-safeguards",
    area: "classification",
    title: {
      ja: "取扱制限のある情報を庁外で処理するときは安全管理措置を定めること",
      en: "Protected information processed outside the office must have defined safeguards",
    },
    description: {
      ja: "ガイドラインの取扱制限では、機密性2以上（プロファイルの handling.protectFrom 以上）の情報を外部で処理する場合の安全管理措置を定める。テレワークや委託先での処理が該当する。",
      en: "The guideline's handling restrictions call for defined safeguards when information at confidentiality 2 or above (the profile's handling.protectFrom) is processed outside the office, e.g. in telework or at a contractor.",
    },
    clauses: ["6(2)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「情報資産の分類と管理」（情報資産の分類、取扱制限）",
    severity: "medium",
    target: "system",
    applicability: { confidentialityFrom: "protectFrom" },
    messages: {
      noSafeguards: {
        ja: "機密性 {{class}} の情報資産 {{asset}} を庁外で処理しているが、安全管理措置を定めていない",
        en: "Information asset {{asset}} (confidentiality {{class}}) is processed outside the office without defined safeguards",
      },
      safeguardsUnknown: {
        ja: "庁外で処理する情報資産 {{asset}} の安全管理措置（outsideOfficeSafeguards）の記載がない",
        en: "Information asset {{asset}} is processed outside the office but does not state its safeguards (outsideOfficeSafeguards)",
      },
      outsideUnknown: {
        ja: "機密性 {{class}} の情報資産 {{asset}} を庁外で処理するか（processedOutsideOffice）の記載がない",
        en: "Information asset {{asset}} (confidentiality {{class}}) does not say whether it is processed outside the office (processedOutsideOffice)",
      },
    },
    remediation: {
      ja: "庁外処理の条件（許可手続、使う端末と回線、保管・持ち帰りの禁止事項等）を定めて、その旨（outsideOfficeSafeguards: true）を記載するか、庁外で処理しないこと",
      en: "Define the conditions for processing outside the office (approval, devices and lines used, what may not be stored or taken home) and state outsideOfficeSafeguards: true, or stop processing it outside",
    },
  },
  *evaluate(system, ctx) {
    for (const { asset, index } of assetsFrom(system, ctx.profile, "protectFrom")) {
      const data = { asset: asset.id, class: asset.confidentiality ?? "" };
      if (asset.processedOutsideOffice === undefined) yield ctx.needsEvidence("outsideUnknown", ["dataAssets", index], data);
      else if (!asset.processedOutsideOffice) continue;
      else if (asset.outsideOfficeSafeguards === undefined) yield ctx.needsEvidence("safeguardsUnknown", ["dataAssets", index], data);
      else if (!asset.outsideOfficeSafeguards) yield ctx.fail("noSafeguards", ["dataAssets", index, "outsideOfficeSafeguards"], data);
    }
  },
});
