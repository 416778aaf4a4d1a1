import { confidentialityAtLeast } from "../../model/asset-class.js";
import { defineCheck } from "../define-check.js";

/** The spellings accepted for Japan, so "JP" and "日本" match a profile that says "japan". */
const JAPAN = new Set(["japan", "jp", "日本"]);

function normalise(place: string): string {
  const key = place.trim().toLowerCase();
  return JAPAN.has(key) ? "japan" : key;
}

/**
 * Resident data must stay where Japanese courts and law reach it. A cloud service does not say
 * whether it holds personal information, so its highest confidentiality decides: at or above the
 * profile's `handling.personalInformationMinimum` (C2 by default) it may hold personal
 * information, and the rule applies. Locations come from the profile; the governing law the
 * guideline expects is Japanese law.
 */
export default defineCheck({
  meta: {
    id: "cloud-data-location",
    area: "outsourcing",
    title: {
      ja: "個人情報を扱いうる外部サービスは、許可した国にデータを置き、日本法を準拠法とすること",
      en: "External services that may hold personal information must keep data in allowed countries under Japanese law",
    },
    clauses: ["6(8)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: "令和7年3月版 第3編 業務委託と外部サービスの利用（外部サービスの利用：データの保存場所・準拠法・管轄裁判所）",
    severity: "high",
    target: "cloudService",
    applicability: {
      when: (service, ctx) =>
        service.highestConfidentiality === undefined ||
        confidentialityAtLeast(service.highestConfidentiality, ctx.profile.handling.personalInformationMinimum),
    },
    messages: {
      locationNotAllowed: {
        ja: "外部サービス {{service}} のデータが許可されていない国に置かれている：{{outside}}（許可：{{allowed}}）",
        en: "External service {{service}} stores data in countries not allowed: {{outside}} (allowed: {{allowed}})",
      },
      foreignLaw: {
        ja: "外部サービス {{service}} の準拠法が日本法ではない（{{law}}）",
        en: "External service {{service}} is governed by {{law}} law, not Japanese law",
      },
      confidentialityUnknown: {
        ja: "外部サービス {{service}} で扱う情報の最も高い機密性（highestConfidentiality）が書かれていない",
        en: "External service {{service}} does not state the highest confidentiality class it handles (highestConfidentiality)",
      },
      locationsUnknown: {
        ja: "外部サービス {{service}} のデータの保存場所（dataLocations）が書かれていない",
        en: "External service {{service}} does not state where its data is stored (dataLocations)",
      },
      lawUnknown: {
        ja: "外部サービス {{service}} の準拠法（governingLaw）が書かれていない",
        en: "External service {{service}} does not state its governing law (governingLaw)",
      },
    },
    remediation: {
      ja: "データの保存場所を国内（プロファイルで許可した国）に限定し、準拠法を日本法・管轄裁判所を国内とする契約にすること",
      en: "Restrict storage to the allowed countries and contract under Japanese law with a Japanese court of jurisdiction",
    },
  },
  *evaluate(service, ctx) {
    const data = { service: service.id };
    if (service.highestConfidentiality === undefined) {
      yield ctx.needsEvidence("confidentialityUnknown", ["highestConfidentiality"], data);
      return;
    }
    const allowedList = ctx.profile.cloud.allowedDataLocations;
    const allowed = new Set(allowedList.map(normalise));
    const locations = service.dataLocations;
    if (locations === undefined || locations.length === 0) yield ctx.needsEvidence("locationsUnknown", ["dataLocations"], data);
    else {
      const outside = locations.filter((place) => !allowed.has(normalise(place)));
      if (outside.length > 0)
        yield ctx.fail("locationNotAllowed", ["dataLocations"], { ...data, outside: outside.join(", "), allowed: allowedList.join(", ") });
    }
    const law = service.governingLaw;
    if (law === undefined) yield ctx.needsEvidence("lawUnknown", ["governingLaw"], data);
    else if (normalise(law) !== "japan") yield ctx.fail("foreignLaw", ["governingLaw"], { ...data, law });
  },
});
