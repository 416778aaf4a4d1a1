import { defineCheck } from "../define-check.js";
import { usedBySameZoneTerminals } from "../shared.js";
import { ASKED_BY_TERMINALS_CHECK } from "../asked-elsewhere.js";

/** Only registered devices can join the My Number zone network (6(3)①). */
export default defineCheck({
  meta: {
    id: "mynumber-device-registration",
    area: "zones",
    title: {
      ja: "マイナンバー利用事務系のネットワークには登録した端末だけを接続させること",
      en: "The My Number zone network must admit registered devices only",
    },
    description: {
      ja: "ガイドラインは、マイナンバー利用事務系で住民情報の流出を防ぐ措置（6(3)①）の一つとして、登録された端末以外の接続を防ぐことを求める。",
      en: "The guideline counts keeping unregistered devices off the network among the measures that stop resident data leaving the My Number zone (6(3)①).",
    },
    clauses: ["6(3)①"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「情報システム全体の強靱性の向上」（マイナンバー利用事務系）",
    severity: "high",
    target: "system",
    applicability: {
      zones: ["mynumber"],
      askedElsewhere: ASKED_BY_TERMINALS_CHECK,
    },
    messages: {
      notRegistered: {
        ja: "端末群 {{group}} は登録していない端末もネットワークに接続できる",
        en: "Terminal group {{group}} lets unregistered devices join the network",
      },
      registrationUnknown: {
        ja: "端末群 {{group}} で登録端末だけが接続できるか（deviceRegistration）の記載がない",
        en: "Terminal group {{group}} does not say whether only registered devices can join (deviceRegistration)",
      },
      // A missing list, often of terminals another system's entry already describes (Government Cloud systems share
      // them): asked for at medium, not as a suspected breach (seventh review).
      noTerminals: {
        ja: "システム {{system}} を使う端末群（terminalGroups）の記載がない",
        en: "System {{system}} lists no terminal groups (terminalGroups)",
        severity: "medium",
      },
    },
    remediation: {
      ja: "MACアドレス認証や 802.1X の端末認証などで、登録した端末だけが接続できるようにすること（deviceRegistration: true）",
      en: "Let only registered devices join, e.g. with MAC address or 802.1X device authentication (deviceRegistration: true)",
    },
  },
  *evaluate(system, ctx) {
    const groups = system.terminalGroups;
    if (groups === undefined) {
      // Terminals of the same zone written with their own system and a connection here are judged there (seventieth
      // review: a town's My Number terminals written once, used by its Government Cloud systems, gave four questions each).
      if (!usedBySameZoneTerminals(system, ctx)) yield ctx.needsEvidence("noTerminals", ["terminalGroups"], { system: system.id });
      return;
    }
    for (const [i, group] of groups.entries()) {
      if ((group.zone ?? system.zone) !== "mynumber") continue;
      if (group.deviceRegistration === undefined)
        yield ctx.needsEvidence("registrationUnknown", ["terminalGroups", i], { group: group.id });
      else if (!group.deviceRegistration) yield ctx.fail("notRegistered", ["terminalGroups", i, "deviceRegistration"], { group: group.id });
    }
  },
});
