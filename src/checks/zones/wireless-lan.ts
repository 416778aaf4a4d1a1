import type { GuidelineBaseline } from "../../model/network-model.js";
import { GUIDELINE_BASELINE_IDS, GUIDELINE_BASELINES } from "../../model/values/network-model.js";
import type { System } from "../../model/system.js";
import type { Wireless } from "../../model/terminal-group.js";
import { DEVICE_AUTHENTICATION_LABELS, WIRELESS_SECURITY_LABELS } from "../../model/values/terminal-group.js";
import type { Zone } from "../../model/zone.js";
import { ZONES } from "../../model/values/zone.js";
import { defineCheck } from "../define-check.js";
import { factData, machinesInScope, usedByJudgedTerminals, usedBySameZoneTerminals } from "../shared.js";

/** Whether `baseline` is the given guideline revision or a later one (by their order in `GUIDELINE_BASELINE_IDS`). */
function atLeast(baseline: GuidelineBaseline, revision: GuidelineBaseline): boolean {
  return GUIDELINE_BASELINE_IDS.indexOf(baseline) >= GUIDELINE_BASELINE_IDS.indexOf(revision);
}

const JUDGED: ReadonlySet<Zone | undefined> = new Set<Zone | undefined>(["mynumber", "lgwan"]);

function hasJudgedTerminals(system: System): boolean {
  if (system.terminalGroups === undefined) return JUDGED.has(system.zone);
  return system.terminalGroups.some((group) => JUDGED.has(group.zone ?? system.zone));
}

const ENTERPRISE: ReadonlySet<Wireless["security"]> = new Set<Wireless["security"]>(["wpa2-enterprise", "wpa3-enterprise"]);

/** Message data for a device authentication method: the id and its words. */
function authData(auth: NonNullable<Wireless["deviceAuthentication"]>) {
  return { auth, authJa: DEVICE_AUTHENTICATION_LABELS[auth].ja, authEn: DEVICE_AUTHENTICATION_LABELS[auth].en };
}

/** What the profile's guideline baseline asks of wireless LAN in a zone. */
function rulesFor(zone: Zone, baseline: GuidelineBaseline) {
  if (zone === "mynumber") {
    const allowed = atLeast(baseline, "2025-03");
    return { forbidden: !allowed, enterprise: allowed, dot1x: allowed, certificate: allowed };
  }
  const dot1x = atLeast(baseline, "2022-03");
  return { forbidden: false, enterprise: dot1x, dot1x, certificate: atLeast(baseline, "2025-03") };
}

/**
 * Wireless LAN in the My Number and LGWAN zones, as the profile's guideline baseline says: the My
 * Number zone had none until the March 2025 revision, which allows WPA2/WPA3-Enterprise with
 * client-certificate device authentication; the LGWAN zone needs Enterprise with 802.1X from March
 * 2022 and client certificates from March 2025.
 */
export default defineCheck({
  meta: {
    id: "wireless-lan",
    area: "zones",
    title: {
      ja: "マイナンバー利用事務系・LGWAN接続系の無線LANは、ガイドラインの定める方式と端末認証によること",
      en: "Wireless LAN in the My Number and LGWAN zones must use the security and device authentication the guideline requires",
    },
    clauses: ["6(3)①", "6(3)②", "6(6)"],
    threats: ["T1"],
    basis: "guideline",
    guideline: "ガイドライン（令和4年3月版・令和7年3月版）対策基準例「技術的セキュリティ」（無線LANの利用）",
    severity: "high",
    target: "system",
    applicability: {
      // A provider-run service that lists no terminal groups or servers has no terminals of the
      // municipality to judge (review §3): it is not asked for an empty list.
      when: (system) => machinesInScope(system) && hasJudgedTerminals(system),
      condition: {
        ja: "マイナンバー利用事務系・LGWAN接続系の端末群を持つ（または持ちうる）システム。端末群もサーバも記載しない事業者提供のサービスは除く",
        en: "systems with (or that may have) terminal groups in the My Number or LGWAN zone, except provider-run services that list no terminal groups or servers",
      },
    },
    messages: {
      forbidden: {
        ja: "ガイドライン（{{baselineJa}}）では、マイナンバー利用事務系の端末群 {{group}} で無線LANを使えない",
        en: "Under the guideline ({{baselineEn}}), My Number zone terminal group {{group}} must not use wireless LAN",
      },
      notEnterprise: {
        ja: "{{zoneJa}}の端末群 {{group}} の無線LANの方式が{{securityJa}}で、WPA2/WPA3-Enterprise ではない（ガイドライン{{baselineJa}}。wireless.security: {{security}}）",
        en: "Terminal group {{group}} in the {{zoneEn}} uses {{securityEn}} wireless, not WPA2/WPA3-Enterprise (guideline of {{baselineEn}}; wireless.security: {{security}})",
      },
      no8021x: {
        ja: "{{zoneJa}}の端末群 {{group}} の無線LANは 802.1X による端末認証をしていない（{{authJa}}。wireless.deviceAuthentication: {{auth}}）",
        en: "Terminal group {{group}} in the {{zoneEn}} joins the wireless LAN without 802.1X device authentication ({{authEn}}; wireless.deviceAuthentication: {{auth}})",
      },
      noClientCertificate: {
        ja: "{{zoneJa}}の端末群 {{group}} の無線LANの端末認証が{{authJa}}で、クライアント証明書ではない（ガイドライン{{baselineJa}}。wireless.deviceAuthentication: {{auth}}）",
        en: "Terminal group {{group}} in the {{zoneEn}} authenticates to the wireless LAN by {{authEn}}, not a client certificate (guideline of {{baselineEn}}; wireless.deviceAuthentication: {{auth}})",
      },
      wirelessUnknown: {
        ja: "{{zoneJa}}の端末群 {{group}} について、{{factJa}}（wireless.{{fact}}）の記載がない",
        en: "Terminal group {{group}} in the {{zoneEn}} does not state {{factEn}} (wireless.{{fact}})",
      },
      noTerminals: {
        ja: "システム {{system}} の端末群（terminalGroups）の記載がない（端末がなければ terminalGroups: []）",
        en: "System {{system}} lists no terminal groups (terminalGroups); write [] if it has none",
        // A missing list is paperwork, asked at medium as the other checks of terminals ask it (seventh review).
        severity: "medium",
        // The remedy of the missing list is the list, not a change to the wireless LAN (sixty-fourth review).
        remediation: {
          ja: "システムを使う端末群を記載すること（無線LANを使う端末群は、その方式を wireless に記載する）。端末がなければ terminalGroups: [] と記載すること",
          en: "List the terminal groups that use the system (for those on wireless LAN, state how under wireless); write terminalGroups: [] if it has none",
        },
      },
    },
    remediation: {
      ja: "マイナンバー利用事務系では令和7年3月版より前は無線LANを使わないこと。使う場合・LGWAN接続系では WPA2/WPA3-Enterprise とし、802.1X のクライアント証明書で端末を認証すること",
      en: "Keep wireless LAN out of the My Number zone before the March 2025 guideline; where it is used, and in the LGWAN zone, use WPA2/WPA3-Enterprise with 802.1X client-certificate device authentication",
    },
  },
  *evaluate(system, ctx) {
    const baseline = ctx.profile.guidelineBaseline;
    if (system.terminalGroups === undefined) {
      // Terminals written with their own system, using this one over a connection, are judged there, each by its own
      // zone's rule (an LGWAN VDI used by internet-zone PCs). A My Number system's must be of its zone: the My Number
      // terminal checks leave the question of a missing list to this one (seventy-first review).
      const used = system.zone === "mynumber" ? usedBySameZoneTerminals(system, ctx) : usedByJudgedTerminals(system, ctx);
      if (!used) yield ctx.needsEvidence("noTerminals", [], { system: system.id });
      return;
    }
    for (const [i, group] of system.terminalGroups.entries()) {
      const zone = group.zone ?? system.zone;
      if (zone === undefined || !JUDGED.has(zone)) continue;
      const wireless = group.wireless;
      const at = ["terminalGroups", i, "wireless"];
      // The zone's separation and the technical measures: 6(3)① and 6(6), or 6(3)② and 6(6).
      const clauses = [...ZONES[zone].clauses, "6(6)" as const];
      const data = {
        group: group.id,
        zone,
        zoneJa: ZONES[zone].label.ja,
        zoneEn: ZONES[zone].label.en,
        baseline,
        baselineJa: GUIDELINE_BASELINES[baseline].ja,
        baselineEn: GUIDELINE_BASELINES[baseline].en,
      };
      if (wireless?.used === undefined) {
        yield {
          ...ctx.needsEvidence("wirelessUnknown", wireless === undefined ? ["terminalGroups", i] : at, { ...data, ...factData("used") }),
          clauses,
        };
        continue;
      }
      if (!wireless.used) continue;
      const rules = rulesFor(zone, baseline);
      if (rules.forbidden) {
        yield { ...ctx.fail("forbidden", [...at, "used"], data), clauses };
        continue;
      }
      // A personal (pre-shared key) mode has no 802.1X by definition: one fact, reported once as the mode.
      let personalMode = false;
      if (rules.enterprise) {
        personalMode = wireless.security !== undefined && !ENTERPRISE.has(wireless.security);
        if (wireless.security === undefined)
          yield { ...ctx.needsEvidence("wirelessUnknown", at, { ...data, ...factData("security") }), clauses };
        else if (!ENTERPRISE.has(wireless.security))
          yield {
            ...ctx.fail("notEnterprise", [...at, "security"], {
              ...data,
              security: wireless.security,
              securityJa: WIRELESS_SECURITY_LABELS[wireless.security].ja,
              securityEn: WIRELESS_SECURITY_LABELS[wireless.security].en,
            }),
            clauses,
          };
      }
      if (rules.dot1x) {
        const auth = wireless.deviceAuthentication;
        if (auth === undefined)
          yield { ...ctx.needsEvidence("wirelessUnknown", at, { ...data, ...factData("deviceAuthentication") }), clauses };
        else if (auth === "psk" || auth === "none") {
          if (!personalMode) yield { ...ctx.fail("no8021x", [...at, "deviceAuthentication"], { ...data, ...authData(auth) }), clauses };
        } else if (rules.certificate && auth !== "client-certificate")
          yield { ...ctx.fail("noClientCertificate", [...at, "deviceAuthentication"], { ...data, ...authData(auth) }), clauses };
      }
    }
  },
});
