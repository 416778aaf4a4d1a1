import { NETWORK_MODELS } from "../../model/values/network-model.js";
import type { System } from "../../model/system.js";
import { defineCheck } from "../define-check.js";
import { factData } from "../shared.js";

/** Whether the system has, or may have, business terminals in the internet zone. */
function hasInternetZoneTerminals(system: System): boolean {
  // A boundary appliance (a file or mail sanitiser) has no staff terminals to ask about (sixty-eighth review).
  if (system.terminalGroups === undefined) return system.zone === "internet" && system.boundaryRole === undefined;
  return system.terminalGroups.some((group) => (group.zone ?? system.zone) === "internet");
}

/**
 * Under β and β' staff terminals move into the internet zone, so the guideline asks for endpoint
 * protection and detection (EPP and EDR) on them (令和2年12月改定).
 */
export default defineCheck({
  meta: {
    id: "beta-terminal-edr",
    area: "zones",
    title: {
      ja: "β・β'モデルではインターネット接続系の業務端末に EPP と EDR を導入すること",
      en: "Under the β and β' models, internet-zone business terminals must run both EPP and EDR",
    },
    clauses: ["6(3)③", "6(6)"],
    threats: ["T1"],
    basis: "guideline",
    guideline: "ガイドライン（令和2年12月版）「情報システム全体の強靱性の向上」（βモデル・β'モデルの条件：端末の EPP・EDR）",
    severity: "high",
    target: "system",
    applicability: {
      networkModels: ["beta", "beta-prime"],
      when: (system) => hasInternetZoneTerminals(system),
      condition: {
        ja: "インターネット接続系の端末群を持つシステム（端末群の記載がないインターネット接続系のシステムを含む。境界の無害化装置（boundaryRole）を除く）",
        en: "systems with terminal groups in the internet zone (internet-zone systems that list none included, boundary sanitisers (boundaryRole) not)",
      },
    },
    messages: {
      eppMissing: {
        ja: "{{modelJa}}では、インターネット接続系の端末群 {{group}} にウイルス対策ソフト（EPP）が必要だが、導入されていない",
        en: "Under {{modelEn}}, internet-zone terminal group {{group}} has no endpoint protection (EPP)",
      },
      edrMissing: {
        ja: "{{modelJa}}では、インターネット接続系の端末群 {{group}} に EDR が必要だが、導入されていない",
        en: "Under {{modelEn}}, internet-zone terminal group {{group}} has no EDR",
      },
      protectionUnknown: {
        ja: "インターネット接続系の端末群 {{group}} について、{{factJa}}の導入（endpointProtection.{{fact}}）の記載がない",
        en: "Internet-zone terminal group {{group}} does not state whether it has {{factEn}} (endpointProtection.{{fact}})",
      },
      // Whether there are terminals at all is a missing list, not a suspected gap: asked for at medium.
      noTerminals: {
        ja: "システム {{system}} の端末群（terminalGroups）の記載がない（端末がなければ terminalGroups: []）",
        en: "System {{system}} lists no terminal groups (terminalGroups); write [] if it has none",
        severity: "medium",
      },
    },
    remediation: {
      ja: "インターネット接続系の業務端末にウイルス対策ソフト（EPP）と EDR を導入し、端末の保護（endpointProtection）に記載すること",
      en: "Install endpoint protection (EPP) and EDR on internet-zone business terminals and state both in endpointProtection",
    },
  },
  *evaluate(system, ctx) {
    const model = ctx.profile.networkModel;
    const modelData = { model, modelJa: NETWORK_MODELS[model].ja, modelEn: NETWORK_MODELS[model].en };
    if (system.terminalGroups === undefined) {
      // A provider's service (a SaaS, an LGWAN-ASP) has no business terminals of its own: the staff's terminals are
      // described with the systems they belong to (seventh review: eleven such questions at high on one inventory).
      const kind = system.hosting?.kind;
      if (kind !== "cloud-service" && kind !== "lgwan-asp") yield ctx.needsEvidence("noTerminals", [], { system: system.id });
      return;
    }
    for (const [i, group] of system.terminalGroups.entries()) {
      if ((group.zone ?? system.zone) !== "internet") continue;
      const protection = group.endpointProtection;
      const path = ["terminalGroups", i, "endpointProtection"];
      for (const [fact, failId] of [
        ["epp", "eppMissing"],
        ["edr", "edrMissing"],
      ] as const) {
        const value = protection?.[fact];
        if (value === undefined)
          yield ctx.needsEvidence("protectionUnknown", protection === undefined ? ["terminalGroups", i] : path, {
            group: group.id,
            ...factData(fact),
          });
        // A device that cannot run EPP (an iPad under MDM) with EDR is judged as endpoint-protection judges it (fifty-fourth
        // review: the two checks disagreed on one tablet); without EDR, edrMissing says what is missing.
        else if (!value && !(fact === "epp" && protection?.eppNotInstallable === true))
          yield ctx.fail(failId, [...path, fact], { group: group.id, ...modelData });
      }
    }
  },
});
