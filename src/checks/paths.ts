/** Helpers shared by the zone checks: the flow context of a profile, verdicts of arcs, hop ranks, traces and labels. */
import { type GraphArc, type GraphNode, type NetworkGraph, traverse } from "../engine/network-graph.js";
import type { Connection } from "../model/connection.js";
import type { Hop } from "../model/finding.js";
import { nationalSystems } from "../model/values/national-system.js";
import type { DescriptionIndex } from "../engine/description-index.js";
import { sameName } from "../engine/names.js";
import { approverInOtherScript, DEFAULT_APPROVER_ROLES, exceptionApprovers, isExceptionApprover, roleHolders } from "../engine/waivers.js";
import { type ZONE_IDS, ZONES } from "../model/values/zone.js";
import {
  type FlowContext,
  type FlowPlace,
  flowContext,
  linkCrossesInternet,
  type HopStatus,
  judgeLink,
  type LinkVerdict,
} from "../policy/flow-policy.js";
import type { CheckContext, RelativePath } from "./define-check.js";
import { isPlaceholder } from "./holders.js";
import { refLabels } from "./shared.js";

const contexts = new WeakMap<DescriptionIndex, FlowContext>();

/** What the flow context of an evaluation is made from. */
export type FlowInputs = Pick<CheckContext, "profile" | "description" | "evaluationDate" | "index">;

/**
 * The flow context of an evaluation (built once per description index): the profile's network
 * model and designated national systems, and who may approve an exceptional link by the date.
 */
export function flowContextOf(ctx: FlowInputs): FlowContext {
  let context = contexts.get(ctx.index);
  if (context === undefined) {
    const { profile } = ctx;
    const approverRoles = profile.exceptions?.approverRoles ?? DEFAULT_APPROVER_ROLES;
    const approvers = exceptionApprovers(ctx.description, approverRoles);
    const holders = roleHolders(ctx.description);
    context = flowContext(profile.networkModel, nationalSystems(profile.nationalSystems), profile.approvedSpecificCommunications, {
      approvers,
      evaluationDate: ctx.evaluationDate,
      isApprover: (approvedBy) => isExceptionApprover(approvedBy, approvers, approverRoles, ctx.description.municipality?.name, holders),
      inOtherScript: (approvedBy) =>
        approverInOtherScript(approvedBy, approvers, approverRoles, ctx.description.municipality?.name, holders),
      isPlaceholder,
      isVendor: (name) => (ctx.description.vendors ?? []).some((vendor) => sameName(vendor.name, name)),
    });
    contexts.set(ctx.index, context);
  }
  return context;
}

const verdicts = new WeakMap<NetworkGraph, WeakMap<FlowContext, LinkVerdict[]>>();

/** The verdict of one arc in an evaluation (judged once per graph and flow context). */
export function arcVerdict(graph: NetworkGraph, arcId: number, ctx: FlowInputs): LinkVerdict {
  const context = flowContextOf(ctx);
  let byContext = verdicts.get(graph);
  if (byContext === undefined) {
    byContext = new WeakMap();
    verdicts.set(graph, byContext);
  }
  let list = byContext.get(context);
  if (list === undefined) {
    list = [];
    byContext.set(context, list);
  }
  let verdict = list[arcId];
  if (verdict === undefined) {
    verdict = judgeLink((graph.arcs[arcId] as GraphArc).hop, context);
    list[arcId] = verdict;
  }
  return verdict;
}

/** Hop statuses as small integers, so a traversal can keep the best or worst seen so far. */
export const RANK: Readonly<Record<HopStatus, number>> = { ok: 0, unknown: 1, violates: 2 };

/** Where a node sits in the flow-policy table: its zone (a Government Cloud segment's too), or its external network. */
export function placeOf(node: GraphNode): FlowPlace | undefined {
  return node.zone ?? node.external;
}

/** Path states pack a rank (0–2) with a hop count capped at 2 (0 = source, 1 = one hop, 2 = two or more). */
export const PATH_STATES = 9;
export const packState = (rank: number, hops: number): number => rank * 3 + Math.min(hops, 2);
export const rankOf = (state: number): number => Math.floor(state / 3);
export const hopsOf = (state: number): number => state % 3;

/** The nodes of a path, from the first arc's origin through the last arc's end. */
function pathNodes(graph: NetworkGraph, arcIds: readonly number[]): GraphNode[] {
  const arcs = arcIds.map((id) => graph.arcs[id] as GraphArc);
  const nodes = arcs.map((arc) => graph.nodes[arc.from] as GraphNode);
  const last = arcs.at(-1);
  if (last !== undefined) nodes.push(graph.nodes[last.to] as GraphNode);
  return nodes;
}

/** An external network's name without its parenthetical: 「LGWAN」, not 「LGWAN（LGWAN-ASPを含む）」, in a path. */
const shortName = (name: string) => name.replace(/\s*[（(][^（()）]*[）)]$/, "");

/**
 * A node as a reader names it: a system or part by its id, an external network by its name in
 * each language (インターネット, not `external:public-internet`; the link checks' `refLabels`
 * without the parenthetical, which a path has no room for), a Government Cloud segment with its zone.
 */
export function nodeWords(node: GraphNode): { ja: string; en: string } {
  if (node.external === undefined) return { ja: node.label, en: node.label };
  if (node.service !== undefined) return refLabels({ external: node.external, service: node.service });
  const name = refLabels({ external: node.external });
  const words = { ja: shortName(name.ja), en: shortName(name.en) };
  if (node.external !== "government-cloud" || node.zone === undefined) return words;
  const zone = ZONES[node.zone].label;
  return { ja: `${words.ja}（${zone.ja}の区画）`, en: `${words.en} (${zone.en} segment)` };
}

/**
 * Message data naming a path: `path` as the trace labels its nodes, `pathJa` and `pathEn` in
 * words for each language's text.
 */
export function pathData(graph: NetworkGraph, arcIds: readonly number[]): { path: string; pathJa: string; pathEn: string } {
  const nodes = pathNodes(graph, arcIds);
  const words = nodes.map(nodeWords);
  return {
    path: nodes.map((node) => node.label).join(" → "),
    pathJa: words.map((w) => w.ja).join(" → "),
    pathEn: words.map((w) => w.en).join(" → "),
  };
}

/** The trace of a path, hop by hop; `mustChange` marks the hops (by position) that must change. */
export function traceOf(graph: NetworkGraph, arcIds: readonly number[], mustChange: (position: number) => boolean): Hop[] {
  const hops: Hop[] = arcIds.map((id, position) => {
    const arc = graph.arcs[id] as GraphArc;
    const node = graph.nodes[arc.from] as GraphNode;
    return {
      node: node.label,
      ...(node.zone === undefined ? {} : { zone: node.zone }),
      ...(arc.connection === undefined ? {} : { connection: arc.connection.id }),
      ...(mustChange(position) ? { mustChange: true } : {}),
    };
  });
  const lastArc = graph.arcs[arcIds.at(-1) ?? -1];
  if (lastArc !== undefined) {
    const end = graph.nodes[lastArc.to] as GraphNode;
    hops.push({ node: end.label, ...(end.zone === undefined ? {} : { zone: end.zone }) });
  }
  return hops;
}

/**
 * Message data naming one hop of a path: `hop` (from → to, as the trace labels them), `hopJa`
 * and `hopEn` in words, `connection` (its id, or `-` inside a system) and `linkJa`/`linkEn`, what
 * carries the hop in words: 「接続 mail-in」, or a system's own part in another zone, which no
 * connection describes.
 */
export function hopData(
  graph: NetworkGraph,
  arcId: number,
): { hop: string; hopJa: string; hopEn: string; connection: string; linkJa: string; linkEn: string } {
  const arc = graph.arcs[arcId] as GraphArc;
  const from = graph.nodes[arc.from] as GraphNode;
  const to = graph.nodes[arc.to] as GraphNode;
  const fromWords = nodeWords(from);
  const toWords = nodeWords(to);
  return {
    hop: `${from.label} → ${to.label}`,
    hopJa: `${fromWords.ja} → ${toWords.ja}`,
    hopEn: `${fromWords.en} → ${toWords.en}`,
    connection: arc.connection?.id ?? "-",
    linkJa: arc.connection === undefined ? "システム内の端末群・サーバの利用" : `接続 ${arc.connection.id}`,
    linkEn: arc.connection === undefined ? "use of the system's own terminals or servers" : `connection ${arc.connection.id}`,
  };
}

/**
 * Whether a path's hops all belong to one connection: a link over an internet VPN is drawn as two
 * halves through the internet node, so a "path" of its halves is that one link, which the link
 * checks judge. Reporting it again as a path would repeat the finding and blame a half.
 */
export function oneConnection(graph: NetworkGraph, arcIds: readonly number[]): boolean {
  const first = graph.arcs[arcIds[0] ?? -1];
  return first?.connection !== undefined && arcIds.every((id) => graph.arcs[id]?.connection === first.connection);
}

/**
 * Whether a hop (into or out of `zone`, when given), judged alone, is already some check's finding
 * (under that zone's clause): a described connection with a system at one end (the zone link checks judge it),
 * a part used from another zone (cross-zone-parts) or a terminal group's own internet access
 * (terminal-internet-access). A path whose every failing hop is such a finding would report the
 * same gap twice (tenth review). A hop of another boundary (the LGWAN zone's with the internet)
 * is that boundary's finding, and the path adds what it opens into this zone; a hop between two
 * networks outside the municipality is no check's finding at all.
 */
export function reportedAlone(graph: NetworkGraph, arcId: number, zone?: (typeof ZONE_IDS)[number]): boolean {
  const arc = graph.arcs[arcId];
  if (arc === undefined) return false;
  // A half of a link of the zone that crosses the internet (the internet's side of a My Number system's VPN to 住基ネット) is
  // that link's finding: the path through it adds no gap (fifty-first review: a backup VPN beside a closed line was reported
  // again as a path, its half called 「通信してよい」).
  if (zone !== undefined && arc.kind === "over-internet" && arc.connection !== undefined && connectionsOf(graph, zone).has(arc.connection))
    return true;
  if (zone !== undefined && arc.hop.from !== zone && arc.hop.to !== zone) return false;
  if (arc.kind === "part-use" || arc.kind === "terminal-access") return true;
  const connection = arc.connection;
  return connection !== undefined && ("system" in connection.from || "system" in connection.to);
}

const zoneConnections = new WeakMap<NetworkGraph, Map<string, Set<Connection>>>();

/** The connections with an end in a zone (one pass over the arcs per graph and zone). */
function connectionsOf(graph: NetworkGraph, zone: string): Set<Connection> {
  let byZone = zoneConnections.get(graph);
  if (byZone === undefined) {
    byZone = new Map();
    zoneConnections.set(graph, byZone);
  }
  let set = byZone.get(zone);
  if (set === undefined) {
    set = new Set();
    for (const arc of graph.arcs) {
      if (arc.connection !== undefined && (graph.nodes[arc.from]?.zone === zone || graph.nodes[arc.to]?.zone === zone))
        set.add(arc.connection);
    }
    byZone.set(zone, set);
  }
  return set;
}

/** The finding path of a hop: its connection in `connections`, or the description for a link inside a system. */
export function hopPointer(graph: NetworkGraph, arcId: number): RelativePath {
  const arc = graph.arcs[arcId] as GraphArc;
  return arc.connectionIndex < 0 ? [] : ["connections", arc.connectionIndex];
}

/** A hop leaving the LGWAN zone towards the internet through nodes in none of the three zones. */
export interface IndirectInternetHop {
  /** The arc leaving the LGWAN zone (its connection is set). */
  readonly arcId: number;
  readonly connection: Connection;
  /** The whole path, from the LGWAN node to the public internet. */
  readonly arcs: readonly number[];
}

/**
 * Every hop by which an LGWAN-zone node reaches the public internet through nodes outside the
 * three zones (systems without a zone, vendor networks…; not the security cloud). One reverse
 * traversal from the public internet marks the intermediates that reach it. A direct connection
 * to the internet is not listed: single-connection checks judge those.
 */
export function indirectInternetHops(graph: NetworkGraph): IndirectInternetHop[] {
  const publicInternet = graph.externalNodes["public-internet"];
  if (graph.inArcs(publicInternet).length === 0) return [];
  const intermediate = (node: number) => {
    const { zone, external } = graph.nodes[node]!;
    return zone === undefined && external !== "public-internet" && external !== "security-cloud";
  };
  const result = traverse(graph, {
    direction: "reverse",
    states: 1,
    sources: [{ node: publicInternet, state: 0 }],
    step: (_arc, _arcId, _state, next) => (intermediate(next) ? 0 : -1),
  });
  const hops: IndirectInternetHop[] = [];
  for (let node = 0; node < graph.nodes.length; node++) {
    if (graph.nodes[node]!.zone !== "lgwan") continue;
    const out = graph.outArcs(node);
    for (let i = 0; i < out.length; i++) {
      const arcId = out[i]!;
      const arc = graph.arcs[arcId]!;
      if (arc.connection === undefined || !intermediate(arc.to) || !result.reached(arc.to, 0)) continue;
      // A first hop that itself crosses the internet is already a link between the LGWAN zone and the internet (lgwan-no-direct-internet).
      if (linkCrossesInternet(arc.hop.link)) continue;
      hops.push({ arcId, connection: arc.connection, arcs: [arcId, ...result.path(arc.to, 0)] });
    }
  }
  return hops;
}
