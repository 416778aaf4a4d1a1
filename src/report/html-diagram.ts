/**
 * The zone diagram of the HTML report: hand-drawn SVG, laid out on a grid. Bands for the three
 * zones and for the external networks, systems, terminal groups and servers as nodes,
 * connections as edges coloured by their worst outcome. Deterministic: nodes are ordered by id,
 * edges by connection id, every coordinate is an integer, so the same description gives the same
 * bytes whatever the order of its systems and connections. No library, no measurement of text
 * (names are cut by character width), so it runs anywhere the formatter runs.
 */
import type { ExternalEndpoint } from "../model/endpoint.js";
import { EXTERNAL_ENDPOINTS, EXTERNAL_ENDPOINT_IDS } from "../model/values/endpoint.js";
import type { Description } from "../model/description.js";
import type { Finding, Outcome } from "../model/finding.js";
import type { Zone } from "../model/zone.js";
import { ZONES } from "../model/values/zone.js";
import { compareStrings, OUTCOME_RANK, type Locale } from "./shared.js";

/** Escapes text for HTML and SVG text and double-quoted attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

type BandId = "ext-open" | Zone | "ext-closed" | "none";
type NodeKind = "system" | "tg" | "srv" | "ext";

interface DiagramNode {
  /** As in a finding's trace: `juki`, `juki/mn-pc`, `external:public-internet`. */
  readonly label: string;
  readonly kind: NodeKind;
  readonly band: BandId;
  readonly name: string;
  readonly sub: string;
  /** Sort key inside the band. */
  readonly key: readonly [string, string];
  /** The system's id, for coloring by the findings about it. */
  readonly system?: string;
  elementId: string;
  x: number;
  y: number;
}

interface DiagramEdge {
  readonly connection: string;
  readonly from: string;
  readonly to: string;
  readonly bidirectional: boolean;
  elementId: string;
}

/** The diagram as markup, and how findings map onto its elements. */
export interface Diagram {
  readonly svg: string;
  /** Element ids of a finding's path in hop order (node, edge, node, …), or of its target. */
  pathOf(finding: Finding): string[];
  /** Zones a finding touches: its target's and its path's. */
  zonesOf(finding: Finding): Zone[];
}

/** External networks on the internet side; the others (LGWAN, Government Cloud, national systems) are drawn below the zones. */
const OPEN_EXTERNALS: readonly ExternalEndpoint[] = ["public-internet", "security-cloud", "vendor-network"];

const BAND_LABELS: Readonly<Record<BandId, { ja: string; en: string; subJa: string; subEn: string }>> = {
  "ext-open": { ja: "外部ネットワーク", en: "External networks", subJa: "インターネット側", subEn: "internet side" },
  internet: { ja: ZONES.internet.label.ja, en: ZONES.internet.label.en, subJa: "6(3)③", subEn: "6(3)③" },
  lgwan: { ja: ZONES.lgwan.label.ja, en: ZONES.lgwan.label.en, subJa: "6(3)②", subEn: "6(3)②" },
  mynumber: { ja: ZONES.mynumber.label.ja, en: ZONES.mynumber.label.en, subJa: "6(3)①", subEn: "6(3)①" },
  "ext-closed": { ja: "外部ネットワーク", en: "External networks", subJa: "閉域・国のシステム", subEn: "closed networks" },
  none: { ja: "領域の記載なし", en: "Zone not stated", subJa: "zone 未記載", subEn: "no zone" },
};
const BAND_ORDER: readonly BandId[] = ["ext-open", "internet", "lgwan", "mynumber", "ext-closed", "none"];

const WIDTH = 1600;
const LEFT = 170;
const NODE_W = 178;
const NODE_H = 42;
const GAP_X = 14;
const GAP_Y = 30;
const COLUMNS = Math.floor((WIDTH - LEFT - 10) / (NODE_W + GAP_X));

/** Cuts text to a width in half-width units (CJK and other wide characters count two). */
export function cut(text: string, units: number): string {
  let used = 0;
  let out = "";
  for (const ch of text) {
    const w = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
      ch,
    )
      ? 2
      : 1;
    if (used + w > units) return `${out}…`;
    used += w;
    out += ch;
  }
  return out;
}

function compareKeys(a: readonly [string, string], b: readonly [string, string]): number {
  return compareStrings(a[0], b[0]) || compareStrings(a[1], b[1]);
}

function worse(a: Outcome | undefined, b: Outcome): Outcome {
  return a === undefined || OUTCOME_RANK[b] < OUTCOME_RANK[a] ? b : a;
}

/** Outcomes an element is coloured by (not-applicable says nothing about an edge). */
function colourOf(outcome: Outcome | undefined): string {
  return outcome === undefined || outcome === "not-applicable" ? "o-none" : `o-${outcome}`;
}

/** Builds the diagram of the systems and connections of `descriptions`, coloured by `findings`. */
export function buildDiagram(descriptions: readonly Description[], findings: readonly Finding[], locale: Locale): Diagram {
  const nodes = new Map<string, DiagramNode>();
  const add = (node: Omit<DiagramNode, "elementId" | "x" | "y">) => {
    if (!nodes.has(node.label)) nodes.set(node.label, { ...node, elementId: "", x: 0, y: 0 });
  };
  for (const id of EXTERNAL_ENDPOINT_IDS) {
    add({
      label: `external:${id}`,
      kind: "ext",
      band: OPEN_EXTERNALS.includes(id) ? "ext-open" : "ext-closed",
      name: EXTERNAL_ENDPOINTS[id][locale],
      sub: id,
      key: [String(EXTERNAL_ENDPOINT_IDS.indexOf(id)).padStart(2, "0"), ""],
    });
  }
  const systems = descriptions.flatMap((d) => d.systems).sort((a, b) => compareStrings(a.id, b.id));
  const systemById = new Map(systems.map((s) => [s.id, s]));
  for (const system of systems) {
    add({
      label: system.id,
      kind: "system",
      band: system.zone ?? "none",
      name: system.name,
      sub: system.id,
      key: [system.id, ""],
      system: system.id,
    });
    for (const group of system.terminalGroups ?? []) {
      const count = group.count === undefined ? "" : locale === "ja" ? ` ×${group.count}台` : ` ×${group.count}`;
      add({
        label: `${system.id}/${group.id}`,
        kind: "tg",
        band: group.zone ?? system.zone ?? "none",
        name: group.name,
        sub: `${system.id}/${group.id}${count}`,
        key: [system.id, group.id],
      });
    }
  }
  const connections = descriptions.flatMap((d) => d.connections ?? []).sort((a, b) => compareStrings(a.id, b.id));
  const endLabel = (ref: (typeof connections)[number]["from"]): string => {
    if ("external" in ref) return `external:${ref.external}`;
    if (ref.terminalGroup !== undefined) return `${ref.system}/${ref.terminalGroup}`;
    if (ref.server !== undefined) {
      const label = `${ref.system}/${ref.server}`;
      const system = systemById.get(ref.system);
      const server = system?.servers?.find((s) => s.id === ref.server);
      add({
        label,
        kind: "srv",
        band: server?.zone ?? system?.zone ?? "none",
        name: server?.id ?? ref.server,
        sub: label,
        key: [ref.system, `~${ref.server}`],
      });
      return label;
    }
    return ref.system;
  };
  const edges: DiagramEdge[] = [];
  const seenConnections = new Set<string>();
  for (const connection of connections) {
    if (seenConnections.has(connection.id)) continue;
    seenConnections.add(connection.id);
    edges.push({
      connection: connection.id,
      from: endLabel(connection.from),
      to: endLabel(connection.to),
      bidirectional: connection.direction === "bidirectional",
      elementId: "",
    });
  }

  // Outside networks nothing touches are left out (seventeenth review: a vendor network drawn with no
  // vendor connection sent a 課長 looking for one); the internet and the security cloud stay, as
  // the three-zone picture's frame, and any network a finding's path passes is kept.
  const used = new Set<string>(["external:public-internet", "external:security-cloud"]);
  for (const edge of edges) used.add(edge.from).add(edge.to);
  for (const finding of findings) for (const hop of finding.trace ?? []) used.add(hop.node);
  // (With no description at all, the outside networks alone are the picture: all of them stay.)
  if (descriptions.length > 0) for (const [label, node] of nodes) if (node.kind === "ext" && !used.has(label)) nodes.delete(label);

  // Layout: bands top to bottom, nodes row by row in key order.
  const bands: { id: BandId; y: number; height: number; members: DiagramNode[] }[] = [];
  let y = 0;
  let index = 0;
  for (const band of BAND_ORDER) {
    const members = [...nodes.values()].filter((n) => n.band === band).sort((a, b) => compareKeys(a.key, b.key));
    if ((band === "none" || band === "ext-open" || band === "ext-closed") && members.length === 0) continue;
    const rows = Math.max(1, Math.ceil(members.length / COLUMNS));
    const height = rows * (NODE_H + GAP_Y) + GAP_Y;
    members.forEach((node, i) => {
      node.elementId = `n${index++}`;
      node.x = LEFT + (i % COLUMNS) * (NODE_W + GAP_X);
      node.y = y + GAP_Y + Math.floor(i / COLUMNS) * (NODE_H + GAP_Y);
    });
    bands.push({ id: band, y, height, members });
    y += height;
  }
  const height = y;
  edges.forEach((edge, i) => {
    edge.elementId = `e${i}`;
  });
  const edgeByConnection = new Map(edges.map((e) => [e.connection, e]));

  // Colours: the worst outcome of the findings about a connection or passing along it, and of those about a system.
  const edgeOutcome = new Map<string, Outcome>();
  const nodeOutcome = new Map<string, Outcome>();
  for (const finding of findings) {
    if (finding.target.kind === "connection" && finding.target.id !== undefined) {
      edgeOutcome.set(finding.target.id, worse(edgeOutcome.get(finding.target.id), finding.outcome));
    }
    if (finding.target.kind === "system" && finding.target.id !== undefined && finding.outcome !== "not-applicable") {
      nodeOutcome.set(finding.target.id, worse(nodeOutcome.get(finding.target.id), finding.outcome));
    }
    for (const hop of finding.trace ?? []) {
      if (hop.connection !== undefined) edgeOutcome.set(hop.connection, worse(edgeOutcome.get(hop.connection), finding.outcome));
    }
  }

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="diagram-title">`,
    `<title id="diagram-title">${esc(locale === "ja" ? "ネットワーク構成図（三層の対策）" : "Network diagram (three-zone model)")}</title>`,
    "<defs>",
  );
  for (const outcome of ["fail", "needs-evidence", "waived", "pass", "none", "hl"]) {
    out.push(
      `<marker id="m-${outcome}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="mk o-${outcome}" d="M0 0L10 5L0 10z"/></marker>`,
    );
  }
  out.push("</defs>");
  for (const band of bands) {
    const label = BAND_LABELS[band.id];
    const zoneClass = band.id === "ext-open" || band.id === "ext-closed" ? "z-ext" : `z-${band.id}`;
    out.push(
      `<g class="band-group"><rect class="band ${zoneClass}" x="0" y="${band.y}" width="${WIDTH}" height="${band.height}"/>`,
      `<text class="band-label" x="12" y="${band.y + 26}">${esc(locale === "ja" ? label.ja : label.en)}</text>`,
      `<text class="band-sub" x="12" y="${band.y + 44}">${esc(locale === "ja" ? label.subJa : label.subEn)}</text>`,
    );
    if (band.members.length === 0) {
      out.push(`<text class="band-sub" x="${LEFT}" y="${band.y + GAP_Y + 24}">${esc(locale === "ja" ? "（なし）" : "(none)")}</text>`);
    }
    out.push("</g>");
  }
  out.push('<g class="edges">');
  for (const edge of edges) {
    const from = nodes.get(edge.from);
    const to = nodes.get(edge.to);
    if (from === undefined || to === undefined) continue;
    const colour = colourOf(edgeOutcome.get(edge.connection));
    const marker = colour.slice(2);
    const x1 = from.x + NODE_W / 2;
    const x2 = to.x + NODE_W / 2;
    let d: string;
    if (to.y > from.y) {
      const y1 = from.y + NODE_H;
      const y2 = to.y;
      const k = Math.min(90, Math.round((y2 - y1) / 2) + 10);
      d = `M${x1} ${y1}C${x1} ${y1 + k} ${x2} ${y2 - k} ${x2} ${y2}`;
    } else if (to.y < from.y) {
      const y1 = from.y;
      const y2 = to.y + NODE_H;
      const k = Math.min(90, Math.round((y1 - y2) / 2) + 10);
      d = `M${x1} ${y1}C${x1} ${y1 - k} ${x2} ${y2 + k} ${x2} ${y2}`;
    } else {
      const yy = from.y;
      const lift = Math.min(GAP_Y - 4, 12 + Math.round(Math.abs(x2 - x1) / 60));
      d = `M${x1} ${yy}C${x1} ${yy - lift} ${x2} ${yy - lift} ${x2} ${yy}`;
    }
    const arrow = locale === "ja" ? (edge.bidirectional ? " ⇄ " : " → ") : edge.bidirectional ? " <-> " : " -> ";
    // Ends by name, as the findings name them (seventeenth review: 「external:national-system」 read as code).
    const nameOf = (label: string) => nodes.get(label)?.name ?? label;
    out.push(
      `<path id="${edge.elementId}" class="edge ${colour}" d="${d}" marker-end="url(#m-${marker})"${edge.bidirectional ? ` marker-start="url(#m-${marker})"` : ""}><title>${esc(`${edge.connection}: ${nameOf(edge.from)}${arrow}${nameOf(edge.to)}`)}</title></path>`,
    );
  }
  out.push("</g>", '<g class="nodes">');
  for (const band of bands) {
    for (const node of band.members) {
      const colour = node.system === undefined ? "" : ` ${colourOf(nodeOutcome.get(node.system))}`;
      const rx = node.kind === "ext" ? 20 : node.kind === "tg" ? 10 : 3;
      out.push(
        `<g id="${node.elementId}" class="node ${node.kind}${colour}"><title>${esc(`${node.name} (${node.label})`)}</title>`,
        `<rect x="${node.x}" y="${node.y}" width="${NODE_W}" height="${NODE_H}" rx="${rx}"/>`,
        `<text class="name" x="${node.x + 8}" y="${node.y + 17}">${esc(cut(node.name, 26))}</text>`,
        `<text class="id" x="${node.x + 8}" y="${node.y + 33}">${esc(cut(node.sub, 30))}</text></g>`,
      );
    }
  }
  out.push('</g><g id="hops"></g></svg>');

  const nodeId = (label: string) => nodes.get(label)?.elementId;
  return {
    svg: out.join("\n"),
    pathOf(finding) {
      const ids: string[] = [];
      const push = (id: string | undefined) => {
        if (id !== undefined && id !== "" && ids[ids.length - 1] !== id) ids.push(id);
      };
      if (finding.trace !== undefined && finding.trace.length > 0) {
        for (const hop of finding.trace) {
          push(nodeId(hop.node));
          if (hop.connection !== undefined) push(edgeByConnection.get(hop.connection)?.elementId);
        }
        return ids;
      }
      const id = finding.target.id;
      if (id === undefined) return ids;
      if (finding.target.kind === "system") push(nodeId(id));
      if (finding.target.kind === "connection") {
        const edge = edgeByConnection.get(id);
        if (edge !== undefined) {
          push(nodeId(edge.from));
          push(edge.elementId);
          push(nodeId(edge.to));
        }
      }
      return ids;
    },
    zonesOf(finding) {
      const zones = new Set<Zone>();
      const addLabel = (label: string) => {
        const band = nodes.get(label)?.band;
        if (band === "mynumber" || band === "lgwan" || band === "internet") zones.add(band);
      };
      for (const hop of finding.trace ?? []) {
        if (hop.zone !== undefined) zones.add(hop.zone);
        else addLabel(hop.node);
      }
      const id = finding.target.id;
      if (id !== undefined && finding.target.kind === "system") addLabel(id);
      if (id !== undefined && finding.target.kind === "connection") {
        const edge = edgeByConnection.get(id);
        if (edge !== undefined) {
          addLabel(edge.from);
          addLabel(edge.to);
        }
      }
      return (["mynumber", "lgwan", "internet"] as const).filter((z) => zones.has(z));
    },
  };
}
