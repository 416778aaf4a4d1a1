import { defineCheck } from "../define-check.js";
import { onProviderPremises } from "../shared.js";

/**
 * Power outages (threat 3(5)) are bridged by a UPS; systems whose loss would hinder
 * administration (A2 data) also need a generator to run through a long outage (6(4)).
 */
export default defineCheck({
  meta: {
    id: "server-power-protection",
    area: "physical",
    title: {
      ja: "サーバ等は無停電電源装置で保護し、可用性2の情報を扱うシステムには非常用発電機も備えること",
      en: "Servers must be protected by a UPS, and systems holding A2 data also by a generator",
    },
    clauses: ["6(4)"],
    threats: ["T5"],
    basis: "guideline",
    guideline: "令和7年3月版 第3編 物理的セキュリティ（サーバ等の管理：機器の電源）",
    severity: "high",
    target: "system",
    applicability: {
      when: (system) => !onProviderPremises(system),
      condition: {
        ja: "事業者の施設（クラウド・データセンター事業者等）ではなく市の施設に機器があるシステム",
        en: "systems whose equipment stands on the municipality's premises, not a provider's",
      },
    },
    messages: {
      noUps: {
        ja: "システム {{system}} のサーバ等は無停電電源装置（UPS）で保護されていない",
        en: "The servers of system {{system}} are not protected by a UPS",
      },
      noGenerator: {
        ja: "システム {{system}} は可用性2の情報を扱うが、非常用発電機がない",
        en: "System {{system}} holds A2 data but has no emergency generator",
      },
      siteUnknown: {
        ja: "システム {{system}} のサーバ・ネットワーク機器の設置場所（physicalSite）の記載がない",
        en: "System {{system}} does not state where its servers and network equipment stand (physicalSite)",
      },
      factUnknown: {
        ja: "システム {{system}} の設置場所について {{fact}} の記載がない",
        en: "System {{system}} does not state {{fact}} for its site",
      },
      availabilityUnknown: {
        ja: "システム {{system}} の情報資産の可用性（availability）が分からず、非常用発電機が必要か判断できない",
        en: "The availability classes of system {{system}}'s data are not all stated, so whether a generator is needed cannot be decided",
      },
    },
    remediation: {
      ja: "サーバ・ネットワーク機器を UPS に接続し、安全に停止できる時間を確保すること。可用性2の情報を扱うシステムは非常用発電機から給電できるようにすること",
      en: "Connect servers and network equipment to a UPS that lasts long enough for a safe shutdown; feed systems holding A2 data from an emergency generator as well",
    },
  },
  *evaluate(system, ctx) {
    const data = { system: system.id };
    const site = system.physicalSite;
    if (site === undefined) {
      yield ctx.needsEvidence("siteUnknown", ["physicalSite"], data);
      return;
    }
    if (site.ups === undefined) yield ctx.needsEvidence("factUnknown", ["physicalSite", "ups"], { ...data, fact: "ups" });
    else if (!site.ups) yield ctx.fail("noUps", ["physicalSite", "ups"], data);

    const assets = system.dataAssets;
    if (assets?.some((asset) => asset.availability === "A2")) {
      if (site.generator === undefined)
        yield ctx.needsEvidence("factUnknown", ["physicalSite", "generator"], { ...data, fact: "generator" });
      else if (!site.generator) yield ctx.fail("noGenerator", ["physicalSite", "generator"], data);
    } else if (site.generator !== true && (assets === undefined || assets.some((asset) => asset.availability === undefined))) {
      // Without the classes the generator rule cannot be decided; a generator settles it anyway.
      yield ctx.needsEvidence("availabilityUnknown", ["dataAssets"], data);
    }
  },
});
