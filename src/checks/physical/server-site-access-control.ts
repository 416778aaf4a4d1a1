import { defineCheck } from "../define-check.js";
import { onProviderPremises, requireSystemFacts } from "../shared.js";

/**
 * Servers and network equipment stand in a managed area whose entry is controlled and recorded
 * (6(4); the guideline's 管理区域). A provider's facilities are judged through its assurance under
 * 6(8), so sites of kind `cloud` are not applicable here.
 */
export default defineCheck({
  meta: {
    id: "server-site-access-control",
    area: "physical",
    title: {
      ja: "サーバ等の設置場所は入退室を管理し、その記録を残すこと",
      en: "Server sites must control entry and keep entry records",
    },
    clauses: ["6(4)"],
    threats: ["T1"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「物理的セキュリティ」（管理区域（情報システム室等）の管理）",
    severity: "high",
    target: "system",
    applicability: {
      // A system that states it has no servers of its own (`servers: []`, e.g. terminals using another system) has no server room to judge.
      when: (system) => !onProviderPremises(system) && system.servers?.length !== 0,
      condition: {
        ja: "事業者の施設（クラウド・データセンター事業者等）ではなく市の施設に機器があり、サーバがないと記載していない（servers: [] でない）システム",
        en: "systems whose equipment stands on the municipality's premises, not a provider's, and that do not state they have no servers (servers: [])",
      },
    },
    messages: {
      noAccessControl: {
        ja: "システム {{system}} のサーバ等の設置場所は入退室を管理していない",
        en: "The site of system {{system}} does not control who enters",
      },
      noEntryRecords: {
        ja: "システム {{system}} のサーバ等の設置場所は入退室を記録していない",
        en: "The site of system {{system}} does not record entries",
        // Entry is controlled; the record of it is the management around the measure (docs/severity.md: medium).
        severity: "medium",
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
      ja: "サーバ・ネットワーク機器は施錠された管理区域（情報システム室等）に置き、ICカード等で入室できる者を限り、入退室を記録すること",
      en: "Keep servers and network equipment in a locked managed area (server room), limit entry to authorised people (e.g. by IC card) and record every entry",
    },
  },
  evaluate: requireSystemFacts(
    "physicalSite",
    "siteUnknown",
    [
      ["accessControl", "noAccessControl"],
      ["entryRecords", "noEntryRecords", "accessControl"],
    ],
    "factUnknown",
  ),
});
