import { AUTH_FACTOR_LABELS } from "../../model/values/terminal-group.js";
import { defineCheck } from "../define-check.js";
import { isMultiFactor, usedBySameZoneTerminals } from "../shared.js";
import { ASKED_BY_TERMINALS_CHECK } from "../asked-elsewhere.js";

/** Terminals of the My Number zone use multi-factor authentication (6(3)①). */
export default defineCheck({
  meta: {
    id: "mynumber-terminal-mfa",
    area: "zones",
    title: {
      ja: "マイナンバー利用事務系の端末には多要素認証を導入すること",
      en: "My Number zone terminals must use multi-factor authentication",
    },
    clauses: ["6(3)①"],
    threats: ["T1"],
    basis: "policy",
    severity: "critical",
    target: "system",
    applicability: {
      zones: ["mynumber"],
      askedElsewhere: ASKED_BY_TERMINALS_CHECK,
    },
    messages: {
      singleFactor: {
        ja: "端末群 {{group}} のログインの認証要素は{{factorsJa}}だけで、多要素になっていない（authenticationFactors: {{factors}}）",
        en: "Terminal group {{group}} authenticates with {{factorsEn}} only, which is not multi-factor (authenticationFactors: {{factors}})",
      },
      factorsUnknown: {
        ja: "端末群 {{group}} の認証要素（authenticationFactors）の記載がない",
        en: "Terminal group {{group}} does not state its authentication factors (authenticationFactors)",
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
      ja: "知識・所持・生体のうち異なる2種類以上の要素（例：パスワードと生体認証）でログインさせること",
      en: "Require factors of two different kinds among knowledge, possession and inherence (e.g. password and biometric)",
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
      const factors = group.authenticationFactors;
      if (factors === undefined || factors.length === 0)
        yield ctx.needsEvidence("factorsUnknown", ["terminalGroups", i], { group: group.id });
      else if (!isMultiFactor(factors)) {
        yield ctx.fail("singleFactor", ["terminalGroups", i, "authenticationFactors"], {
          group: group.id,
          factors: factors.join(", "),
          factorsJa: factors.map((f) => AUTH_FACTOR_LABELS[f].ja).join("と"),
          factorsEn: factors.map((f) => AUTH_FACTOR_LABELS[f].en).join(" and "),
        });
      }
    }
  },
});
