import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { builtinChecks, compareFindings, defineCheck, evaluate, parseDescription } from "../src/index.js";
import { loadProfileFile } from "../src/io/profile-file.js";
import { summarise } from "../src/engine/evaluate.js";
import { departmentNamed } from "./support/custom-check.js";

const read = (path: string) => {
  const parsed = parseDescription(parse(readFileSync(new URL(path, import.meta.url), "utf8")));
  if (!parsed.ok) throw new Error(`${path} is invalid`);
  return parsed.value;
};
const example = (file: string) => read(`../examples/${file}`);

/** Reports one check per system with two findings in reverse report order (`/b` before `/a`). */
const unordered = defineCheck({
  meta: {
    ...departmentNamed.meta,
    id: "acme/unordered",
    messages: { second: { ja: "二つ目 {{id}}", en: "Second {{id}}" }, first: { ja: "一つ目 {{id}}", en: "First {{id}}" } },
  },
  *evaluate(system, ctx) {
    yield ctx.fail("second", ["b"], { id: system.id });
    yield ctx.needsEvidence("first", ["a"], { id: system.id });
  },
});

describe("evaluate's results option", () => {
  for (const file of ["delivery-spec.yaml", "inventory.yaml"]) {
    it(`lists only problems but counts everything the same (${file})`, () => {
      const description = example(file);
      const all = evaluate(description);
      const problems = evaluate(description, { results: "problems" });
      expect(problems.summary).toEqual(all.summary);
      expect(problems.results).toEqual(
        all.results.filter((r) => r.outcome === "fail" || r.outcome === "needs-evidence" || r.outcome === "waived"),
      );
      expect(all.results.some((r) => r.outcome === "pass")).toBe(true);
    });
  }

  it("freezes what results share, so one report cannot change another", () => {
    const description = example("delivery-spec.yaml");
    const first = evaluate(description);
    const text = JSON.stringify(evaluate(description));
    const pass = first.results.find((r) => r.outcome === "pass");
    expect(pass).toBeDefined();
    expect(() => {
      (pass!.clauses as string[]).push("1");
    }).toThrow(TypeError);
    expect(() => {
      pass!.message.ja = "changed";
    }).toThrow(TypeError);
    expect(JSON.stringify(evaluate(description))).toBe(text);
  });

  it("shares frozen not-applicable data and remediation between results", () => {
    const report = evaluate(example("delivery-spec.yaml"));
    const notApplicable = report.results.filter((r) => r.outcome === "not-applicable" && r.data !== undefined);
    const failing = report.results.find((r) => r.remediation !== undefined);
    expect(notApplicable.length).toBeGreaterThan(0);
    expect(failing).toBeDefined();
    expect(() => {
      (notApplicable[0]!.data as Record<string, unknown>).reason = "changed";
    }).toThrow(TypeError);
    expect(() => {
      failing!.remediation!.ja = "changed";
    }).toThrow(TypeError);
  });
});

// The engine counts the summary per check as it goes and sorts only the findings of one target,
// since results come out in report order otherwise: both must agree with the plain way.
describe("evaluate's summary and order", () => {
  const inputs = {
    "delivery-spec": () => ({ description: example("delivery-spec.yaml"), options: {} }),
    // Has a waiver in force: a waived result is counted as waived, not as the failure it replaces.
    "audit-ok-small-town-alpha": () => ({
      description: read("./fixtures/realistic/audit-ok-small-town-alpha.yaml"),
      options: {
        profile: loadProfileFile(new URL("./fixtures/realistic/audit-ok-small-town-alpha.profile.yaml", import.meta.url).pathname),
      },
    }),
    "a check reporting out of order": () => ({
      description: example("inventory.yaml"),
      options: { checks: [...builtinChecks, unordered] },
    }),
  };
  for (const [name, input] of Object.entries(inputs)) {
    it(`counts what a recount of the listed results gives, and lists them in report order (${name})`, () => {
      const { description, options } = input();
      const report = evaluate(description, options);
      expect(report.summary).toEqual(summarise(report.results));
      expect(report.results).toEqual([...report.results].sort(compareFindings));
    });
  }

  it("sorts a target's findings when a check reports them out of order", () => {
    const report = evaluate(example("inventory.yaml"), { checks: [unordered] });
    const first = report.results.filter((r) => r.target.path === "/systems/0");
    expect(first.map((r) => r.path)).toEqual(["/systems/0/a", "/systems/0/b"]);
    expect(report.summary.byOutcome.waived).toBe(0);
  });

  it("counts a waived result once, as waived", () => {
    const { description, options } = inputs["audit-ok-small-town-alpha"]();
    const report = evaluate(description, options);
    expect(report.summary.byOutcome.waived).toBeGreaterThan(0);
    expect(report.summary.total).toBe(report.results.length);
  });
});

describe("the targets of results", () => {
  it("carry the name the description gives a system, a vendor or a cloud service, and none for a connection", () => {
    const description = example("inventory.yaml");
    const report = evaluate(description, { evaluationDate: "2026-04-01" });
    const first = (kind: string) => report.results.find((r) => r.target.kind === kind)?.target;
    const system = first("system");
    expect(system?.name).toBe(description.systems.find((s) => s.id === system?.id)?.name);
    expect(system?.name).toBeDefined();
    const vendor = first("vendor");
    expect(vendor?.name).toBeDefined();
    expect(vendor?.name).toBe(description.vendors?.find((v) => v.id === vendor?.id)?.name);
    expect(first("connection")).not.toHaveProperty("name");
  });
});
