/**
 * Derived from the flow table: for every cell of every network model, a single link between two
 * places and a three-hop path whose only crossing is that same link get the same verdict from the
 * zone checks. A direct link and a path are judged by one function, so they can never disagree.
 */
import { describe, expect, it } from "vitest";
import { builtinChecks } from "../../src/checks/index.js";
import { evaluate } from "../../src/builtin.js";
import { parseDescription } from "../../src/input/parse-description.js";
import { EXTERNAL_ENDPOINT_IDS } from "../../src/model/endpoint.js";
import { NetworkModel } from "../../src/model/network-model.js";
import { ZONE_IDS } from "../../src/model/zone.js";
import { FLOW_PLACES, type FlowPlace } from "../../src/policy/flow-policy.js";
import { hitoyoshiProfile } from "../../src/profiles/hitoyoshi.js";
import { APPROVING_MUNICIPALITY } from "../support/fixtures.js";

const zoneChecks = builtinChecks.filter((check) => check.meta.area === "zones");
const isZone = (place: FlowPlace) => (ZONE_IDS as readonly string[]).includes(place);
// Government Cloud is judged per segment, which takes its zone's place: a zone cell covers it.
const places = FLOW_PLACES.filter((place) => place !== "government-cloud");

const approval = { reference: "情政第1号", approvedBy: "CISO", approvedOn: "2026-01-10" };
/**
 * Facts of the crossing link: none, all a rule could ask for, all violating, compliant but over an
 * internet VPN, and compliant but passing through the security cloud. The security cloud stands on
 * the internet side: the compliant link lists it only where it reaches the internet (see network()).
 */
const VARIANTS: Record<string, Record<string, unknown>> = {
  bare: {},
  compliant: {
    transport: "lan",
    approval,
    addressRestriction: { ip: true, mac: true },
    ports: [443],
    sanitisation: ["mail-text-conversion", "file-sanitisation", "screen-transfer"],
    destinationAllowList: ["*.sharepoint.com"],
    tenantRestriction: true,
    logged: true,
  },
  violating: {
    transport: "lan",
    addressRestriction: { ip: false, mac: false },
    ports: ["any"],
    sanitisation: [],
    via: [],
    destinationAllowList: [],
    tenantRestriction: false,
    logged: false,
  },
  overInternet: {
    transport: "internet-vpn",
    approval,
    addressRestriction: { ip: true },
    ports: [443],
    sanitisation: ["file-sanitisation"],
  },
  throughSecurityCloud: {
    transport: "closed-line",
    approval,
    addressRestriction: { ip: true },
    ports: [443],
    sanitisation: ["file-sanitisation"],
    via: ["security-cloud"],
  },
};

function system(id: string, zone: string) {
  return { id, name: id, zone, hosting: { kind: "on-premises" }, terminalGroups: [] };
}
function end(place: FlowPlace, id: string) {
  if (isZone(place)) return { system: id };
  return place === "national-system" ? { external: place, service: "juki-net" } : { external: place };
}
const inside = (id: string, from: string, to: string) => ({
  id,
  from: { system: from },
  to: { system: to },
  direction: "one-way",
  transport: "lan",
});

/** The single link, or the same link with hops inside its zones before and after it (three hops in all). */
function network(from: FlowPlace, to: FlowPlace, facts: Record<string, unknown>, long: boolean) {
  const systems: ReturnType<typeof system>[] = [];
  const connections: Record<string, unknown>[] = [];
  const before = long && isZone(from) ? (isZone(to) ? 1 : 2) : 0;
  const after = long ? 2 - before : 0;
  if (isZone(from)) systems.push(system("a", from));
  if (isZone(to)) systems.push(system("b", to));
  for (let i = before; i > 0; i--) {
    systems.push(system(`a${i}`, from));
    connections.push(inside(`a${i}-in`, `a${i}`, i === 1 ? "a" : `a${i - 1}`));
  }
  // Traffic with the internet passes the security cloud: the compliant link says so.
  const toInternet = from === "public-internet" || to === "public-internet";
  const via = facts === VARIANTS.compliant && toInternet ? { via: ["security-cloud"] } : {};
  connections.push({ id: "crossing", from: end(from, "a"), to: end(to, "b"), direction: "one-way", ...facts, ...via });
  for (let i = 1; i <= after; i++) {
    systems.push(system(`b${i}`, to));
    connections.push(inside(`b${i}-in`, i === 1 ? "b" : `b${i - 1}`, `b${i}`));
  }
  return { evaluationDate: "2026-04-01", municipality: APPROVING_MUNICIPALITY, systems, connections };
}

const RANK = { fail: 2, "needs-evidence": 1 } as const;

/** The verdict of the zone checks on the links: fail, needs-evidence or pass. */
function verdict(input: unknown, model: NetworkModel): string {
  const parsed = parseDescription(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  const report = evaluate(parsed.value, { profile: { ...hitoyoshiProfile, networkModel: model }, checks: zoneChecks, results: "problems" });
  let worst = 0;
  for (const finding of report.results) {
    if (!finding.path.startsWith("/connections")) continue;
    worst = Math.max(worst, RANK[finding.outcome as keyof typeof RANK] ?? 0);
  }
  return ["pass", "needs-evidence", "fail"][worst] as string;
}

describe("every cell of the flow table: a direct link and a three-hop path agree", () => {
  for (const model of NetworkModel.options) {
    it(`under ${model}`, { timeout: 60_000 }, () => {
      const disagreements: string[] = [];
      let judged = 0;
      for (const from of places) {
        for (const to of places) {
          if (!isZone(from) && !isZone(to)) continue; // outside the municipality
          if (!isZone(to) && (EXTERNAL_ENDPOINT_IDS as readonly string[]).includes(to) && !isZone(from)) continue;
          for (const [name, facts] of Object.entries(VARIANTS)) {
            const single = verdict(network(from, to, facts, false), model);
            const path = verdict(network(from, to, facts, true), model);
            judged++;
            if (single !== path) disagreements.push(`${from}→${to} (${name}): single link ${single}, three hops ${path}`);
          }
        }
      }
      expect(judged).toBeGreaterThan(100);
      expect(disagreements).toEqual([]);
    });
  }

  it("judges the cells the auditor named as the table says", () => {
    const v = (from: FlowPlace, to: FlowPlace, variant: string, model: NetworkModel = "alpha") =>
      verdict(network(from, to, VARIANTS[variant]!, false), model);
    // An approval never cures a denied cell.
    expect(v("internet", "mynumber", "compliant")).toBe("fail");
    // An internet VPN counts as the internet.
    expect(v("vendor-network", "mynumber", "overInternet")).toBe("fail");
    expect(v("vendor-network", "lgwan", "overInternet")).toBe("fail");
    expect(v("vendor-network", "mynumber", "compliant")).toBe("pass");
    // A closed line that passes through the security cloud has reached the internet side.
    expect(v("vendor-network", "mynumber", "throughSecurityCloud")).toBe("fail");
    expect(v("mynumber", "national-system", "throughSecurityCloud")).toBe("fail");
    expect(v("lgwan", "vendor-network", "throughSecurityCloud")).toBe("fail");
    expect(v("internet", "vendor-network", "throughSecurityCloud")).toBe("pass");
    expect(v("lgwan", "security-cloud", "compliant")).toBe("fail");
    expect(v("lgwan", "public-internet", "compliant", "alpha-prime")).toBe("pass");
    expect(v("lgwan", "public-internet", "compliant")).toBe("fail");
  });
});
