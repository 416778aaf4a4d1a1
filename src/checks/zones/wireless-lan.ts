import { GuidelineBaseline } from "../../model/network-model.js";
import type { System } from "../../model/system.js";
import type { Wireless } from "../../model/terminal-group.js";
import type { Zone } from "../../model/zone.js";
import { defineCheck } from "../define-check.js";

/** Whether `baseline` is the given guideline revision or a later one (by their order in `GuidelineBaseline`). */
function atLeast(baseline: GuidelineBaseline, revision: GuidelineBaseline): boolean {
  return GuidelineBaseline.options.indexOf(baseline) >= GuidelineBaseline.options.indexOf(revision);
}

const JUDGED: ReadonlySet<Zone | undefined> = new Set<Zone | undefined>(["mynumber", "lgwan"]);

function hasJudgedTerminals(system: System): boolean {
  if (system.terminalGroups === undefined) return JUDGED.has(system.zone);
  return system.terminalGroups.some((group) => JUDGED.has(group.zone ?? system.zone));
}

const ENTERPRISE: ReadonlySet<Wireless["security"]> = new Set<Wireless["security"]>(["wpa2-enterprise", "wpa3-enterprise"]);

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
    guideline: "令和4年3月版・令和7年3月版（無線LANの利用）",
    severity: "high",
    target: "system",
    applicability: { when: (system) => hasJudgedTerminals(system) },
    messages: {
      forbidden: {
        ja: "ガイドライン {{baseline}} 版では、マイナンバー利用事務系の端末群 {{group}} で無線LANを使えない",
        en: "Under the {{baseline}} guideline, My Number zone terminal group {{group}} must not use wireless LAN",
      },
      notEnterprise: {
        ja: "端末群 {{group}}（{{zone}}）の無線LANの方式 {{security}} は WPA2/WPA3-Enterprise ではない（ガイドライン {{baseline}} 版）",
        en: "Terminal group {{group}} ({{zone}}) uses {{security}} wireless, not WPA2/WPA3-Enterprise ({{baseline}} guideline)",
      },
      no8021x: {
        ja: "端末群 {{group}}（{{zone}}）の無線LANは 802.1X の端末認証をしていない（{{auth}}）",
        en: "Terminal group {{group}} ({{zone}}) joins the wireless LAN without 802.1X device authentication ({{auth}})",
      },
      noClientCertificate: {
        ja: "端末群 {{group}}（{{zone}}）の無線LANの端末認証が {{auth}} で、クライアント証明書ではない（ガイドライン {{baseline}} 版）",
        en: "Terminal group {{group}} ({{zone}}) authenticates to the wireless LAN by {{auth}}, not a client certificate ({{baseline}} guideline)",
      },
      wirelessUnknown: {
        ja: "端末群 {{group}}（{{zone}}）の無線LANの {{fact}}（wireless）の記載がない",
        en: "Terminal group {{group}} ({{zone}}) does not state its wireless {{fact}} (wireless)",
      },
      noTerminals: {
        ja: "システム {{system}} の端末群（terminalGroups）の記載がない。端末がなければ [] と書くこと",
        en: "System {{system}} lists no terminal groups (terminalGroups); write [] if it has none",
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
      yield ctx.needsEvidence("noTerminals", [], { system: system.id });
      return;
    }
    for (const [i, group] of system.terminalGroups.entries()) {
      const zone = group.zone ?? system.zone;
      if (zone === undefined || !JUDGED.has(zone)) continue;
      const wireless = group.wireless;
      const at = ["terminalGroups", i, "wireless"];
      const data = { group: group.id, zone, baseline };
      if (wireless?.used === undefined) {
        yield ctx.needsEvidence("wirelessUnknown", wireless === undefined ? ["terminalGroups", i] : at, { ...data, fact: "used" });
        continue;
      }
      if (!wireless.used) continue;
      const rules = rulesFor(zone, baseline);
      if (rules.forbidden) {
        yield ctx.fail("forbidden", [...at, "used"], data);
        continue;
      }
      if (rules.enterprise) {
        if (wireless.security === undefined) yield ctx.needsEvidence("wirelessUnknown", at, { ...data, fact: "security" });
        else if (!ENTERPRISE.has(wireless.security))
          yield ctx.fail("notEnterprise", [...at, "security"], { ...data, security: wireless.security });
      }
      if (rules.dot1x) {
        const auth = wireless.deviceAuthentication;
        if (auth === undefined) yield ctx.needsEvidence("wirelessUnknown", at, { ...data, fact: "deviceAuthentication" });
        else if (auth === "psk" || auth === "none") yield ctx.fail("no8021x", [...at, "deviceAuthentication"], { ...data, auth });
        else if (rules.certificate && auth !== "client-certificate")
          yield ctx.fail("noClientCertificate", [...at, "deviceAuthentication"], { ...data, auth });
      }
    }
  },
});
