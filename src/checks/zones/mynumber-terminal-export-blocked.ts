import { defineCheck } from "../define-check.js";
import { usedBySameZoneTerminals } from "../shared.js";
import { ASKED_BY_TERMINALS_CHECK } from "../asked-elsewhere.js";

/** Terminals of the My Number zone cannot write information out (情報持ち出し不可設定, 6(3)①). */
export default defineCheck({
  meta: {
    id: "mynumber-terminal-export-blocked",
    area: "zones",
    title: {
      ja: "マイナンバー利用事務系の端末は情報の持ち出しを不可とすること",
      en: "My Number zone terminals must block export of information",
    },
    clauses: ["6(3)①"],
    threats: ["T1", "T2"],
    basis: "policy",
    severity: "critical",
    target: "system",
    applicability: {
      zones: ["mynumber"],
      askedElsewhere: ASKED_BY_TERMINALS_CHECK,
    },
    messages: {
      exportAllowed: {
        ja: "端末群 {{group}} は電磁的記録媒体（USBメモリ等）への書き出しを許可している",
        en: "Terminal group {{group}} allows writing to external media",
      },
      exportUnknown: {
        ja: "端末群 {{group}} の電磁的記録媒体への書き出しの設定（externalMedia）の記載がない",
        en: "Terminal group {{group}} does not state its external media setting (externalMedia)",
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
      ja: "電磁的記録媒体への書き出しを禁止（externalMedia: blocked）するか、登録した媒体のみに限定（registered-only）すること",
      en: "Block writing to external media (blocked) or limit it to registered devices (registered-only)",
    },
  },
  *evaluate(system, ctx) {
    const groups = system.terminalGroups;
    if (groups === undefined) {
      // Terminals of the same zone written with their own system and a connection here are judged there (seventieth
      // review: a town's My Number terminals written once, used by its Government Cloud systems, gave four questions each).
      if (!usedBySameZoneTerminals(system, ctx)) yield ctx.needsEvidence("noTerminals", [], { system: system.id });
      return;
    }
    for (const [i, group] of groups.entries()) {
      if ((group.zone ?? system.zone) !== "mynumber") continue;
      if (group.externalMedia === undefined) yield ctx.needsEvidence("exportUnknown", ["terminalGroups", i], { group: group.id });
      else if (group.externalMedia === "allowed")
        yield ctx.fail("exportAllowed", ["terminalGroups", i, "externalMedia"], { group: group.id });
    }
  },
});
