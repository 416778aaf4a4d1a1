/**
 * The whole network of a description as a directed graph, and one breadth-first traversal that
 * answers a path question for every source at once. Shared code: it knows nothing of particular
 * zones or rules; checks say what a hop costs through the `step` of a traversal.
 */
import { normaliseName } from "./names.js";
import { NATIONAL_SYSTEMS, resolveNationalSystem } from "../model/values/national-system.js";
import { LEGAL_FORM, legalFormsSpelledOut, withoutBracketNotes } from "../model/values/common.js";
import type { Connection, NodeRef } from "../model/connection.js";
import type { Description } from "../model/description.js";
import type { ExternalEndpoint } from "../model/endpoint.js";
import { EXTERNAL_ENDPOINT_IDS } from "../model/values/endpoint.js";
import type { System } from "../model/system.js";
import type { TerminalGroup } from "../model/terminal-group.js";
import type { Zone } from "../model/zone.js";
import { endPlace, type FlowPlace, type Hop, type LinkFacts, linkCrossesInternet, serviceOf } from "../policy/flow-policy.js";

export type GraphNodeKind = "system" | "terminalGroup" | "server" | "external";

/** Words of a maintainer's work in a line's purpose: maintenance, monitoring, operation, support, fault handling. */
const MAINTENANCE_WORK =
  /保守|メンテナンス|監視|運用|サポート|障害|点検|設定|更新|リモート|遠隔|maintenance|maintain|monitor|operation|support|remote/iu;

/**
 * The vendor-network names that stand for one network because the systems their lines reach are
 * maintained by one vendor: each name's representative (the first in sorted order of its group).
 */
function vendorGroups(description: Description): Map<string, string> {
  const vendorsOf = new Map<string, System>();
  for (const system of description.systems) if (!vendorsOf.has(system.id)) vendorsOf.set(system.id, system);
  // One company written as two vendor entries (two contracts) is one maintainer (twenty-eighth review).
  const companyOf = new Map<string, string>();
  for (const vendor of description.vendors ?? []) {
    const core = normaliseName(withoutBracketNotes(legalFormsSpelledOut(vendor.name)).replace(LEGAL_FORM, ""));
    if (!companyOf.has(vendor.id)) companyOf.set(vendor.id, core === "" ? `id:${vendor.id}` : `name:${core}`);
  }
  const byName = new Map<string, Set<string>>();
  for (const c of description.connections ?? []) {
    for (const [end, other] of [
      [c.from, c.to],
      [c.to, c.from],
    ] as const) {
      if (!("external" in end) || end.external !== "vendor-network" || !("system" in other)) continue;
      const key = vendorKey(end.service);
      if (key === "") continue;
      const system = vendorsOf.get(other.system);
      // The maintainer only: vendorIds also lists vendors that build or supply, who use no maintenance line. A line whose
      // stated purpose is other work (a contact centre's inquiries) is another company's, not the maintainer's (seventieth
      // review: the bridge question named the contact centre for the maintainer's two lines).
      const otherWork = c.purpose !== undefined && c.purpose.trim() !== "" && !MAINTENANCE_WORK.test(c.purpose.normalize("NFKC"));
      const maintainer = otherWork ? undefined : system?.remoteMaintenance?.vendorId;
      const ids = maintainer === undefined ? [] : [companyOf.get(maintainer) ?? `id:${maintainer}`];
      const set = byName.get(key) ?? new Set<string>();
      for (const id of ids) set.add(id);
      byName.set(key, set);
    }
  }
  // Names sharing a vendor join one group: each vendor id links the names that name it.
  const names = [...byName.keys()].sort();
  const parent = new Map(names.map((n) => [n, n]));
  const find = (n: string): string => {
    let root = n;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    return root;
  };
  const firstOfVendor = new Map<string, string>();
  for (const name of names) {
    for (const id of byName.get(name) as Set<string>) {
      const seen = firstOfVendor.get(id);
      if (seen === undefined) {
        firstOfVendor.set(id, name);
        continue;
      }
      const [x, y] = [find(seen), find(name)];
      if (x !== y) {
        const [low, high] = x < y ? [x, y] : [y, x];
        parent.set(high, low);
      }
    }
  }
  return new Map(names.map((n) => [n, find(n)]));
}

/** A vendor network's name as compared: without notes in brackets, width, spaces or case. */
function vendorKey(service: string | undefined): string {
  return normaliseName(withoutBracketNotes(service ?? ""));
}

/**
 * A node: a system, a terminal group or server, a well-known external network, a segment of
 * Government Cloud, or a vendor network named by its connections' `service` (`external:vendor-network/<name>`).
 */
export interface GraphNode {
  /** Readable name, as in a finding's trace: `juki`, `juki/mn-pc`, `external:public-internet`, `external:government-cloud/mynumber`. */
  readonly label: string;
  readonly kind: GraphNodeKind;
  /** The zone (own zone, else its system's; a Government Cloud segment's zone); `undefined` for other external networks and undeclared zones. */
  readonly zone: Zone | undefined;
  /** For external nodes, which network. */
  readonly external: ExternalEndpoint | undefined;
  /** For a vendor network named by its connections (`service`), that name as first written. */
  readonly service?: string;
  /** Position of the system (or of the owning system) in `systems`; -1 for external nodes. */
  readonly systemIndex: number;
}

/**
 * Why an arc exists: a described connection; a part of a system in its system's zone (the same
 * network); a part in another zone that nothing describes a link for (its use of the system is a
 * link all the same); a terminal group's own internet access; or one half of a connection whose
 * transport crosses the public internet, drawn through the internet node.
 */
export type GraphArcKind = "connection" | "part" | "part-use" | "terminal-access" | "over-internet";

/** One direction of a link. */
export interface GraphArc {
  readonly from: number;
  readonly to: number;
  readonly kind: GraphArcKind;
  /** The described connection, for `connection` and `over-internet` arcs. */
  readonly connection: Connection | undefined;
  /** Position in `connections`; -1 for arcs no connection describes. */
  readonly connectionIndex: number;
  /** True for the reverse arc of a connection whose `direction` is not stated (assumed bidirectional). */
  readonly directionAssumed: boolean;
  /** The link as the flow table judges it (places, facts, direction). */
  readonly hop: Hop;
}

/** The network of a description, built once per evaluation. */
export interface NetworkGraph {
  readonly nodes: readonly GraphNode[];
  readonly arcs: readonly GraphArc[];
  /** The node of each external network (Government Cloud: the node used where no segment can be told). */
  readonly externalNodes: Readonly<Record<ExternalEndpoint, number>>;
  /** Node of each system, by position in `systems`. */
  readonly systemNodes: readonly number[];
  /** Position of each node when nodes are ordered by label: traversals break ties by it, so results never depend on input order. */
  readonly rank: Int32Array;
  /** Arc ids leaving a node. */
  outArcs(node: number): ArrayLike<number>;
  /** Arc ids entering a node. */
  inArcs(node: number): ArrayLike<number>;
}

interface ArcList {
  readonly start: Int32Array;
  readonly ids: Int32Array;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compressed adjacency: the arc ids of node n are ids[start[n]..start[n+1]). */
function adjacency(nodeCount: number, arcs: readonly GraphArc[], end: "from" | "to"): ArcList {
  // The end is read as a property, not by a computed key: this runs over every arc twice.
  const from = end === "from";
  const start = new Int32Array(nodeCount + 1);
  for (const arc of arcs) start[(from ? arc.from : arc.to) + 1]!++;
  for (let n = 0; n < nodeCount; n++) start[n + 1]! += start[n]!;
  const fill = start.slice(0, nodeCount);
  const ids = new Int32Array(arcs.length);
  for (let i = 0; i < arcs.length; i++) {
    const arc = arcs[i]!;
    ids[fill[from ? arc.from : arc.to]!++] = i;
  }
  return { start, ids };
}

/**
 * Sorts arcs by `compare`, whose first key is the rank of the arc's `from` node: arcs are first
 * bucketed by that rank (a counting sort, stable), then each bucket is sorted on its own. The
 * order is the one a stable sort of the whole list by `compare` gives, with far fewer comparisons
 * (a node has a few arcs; a graph has thousands).
 */
function sortByFromRank(arcs: readonly GraphArc[], rank: Int32Array, compare: (a: GraphArc, b: GraphArc) => number): GraphArc[] {
  const start = new Int32Array(rank.length + 1);
  for (const arc of arcs) start[rank[arc.from]! + 1]!++;
  for (let r = 0; r < rank.length; r++) start[r + 1]! += start[r]!;
  const fill = start.slice(0, rank.length);
  const sorted = new Array<GraphArc>(arcs.length);
  for (const arc of arcs) sorted[fill[rank[arc.from]!]!++] = arc;
  for (let r = 0; r < rank.length; r++) {
    const from = start[r]!;
    const to = start[r + 1]!;
    if (to - from < 2) continue;
    const bucket = sorted.slice(from, to).sort(compare);
    for (let i = 0; i < bucket.length; i++) sorted[from + i] = bucket[i]!;
  }
  return sorted;
}

/**
 * The zone a terminal group or server stands in: its own, else its only attached zone, else its
 * system's. A part attached only to another zone than its system's belongs to that other zone.
 */
export function partZone(
  part: { readonly zone?: Zone; readonly attachedZones?: readonly Zone[] },
  systemZone: Zone | undefined,
): Zone | undefined {
  return part.zone ?? (part.attachedZones?.length === 1 ? part.attachedZones[0] : undefined) ?? systemZone;
}

/**
 * Where a system declared a boundary appliance stands for the flow table: a sanitiser or screen-transfer
 * system attached to exactly the LGWAN and internet zones stands on the internet side, whichever of
 * the two its `zone` names. Traffic reaches it from the internet side freely; what it hands to the
 * LGWAN side is the hop that must be sanitised. Without this the verdict hung on which side the
 * author happened to write (sixth review).
 */
export function boundaryZone(part: { readonly attachedZones?: readonly Zone[]; readonly boundaryRole?: unknown }): Zone | undefined {
  const zones = part.attachedZones;
  if (part.boundaryRole === undefined || zones === undefined || zones.length !== 2) return undefined;
  return zones.includes("lgwan") && zones.includes("internet") ? "internet" : undefined;
}

/** Finds a system by id. */
export type SystemLookup = (id: string) => System | undefined;

/** The zone of a connection end that names a system part: the part's own zone, else its system's. */
export function zoneOfEnd(ref: NodeRef, systemOf: SystemLookup): Zone | undefined {
  if (!("system" in ref)) return undefined;
  const system = systemOf(ref.system);
  if (system === undefined) return undefined;
  const part =
    ref.terminalGroup !== undefined
      ? system.terminalGroups?.find((g) => g.id === ref.terminalGroup)
      : ref.server !== undefined
        ? system.servers?.find((s) => s.id === ref.server)
        : undefined;
  return part === undefined ? (boundaryZone(system) ?? system.zone) : partZone(part, system.zone);
}

/** Whether a system is a provider's service that residents reach over the internet (a SaaS), not the municipality's own network. */
export function isProviderService(system: System | undefined): boolean {
  return system?.hosting?.kind === "cloud-service";
}

/**
 * Whether a system is the municipality's own boundary, wherever it runs (a virtual browser, a sanitiser: a boundary role,
 * or a web-browsing, screen-transfer or file-sanitisation function): its traffic is the municipality's, not a provider's or
 * residents'.
 */
function isOwnBoundary(system: System | undefined): boolean {
  const functions = system?.businessFunctions ?? [];
  // File sanitisation too (fifty-sixth review: a cloud-hosted sanitiser without a declared role went out directly).
  return (
    system?.boundaryRole !== undefined ||
    functions.includes("web-browsing") ||
    functions.includes("screen-transfer") ||
    functions.includes("file-sanitisation")
  );
}

/**
 * Where a connection end stands as the flow table sees it. A provider's cloud service reached over
 * a transport that crosses the internet stands on the internet, whatever zone its system declares:
 * the hop is judged as the link with the internet (under α' the local breakout to an LGWAN-zone
 * SaaS, else denied), never as a link within a zone.
 */
function placeOfEnd(
  connection: Connection,
  end: NodeRef,
  other: NodeRef,
  systemOf: SystemLookup,
  otherBody: ((id: string) => boolean) | undefined,
): FlowPlace | undefined {
  if (
    linkCrossesInternet(connection) &&
    "system" in end &&
    end.terminalGroup === undefined &&
    isProviderService(systemOf(end.system)) &&
    !isOwnBoundary(systemOf(end.system))
  )
    return "public-internet";
  // An LGWAN-ASP is a service on the LGWAN network, whatever zone its entry gives: reached from the
  // My Number zone only for designated national systems, never from the internet zone (eleventh review).
  if ("system" in end && end.terminalGroup === undefined && systemOf(end.system)?.hosting?.kind === "lgwan-asp") return "lgwan-network";
  // A system of another body (a 一部事務組合, a hospital, J-LIS: outside the scope of 4(1)) is that
  // body's network, outside the municipality's zones, whatever zone its entry gives: a line from
  // the My Number zone to it leaves the zone (sixteenth review: such a link with no approval, no
  // address restriction and any port passed as traffic inside the zone).
  // Reached over the LGWAN from the municipality's LGWAN zone, it is a service on the LGWAN, as an
  // LGWAN-ASP is (eighteenth review: a 組合's system used over the LGWAN failed as an outside link).
  if ("system" in end && otherBody?.(end.system) === true) {
    // Only a system the other body keeps on its LGWAN side: its My Number or internet zone, or a zone not
    // written, reached "over the LGWAN" could join the city's LGWAN zone to it (twentieth and twenty-second reviews).
    const ownZone = systemOf(end.system)?.zone;
    const lgwanUse =
      connection.transport === "lgwan" &&
      ownZone === "lgwan" &&
      zoneOfEnd(other, systemOf) === "lgwan" &&
      !("system" in other && otherBody(other.system));
    return lgwanUse ? "lgwan-network" : "vendor-network";
  }
  return endPlace(end, (ref) => zoneOfEnd(ref, systemOf), other);
}

const isPublicInternet = (end: NodeRef) => "external" in end && end.external === "public-internet";
/**
 * A service a provider runs for residents and the municipality (a cloud service, an LGWAN-ASP):
 * residents reaching it from the internet is the provider's traffic, not the municipality's.
 */
const isProviderEnd = (end: NodeRef, systemOf: SystemLookup) => {
  // A terminal group of a provider's system is the municipality's own staff using it: their
  // internet traffic is the municipality's (tenth review), not residents reaching the provider.
  if (!("system" in end) || end.terminalGroup !== undefined) return false;
  const system = systemOf(end.system);
  const kind = system?.hosting?.kind;
  if (kind !== "cloud-service" && kind !== "lgwan-asp") return false;
  // The municipality's own boundary run as a service (a virtual browser, a sanitiser, a mail relay in the cloud) carries
  // the municipality's traffic, not residents' (fifty-fifth review: a cloud-hosted virtual browser's direct egress passed).
  return !isOwnBoundary(system);
};
/** Whether an end is a terminal group: staff using a system from their terminals. */
const terminals = (end: NodeRef) => "system" in end && end.terminalGroup !== undefined;

/**
 * What a connection end is, where the sanitisation rules need it: terminals (a terminal group, or a system with terminal
 * groups and no servers), a server (a server named, or a system with servers and no terminal groups), a file sanitiser
 * (a download relay), a web proxy or browsing service, or a screen-transfer relay (a declared boundary appliance).
 */
type EndKind = "terminals" | "server" | "sanitiser" | "browsing" | "relay" | undefined;

/** A purpose that says the LGWAN end takes connections from outside (「インターネットからの接続を受け付ける」). */
const TAKES_CONNECTIONS = /受け付け|受付|着信|待ち受け|公開|inbound|incoming|accepts? connections/iu;

/** A name that says it sanitises files, or a sanitising product (seventy-eighth and eightieth reviews). */
const SANITISER_NAME =
  /無害化|サニタイ|sanitis|sanitiz|\bcdr\b|votiro|opswat|metadefender|filezen|ファイル受渡|ファイル受け渡し|ファイル授受/iu;
/** A name that says it is a web proxy or web access, whatever it adds of sanitising downloads (「Webプロキシ（無害化付き）」). */
const BROWSING_NAME =
  /プロキシ|proxy|閲覧|browsing|swg|squid|webゲートウェイ|web\s*gateway|i-?filter|urlフィルタ|フィルタリング|web\s*filter/iu;

function kindByName(name: string | undefined): EndKind {
  const text = name?.normalize("NFKC") ?? "";
  if (BROWSING_NAME.test(text)) return "browsing";
  return SANITISER_NAME.test(text) ? "sanitiser" : undefined;
}

/**
 * Kinds of external ends by service name (a pure reading of the text), and of whole systems per lookup: a lookup belongs
 * to one evaluation's index or graph, so a description changed in place between evaluations is read again.
 */
const kindsOfServices = new Map<string, EndKind>();
const kindsOfSystems = new WeakMap<SystemLookup, Map<System, EndKind>>();

function endKind(end: NodeRef, systemOf: SystemLookup): EndKind {
  if ("external" in end) {
    if (end.service === undefined) return undefined;
    let kind = kindsOfServices.get(end.service);
    if (kind === undefined && !kindsOfServices.has(end.service)) {
      kind = kindByName(end.service);
      if (kindsOfServices.size >= 4096) kindsOfServices.clear();
      kindsOfServices.set(end.service, kind);
    }
    return kind;
  }
  if (!("system" in end)) return undefined;
  if (end.terminalGroup !== undefined) return "terminals";
  const system = systemOf(end.system);
  if (end.server !== undefined) {
    const server = system?.servers?.find((s) => s.id === end.server);
    if (server?.boundaryRole === "screen-transfer") return "relay";
    const serverByName = kindByName(server?.name);
    if (serverByName === "browsing") return "browsing";
    if (server?.boundaryRole === "file-sanitiser") return "sanitiser";
    return serverByName === "sanitiser" ? "sanitiser" : "server";
  }
  if (system === undefined) return undefined;
  let kinds = kindsOfSystems.get(systemOf);
  if (kinds === undefined) {
    kinds = new Map();
    kindsOfSystems.set(systemOf, kinds);
  }
  let kind = kinds.get(system);
  if (kind === undefined && !kinds.has(system)) {
    kind = systemKind(system);
    kinds.set(system, kind);
  }
  return kind;
}

/** The kind of a system written whole as a connection's end (see {@link endKind}). */
function systemKind(system: System): EndKind {
  const functions = system.businessFunctions ?? [];
  if (system.boundaryRole === "screen-transfer") return "relay";
  // A base that is proxy and sanitiser at once is a proxy to the terminals that browse through it (eightieth review); a
  // name that says proxy or web filter outranks a ticked sanitiser role (eighty-fifth review: 「インターネット分離プロキシ」
  // declared a file sanitiser).
  const byName = kindByName(system.name);
  if (functions.includes("web-browsing") || byName === "browsing") return "browsing";
  if (system.boundaryRole === "file-sanitiser" || functions.includes("file-sanitisation")) return "sanitiser";
  if (byName !== undefined) return byName;
  const terminalsOnly = (system.terminalGroups?.length ?? 0) > 0 && (system.servers?.length ?? 0) === 0;
  const serversOnly = (system.servers?.length ?? 0) > 0 && (system.terminalGroups?.length ?? 0) === 0;
  return terminalsOnly ? "terminals" : serversOnly ? "server" : undefined;
}

/**
 * One hop of a connection, built field by field in one fixed order rather than spread from a base
 * (every evaluation builds the hops of every connection).
 */
function connectionHop(
  connection: Connection,
  service: string | undefined,
  providerIngress: boolean,
  fromTerminals: boolean,
  from: FlowPlace | undefined,
  to: FlowPlace | undefined,
  forward: boolean,
  directionAssumed: boolean,
  toEnd: EndKind,
  fromEnd: EndKind,
): Hop {
  const hop: { -readonly [K in keyof Hop]?: Hop[K] } = { link: connection };
  if (service !== undefined) hop.service = service;
  if (providerIngress) hop.providerIngress = true;
  if (fromTerminals) hop.fromTerminals = true;
  if (toEnd === "terminals") hop.toTerminals = true;
  else if (toEnd === "server") hop.toServer = true;
  else if (toEnd === "sanitiser") hop.toSanitiser = true;
  else if (toEnd === "browsing") hop.toBrowsing = true;
  if (fromEnd === "relay") hop.fromRelay = true;
  hop.from = from;
  hop.to = to;
  hop.forward = forward;
  if (directionAssumed) hop.directionAssumed = true;
  return hop as Hop;
}

/**
 * The hops of a connection as the flow table judges them: the connection's way, and back unless
 * it is one-way (an unstated direction gives an assumed reverse hop).
 */
export function connectionHops(connection: Connection, systemOf: SystemLookup, otherBody?: (id: string) => boolean): Hop[] {
  const from = placeOfEnd(connection, connection.from, connection.to, systemOf, otherBody);
  const to = placeOfEnd(connection, connection.to, connection.from, systemOf, otherBody);
  const service = serviceOf(connection);
  const providerIngress =
    (isPublicInternet(connection.from) || isPublicInternet(connection.to)) &&
    (isProviderEnd(connection.from, systemOf) || isProviderEnd(connection.to, systemOf));
  // What stands at each end, read once (a terminal group is terminals, and so is a system of terminals only).
  const fromKind = endKind(connection.from, systemOf);
  const toKind = endKind(connection.to, systemOf);
  const hops = [connectionHop(connection, service, providerIngress, fromKind === "terminals", from, to, true, false, toKind, fromKind)];
  // Screen transfer from internet-zone terminals to an LGWAN service is one session, started by the
  // terminals: written both ways, it gives the LGWAN no way out to the internet zone (twentieth review).
  const teleworkSession =
    from === "internet" &&
    to === "lgwan-network" &&
    terminals(connection.from) &&
    (connection.sanitisation ?? []).includes("screen-transfer");
  // An α' local breakout (an allow-list of destinations) is a session the LGWAN terminals open: written both ways, its
  // answers are no way in from the internet (eighty-third review: Microsoft 365 written bidirectional failed critical
  // as traffic from the internet into the LGWAN zone). Under α the way out fails by itself.
  const breakoutSession =
    from === "lgwan" &&
    to === "public-internet" &&
    (connection.destinationAllowList ?? []).length > 0 &&
    connection.direction !== undefined &&
    // Not a server that takes connections from the internet (eighty-fifth review).
    fromKind !== "server" &&
    !TAKES_CONNECTIONS.test(connection.purpose?.normalize("NFKC") ?? "");
  if (connection.direction !== "one-way" && !teleworkSession && !breakoutSession) {
    const back = connectionHop(
      connection,
      service,
      providerIngress,
      toKind === "terminals",
      to,
      from,
      false,
      connection.direction === undefined,
      fromKind,
      toKind,
    );
    hops.push(back);
  }
  return hops;
}

/**
 * The way back of a line across the internet written one-way to or from a vendor's network: a VPN
 * session opened from the vendor's centre carries traffic both ways, so for paths the centre is
 * reachable from the system at the other end (twenty-eighth review: a one-way closed line into the
 * LGWAN zone beside a one-way internet VPN into the internet zone, as the guide writes maintenance
 * lines, hid the vendor's bridge between the zones). The link checks still judge the line only the
 * way it is written.
 */
function vendorLineBack(hop: Hop, from: GraphNode, to: GraphNode): Hop | undefined {
  if (from.external !== "vendor-network" && to.external !== "vendor-network") return undefined;
  const { fromTerminals: _leaves, ...rest } = hop;
  return { ...rest, from: hop.to, to: hop.from, forward: false };
}

/** The link a terminal group's internet access stands for: where it goes and with which facts; `undefined` for none or unstated. */
export function terminalAccessLink(group: TerminalGroup): { to: FlowPlace; link: LinkFacts } | undefined {
  switch (group.internetAccess) {
    case "direct":
      return { to: "public-internet", link: { direction: "one-way", via: [] } };
    case "security-cloud":
      return { to: "security-cloud", link: { direction: "one-way" } };
    case "screen-transfer":
      return { to: "internet", link: { direction: "one-way", sanitisation: ["screen-transfer"], protocols: ["screen-transfer"] } };
    default:
      return undefined;
  }
}

/**
 * Builds the graph in one pass over systems and connections. Connections without a stated
 * direction are taken as bidirectional (the conservative reading); their reverse arcs are marked.
 * A connection whose transport crosses the internet also joins its ends to the internet node, so
 * path questions see it as the internet. Connections naming unknown systems are input errors
 * reported by parseDescription; if one gets here anyway it is left out. `hopsOf` gives the hops of
 * a connection when they are already built (see `connectionHopsOf`), else they are built here.
 */
export function buildNetworkGraph(
  description: Description,
  hopsOf?: (connection: Connection, index: number) => readonly Hop[],
): NetworkGraph {
  const nodes: GraphNode[] = [];
  const arcs: GraphArc[] = [];
  const systemNode = new Map<string, number>();
  const systemsById = new Map<string, System>();
  const systemNodes: number[] = [];
  const systemOf: SystemLookup = (id) => systemsById.get(id);
  description.systems.forEach((system, index) => {
    const id = nodes.length;
    nodes.push({ label: system.id, kind: "system", zone: boundaryZone(system) ?? system.zone, external: undefined, systemIndex: index });
    systemNodes.push(id);
    if (!systemNode.has(system.id)) {
      systemNode.set(system.id, id);
      systemsById.set(system.id, system);
    }
  });
  const externalNodes = {} as Record<ExternalEndpoint, number>;
  for (const external of EXTERNAL_ENDPOINT_IDS) {
    externalNodes[external] = nodes.length;
    nodes.push({ label: `external:${external}`, kind: "external", zone: undefined, external, systemIndex: -1 });
  }
  const publicInternet = externalNodes["public-internet"];
  // Government Cloud tenancies keep their segments apart: one node per segment, in that segment's zone.
  const segmentNodes = new Map<Zone, number>();
  const segmentNode = (zone: Zone): number => {
    let id = segmentNodes.get(zone);
    if (id === undefined) {
      id = nodes.length;
      nodes.push({ label: `external:government-cloud/${zone}`, kind: "external", zone, external: "government-cloud", systemIndex: -1 });
      segmentNodes.set(zone, id);
    }
    return id;
  };

  // Vendor networks named differently are different networks (nineteenth review: one vendor's
  // internet VPN and another's approved closed line into the My Number zone were joined into a
  // path that did not exist). Unnamed ones stay the one generic node, as before.
  // A note in brackets does not make another network (「保守センター（閉域）」 and 「保守センター（VPN）」
  // are one), and while any vendor end is unnamed, every vendor end is the one network: an unnamed
  // line could be any of them (twentieth review: naming two lines apart hid a bridge).
  const vendorNodes = new Map<string, number>();
  const anyUnnamed = (description.connections ?? []).some((c) =>
    [c.from, c.to].some((end) => "external" in end && end.external === "vendor-network" && vendorKey(end.service) === ""),
  );
  // Lines whose systems the same vendor maintains (remoteMaintenance.vendorId) are that
  // vendor's one network, whatever their names say (twenty-second review: 「…保守センター インターネット系」
  // beside 「…保守センター」 hid a bridge).
  const sameVendor = vendorGroups(description);
  /** The node of one named network of a kind (a vendor's, a national system), made on its first end. */
  const namedNode = (byKey: Map<string, number>, key: string, external: "vendor-network" | "national-system", service: string) => {
    let id = byKey.get(key);
    if (id === undefined) {
      id = nodes.length;
      nodes.push({ label: `external:${external}/${service}`, kind: "external", zone: undefined, external, service, systemIndex: -1 });
      byKey.set(key, id);
    }
    return id;
  };
  const vendorNode = (service: string): number => {
    const key = sameVendor.get(vendorKey(service)) ?? vendorKey(service);
    if (key === "" || anyUnnamed) return externalNodes["vendor-network"];
    return namedNode(vendorNodes, key, "vendor-network", service);
  };

  const implicit = (from: number, to: number, kind: GraphArcKind, hop: Hop) =>
    arcs.push({ from, to, kind, connection: undefined, connectionIndex: -1, directionAssumed: false, hop });
  const subNodes = new Map<string, number>();
  // Parts in another zone whose use of their own system a connection describes: that connection is the link.
  const describedUse = new Set<string>();
  const noteUse = (end: NodeRef, other: NodeRef) => {
    if (
      !("system" in end) ||
      !("system" in other) ||
      other.system !== end.system ||
      other.terminalGroup !== undefined ||
      other.server !== undefined
    )
      return;
    if (end.terminalGroup !== undefined) describedUse.add(`${end.system}\u0000terminalGroup\u0000${end.terminalGroup}`);
    if (end.server !== undefined) describedUse.add(`${end.system}\u0000server\u0000${end.server}`);
  };
  for (const connection of description.connections ?? []) {
    noteUse(connection.from, connection.to);
    noteUse(connection.to, connection.from);
  }
  const partNode = (systemId: string, kind: "terminalGroup" | "server", subId: string): number | undefined => {
    const parent = systemNode.get(systemId);
    if (parent === undefined) return undefined;
    const key = `${systemId}\u0000${kind}\u0000${subId}`;
    const known = subNodes.get(key);
    if (known !== undefined) return known;
    const owner = nodes[parent] as GraphNode;
    const system = description.systems[owner.systemIndex];
    const part =
      kind === "terminalGroup" ? system?.terminalGroups?.find((g) => g.id === subId) : system?.servers?.find((s) => s.id === subId);
    const zone = part === undefined ? owner.zone : partZone(part, owner.zone);
    const id = nodes.length;
    nodes.push({ label: `${systemId}/${subId}`, kind, zone, external: undefined, systemIndex: owner.systemIndex });
    subNodes.set(key, id);
    // A part in its system's zone shares the system's network; a part elsewhere uses the system
    // over a link of its own (a connection, or else an undescribed link judged as such).
    if (zone === owner.zone || !describedUse.has(key)) {
      const kindOfArc: GraphArcKind = zone === owner.zone ? "part" : "part-use";
      implicit(parent, id, kindOfArc, { from: owner.zone, to: zone, link: undefined, forward: true });
      implicit(id, parent, kindOfArc, { from: zone, to: owner.zone, link: undefined, forward: true });
    }
    return id;
  };
  // National systems known by name are different networks (fifty-fifth review: a path entered 住基ネット from the LGWAN
  // zone and left it by the eLTAX line, as if every national system were one network). While any national end is
  // unnamed or not known, every one is the one generic node: that end could be any of them.
  const nationalNodes = new Map<string, number>();
  const nationalIds = new Map<string, string | undefined>();
  const nationalId = (service: string | undefined) => {
    if (service === undefined) return undefined;
    if (!nationalIds.has(service)) nationalIds.set(service, resolveNationalSystem(service, NATIONAL_SYSTEMS)?.id);
    return nationalIds.get(service);
  };
  const anyUnknownNational = (description.connections ?? []).some((c) =>
    [c.from, c.to].some((end) => "external" in end && end.external === "national-system" && nationalId(end.service) === undefined),
  );
  const nationalNode = (service: string): number => {
    const id = anyUnknownNational ? undefined : nationalId(service);
    return id === undefined ? externalNodes["national-system"] : namedNode(nationalNodes, id, "national-system", service);
  };
  const nodeOf = (ref: NodeRef, other: NodeRef): number | undefined => {
    if ("external" in ref) {
      if (ref.external === "vendor-network" && ref.service !== undefined) return vendorNode(ref.service);
      if (ref.external === "national-system" && ref.service !== undefined) return nationalNode(ref.service);
      if (ref.external !== "government-cloud") return externalNodes[ref.external];
      const segment = ref.segment ?? ("system" in other ? zoneOfEnd(other, systemOf) : undefined);
      return segment === undefined ? externalNodes["government-cloud"] : segmentNode(segment);
    }
    if (ref.terminalGroup !== undefined) return partNode(ref.system, "terminalGroup", ref.terminalGroup);
    if (ref.server !== undefined) return partNode(ref.system, "server", ref.server);
    return systemNode.get(ref.system);
  };

  // Parts in another zone than their system are links even when no connection names them.
  for (const system of description.systems) {
    if (systemNode.get(system.id) === undefined || system.zone === undefined) continue;
    for (const group of system.terminalGroups ?? []) {
      if (partZone(group, system.zone) !== system.zone) partNode(system.id, "terminalGroup", group.id);
    }
    for (const server of system.servers ?? []) {
      if (partZone(server, system.zone) !== system.zone) partNode(system.id, "server", server.id);
    }
  }

  // One direction of a connection; made once, not per connection (the graph has thousands).
  const addConnectionArc = (
    connection: Connection,
    index: number,
    a: number,
    b: number,
    hop: Hop,
    assumed: boolean,
    overInternet: boolean,
  ) => {
    arcs.push({ from: a, to: b, kind: "connection", connection, connectionIndex: index, directionAssumed: assumed, hop });
    if (!overInternet) return;
    // The halves through the internet node: what crosses the internet is reachable from it.
    arcs.push({
      from: a,
      to: publicInternet,
      kind: "over-internet",
      connection,
      connectionIndex: index,
      directionAssumed: assumed,
      hop: { ...hop, to: "public-internet" },
    });
    arcs.push({
      from: publicInternet,
      to: b,
      kind: "over-internet",
      connection,
      connectionIndex: index,
      directionAssumed: assumed,
      hop: { ...hop, from: "public-internet" },
    });
  };
  const connections = description.connections ?? [];
  for (let index = 0; index < connections.length; index++) {
    const connection = connections[index]!;
    const from = nodeOf(connection.from, connection.to);
    const to = nodeOf(connection.to, connection.from);
    if (from === undefined || to === undefined) continue;
    const hops = hopsOf?.(connection, index) ?? connectionHops(connection, systemOf);
    // The security cloud stands on the internet side, as in judgeLink.
    const securityCloud = externalNodes["security-cloud"];
    const overInternet =
      linkCrossesInternet(connection) && from !== publicInternet && to !== publicInternet && from !== securityCloud && to !== securityCloud;
    addConnectionArc(connection, index, from, to, hops[0]!, false, overInternet);
    const reverse = hops[1] ?? (linkCrossesInternet(connection) ? vendorLineBack(hops[0]!, nodes[from]!, nodes[to]!) : undefined);
    if (reverse !== undefined) addConnectionArc(connection, index, to, from, reverse, connection.direction === undefined, overInternet);
  }

  // Terminal groups' own internet access is a link of the group.
  for (const system of description.systems) {
    if (systemNode.get(system.id) === undefined) continue;
    for (const group of system.terminalGroups ?? []) {
      const access = terminalAccessLink(group);
      if (access === undefined || access.to === "internet") continue;
      const node = partNode(system.id, "terminalGroup", group.id) as number;
      const zone = partZone(group, system.zone);
      const target = externalNodes[access.to as ExternalEndpoint];
      implicit(node, target, "terminal-access", { from: zone, to: access.to, link: access.link, forward: true });
      implicit(target, node, "terminal-access", { from: access.to, to: zone, link: access.link, forward: false });
    }
  }

  // Canonical order: nodes by label, arcs by their ends' labels, kind and connection id. Breadth-first
  // ties then resolve the same way however the description lists its systems and connections.
  const byLabel = nodes.map((_, i) => i).sort((a, b) => compareText(nodes[a]!.label, nodes[b]!.label));
  const rank = new Int32Array(nodes.length);
  byLabel.forEach((node, position) => {
    rank[node] = position;
  });
  const sortedArcs = sortByFromRank(
    arcs,
    rank,
    (a, b) =>
      rank[a.from]! - rank[b.from]! ||
      rank[a.to]! - rank[b.to]! ||
      compareText(a.kind, b.kind) ||
      compareText(a.connection?.id ?? "", b.connection?.id ?? "") ||
      Number(a.directionAssumed) - Number(b.directionAssumed),
  );
  const out = adjacency(nodes.length, sortedArcs, "from");
  const into = adjacency(nodes.length, sortedArcs, "to");
  return {
    nodes,
    arcs: sortedArcs,
    externalNodes,
    systemNodes,
    rank,
    outArcs: (node) => out.ids.subarray(out.start[node], out.start[node + 1]),
    inArcs: (node) => into.ids.subarray(into.start[node], into.start[node + 1]),
  };
}

/** A path question: where to start, how a hop changes the state, and where to stop. */
export interface Traversal {
  /** `forward` follows arcs from→to; `reverse` walks them backwards (to find who can reach the sources). */
  readonly direction: "forward" | "reverse";
  /** Number of distinct states (small integers from 0); the traversal visits each node at most once per state. */
  readonly states: number;
  readonly sources: Iterable<{ readonly node: number; readonly state: number }>;
  /** The state after taking `arc` into `node` (the node stepped into), or -1 to not take it. */
  step(arc: GraphArc, arcId: number, state: number, node: number): number;
  /** Whether to go on from a reached node; sources always go on. Defaults to yes. */
  expand?(node: number, state: number): boolean;
}

/** What a traversal found. */
export interface TraversalResult {
  /** Whether `node` was reached in `state`. */
  reached(node: number, state: number): boolean;
  /**
   * The arc ids of the first-found (fewest-hop) path to `node` in `state`, in network direction:
   * from a source to the node (forward), or from the node to a source (reverse).
   */
  path(node: number, state: number): number[];
}

/**
 * Breadth-first search over (node, state) pairs from all sources at once: O(states × (nodes + arcs))
 * whatever the number of sources. Cycles, self-loops and duplicate connections are visited once.
 */
export function traverse(graph: NetworkGraph, question: Traversal): TraversalResult {
  const { states } = question;
  const size = graph.nodes.length * states;
  // parentArc: -2 unvisited, -1 source, else the arc taken; parentState: the state before it.
  const parentArc = new Int32Array(size).fill(-2);
  const parentState = new Int32Array(size);
  const queue = new Int32Array(size);
  let head = 0;
  let tail = 0;
  const sources = [...question.sources].sort((a, b) => graph.rank[a.node]! - graph.rank[b.node]! || a.state - b.state);
  for (const { node, state } of sources) {
    const key = node * states + state;
    if (parentArc[key] !== -2) continue;
    parentArc[key] = -1;
    queue[tail++] = key;
  }
  const forward = question.direction === "forward";
  while (head < tail) {
    const key = queue[head++]!;
    const node = Math.floor(key / states);
    const state = key - node * states;
    if (parentArc[key] !== -1 && question.expand !== undefined && !question.expand(node, state)) continue;
    const ids = forward ? graph.outArcs(node) : graph.inArcs(node);
    for (let i = 0; i < ids.length; i++) {
      const arcId = ids[i]!;
      const arc = graph.arcs[arcId]!;
      const next = forward ? arc.to : arc.from;
      const nextState = question.step(arc, arcId, state, next);
      if (nextState < 0) continue;
      const nextKey = next * states + nextState;
      if (parentArc[nextKey] !== -2) continue;
      parentArc[nextKey] = arcId;
      parentState[nextKey] = state;
      queue[tail++] = nextKey;
    }
  }
  return {
    reached: (node, state) => parentArc[node * states + state] !== -2,
    path: (node, state) => {
      const ids: number[] = [];
      let key = node * states + state;
      while (parentArc[key]! >= 0) {
        const arcId = parentArc[key]!;
        const arc = graph.arcs[arcId]!;
        ids.push(arcId);
        key = (forward ? arc.from : arc.to) * states + parentState[key]!;
      }
      return forward ? ids.reverse() : ids;
    },
  };
}
