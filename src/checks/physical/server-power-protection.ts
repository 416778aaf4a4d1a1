import { defineCheck } from "../define-check.js";
import { factData, onProviderPremises } from "../shared.js";
import { ASKED_BY_SITE_CHECK } from "../asked-elsewhere.js";

/**
 * Power outages (threat 3(5)) are bridged by a UPS, long enough for a safe shutdown (6(4)). An
 * emergency generator is a separate, recommended practice (server-generator): review §1.2 found
 * no guideline requirement for it, and a small town's server room is rarely on a generator circuit.
 */
export default defineCheck({
  meta: {
    id: "server-power-protection",
    area: "physical",
    title: {
      ja: "サーバ等は無停電電源装置（UPS）で保護すること",
      en: "Servers must be protected by an uninterruptible power supply (UPS)",
    },
    clauses: ["6(4)"],
    threats: ["T5"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「物理的セキュリティ」（サーバ等の管理：機器の電源）",
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
      noUps: {
        ja: "システム {{system}} のサーバ等は無停電電源装置（UPS）で保護されていない",
        en: "The servers of system {{system}} are not protected by a UPS",
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
      ja: "サーバ・ネットワーク機器を UPS に接続し、停電時に安全に停止できる時間を確保すること。落雷等による過電流からも保護すること",
      en: "Connect servers and network equipment to a UPS that lasts long enough for a safe shutdown, and protect them against surges (e.g. from lightning)",
    },
  },
  *evaluate(system, ctx) {
    const data = { system: system.id };
    const site = system.physicalSite;
    if (site === undefined) {
      yield ctx.needsEvidence("siteUnknown", ["physicalSite"], data);
      return;
    }
    if (site.ups === undefined) yield ctx.needsEvidence("factUnknown", ["physicalSite", "ups"], { ...data, ...factData("ups") });
    else if (!site.ups) yield ctx.fail("noUps", ["physicalSite", "ups"], data);
  },
});
