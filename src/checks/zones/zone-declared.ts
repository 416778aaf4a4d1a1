import type { Zone } from "../../model/zone.js";
import { ZONE_IDS } from "../../model/values/zone.js";
import type { ClauseId } from "../../policy/clauses.js";
import { defineCheck } from "../define-check.js";

/** The clause that defines each zone. */
const ZONE_DEFINITIONS: Readonly<Record<Zone, ClauseId>> = { mynumber: "2(9)", lgwan: "2(10)", internet: "2(11)" };

/** Every system states its zone, and its terminals and servers sit in zones it is consistent with. */
export default defineCheck({
  meta: {
    id: "zone-declared",
    area: "zones",
    title: {
      ja: "システムごとに属する領域（三層）を明示すること",
      en: "Every system must declare the zone it belongs to",
    },
    clauses: ["6(3)", "2(9)", "2(10)", "2(11)"],
    threats: ["T1", "T2"],
    basis: "policy",
    severity: "high",
    target: "system",
    messages: {
      zoneNotAttached: {
        ja: "システム {{system}} の領域（{{zone}}）が、接続している領域（attachedZones: {{attached}}）に含まれていない",
        en: "System {{system}} is in zone {{zone}} but its attachedZones ({{attached}}) do not include it",
      },
      missingZone: {
        ja: "システム {{system}} の領域（zone）の記載がない",
        en: "System {{system}} does not state its zone",
      },
      missingZoneStandalone: {
        ja: "システム {{system}} の領域（zone）の記載がない（どの接続にも現れないため、他の領域との通信はないとみられる）",
        en: "System {{system}} does not state its zone (no connection names it, so it seems to talk to no other zone)",
        severity: "medium",
      },
    },
    remediation: {
      ja: `属する領域（zone）にマイナンバー利用事務系・LGWAN接続系・インターネット接続系のいずれか（${ZONE_IDS.join(" / ")}）を記載し、接続する領域（attachedZones）と矛盾しないようにすること。領域が決まらなければ、他のチェックは判定できない`,
      en: `Set zone to one of ${ZONE_IDS.join(" / ")} and keep attachedZones consistent with it; without a zone no zone rule can be decided`,
    },
  },
  *evaluate(system, ctx) {
    if (system.zone === undefined) {
      // A system no connection names (a stand-alone plant control system) has no link a zone would decide: asked for at medium.
      const linked = (ctx.index.connectionsBySystem.get(system.id)?.length ?? 0) > 0;
      yield linked
        ? ctx.needsEvidence("missingZone", ["zone"], { system: system.id })
        : ctx.needsEvidence("missingZoneStandalone", ["zone"], { system: system.id });
    } else if (system.attachedZones !== undefined && !system.attachedZones.includes(system.zone)) {
      // 6(3) with the definitions of the zones the description names (2(9)–2(11)).
      const named = new Set([system.zone, ...system.attachedZones]);
      yield {
        ...ctx.fail("zoneNotAttached", ["attachedZones"], {
          system: system.id,
          zone: system.zone,
          attached: system.attachedZones.join(", "),
        }),
        clauses: ["6(3)", ...ZONE_IDS.filter((z) => named.has(z)).map((z) => ZONE_DEFINITIONS[z])],
      };
    }
  },
});
