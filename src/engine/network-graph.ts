/**
 * The whole network of a description as a directed graph, and one breadth-first traversal that
 * answers a path question for every source at once. Shared code: it knows nothing of particular
 * zones or rules; checks say what a hop costs through the `step` of a traversal.
 */
import type { Connection, NodeRef } from "../model/connection.js";
import type { Description } from "../model/description.js";
import { EXTERNAL_ENDPOINT_IDS, type ExternalEndpoint } from "../model/endpoint.js";
import type { Zone } from "../model/zone.js";

export type GraphNodeKind = "system" | "terminalGroup" | "server" | "external";

/** A node: a system, a terminal group or server named by a connection, or a well-known external network. */
export interface GraphNode {
  /** Readable name, as in a finding's trace: `juki`, `juki/mn-pc`, `external:public-internet`. */
  readonly label: string;
  readonly kind: GraphNodeKind;
  /** The zone (own zone, else its system's); `undefined` for external networks and undeclared zones. */
  readonly zone: Zone | undefined;
  /** For external nodes, which network. */
  readonly external: ExternalEndpoint | undefined;
  /** Position of the system (or of the owning system) in `systems`; -1 for external nodes. */
  readonly systemIndex: number;
}

/** One direction of a connection (a bidirectional connection gives two arcs), or a link inside a system. */
export interface GraphArc {
  readonly from: number;
  readonly to: number;
  /** `undefined` for the implicit link between a system and its own terminal group or server in the same zone. */
  readonly connection: Connection | undefined;
  /** Position in `connections`; -1 for implicit links. */
  readonly connectionIndex: number;
  /** True for the reverse arc of a connection whose `direction` is not stated (assumed bidirectional). */
  readonly directionAssumed: boolean;
}

/** The network of a description, built once per evaluation. */
export interface NetworkGraph {
  readonly nodes: readonly GraphNode[];
  readonly arcs: readonly GraphArc[];
  /** The node of each external network. */
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
  const start = new Int32Array(nodeCount + 1);
  for (const arc of arcs) start[arc[end] + 1]!++;
  for (let n = 0; n < nodeCount; n++) start[n + 1]! += start[n]!;
  const fill = start.slice(0, nodeCount);
  const ids = new Int32Array(arcs.length);
  arcs.forEach((arc, i) => {
    ids[fill[arc[end]]!++] = i;
  });
  return { start, ids };
}

/**
 * Builds the graph in one pass over systems and connections. Connections without a stated
 * direction are taken as bidirectional (the conservative reading); their reverse arcs are marked.
 * Connections naming unknown systems are input errors reported by parseDescription; if one gets
 * here anyway it is left out.
 */
export function buildNetworkGraph(description: Description): NetworkGraph {
  const nodes: GraphNode[] = [];
  const arcs: GraphArc[] = [];
  const systemNode = new Map<string, number>();
  const systemNodes: number[] = [];
  description.systems.forEach((system, index) => {
    const id = nodes.length;
    nodes.push({ label: system.id, kind: "system", zone: system.zone, external: undefined, systemIndex: index });
    systemNodes.push(id);
    if (!systemNode.has(system.id)) systemNode.set(system.id, id);
  });
  const externalNodes = {} as Record<ExternalEndpoint, number>;
  for (const external of EXTERNAL_ENDPOINT_IDS) {
    externalNodes[external] = nodes.length;
    nodes.push({ label: `external:${external}`, kind: "external", zone: undefined, external, systemIndex: -1 });
  }

  const subNodes = new Map<string, number>();
  const nodeOf = (ref: NodeRef): number | undefined => {
    if ("external" in ref) return externalNodes[ref.external];
    const parent = systemNode.get(ref.system);
    if (parent === undefined) return undefined;
    const kind: GraphNodeKind | undefined =
      ref.terminalGroup !== undefined ? "terminalGroup" : ref.server !== undefined ? "server" : undefined;
    if (kind === undefined) return parent;
    const subId = (ref.terminalGroup ?? ref.server) as string;
    const key = `${ref.system}\u0000${kind}\u0000${subId}`;
    const known = subNodes.get(key);
    if (known !== undefined) return known;
    const owner = nodes[parent] as GraphNode;
    const system = description.systems[owner.systemIndex];
    const part =
      kind === "terminalGroup" ? system?.terminalGroups?.find((g) => g.id === subId) : system?.servers?.find((s) => s.id === subId);
    const zone = part?.zone ?? owner.zone;
    const id = nodes.length;
    nodes.push({ label: `${ref.system}/${subId}`, kind, zone, external: undefined, systemIndex: owner.systemIndex });
    subNodes.set(key, id);
    // A part in its system's zone shares the system's network; a part elsewhere is joined only by connections.
    if (zone === owner.zone) {
      arcs.push({ from: parent, to: id, connection: undefined, connectionIndex: -1, directionAssumed: false });
      arcs.push({ from: id, to: parent, connection: undefined, connectionIndex: -1, directionAssumed: false });
    }
    return id;
  };

  (description.connections ?? []).forEach((connection, index) => {
    const from = nodeOf(connection.from);
    const to = nodeOf(connection.to);
    if (from === undefined || to === undefined) return;
    arcs.push({ from, to, connection, connectionIndex: index, directionAssumed: false });
    if (connection.direction !== "one-way") {
      arcs.push({ from: to, to: from, connection, connectionIndex: index, directionAssumed: connection.direction === undefined });
    }
  });

  // Canonical order: nodes by label, arcs by their ends' labels and connection id. Breadth-first
  // ties then resolve the same way however the description lists its systems and connections.
  const byLabel = nodes.map((_, i) => i).sort((a, b) => compareText(nodes[a]!.label, nodes[b]!.label));
  const rank = new Int32Array(nodes.length);
  byLabel.forEach((node, position) => {
    rank[node] = position;
  });
  arcs.sort(
    (a, b) =>
      rank[a.from]! - rank[b.from]! ||
      rank[a.to]! - rank[b.to]! ||
      compareText(a.connection?.id ?? "", b.connection?.id ?? "") ||
      Number(a.directionAssumed) - Number(b.directionAssumed),
  );
  const out = adjacency(nodes.length, arcs, "from");
  const into = adjacency(nodes.length, arcs, "to");
  return {
    nodes,
    arcs,
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
