import { requireSystemFacts } from "../shared.js";
import { defineCheck } from "../define-check.js";
import { onProviderPremises } from "../shared.js";

/**
 * Communication outages (threat 3(5)) stop systems that must stay available. The guideline asks
 * for lines fit for continuous operation of A2 systems and redundancy "as needed"; making
 * redundancy the default for every A2 system is recommended practice, not the policy's words, and a
 * small town with one LGWAN access line cannot always meet it: the severity is low. A system on a
 * provider's premises (cloud, Government Cloud, LGWAN-ASP) is exempt, as in the other physical
 * checks: the provider's lines are judged through its assurance (6(8)).
 */
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
        ja: "システム {{system}} は可用性2の情報を扱うが、通信回線が冗長化されていない（推奨される運用：可用性2のシステムは回線を冗長化する）",
        en: "System {{system}} holds A2 data but its communication lines are not redundant (recommended practice: redundant lines for A2 systems)",
      },
      siteUnknown: {
        ja: "システム {{system}} の設置場所（physicalSite）の記載がない",
        en: "System {{system}} does not state its physical site (physicalSite)",
      },
      factUnknown: {
        ja: "システム {{system}} の通信回線を冗長化しているか（redundantLines）の記載がない",
        en: "System {{system}} does not state whether its communication lines are redundant (redundantLines)",
      },
    },
    remediation: {
      ja: "異なる経路・事業者の回線を組み合わせる等で回線を二重化すること。採らない場合は、回線断の影響と代替手段を ICT-BCP に記すこと",
      en: "Duplicate the lines (e.g. different routes or carriers); if you decide against it, record the impact of an outage and the fallback in the ICT-BCP",
    },
  },
  evaluate: requireSystemFacts("physicalSite", "siteUnknown", [["redundantLines", "notRedundant"]], "factUnknown"),
});
