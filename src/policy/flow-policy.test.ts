import { describe, expect, it } from "vitest";
import type { Connection } from "../model/connection.js";
import { NetworkModel } from "../model/network-model.js";
import { FLOW_PLACES, FLOW_POLICY, flowRule, judgeHop } from "./flow-policy.js";

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
    expect(flowRule("alpha", "lgwan", "internet")?.kind).toBe("sanitised-only");
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

  it("judges hops: ok, unknown when a fact is missing, violates otherwise", () => {
    const approved = ["juki-net"];
    const exception = flowRule("alpha", "lgwan", "mynumber");
    expect(judgeHop(exception, connection(), approved)).toBe("violates");
    expect(judgeHop(exception, connection({ approval: { reference: "r" } }), approved)).toBe("unknown");
    expect(
      judgeHop(exception, connection({ approval: { reference: "r" }, addressRestriction: { ip: true }, ports: [443] }), approved),
    ).toBe("ok");
    expect(
      judgeHop(exception, connection({ approval: { reference: "r" }, addressRestriction: { ip: true }, ports: ["any"] }), approved),
    ).toBe("violates");
    expect(judgeHop(exception, connection({ to: { external: "national-system", service: "Juki-Net" } }), approved)).toBe("ok");
    const sanitised = flowRule("beta", "internet", "lgwan");
    expect(judgeHop(sanitised, connection(), approved)).toBe("unknown");
    expect(judgeHop(sanitised, connection({ sanitisation: ["file-sanitisation"] }), approved)).toBe("violates");
    expect(judgeHop(sanitised, connection({ sanitisation: ["screen-transfer"] }), approved)).toBe("ok");
    const cloud = flowRule("alpha", "internet", "public-internet");
    expect(judgeHop(cloud, connection({ via: [] }), approved)).toBe("violates");
    expect(judgeHop(cloud, connection({ via: ["security-cloud"] }), approved)).toBe("ok");
    const breakout = flowRule("alpha-prime", "lgwan", "public-internet");
    expect(judgeHop(breakout, connection({ destinationAllowList: ["x"], tenantRestriction: true }), approved)).toBe("unknown");
    expect(judgeHop(breakout, connection({ destinationAllowList: ["x"], tenantRestriction: true, logged: true }), approved)).toBe("ok");
    expect(judgeHop(breakout, connection({ destinationAllowList: [], tenantRestriction: true, logged: true }), approved)).toBe("violates");
    expect(judgeHop(undefined, connection(), approved)).toBe("unknown");
  });
});
