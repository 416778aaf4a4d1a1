import { requireSystemFacts } from "../shared.js";
import { defineCheck } from "../define-check.js";
import { onProviderPremises } from "../shared.js";
import { ASKED_BY_SITE_CHECK } from "../asked-elsewhere.js";

/** Why this practice is recommended (the message reference; not the policy's or the guideline's words). */
const PRACTICE = {
  basis: "practice",
  reference: {
    ja: "回線が1本だけだと、通信の途絶（3(5)）で可用性2の業務が止まる。回線を二重化するか、回線断の際の代替手段を ICT-BCP に決めておくことを推奨する",
    en: "With a single line, a communication outage (3(5)) stops the work of an A2 system; duplicating the line, or deciding a fallback for an outage in the ICT-BCP, is recommended",
  },
} as const;

/**
 * Communication outages (threat 3(5)) stop systems that must stay available. The guideline asks
 * for lines fit for continuous operation of A2 systems and redundancy "as needed"; making
 * redundancy the default for every A2 system is recommended practice, not the policy's words, and a
 * small town with one LGWAN access line cannot always meet it: the severity is low. A system on a
 * provider's premises (cloud, Government Cloud, LGWAN-ASP) is exempt, as in the other physical
 * checks: the provider's lines are judged through its assurance (6(8)). A single line whose outage the municipality's
 * ICT-BCP plans for (the infrastructure-outage scenario, the system among those it covers) passes.
 */
const requiredFacts = requireSystemFacts("physicalSite", "siteUnknown", [["redundantLines", "notRedundant"]], "factUnknown");

export default defineCheck({
  meta: {
    id: "line-redundancy",
    area: "physical",
    title: {
      ja: "可用性2の情報を扱うシステムの通信回線は冗長化すること",
      en: "Systems holding A2 data must have redundant communication lines",
    },
    clauses: ["6(4)"],
    threats: ["T5"],
    basis: "practice",
    severity: "low",
    target: "system",
    applicability: {
      askedElsewhere: ASKED_BY_SITE_CHECK,
      availability: "A2",
      when: (system) => !onProviderPremises(system),
      notice: {
        ja: "事業者の設備（クラウド等）にあるシステムの回線は、事業者の保証（6(8)）で確認する",
        en: "A system on a provider's premises (cloud and the like) has its lines judged through the provider's assurance (6(8))",
      },
      condition: {
        ja: "事業者の施設（クラウド・データセンター事業者等）ではなく市の施設に機器があるシステム",
        en: "systems whose equipment stands on the municipality's premises, not a provider's",
      },
    },
    messages: {
      notRedundant: {
        ...PRACTICE,
        ja: "システム {{system}} は可用性2の情報を扱うが、通信回線が冗長化されていない（推奨される運用：可用性2のシステムの回線の冗長化）",
        en: "System {{system}} holds A2 data but its communication lines are not redundant (recommended practice: redundant lines for A2 systems)",
      },
      siteUnknown: {
        ...PRACTICE,
        ja: "システム {{system}} のサーバ・ネットワーク機器の設置場所（physicalSite）の記載がないため、通信回線の冗長化を確かめられない",
        en: "System {{system}} does not state where its servers and network equipment are (physicalSite), so its line redundancy cannot be judged",
      },
      factUnknown: {
        ...PRACTICE,
        ja: "システム {{system}} の通信回線を冗長化しているか（redundantLines）の記載がない（推奨される運用：可用性2のシステムの回線の冗長化）",
        en: "System {{system}} does not state whether its communication lines are redundant (redundantLines) (recommended practice: redundant lines for A2 systems)",
      },
    },
    remediation: {
      ja: "異なる経路・事業者の回線を組み合わせる等で回線を二重化すること。採らない場合は、回線断の影響と代替手段を ICT-BCP に記すこと",
      en: "Duplicate the lines (e.g. different routes or carriers); if you decide against it, record the impact of an outage and the fallback in the ICT-BCP",
    },
  },
  evaluate: (system, ctx) => {
    // A single line whose outage the ICT-BCP plans for (infrastructure outage, this system covered) follows the advice:
    // the fallback is decided (eighty-first review: a village with one line could never pass).
    const bcp = ctx.description.municipality?.bcp;
    const planned =
      bcp?.exists === true && (bcp.scenarios ?? []).includes("infrastructure-outage") && (bcp.coveredSystems ?? []).includes(system.id);
    if (planned && system.physicalSite?.redundantLines === false) return [];
    return requiredFacts(system, ctx);
  },
});
