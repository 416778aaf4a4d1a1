/**
 * The promise of the zone checks, checked against an independent oracle: for generated networks
 * whose facts are all stated, when the zone checks report no `fail`, a brute-force search written
 * here finds no route from the public internet into a My Number node that takes a hop the flow
 * table does not allow (an allowed cell, or a rule whose conditions the hop meets).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/builtin.js";
import { parseDescription } from "../../src/input/parse-description.js";
import { NetworkModel } from "../../src/model/network-model.js";
import { FLOW_POLICY } from "../../src/policy/flow-policy.js";
import { hitoyoshiProfile } from "../../src/profiles/hitoyoshi.js";

type Place = keyof (typeof FLOW_POLICY)["alpha"];
const ZONES = ["mynumber", "lgwan", "internet"] as const;
const EXTERNALS = ["public-internet", "lgwan-network", "security-cloud", "national-system", "vendor-network"] as const;
const INTERNET_TRANSPORTS = new Set(["internet", "internet-vpn"]);

interface Link {
  transport: string;
  direction: "one-way" | "bidirectional";
  approval?: { reference: string };
  addressRestriction: { ip: boolean; mac: boolean };
  ports: (number | "any")[];
  sanitisation: string[];
  via: string[];
  destinationAllowList: string[];
  tenantRestriction: boolean;
  logged: boolean;
}

const linkFacts = fc.record({
  transport: fc.constantFrom("lan", "lgwan", "closed-line", "internet-vpn", "internet"),
  direction: fc.constantFrom("one-way" as const, "bidirectional" as const),
  approved: fc.boolean(),
  addressRestriction: fc.record({ ip: fc.boolean(), mac: fc.boolean() }),
  ports: fc.constantFrom([443], ["any" as const], [22, 443]),
  sanitisation: fc.constantFrom([], ["attachment-removal"], ["file-sanitisation"], ["screen-transfer"], ["mail-text-conversion"]),
  via: fc.constantFrom([], ["security-cloud"]),
  destinationAllowList: fc.constantFrom([], ["*"], ["*.sharepoint.com"]),
  tenantRestriction: fc.boolean(),
  logged: fc.boolean(),
});

const network = fc
  .record({
    zones: fc.array(fc.constantFrom(...ZONES), { minLength: 2, maxLength: 5 }),
    access: fc.array(fc.constantFrom("none", "screen-transfer", "security-cloud", "direct"), { minLength: 5, maxLength: 5 }),
    links: fc.array(fc.record({ from: fc.nat(9), to: fc.nat(9), facts: linkFacts }), { maxLength: 8 }),
  })
  .map(({ zones, access, links }) => {
    const ends = [...zones.map((_, i) => ({ system: `s${i}` })), ...EXTERNALS.map((external) => ({ external }))];
    const end = (n: number) => {
      const e = ends[n % ends.length]!;
      return "external" in e && e.external === "national-system" ? { external: e.external, service: "juki-net" } : e;
    };
    return {
      evaluationDate: "2026-04-01",
      systems: zones.map((zone, i) => ({
        id: `s${i}`,
        name: `s${i}`,
        zone,
        hosting: { kind: "on-premises" },
        terminalGroups: [{ id: "pc", name: "端末", internetAccess: access[i] }],
      })),
      connections: links
        .map(({ from, to, facts: { approved, ...facts } }, i) => ({
          id: `c${i}`,
          from: end(from),
          to: end(to),
          ...facts,
          ...(approved ? { approval: { reference: `r${i}` } } : {}),
        }))
        .filter((c) => !("external" in c.from && "external" in c.to)),
    };
  });

/** The oracle's own reading of a hop against the table: does it meet its cell's rule? */
function hopOk(model: NetworkModel, from: Place, to: Place, link: Link, service: string | undefined): boolean {
  const rule = FLOW_POLICY[model][from][to];
  switch (rule.kind) {
    case "allowed":
      return true;
    case "denied":
      return false;
    case "exception-only":
      return (
        !INTERNET_TRANSPORTS.has(link.transport) &&
        (link.approval !== undefined || service === "juki-net") &&
        (link.addressRestriction.ip || link.addressRestriction.mac) &&
        link.ports.length > 0 &&
        !link.ports.includes("any")
      );
    case "sanitised-only": {
      const methods = link.sanitisation.filter((m) => m !== "attachment-removal");
      return methods.length > 0 && (rule.methods === undefined || methods.some((m) => (rule.methods as readonly string[]).includes(m)));
    }
    case "via-security-cloud":
      return from === "security-cloud" || to === "security-cloud" || link.via.includes("security-cloud");
    case "allow-listed-breakout":
      return link.destinationAllowList.length > 0 && !link.destinationAllowList.includes("*") && link.tenantRestriction && link.logged;
  }
}

/** Brute force: is a My Number node reachable from the public internet over a route with a hop that breaks its rule? */
interface End {
  readonly system?: string;
  readonly external?: Place;
  readonly service?: string;
}
interface Network {
  readonly systems: readonly { id: string; zone: Place; terminalGroups: readonly { internetAccess: string }[] }[];
  readonly connections: readonly (Link & { from: End; to: End })[];
}

function badRouteIntoMyNumber(model: NetworkModel, input: Network): boolean {
  const zoneOf = new Map<string, Place>(input.systems.map((s) => [s.id, s.zone]));
  const place = (end: { system?: string; external?: Place }): Place =>
    end.system !== undefined ? (zoneOf.get(end.system) as Place) : (end.external as Place);
  const name = (end: { system?: string; external?: string }) => end.system ?? `x:${end.external}`;
  const arcs: { from: string; to: string; ok: boolean }[] = [];
  const arc = (a: string, b: string, ok: boolean) => arcs.push({ from: a, to: b, ok });
  for (const c of input.connections) {
    const link: Link = c;
    const service = c.from.service ?? c.to.service;
    const pairs: [End, End][] = [[c.from, c.to]];
    if (c.direction === "bidirectional") pairs.push([c.to, c.from]);
    for (const [a, b] of pairs) {
      const over = INTERNET_TRANSPORTS.has(link.transport) && place(a) !== "public-internet" && place(b) !== "public-internet";
      if (over) {
        // What crosses the internet is reachable from it.
        arc("x:public-internet", name(b), hopOk(model, "public-internet", place(b), link, service));
        arc(name(a), "x:public-internet", hopOk(model, place(a), "public-internet", link, service));
        const cell = FLOW_POLICY[model][place(a)][place(b)].kind;
        const halvesOk =
          hopOk(model, place(a), "public-internet", link, service) && hopOk(model, "public-internet", place(b), link, service);
        arc(name(a), name(b), halvesOk && (cell === "allowed" || cell === "via-security-cloud"));
      } else arc(name(a), name(b), hopOk(model, place(a), place(b), link, service));
    }
  }
  const bare: Link = {
    transport: "lan",
    direction: "one-way",
    addressRestriction: { ip: false, mac: false },
    ports: [],
    sanitisation: [],
    via: [],
    destinationAllowList: [],
    tenantRestriction: false,
    logged: false,
  };
  for (const s of input.systems) {
    const access = s.terminalGroups[0]?.internetAccess;
    if (access === "direct") arc("x:public-internet", s.id, hopOk(model, "public-internet", s.zone, bare, undefined));
    if (access === "security-cloud") arc("x:security-cloud", s.id, hopOk(model, "security-cloud", s.zone, bare, undefined));
  }
  // Outside the municipality every external network reaches every other.
  for (const a of EXTERNALS) for (const b of EXTERNALS) if (a !== b) arc(`x:${a}`, `x:${b}`, true);
  // States: (node, a bad hop taken so far).
  const seen = new Set<string>();
  const queue: [string, boolean][] = [["x:public-internet", false]];
  while (queue.length > 0) {
    const [node, bad] = queue.shift()!;
    const key = `${node}|${bad}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (bad && zoneOf.get(node) === "mynumber") return true;
    for (const a of arcs) if (a.from === node) queue.push([a.to, bad || !a.ok]);
  }
  return false;
}

describe("the zone checks against a brute-force oracle", () => {
  for (const model of NetworkModel.options) {
    it(`under ${model}: no zone fail means no bad route from the internet into the My Number zone`, { timeout: 120_000 }, () => {
      let bad = 0;
      fc.assert(
        fc.property(network, (input) => {
          const parsed = parseDescription(input);
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
          const report = evaluate(parsed.value, { profile: { ...hitoyoshiProfile, networkModel: model }, results: "problems" });
          const zoneFail = report.results.some((r) => r.area === "zones" && r.outcome === "fail");
          if (badRouteIntoMyNumber(model, input as unknown as Network)) {
            bad++;
            expect(zoneFail, JSON.stringify(input)).toBe(true);
          }
        }),
        { numRuns: 150, seed: 20261205 },
      );
      // The generator does reach the interesting case.
      expect(bad).toBeGreaterThan(10);
    });
  }
});
