import { describe, expect, it } from "vitest";
import type { Connection } from "../model/connection.js";
import { NetworkModel } from "../model/network-model.js";
import { NATIONAL_SYSTEMS } from "../model/national-system.js";
import { FLOW_PLACES, FLOW_POLICY, type FlowPlace, flowContext, flowRule, type Hop, judgeLink } from "./flow-policy.js";

const connection = (extra: Partial<Connection> = {}): Connection => ({ id: "c", from: { system: "a" }, to: { system: "b" }, ...extra });

/** The cells of a model's table that differ from α, as `from→to: kind`. */
function differencesFromAlpha(model: NetworkModel): string[] {
  return FLOW_PLACES.flatMap((from) =>
    FLOW_PLACES.filter((to) => JSON.stringify(FLOW_POLICY[model][from][to]) !== JSON.stringify(FLOW_POLICY.alpha[from][to])).map(
      (to) =>
        `${from}→${to}: ${FLOW_POLICY[model][from][to].kind}${FLOW_POLICY[model][from][to].methods ? `(${FLOW_POLICY[model][from][to].methods?.join()})` : ""}`,
    ),
  );
}

describe("flow policy", () => {
  it("has a rule for every pair of places under every model", () => {
    for (const model of NetworkModel.options) {
      for (const from of FLOW_PLACES)
        for (const to of FLOW_PLACES) expect(FLOW_POLICY[model][from][to]?.kind, `${model} ${from}→${to}`).toBeTypeOf("string");
    }
  });

  it("encodes the §2.5 table under α", () => {
    expect(flowRule("alpha", "mynumber", "lgwan")?.kind).toBe("exception-only");
    expect(flowRule("alpha", "lgwan", "mynumber")?.kind).toBe("exception-only");
    expect(flowRule("alpha", "mynumber", "internet")?.kind).toBe("denied");
    expect(flowRule("alpha", "mynumber", "national-system")?.kind).toBe("exception-only");
    expect(flowRule("alpha", "lgwan", "internet")).toEqual({ kind: "sanitised-only", pushOutbound: true });
    expect(flowRule("alpha", "internet", "lgwan")?.kind).toBe("sanitised-only");
    expect(flowRule("alpha", "lgwan", "public-internet")?.kind).toBe("denied");
    expect(flowRule("alpha", "internet", "public-internet")?.kind).toBe("via-security-cloud");
    expect(flowRule("alpha", "lgwan", "lgwan-network")?.kind).toBe("allowed");
    expect(flowRule("alpha", "internet", "lgwan-network")?.kind).toBe("denied");
    expect(flowRule("alpha", undefined, "lgwan")).toBeUndefined();
  });

  it("differs between the models exactly where the guideline says", () => {
    expect(differencesFromAlpha("alpha")).toEqual([]);
    expect(differencesFromAlpha("alpha-prime")).toEqual(["lgwan→public-internet: allow-listed-breakout"]);
    expect(differencesFromAlpha("beta")).toEqual(["internet→lgwan: sanitised-only(screen-transfer)"]);
    expect(differencesFromAlpha("beta-prime")).toEqual(["internet→lgwan: sanitised-only(screen-transfer)"]);
  });

  it("judges links: ok, unknown when a fact is missing, violates otherwise", () => {
    const ctx = flowContext("alpha", NATIONAL_SYSTEMS, ["juki-net", "intermediate-server"]);
    const judge = (from: FlowPlace, to: FlowPlace, link: Partial<Connection> | undefined, extra: Partial<Hop> = {}, c = ctx) =>
      judgeLink({ from, to, link: link === undefined ? undefined : connection(link), forward: true, ...extra }, c);
    const reasons = (v: { problems: readonly { reason: string }[] }) => v.problems.map((p) => p.reason);
    const restricted: Partial<Connection> = { addressRestriction: { ip: true }, ports: [443], transport: "lgwan" };
    expect(judge("lgwan", "mynumber", {}).status).toBe("violates");
    expect(judge("lgwan", "mynumber", { approval: { reference: "r" } }).status).toBe("unknown");
    expect(judge("lgwan", "mynumber", { approval: { reference: "r" }, ...restricted }).status).toBe("ok");
    expect(reasons(judge("lgwan", "mynumber", { approval: { reference: "r" }, ...restricted, ports: ["any"] }))).toEqual(["any-port"]);
    // An approval never cures a denied cell, and an internet VPN counts as the internet.
    expect(reasons(judge("internet", "mynumber", { approval: { reference: "r" }, ...restricted }))).toEqual(["denied"]);
    expect(
      reasons(judge("vendor-network", "mynumber", { approval: { reference: "r" }, ...restricted, transport: "internet-vpn" })),
    ).toEqual(["over-internet"]);
    // National systems are recognised in Japanese; unknown names need evidence.
    expect(judge("mynumber", "national-system", restricted, { service: "中間サーバ" }).status).toBe("ok");
    expect(judge("mynumber", "national-system", restricted, { service: "住基ネットＣＳ" }).status).toBe("ok");
    expect(reasons(judge("mynumber", "national-system", restricted, { service: "謎のシステム" }))).toEqual(["national-unknown"]);
    // Sanitisation fits the protocol and the direction.
    const sanitised = (link: Partial<Connection>, extra: Partial<Hop> = {}) => reasons(judge("internet", "lgwan", link, extra));
    expect(sanitised({})).toEqual(["sanitisation-unknown"]);
    expect(sanitised({ sanitisation: [] })).toEqual(["not-sanitised"]);
    expect(sanitised({ sanitisation: ["attachment-removal"], protocols: ["smtp"] })).toEqual(["attachment-only"]);
    expect(sanitised({ sanitisation: ["mail-text-conversion", "attachment-removal"], protocols: ["smtp"] })).toEqual([]);
    // The body made text, the attachments not spoken of: asked.
    expect(sanitised({ sanitisation: ["mail-text-conversion"], protocols: ["smtp"] })).toEqual(["attachments-unknown"]);
    expect(sanitised({ sanitisation: ["mail-text-conversion"] })).toEqual(["attachments-unknown"]);
    // Protocols written other ways keep their kind (fifteenth review).
    expect(sanitised({ sanitisation: ["file-sanitisation"], protocols: ["ESMTPS"], ports: [2525] })).toEqual(["method-unfit"]);
    expect(sanitised({ sanitisation: ["file-sanitisation"], protocols: ["電子メール"] })).toEqual(["method-unfit"]);
    expect(sanitised({ sanitisation: ["screen-transfer"], protocols: ["SMB3"] })).toEqual(["method-unfit"]);
    expect(sanitised({ sanitisation: ["screen-transfer"], protocols: ["smb"] })).toEqual(["method-unfit"]);
    expect(reasons(judge("lgwan", "internet", { direction: "one-way", protocols: ["smtp"], ports: [25] }))).toEqual([]);
    expect(reasons(judge("lgwan", "internet", { direction: "one-way", protocols: ["https"] }))).toEqual(["sanitisation-unknown"]);
    const beta = flowContext("beta", NATIONAL_SYSTEMS, []);
    // Only terminals are held to screen transfer; files and mail between systems are judged as under α.
    const fromTerminals = (link: Partial<Connection>) => reasons(judge("internet", "lgwan", link, { fromTerminals: true }, beta));
    expect(fromTerminals({ sanitisation: ["file-sanitisation"] })).toEqual(["screen-transfer-required"]);
    expect(fromTerminals({ sanitisation: ["screen-transfer"], protocols: ["rdp"] })).toEqual([]);
    const betweenSystems = (link: Partial<Connection>) => reasons(judge("internet", "lgwan", link, { fromTerminals: false }, beta));
    expect(betweenSystems({ sanitisation: ["file-sanitisation"], protocols: ["smb"] })).toEqual([]);
    expect(betweenSystems({ sanitisation: ["mail-text-conversion"], protocols: ["smb"] })).toEqual(["method-unfit"]);
    expect(betweenSystems({ sanitisation: [] })).toEqual(["not-sanitised"]);
    expect(judge("internet", "public-internet", { via: [] }).status).toBe("violates");
    expect(judge("internet", "public-internet", { via: ["security-cloud"] }).status).toBe("ok");
    expect(judge("internet", "public-internet", { via: [] }, { providerIngress: true }).status).toBe("ok");
    const alphaPrime = flowContext("alpha-prime", NATIONAL_SYSTEMS, []);
    const breakout = (link: Partial<Connection>) => reasons(judge("lgwan", "public-internet", link, {}, alphaPrime));
    expect(breakout({ destinationAllowList: ["x.example.jp"], tenantRestriction: true })).toEqual(["breakout-unknown"]);
    expect(breakout({ destinationAllowList: ["*.sharepoint.com", "Microsoft 365"], tenantRestriction: true, logged: true })).toEqual([]);
    expect(breakout({ destinationAllowList: [], tenantRestriction: true, logged: true })).toEqual(["breakout-not-allow-listed"]);
    expect(breakout({ destinationAllowList: ["*"], tenantRestriction: true, logged: true })).toEqual(["breakout-wildcard"]);
    expect(breakout({ destinationAllowList: ["*.com"], tenantRestriction: true, logged: true })).toEqual(["breakout-wildcard"]);
    expect(breakout({ destinationAllowList: ["*.co.jp"], tenantRestriction: true, logged: true })).toEqual(["breakout-wildcard"]);
    // Thirty-second review: a word for "everything" is no allow-list; a service with a note or a CIDR block is one.
    expect(breakout({ destinationAllowList: ["すべて"], tenantRestriction: true, logged: true })).toEqual(["breakout-wildcard"]);
    expect(breakout({ destinationAllowList: ["ANY"], tenantRestriction: true, logged: true })).toEqual(["breakout-wildcard"]);
    expect(breakout({ destinationAllowList: ["0.0.0.0/0"], tenantRestriction: true, logged: true })).toEqual(["breakout-wildcard"]);
    expect(
      breakout({ destinationAllowList: ["Microsoft 365 (Exchange Online)", "52.96.0.0/14"], tenantRestriction: true, logged: true }),
    ).toEqual([]);
    expect(judge("lgwan", "internet", {}, { directionAssumed: true, forward: false }).status).toBe("unknown");
    expect(reasons(judgeLink({ from: undefined, to: "lgwan", link: undefined, forward: true }, ctx))).toEqual(["zone-unknown"]);
  });
});
