import { partZone } from "../../engine/network-graph.js";
import type { BoundaryRole } from "../../model/boundary-role.js";
import type { Zone } from "../../model/zone.js";
import { ZONE_IDS, ZONES } from "../../model/values/zone.js";
import { defineCheck } from "../define-check.js";
import { zonesClauses } from "../links.js";

interface Part {
  readonly label: string;
  readonly path: readonly (string | number)[];
  readonly zone: Zone | undefined;
  readonly attachedZones: readonly Zone[] | undefined;
  readonly boundaryRole: BoundaryRole | undefined;
}

/** Whether a host is a declared boundary appliance standing exactly between the LGWAN and internet zones. */
function isBoundaryAppliance(part: Part, zones: readonly Zone[]): boolean {
  return part.boundaryRole !== undefined && zones.length === 2 && zones.includes("lgwan") && zones.includes("internet");
}

/** The zones' names without the word "zone", to list several as "the My Number, LGWAN and Internet zones". */
const ZONE_NAMES_EN: Readonly<Record<Zone, string>> = { mynumber: "My Number", lgwan: "LGWAN", internet: "Internet" };

/**
 * Zones in words, in the fixed order of the model (never the order a description lists them in):
 * 「LGWAN接続系とインターネット接続系」, 「マイナンバー利用事務系・LGWAN接続系・インターネット接続系」;
 * "the LGWAN and Internet zones", "the My Number, LGWAN and Internet zones".
 */
function zoneList(zones: readonly Zone[]) {
  const ordered = ZONE_IDS.filter((z) => zones.includes(z));
  const ja = ordered.map((z) => ZONES[z].label.ja);
  const en = ordered.map((z) => ZONE_NAMES_EN[z]);
  const last = en.pop();
  return {
    zonesJa: ja.join(ja.length === 2 ? "と" : "・"),
    zonesEn: en.length === 0 ? `the ${last} zone` : `the ${en.join(", ")} and ${last} zones`,
  };
}

/**
 * The zones a host bridges, said whole: 「AとBの両方」, 「A・B・Cの3つの領域すべて」 (両方 is two: the
 * thirty-second review found a host in all three zones said to be in 「…の両方」).
 */
function bridgedZones(zones: readonly Zone[]) {
  const { zonesJa, zonesEn } = zoneList(zones);
  const count = ZONE_IDS.filter((z) => zones.includes(z)).length;
  return { zonesJa: `${zonesJa}の${count === 2 ? "両方" : `${count}つの領域すべて`}`, zonesEn };
}

/** Zones a host has interfaces in: its stated attachments plus its own zone. */
function zonesOf(part: Part): Zone[] {
  // Distinct, in order: a loop rather than sets and spreads, since every part of every system asks.
  const zones: Zone[] = part.zone === undefined ? [] : [part.zone];
  for (const zone of part.attachedZones ?? []) if (!zones.includes(zone)) zones.push(zone);
  return zones;
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
      ja: "システム、そのサーバ、端末群のそれぞれについて、接続している領域（attachedZones）と自身の領域を合わせて2つ以上の領域に接続していれば報告する。ただし、LGWAN接続系とインターネット接続系の境界で無害化を担う装置（boundaryRole：ファイル無害化、メール無害化、画面転送）がその2つの領域に接続するのは役割どおりであり報告しない（マイナンバー利用事務系をまたぐことはどの装置にも認めない）。システムの構成要素が複数の領域にまたがるのに attachedZones の記載がない場合は、領域をまたぐ機器がないことを示す証跡を求める。経路としての領域間の接続は経路チェックが判定する。",
      en: "Reports the system, a server or a terminal group whose attachedZones together with its own zone name two or more zones. A declared boundary appliance (boundaryRole: file sanitiser, mail sanitiser, screen transfer) attached to exactly the LGWAN and internet zones is doing its job and is not reported; nothing may straddle the My Number zone. Where a system's parts sit in several zones but attachedZones is not stated, asks for it so that bridging can be ruled out. Connections between zones as paths are judged by the path checks.",
    },
    clauses: ["6(3)①", "6(3)②", "6(3)③"],
    threats: ["T1"],
    basis: "policy",
    severity: "critical",
    target: "system",
    messages: {
      bridgingHost: {
        ja: "{{host}} は{{zonesJa}}のネットワークに接続しており、領域の分離（通信経路の分割）を損なっている",
        en: "{{host}} is attached to the networks of {{zonesEn}}, which undoes the separation of the zones",
      },
      attachmentsUnknown: {
        ja: "システム {{host}} の構成要素が複数の領域（{{zonesJa}}）にあるが、接続している領域（attachedZones）の記載がない要素がある（{{unstated}}）",
        en: "The parts of system {{host}} sit in several zones ({{zonesEn}}), but some do not state the zones they are attached to (attachedZones): {{unstated}}",
      },
    },
    remediation: {
      ja: "機器ごとに1つの領域にだけ接続し、端末は領域ごとに分けること（マイナンバー利用事務系の端末はインターネットに接続しない）。LGWAN接続系とインターネット接続系の間の通信は無害化を、マイナンバー利用事務系と他の領域の間の通信は承認された例外の接続を経由させること。その境界の無害化装置は役割（boundaryRole）を記載すること。各機器の接続している領域（attachedZones）を記載すること",
      en: "Attach each host to one zone only and keep separate terminals per zone (My Number terminals never reach the internet). Route traffic between the LGWAN and internet zones through sanitisation, and between the My Number zone and others only through approved exception links; declare the role (boundaryRole) of a sanitising appliance on that boundary; state attachedZones of each host",
    },
  },
  *evaluate(system, ctx) {
    const parts: Part[] = [
      { label: system.id, path: [], zone: system.zone, attachedZones: system.attachedZones, boundaryRole: system.boundaryRole },
      ...(system.servers ?? []).map((server, i) => ({
        label: `${system.id}/${server.id}`,
        path: ["servers", i],
        zone: partZone(server, system.zone),
        attachedZones: server.attachedZones,
        boundaryRole: server.boundaryRole,
      })),
      ...(system.terminalGroups ?? []).map((group, i) => ({
        label: `${system.id}/${group.id}`,
        path: ["terminalGroups", i],
        zone: partZone(group, system.zone),
        attachedZones: group.attachedZones,
        boundaryRole: undefined,
      })),
    ];
    let bridging = false;
    for (const part of parts) {
      const zones = zonesOf(part);
      if (zones.length < 2 || isBoundaryAppliance(part, zones)) continue;
      bridging = true;
      const path = part.attachedZones === undefined ? part.path : [...part.path, "attachedZones"];
      const draft = ctx.fail("bridgingHost", path, { host: part.label, ...bridgedZones(zones) });
      yield { ...draft, clauses: zonesClauses(zones) };
    }
    if (bridging) return;
    const zones: Zone[] = [];
    for (const part of parts) if (part.zone !== undefined && !zones.includes(part.zone)) zones.push(part.zone);
    if (zones.length < 2) return;
    const unstated = parts.filter((part) => part.attachedZones === undefined).map((part) => part.label);
    if (unstated.length > 0) {
      const { zonesJa, zonesEn } = zoneList(zones);
      const draft = ctx.needsEvidence("attachmentsUnknown", [], { host: system.id, zonesJa, zonesEn, unstated: unstated.join(", ") });
      yield { ...draft, clauses: zonesClauses(zones) };
    }
  },
});
