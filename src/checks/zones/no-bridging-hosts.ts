import type { Zone } from "../../model/zone.js";
import { defineCheck } from "../define-check.js";

interface Part {
  readonly label: string;
  readonly path: readonly (string | number)[];
  readonly zone: Zone | undefined;
  readonly attachedZones: readonly Zone[] | undefined;
}

/** Zones a host has interfaces in: its stated attachments plus its own zone. */
function zonesOf(part: Part): Zone[] {
  return [...new Set([...(part.zone === undefined ? [] : [part.zone]), ...(part.attachedZones ?? [])])];
}

/**
 * A host with interfaces in two zones joins them around every control on the path between them
 * (6(3)①–③). Judged per system, over the system itself, its servers and its terminal groups.
 */
export default defineCheck({
  meta: {
    id: "no-bridging-hosts",
    area: "zones",
    title: {
      ja: "1台の機器（システム、サーバ、端末群）を複数の領域に接続しないこと",
      en: "A host (system, server or terminal group) must be attached to one zone only",
    },
    description: {
      ja: "システム、そのサーバ、端末群のそれぞれについて、attachedZones と自身の領域を合わせて2つ以上の領域に接続していれば報告する。システムの構成要素が複数の領域にまたがるのに attachedZones が書かれていない場合は、領域をまたぐ機器がないことを示す証跡を求める。経路としての領域間の接続は経路チェックが判定する。",
      en: "Reports the system, a server or a terminal group whose attachedZones together with its own zone name two or more zones. Where a system's parts sit in several zones but attachedZones is not stated, asks for it so that bridging can be ruled out. Connections between zones as paths are judged by the path checks.",
    },
    clauses: ["6(3)①", "6(3)②", "6(3)③"],
    threats: ["T1"],
    basis: "policy",
    severity: "critical",
    target: "system",
    messages: {
      bridgingHost: {
        ja: "{{host}} は複数の領域（{{zones}}）に接続しており、領域を橋渡ししている",
        en: "{{host}} is attached to several zones ({{zones}}) and bridges them",
      },
      attachmentsUnknown: {
        ja: "システム {{host}} の構成要素が複数の領域（{{zones}}）にあるが、attachedZones が書かれていない要素がある（{{unstated}}）",
        en: "The parts of system {{host}} sit in several zones ({{zones}}), but some do not state attachedZones ({{unstated}})",
      },
    },
    remediation: {
      ja: "機器ごとに1つの領域にだけ接続し、領域間の通信は無害化や承認された例外の接続を経由させること。各機器の attachedZones を記載すること",
      en: "Attach each host to one zone only and route traffic between zones through sanitisation or approved exception links; state attachedZones of each host",
    },
  },
  *evaluate(system, ctx) {
    const parts: Part[] = [
      { label: system.id, path: [], zone: system.zone, attachedZones: system.attachedZones },
      ...(system.servers ?? []).map((server, i) => ({
        label: `${system.id}/${server.id}`,
        path: ["servers", i],
        zone: server.zone ?? system.zone,
        attachedZones: server.attachedZones,
      })),
      ...(system.terminalGroups ?? []).map((group, i) => ({
        label: `${system.id}/${group.id}`,
        path: ["terminalGroups", i],
        zone: group.zone ?? system.zone,
        attachedZones: group.attachedZones,
      })),
    ];
    let bridging = false;
    for (const part of parts) {
      const zones = zonesOf(part);
      if (zones.length < 2) continue;
      bridging = true;
      const path = part.attachedZones === undefined ? part.path : [...part.path, "attachedZones"];
      yield ctx.fail("bridgingHost", path, { host: part.label, zones: zones.join(", ") });
    }
    if (bridging) return;
    const zones = [...new Set(parts.flatMap((part) => (part.zone === undefined ? [] : [part.zone])))];
    const unstated = parts.filter((part) => part.attachedZones === undefined).map((part) => part.label);
    if (zones.length >= 2 && unstated.length > 0) {
      yield ctx.needsEvidence("attachmentsUnknown", [], { host: system.id, zones: zones.join(", "), unstated: unstated.join(", ") });
    }
  },
});
