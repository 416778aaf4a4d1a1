import { partZone } from "../../engine/network-graph.js";
import { type Hop, judgeLink } from "../../policy/flow-policy.js";
import type { Zone } from "../../model/zone.js";
import { ZONES } from "../../model/values/zone.js";
import { defineCheck } from "../define-check.js";
import { boundaryClauses } from "../links.js";
import { flowContextOf } from "../paths.js";

/** Whether a connection joins the part (by kind and id) of a system to the system itself. */
function describedUse(
  connections: readonly { from: object; to: object }[],
  system: string,
  kind: "terminalGroup" | "server",
  id: string,
): boolean {
  return connections.some(({ from, to }) =>
    [
      [from, to],
      [to, from],
    ].some(([a, b]) => {
      const end = a as Record<string, unknown>;
      const other = b as Record<string, unknown>;
      return (
        end.system === system &&
        end[kind] === id &&
        other.system === system &&
        other.terminalGroup === undefined &&
        other.server === undefined
      );
    }),
  );
}

/**
 * A terminal group or server in another zone than its system uses that system over a link between
 * the two zones, even when no connection describes it: the link is judged by the flow table. An
 * LGWAN-zone terminal group working on a My Number system is a link from LGWAN into the My Number
 * zone, and needs an approved, restricted connection like any other.
 */
export default defineCheck({
  meta: {
    id: "cross-zone-parts",
    area: "zones",
    title: {
      ja: "システムと別の領域にある端末群・サーバの利用は、領域間の通信として通信可否表に従うこと",
      en: "A terminal group or server in another zone than its system must use it only as the flow table allows between the zones",
    },
    description: {
      ja: "システムの端末群・サーバの領域（zone。省略時はシステムの領域。attachedZones が1つだけならその領域）がシステムの領域と異なるとき、両者の間の通信を領域間の通信可否表で判定する。両者を結ぶ接続（connections）が記載されていればその接続を接続のチェックが判定し、ここでは判定しない。記載がなければ、記載のない通信として判定する（例外が必要な通信は承認の記録がないため不適合、無害化が必要な通信は証跡不足）。",
      en: "Where a terminal group or server sits in another zone than its system (its zone, else its only attached zone, else the system's), judges the traffic between the two by the flow table. A connection joining them is judged by the connection checks, not here; without one, the undescribed link is judged as such (an exception has no approval on record and fails; a sanitised link needs evidence).",
    },
    clauses: ["6(3)①", "6(3)②"],
    threats: ["T1"],
    basis: "policy",
    severity: "critical",
    target: "system",
    applicability: {
      when: (system) =>
        system.zone !== undefined &&
        [...(system.terminalGroups ?? []), ...(system.servers ?? [])].some((part) => partZone(part, system.zone) !== system.zone),
      condition: {
        ja: "領域の記載があり、端末群またはサーバが別の領域にあるシステム",
        en: "systems with a declared zone that have a terminal group or server in another zone",
      },
    },
    messages: {
      partLinkNotPermitted: {
        ja: "{{kindJa}} {{part}}（{{partZoneJa}}）が{{systemZoneJa}}のシステム {{system}} を利用しているが、この領域間の通信は承認され限定された接続として記載されておらず、通信可否表で認められない",
        en: "{{kindEn}} {{part}} ({{partZoneEn}}) uses system {{system}} in {{systemZoneEn}}, but no approved, restricted connection is described for this traffic between the zones, which the flow table does not otherwise permit",
      },
      partLinkUnknown: {
        ja: "{{kindJa}} {{part}}（{{partZoneJa}}）が{{systemZoneJa}}のシステム {{system}} を利用しているが、その通信（無害化・経由先等）を示す接続（connections）の記載がない",
        en: "{{kindEn}} {{part}} ({{partZoneEn}}) uses system {{system}} in {{systemZoneEn}}, but no connection describes that traffic (its sanitisation, route…)",
      },
    },
    remediation: {
      ja: "端末群・サーバをシステムと同じ領域に置くか、両者の間の通信を接続（connections）として記載し、通信可否表に従わせること（例：承認を受け IP・MAC アドレスとポートを限定した例外、画面転送による無害化）",
      en: "Put the terminal group or server in its system's zone, or describe the traffic between them as a connection that the flow table permits (e.g. an approved exception restricted by IP/MAC address and port, or screen transfer)",
    },
  },
  *evaluate(system, ctx) {
    const systemZone = system.zone as Zone;
    const connections = ctx.description.connections ?? [];
    const parts = [
      ...(system.terminalGroups ?? []).map((part, i) => ({ part, kind: "terminalGroup" as const, path: ["terminalGroups", i] })),
      ...(system.servers ?? []).map((part, i) => ({ part, kind: "server" as const, path: ["servers", i] })),
    ];
    for (const { part, kind, path } of parts) {
      const zone = partZone(part, systemZone);
      if (zone === undefined || zone === systemZone || describedUse(connections, system.id, kind, part.id)) continue;
      const hops: Hop[] = [
        { from: zone, to: systemZone, link: undefined, forward: true },
        { from: systemZone, to: zone, link: undefined, forward: true },
      ];
      const verdicts = hops.map((hop) => judgeLink(hop, flowContextOf(ctx)));
      const data = {
        part: part.id,
        system: system.id,
        kindJa: kind === "terminalGroup" ? "端末群" : "サーバ",
        kindEn: kind === "terminalGroup" ? "Terminal group" : "Server",
        partZoneJa: ZONES[zone].label.ja,
        partZoneEn: ZONES[zone].label.en,
        systemZoneJa: ZONES[systemZone].label.ja,
        systemZoneEn: ZONES[systemZone].label.en,
      };
      const at = part.zone !== undefined ? [...path, "zone"] : [...path, "attachedZones"];
      const clauses = boundaryClauses(zone, systemZone);
      if (verdicts.some((v) => v.status === "violates")) yield { ...ctx.fail("partLinkNotPermitted", at, data), clauses };
      else if (verdicts.some((v) => v.status === "unknown")) yield { ...ctx.needsEvidence("partLinkUnknown", path, data), clauses };
    }
  },
});
