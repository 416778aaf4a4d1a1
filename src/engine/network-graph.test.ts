import { describe, expect, it } from "vitest";
import { description, internetSystem, lgwanSystem, mynumberSystem } from "../../test/support/fixtures.js";
import check from "../checks/zones/mynumber-path-from-internet.js";
import type { Description } from "../model/description.js";
import { indexDescription } from "./description-index.js";
import { evaluate } from "../builtin.js";
import { buildNetworkGraph, traverse } from "./network-graph.js";
import { parseDescription } from "../input/parse-description.js";

function parse(input: unknown): Description {
  const parsed = parseDescription(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

describe("network graph", () => {
  it("has one arc per direction, marks assumed reverse arcs and keeps self-loops and duplicates", () => {
    const graph = buildNetworkGraph(
      parse(
        description([lgwanSystem(), internetSystem()], {
          connections: [
            { id: "one", from: { system: "web-mail" }, to: { system: "groupware" }, direction: "one-way" },
            { id: "both", from: { system: "web-mail" }, to: { system: "groupware" }, direction: "bidirectional" },
            { id: "unstated", from: { system: "web-mail" }, to: { external: "public-internet" } },
            { id: "loop", from: { system: "groupware" }, to: { system: "groupware" }, direction: "one-way" },
          ],
        }),
      ),
    );
    expect(
      graph.arcs.map(
        (a) => `${a.connection?.id}:${graph.nodes[a.from]?.label}>${graph.nodes[a.to]?.label}${a.directionAssumed ? "?" : ""}`,
      ),
    ).toEqual([
      // Canonical order: by the labels of the ends, then the connection id.
      "unstated:external:public-internet>web-mail?",
      "loop:groupware>groupware",
      "both:groupware>web-mail",
      "unstated:web-mail>external:public-internet",
      "both:web-mail>groupware",
      "one:web-mail>groupware",
    ]);
    expect(graph.outArcs(graph.systemNodes[1]!)).toHaveLength(3);
    expect(graph.inArcs(graph.externalNodes["public-internet"])).toHaveLength(1);
  });

  it("adds terminal groups and servers that connections name; a part in another zone uses its system over a link of its own", () => {
    const system = lgwanSystem({
      servers: [{ id: "ap", name: "AP" }],
      terminalGroups: [{ id: "pc", name: "端末", zone: "internet" }],
    });
    const graph = buildNetworkGraph(
      parse(
        description([system, mynumberSystem()], {
          connections: [
            { id: "a", from: { system: "groupware", server: "ap" }, to: { system: "juki" }, direction: "one-way" },
            { id: "b", from: { system: "groupware", terminalGroup: "pc" }, to: { external: "security-cloud" }, direction: "one-way" },
          ],
        }),
      ),
    );
    const labels = graph.nodes.map((n) => `${n.label}@${n.zone ?? "-"}`);
    expect(labels).toContain("groupware/ap@lgwan");
    expect(labels).toContain("groupware/pc@internet");
    const internal = graph.arcs
      .filter((a) => a.connection === undefined)
      .map((a) => `${a.kind}:${graph.nodes[a.from]?.label}>${graph.nodes[a.to]?.label}`);
    expect(internal).toEqual([
      "part:groupware>groupware/ap",
      "part-use:groupware>groupware/pc",
      "part:groupware/ap>groupware",
      "part-use:groupware/pc>groupware",
    ]);
  });

  it("is built lazily and once per index", () => {
    const index = indexDescription(parse(description([lgwanSystem()])));
    expect(index.graph).toBe(index.graph);
  });

  it("traverses from many sources in time linear in the graph", () => {
    const n = 20_000;
    const systems = Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `s${i}`, zone: "lgwan" }));
    const connections = systems
      .slice(1)
      .map((s, i) => ({ id: `c${i}`, from: { system: `s${i}` }, to: { system: s.id }, direction: "one-way" }));
    const graph = buildNetworkGraph(parse({ systems, connections }));
    let steps = 0;
    const result = traverse(graph, {
      direction: "forward",
      states: 3,
      sources: graph.systemNodes.map((node) => ({ node, state: 0 })),
      step: (_arc, _id, state) => {
        steps++;
        return Math.min(state + 1, 2);
      },
    });
    // Every node is a source, yet each arc is crossed at most once per state.
    expect(steps).toBeLessThanOrEqual(graph.arcs.length * 3);
    expect(result.path(graph.systemNodes[n - 1]!, 2).length).toBe(2);
  });
});

describe("path findings", () => {
  it("trace the path hop by hop and mark the hop that must change", () => {
    const input = description([internetSystem(), lgwanSystem(), lgwanSystem({ id: "finance", name: "財務" }), mynumberSystem()], {
      connections: [
        {
          id: "mail-in",
          from: { system: "web-mail" },
          to: { system: "groupware" },
          direction: "one-way",
          sanitisation: [],
        },
        { id: "gw-fin", from: { system: "groupware" }, to: { system: "finance" }, direction: "one-way" },
        { id: "to-juki", from: { system: "finance" }, to: { system: "juki" }, direction: "one-way" },
      ],
    });
    const report = evaluate(parse(input), { checks: [check] });
    const finding = report.results.find((f) => f.outcome === "fail");
    // Both failing hops are marked; the message names the first. (A path failing only at its hop into
    // the zone is that link's finding alone: see the check's table.)
    expect(finding?.trace).toEqual([
      { node: "web-mail", zone: "internet", connection: "mail-in", mustChange: true },
      { node: "groupware", zone: "lgwan", connection: "gw-fin" },
      { node: "finance", zone: "lgwan", connection: "to-juki", mustChange: true },
      { node: "juki", zone: "mynumber" },
    ]);
    expect(finding?.message.en).toContain("web-mail → groupware → finance → juki");
    expect(finding?.message.en).toContain("change hop web-mail → groupware (connection mail-in");
  });
});
