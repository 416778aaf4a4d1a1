/**
 * A finding cites the clauses it derives from, not every clause its check covers. The zone checks
 * span the three separations of 6(3): ① the My Number zone, ② the split between the LGWAN zone and
 * the internet (with the definitions 2(12) 通信経路の分割 and 2(13) 無害化通信), ③ the internet
 * zone's traffic through the security cloud. An auditor reading a finding about an internet-zone
 * PC that browses around the security cloud expects 6(3)③ alone, and about a PC wired into the My
 * Number and LGWAN zones 6(3)① alone: citing the others would claim breaches that are not there.
 */
import { describe, expect, it } from "vitest";
import { builtinChecks, defineCheck, evaluate, parseDescription } from "../../src/index.js";
import { hitoyoshiProfile } from "../../src/profiles/hitoyoshi.js";
import { description, internetSystem, lgwanSystem, mynumberSystem } from "../support/fixtures.js";

type Obj = Record<string, unknown>;

function findings(input: Obj, profile = hitoyoshiProfile, checks = builtinChecks) {
  const parsed = parseDescription(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  return evaluate(parsed.value, { profile, checks, results: "problems" }).results;
}

/** The clauses of the one finding of `checkId` with `messageId`. */
function clausesOf(input: Obj, checkId: string, messageId: string, profile = hitoyoshiProfile): readonly string[] {
  const hits = findings(input, profile).filter((f) => f.checkId === checkId && f.messageId === messageId);
  expect(hits.map((f) => f.path)).toHaveLength(1);
  return hits[0]?.clauses ?? [];
}

const group = (zone: string, internetAccess: string): Obj => ({
  id: "pc",
  name: "端末",
  zone,
  attachedZones: [zone],
  internetAccess,
});

describe("a finding cites the clauses of the separation it is about", () => {
  it("terminal-internet-access: ③ for the internet zone around the security cloud, ① for My Number, ② for LGWAN", () => {
    const internetPc = description([internetSystem({ terminalGroups: [group("internet", "direct")] })]);
    expect(clausesOf(internetPc, "terminal-internet-access", "bypassesSecurityCloud")).toEqual(["6(3)③"]);
    const mynumberPc = description([mynumberSystem({ terminalGroups: [group("mynumber", "direct")] })]);
    expect(clausesOf(mynumberPc, "terminal-internet-access", "accessNotPermitted")).toEqual(["6(3)①"]);
    const lgwanPc = description([lgwanSystem({ terminalGroups: [group("lgwan", "direct")] })]);
    expect(clausesOf(lgwanPc, "terminal-internet-access", "accessNotPermitted")).toEqual(["6(3)②", "2(12)", "2(13)"]);
  });

  it("no-bridging-hosts: ① for a PC in the My Number and LGWAN zones, ② for one in the LGWAN and internet zones", () => {
    const dual = (zones: string[]) =>
      description([lgwanSystem({ terminalGroups: [{ id: "pc", name: "端末", zone: "lgwan", attachedZones: zones }] })]);
    expect(clausesOf(dual(["lgwan", "mynumber"]), "no-bridging-hosts", "bridgingHost")).toEqual(["6(3)①"]);
    expect(clausesOf(dual(["lgwan", "internet"]), "no-bridging-hosts", "bridgingHost")).toEqual(["6(3)②"]);
  });

  it("wireless-lan and zone-hosting-consistent: the separation of the zone the terminals or the system are in", () => {
    // Personal-mode wireless LAN on My Number terminals weakens 6(3)①'s isolation, on LGWAN terminals ②'s; both are technical measures (6(6)).
    const wireless = (system: Obj) =>
      description([
        {
          ...system,
          terminalGroups: [{ id: "pc", name: "端末", wireless: { used: true, security: "wpa2-personal", deviceAuthentication: "psk" } }],
        },
      ]);
    expect(clausesOf(wireless(mynumberSystem()), "wireless-lan", "notEnterprise")).toEqual(["6(3)①", "6(6)"]);
    expect(clausesOf(wireless(lgwanSystem()), "wireless-lan", "notEnterprise")).toEqual(["6(3)②", "6(6)"]);
    // A general cloud service declared in the LGWAN zone: the zone's definition 2(10) and 6(3)②.
    const saas = description([lgwanSystem({ hosting: { kind: "cloud-service" } })]);
    expect(clausesOf(saas, "zone-hosting-consistent", "cloudServiceInZone")).toEqual(["2(10)", "6(3)②"]);
  });

  it("remote-maintenance-controlled and beta-preconditions: the line's zone, or the measure a precondition belongs to", () => {
    const maintained = description([
      mynumberSystem({
        remoteMaintenance: { used: true, line: "internet-vpn", perSessionApproval: false, mfa: true, logged: true },
      }),
    ]);
    expect(clausesOf(maintained, "remote-maintenance-controlled", "vpnIntoMyNumberZone")).toEqual(["6(3)①"]);
    expect(clausesOf(maintained, "remote-maintenance-controlled", "noSessionApproval")).toEqual(["6(6)", "6(8)"]);
    const beta = { ...hitoyoshiProfile, networkModel: "beta" as const };
    const noCsirt = description([lgwanSystem()], { municipality: { name: "人吉市", csirt: { established: false } } });
    expect(clausesOf(noCsirt, "beta-preconditions", "csirtMissing", beta)).toEqual(["6(3)", "6(1)"]);
  });

  it("zone-links-permitted: ③ for a vendor's link into the internet zone that bypasses the security cloud", () => {
    const vendorIn = description([internetSystem()], {
      connections: [
        {
          id: "vendor",
          from: { external: "vendor-network" },
          to: { system: "web-mail" },
          direction: "one-way",
          transport: "internet-vpn",
          via: [],
        },
      ],
    });
    const hits = findings(vendorIn).filter((f) => f.checkId === "zone-links-permitted" && f.outcome === "fail");
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) expect(f.clauses, f.messageId).toEqual(["6(3)③"]);
    // The same fact as internet-via-security-cloud's, in the policy's words: the same basis.
    expect(hits.find((f) => f.messageId === "bypassesSecurityCloud")?.basis).toBe("policy");
  });

  it("lgwan-internet-sanitised keeps its sanitisation clauses; a check of one clause is unchanged", () => {
    const unsanitised = description([internetSystem(), lgwanSystem()], {
      connections: [{ id: "in", from: { system: "web-mail" }, to: { system: "groupware" }, direction: "one-way", sanitisation: [] }],
    });
    expect(clausesOf(unsanitised, "lgwan-internet-sanitised", "notSanitised")).toEqual(["6(3)②", "2(12)", "2(13)"]);
    const direct = description([internetSystem(), mynumberSystem()], {
      connections: [{ id: "x", from: { system: "web-mail" }, to: { system: "juki" }, direction: "one-way" }],
    });
    expect(clausesOf(direct, "mynumber-connections-restricted", "denied")).toEqual(["6(3)①"]);
  });

  it("a custom check may name some of its clauses; clauses it does not cite are left out, and none left means all", () => {
    const check = defineCheck({
      meta: {
        id: "acme/two-clauses",
        area: "zones",
        title: { ja: "例", en: "Example" },
        clauses: ["6(3)①", "6(3)②"],
        threats: ["T1"],
        basis: "practice",
        severity: "low",
        target: "system",
        messages: { one: { ja: "例", en: "Example" } },
        remediation: { ja: "例", en: "Example" },
      },
      *evaluate(_system, ctx) {
        yield { ...ctx.fail("one"), clauses: ["6(3)②"] };
        yield { ...ctx.fail("one", ["name"]), clauses: ["6(3)②", "6(3)③"] };
        yield { ...ctx.fail("one", ["id"]), clauses: ["6(3)③"] };
      },
    });
    const own = findings(description([lgwanSystem()]), hitoyoshiProfile, [...builtinChecks, check]).filter(
      (f) => f.checkId === "acme/two-clauses",
    );
    expect(own.map((f) => [f.path, f.clauses])).toEqual([
      ["/systems/0", ["6(3)②"]],
      ["/systems/0/id", ["6(3)①", "6(3)②"]],
      ["/systems/0/name", ["6(3)②"]],
    ]);
  });
});

describe("a message may name the clauses its findings cite", () => {
  const twoClauses = (messageClauses: string[]) =>
    defineCheck({
      meta: {
        id: "acme/message-clauses",
        area: "organisation",
        title: { ja: "例", en: "Example" },
        clauses: ["6(1)", "7"],
        threats: ["T2"],
        basis: "practice",
        severity: "low",
        target: "system",
        messages: {
          organisation: { ja: "体制", en: "Organisation", clauses: messageClauses as never },
          both: { ja: "両方", en: "Both" },
        },
        remediation: { ja: "例", en: "Example" },
      },
      *evaluate(_system, ctx) {
        yield ctx.fail("organisation");
        yield ctx.fail("both", ["id"]);
      },
    });

  it("its findings cite those clauses, and the report's account of the check says so", () => {
    const parsed = parseDescription(description([lgwanSystem()]));
    if (!parsed.ok) throw new Error("invalid");
    const report = evaluate(parsed.value, { checks: [twoClauses(["6(1)"])], results: "problems" });
    expect(report.results.map((f) => [f.messageId, f.clauses])).toEqual([
      ["organisation", ["6(1)"]],
      ["both", ["6(1)", "7"]],
    ]);
    const messages = report.checks[0]?.messages ?? {};
    expect(messages.organisation?.clauses).toEqual(["6(1)"]);
    expect(messages.both && "clauses" in messages.both).toBe(false);
  });

  it("a custom check whose message names a clause the check does not list is refused, at that message", () => {
    const parsed = parseDescription(description([lgwanSystem()]));
    if (!parsed.ok) throw new Error("invalid");
    expect(() => evaluate(parsed.value, { checks: [twoClauses(["6(3)①"])] })).toThrow(
      expect.objectContaining({
        code: "invalid-checks",
        issues: [
          expect.objectContaining({
            message: expect.objectContaining({ en: expect.stringContaining("meta.messages.organisation.clauses.0") }),
          }),
        ],
      }),
    );
  });
});
