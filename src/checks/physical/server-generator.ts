import { requireSystemFacts } from "../shared.js";
import { defineCheck } from "../define-check.js";
import { onProviderPremises } from "../shared.js";
import { ASKED_BY_SITE_CHECK } from "../asked-elsewhere.js";

/** Why a generator is recommended (not the policy's or the guideline's words). */
const PRACTICE = {
  basis: "practice",
  reference: {
    ja: "長時間の停電（3(5) インフラの障害）でも可用性2の業務を続けるため、非常用発電機からの給電を推奨する",
    en: "To keep A2 services running through a long outage (3(5) infrastructure failure), feeding them from an emergency generator is recommended",
  },
} as const;

/**
 * Systems whose loss would hinder administration (A2 data) keep running through a long power
 * outage when fed from a generator. Recommended practice at low severity (review §7): the
 * guideline asks for power sufficient for a safe shutdown (server-power-protection), not for a
 * generator, and a small town's server room is rarely on the 庁舎 generator circuit.
 */
export default defineCheck({
  meta: {
    id: "server-generator",
    area: "physical",
    title: {
      ja: "可用性2の情報を扱うシステムは、非常用発電機から給電できるようにすること",
      en: "Systems holding A2 data should be able to run from an emergency generator",
    },
    clauses: ["6(4)"],
    threats: ["T5"],
    basis: "practice",
    severity: "low",
    target: "system",
    applicability: {
      askedElsewhere: ASKED_BY_SITE_CHECK,
      availability: "A2",
      // A system that states it has no servers of its own (`servers: []`, e.g. terminals using another system) has no server room to judge.
      when: (system) => !onProviderPremises(system) && system.servers?.length !== 0,
      condition: {
        ja: "事業者の施設（クラウド・データセンター事業者等）ではなく市の施設に機器があり、サーバがないと記載していない（servers: [] でない）システム",
        en: "systems whose equipment stands on the municipality's premises, not a provider's, and that do not state they have no servers (servers: [])",
      },
    },
    messages: {
      noGenerator: {
        ...PRACTICE,
        ja: "システム {{system}} は可用性2の情報を扱うが、非常用発電機から給電できない（推奨される運用：可用性2のシステムは発電機から給電）",
        en: "System {{system}} holds A2 data but cannot run from an emergency generator (recommended practice: generator power for A2 systems)",
      },
      siteUnknown: {
        ...PRACTICE,
        ja: "システム {{system}} のサーバ・ネットワーク機器の設置場所（physicalSite）の記載がない",
        en: "System {{system}} does not state where its servers and network equipment stand (physicalSite)",
      },
      generatorUnknown: {
        ...PRACTICE,
        ja: "システム {{system}} の設置場所について、非常用発電機（generator）の記載がない",
        en: "System {{system}} does not state whether its site has an emergency generator (generator)",
      },
    },
    remediation: {
      ja: "可用性2のシステムの機器を庁舎の非常用発電機の系統につなぐか、発電機のあるデータセンターへ移すこと。採らない場合は、停電時の業務の代替手段を ICT-BCP に記すこと",
      en: "Put the A2 systems' equipment on the building's generator circuit or move it to a data centre with one; if you decide against it, record the fallback for outages in the ICT-BCP",
    },
  },
  evaluate: requireSystemFacts("physicalSite", "siteUnknown", [["generator", "noGenerator"]], "generatorUnknown"),
});
