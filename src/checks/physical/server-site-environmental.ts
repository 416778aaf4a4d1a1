import { defineCheck } from "../define-check.js";
import { onProviderPremises, requireSystemFacts } from "../shared.js";
import { ASKED_BY_SITE_CHECK } from "../asked-elsewhere.js";

/**
 * Disasters (threat 3(3): earthquake, lightning, fire) stop services; the site of servers and
 * network equipment is protected against fire, water and earthquakes (6(4)). Provider sites are
 * judged under 6(8).
 */
export default defineCheck({
  meta: {
    id: "server-site-environmental",
    area: "physical",
    title: {
      ja: "サーバ等の設置場所は火災・浸水・地震に備えること",
      en: "Server sites must be protected against fire, water and earthquakes",
    },
    clauses: ["6(4)"],
    threats: ["T3"],
    basis: "guideline",
    guideline:
      "ガイドライン（令和7年3月版）対策基準例「物理的セキュリティ」（管理区域（情報システム室等）の管理、サーバ等の管理：機器の取付け）",
    severity: "high",
    target: "system",
    applicability: {
      askedElsewhere: ASKED_BY_SITE_CHECK,
      // A system that states it has no servers of its own (`servers: []`, e.g. terminals using another system) has no server room to judge.
      when: (system) => !onProviderPremises(system) && system.servers?.length !== 0,
      condition: {
        ja: "事業者の施設（クラウド・データセンター事業者等）ではなく市の施設に機器があり、サーバがないと記載していない（servers: [] でない）システム",
        en: "systems whose equipment stands on the municipality's premises, not a provider's, and that do not state they have no servers (servers: [])",
      },
    },
    messages: {
      noFireProtection: {
        ja: "システム {{system}} の設置場所に防火・消火の設備がない",
        en: "The site of system {{system}} has no fire protection",
      },
      noWaterProtection: {
        ja: "システム {{system}} の設置場所に浸水・漏水の対策がない",
        en: "The site of system {{system}} has no protection against flooding or leaks",
      },
      noEarthquakeProtection: {
        ja: "システム {{system}} の機器に耐震・転倒防止の対策がない",
        en: "The equipment of system {{system}} is not protected against earthquakes",
      },
      siteUnknown: {
        ja: "システム {{system}} のサーバ・ネットワーク機器の設置場所（physicalSite）の記載がない",
        en: "System {{system}} does not state where its servers and network equipment stand (physicalSite)",
      },
      factUnknown: {
        ja: "システム {{system}} の設置場所について、{{factJa}}（{{fact}}）の記載がない",
        en: "System {{system}} does not state {{factEn}} ({{fact}}) for its site",
      },
    },
    remediation: {
      ja: "設置場所に消火設備・煙感知器を備え、水損の少ない場所（上階、配管の下を避ける）を選び、ラックや機器を固定すること",
      en: "Provide fire detection and suppression, choose a place safe from water (upper floors, away from pipes) and anchor racks and equipment",
    },
  },
  evaluate: requireSystemFacts(
    "physicalSite",
    "siteUnknown",
    [
      ["fireProtection", "noFireProtection"],
      ["waterProtection", "noWaterProtection"],
      ["earthquakeProtection", "noEarthquakeProtection"],
    ],
    "factUnknown",
  ),
});
