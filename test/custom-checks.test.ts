import { describe, expect, it } from "vitest";
import { builtinChecks, defineCheck, evaluate, parseDescription, SecpolicyError } from "../src/index.js";
import type { AnyCheck } from "../src/index.js";
import { checkTester } from "../src/vitest/index.js";
import { departmentNamed } from "./support/custom-check.js";
import { description, mynumberSystem } from "./support/fixtures.js";

function parsed(input: unknown) {
  const result = parseDescription(input);
  if (!result.ok) throw new Error("fixture invalid");
  return result.value;
}

/** The issues of the SecpolicyError that evaluating with these checks throws. */
function checkIssues(checks: readonly AnyCheck[]): { code: string; pointer: string; en: string }[] {
  try {
    evaluate(parsed(description([mynumberSystem()])), { checks });
  } catch (error) {
    if (!(error instanceof SecpolicyError)) throw error;
    expect(error.code).toBe("invalid-checks");
    return error.issues.map((i) => ({ code: i.code, pointer: i.pointer, en: i.message.en }));
  }
  throw new Error("evaluate accepted the checks");
}

const noDepartment = description([mynumberSystem({ department: undefined })]);

describe("custom checks", () => {
  it("run beside the built-in checks with the same report shape", () => {
    const report = evaluate(parsed(noDepartment), { checks: [...builtinChecks, departmentNamed] });
    const own = report.results.filter((f) => f.checkId === "acme/department-named");
    expect(own).toEqual([
      expect.objectContaining({
        outcome: "fail",
        severity: "low",
        basis: "practice",
        messageId: "missing",
        path: "/systems/0",
        clauses: ["6(1)"],
        message: {
          ja: "システム juki の所管課が記載されていない（推奨される運用）",
          en: "System juki names no department (recommended practice)",
        },
      }),
    ]);
    expect(report.results.some((f) => f.checkId === "zone-declared")).toBe(true);
  });

  it("take their severity and enablement from the profile like built-in checks", async () => {
    const { hitoyoshiProfile } = await import("../src/index.js");
    const profile = { ...hitoyoshiProfile, checks: { ...hitoyoshiProfile.checks, "acme/department-named": { severity: "high" as const } } };
    const report = evaluate(parsed(noDepartment), { checks: [departmentNamed], profile });
    expect(report.results.map((f) => f.severity)).toEqual(["high"]);
    const off = { ...hitoyoshiProfile, checks: { ...hitoyoshiProfile.checks, "acme/department-named": { enabled: false } } };
    expect(evaluate(parsed(noDepartment), { checks: [departmentNamed], profile: off }).results).toEqual([]);
  });

  it("must carry a namespace, so they cannot collide with built-in ids", () => {
    const bare = defineCheck({ ...departmentNamed, meta: { ...departmentNamed.meta, id: "department-named" } });
    expect(checkIssues([bare])).toEqual([
      {
        code: "unnamespaced-check",
        pointer: "/checks/0",
        en: "Custom check department-named needs a namespace so it cannot collide with built-in checks (e.g. acme/department-named)",
      },
    ]);
  });

  it("cannot take a built-in check's id, even a copy of the built-in check", () => {
    const builtin = builtinChecks[0] as AnyCheck;
    const copy = defineCheck({ ...builtin, meta: { ...builtin.meta } });
    const issues = checkIssues([...builtinChecks, copy]);
    expect(issues.map((i) => i.code)).toEqual(["duplicate-check", "foreign-builtin-check"]);
    expect(issues[0]?.en).toBe(`Check id ${builtin.meta.id} appears twice`);
  });

  it("name the likely cause when given the built-in checks of another copy of the package", () => {
    // What the CommonJS build's checks look like to the ES module build: equal, but other objects.
    const otherCopy = builtinChecks.map((c) => ({ ...c, meta: { ...c.meta } }) as AnyCheck);
    const issues = checkIssues(otherCopy);
    expect(issues).toHaveLength(builtinChecks.length);
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(["foreign-builtin-check"]));
    expect(issues[0]?.en).toContain("another loaded copy of hitoyoshi-secpolicy (the CommonJS and ES module builds used together");
    expect(issues.some((i) => i.en.includes("needs a namespace"))).toBe(false);
  });

  it("must have unique ids", () => {
    expect(checkIssues([departmentNamed, departmentNamed]).map((i) => [i.code, i.pointer])).toEqual([["duplicate-check", "/checks/1"]]);
  });

  it("must cite clauses of the policy", () => {
    const bad = defineCheck({ ...departmentNamed, meta: { ...departmentNamed.meta, id: "acme/bad-clause", clauses: ["99(9)"] as never } });
    const issues = checkIssues([bad]);
    expect(issues.map((i) => i.code)).toEqual(["invalid-check"]);
    expect(issues[0]?.en).toMatch(/^Check acme\/bad-clause: meta\.clauses\.0 is invalid/);
  });

  it("must have well-formed metadata", () => {
    const bad = defineCheck({
      ...departmentNamed,
      meta: { ...departmentNamed.meta, id: "acme/bad-meta", severity: "urgent" as never, area: "nowhere" as never },
    });
    expect(checkIssues([bad]).map((i) => i.en.replace(/ is invalid.*/, ""))).toEqual(
      expect.arrayContaining(["Check acme/bad-meta: meta.severity", "Check acme/bad-meta: meta.area"]),
    );
  });

  it("must only report message ids their meta declares", () => {
    const rogue = defineCheck({
      ...departmentNamed,
      meta: { ...departmentNamed.meta, id: "acme/rogue" },
      evaluate: (_s, ctx) => [ctx.fail("undeclared" as "missing")],
    });
    // Reported as the check's own error for the target, naming it; the run goes on (issue 17).
    const report = evaluate(parsed(noDepartment), { checks: [rogue] });
    expect(report.results.map((r) => [r.checkId, r.outcome])).toEqual([["acme/rogue", "error"]]);
    expect(report.results[0]?.message.en).toContain("Check acme/rogue failed");
    expect(report.results[0]?.message.en).toContain("message undeclared is not in its meta.messages");
  });
});

describe("checkTester with a custom check", () => {
  checkTester(
    departmentNamed,
    {
      valid: [{ name: "department named", description: description([mynumberSystem()]) }],
      invalid: [{ name: "department missing", description: noDepartment, expected: [{ messageId: "missing", path: "/systems/0" }] }],
    },
    { describe, it },
  );
});
