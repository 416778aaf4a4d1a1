/**
 * Issue 17, "custom checks run behind a wall": a check that throws, reports garbage, claims
 * `waived` or writes to its inputs gets an `error` result naming it, and cannot change the other
 * checks' results, the caller's data or a later evaluation.
 */
import { describe, expect, it } from "vitest";
import type { AnyCheck } from "../../src/checks/define-check.js";
import { builtinChecks, defineCheck, evaluate, parseDescription } from "../../src/index.js";
import { hitoyoshiProfile } from "../../src/profiles/hitoyoshi.js";
import { departmentNamed } from "../support/custom-check.js";
import { description, mynumberSystem } from "../support/fixtures.js";

function parsed(input: unknown) {
  const result = parseDescription(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const input = parsed(description([mynumberSystem({ department: undefined }), mynumberSystem({ id: "second" })]));
const options = { evaluationDate: "2026-04-01" } as const;

/** A custom check built on the sample, with its own id and evaluate. */
function rogue(id: string, evaluate: (system: never, ctx: never) => Iterable<unknown>): AnyCheck {
  return defineCheck({ ...departmentNamed, meta: { ...departmentNamed.meta, id }, evaluate: evaluate as never });
}

/** The results of the built-in checks alone, for comparison. */
const builtinOnly = evaluate(input, { ...options, checks: builtinChecks }).results;

function outcomesOf(checks: readonly AnyCheck[]) {
  const report = evaluate(input, { ...options, checks: [...builtinChecks, ...checks] });
  const mine = report.results.filter((r) => r.checkId.startsWith("acme/"));
  const others = report.results.filter((r) => !r.checkId.startsWith("acme/"));
  return { report, mine, others };
}

const MISBEHAVIOURS: [string, () => unknown, string][] = [
  [
    "throws",
    () => {
      throw new TypeError("boom");
    },
    "it threw TypeError: boom",
  ],
  [
    "throws a non-error",
    () => {
      throw 42;
    },
    "it threw 42",
  ],
  ["returns garbage", () => [null], "a result is null"],
  ["returns a number", () => 7, "it threw TypeError"],
  [
    "claims waived itself",
    () => [{ outcome: "waived", messageId: "missing", path: [], data: {} }],
    "outcome waived is not one a check may report",
  ],
  ["claims pass with a message", () => [{ outcome: "pass", messageId: "missing", path: [], data: {} }], "outcome pass"],
  [
    "names an undeclared message",
    () => [{ outcome: "fail", messageId: "__proto__", path: [], data: {} }],
    "message __proto__ is not in its meta.messages",
  ],
  ["gives a bad path", () => [{ outcome: "fail", messageId: "missing", path: [{}], data: {} }], "path is not a list"],
];

describe("a misbehaving custom check", () => {
  it.each(MISBEHAVIOURS)("that %s yields an error result naming it, and the other checks stand", (_name, body, said) => {
    const { mine, others } = outcomesOf([rogue("acme/rogue", body as never)]);
    expect(mine.map((r) => [r.checkId, r.outcome, r.target.path])).toEqual([
      ["acme/rogue", "error", "/systems/0"],
      ["acme/rogue", "error", "/systems/1"],
    ]);
    expect(mine[0]?.message.en).toContain("Check acme/rogue failed, so this target was not judged");
    expect(mine[0]?.message.en).toContain(said);
    expect(mine[0]?.message.ja).toContain("チェック acme/rogue が失敗し");
    expect(others).toEqual(builtinOnly);
  });

  it("counts error results in the summary", () => {
    const { report } = outcomesOf([rogue("acme/rogue", () => [null])]);
    expect(report.summary.byOutcome.error).toBe(2);
    expect(report.summary.bySeverity.low.error).toBe(2);
  });

  it("a check that throws on one target only keeps its results for the others", () => {
    const { mine } = outcomesOf([
      rogue("acme/picky", function* (system: { id: string }, ctx: { fail: (m: string) => unknown }) {
        if (system.id === "second") throw new Error("no");
        yield ctx.fail("missing");
      } as never),
    ]);
    expect(mine.map((r) => r.outcome)).toEqual(["fail", "error"]);
  });

  it("cannot change the description, the profile or metadata", () => {
    const before = JSON.stringify(input);
    const attempts: string[] = [];
    const writer = rogue("acme/writer", function* (system: Record<string, unknown>, ctx: Record<string, never>) {
      for (const write of [
        () => {
          system.zone = "internet";
        },
        () => {
          (ctx.description as unknown as { systems: unknown[] }).systems.length = 0;
        },
        () => {
          (ctx.profile as unknown as { checks: Record<string, unknown> }).checks["mynumber-terminal-mfa"] = { enabled: false };
        },
        () => {
          (builtinChecks[0]?.meta as { severity: string }).severity = "low";
        },
        () => {
          const messages = (builtinChecks[0] as AnyCheck).meta.messages as Record<string, { en: string }>;
          (messages[Object.keys(messages)[0] as string] as { en: string }).en = "x";
        },
      ]) {
        try {
          write();
          attempts.push("written");
        } catch {
          attempts.push("refused");
        }
      }
    } as never);
    const { others } = outcomesOf([writer]);
    // Five writes on each of the two systems, every one refused.
    expect(attempts).toEqual(Array.from({ length: 10 }, () => "refused"));
    expect(JSON.stringify(input)).toBe(before);
    expect(others).toEqual(builtinOnly);
    // A later evaluation in the same process is not affected.
    expect(evaluate(input, { ...options, checks: builtinChecks }).results).toEqual(builtinOnly);
    expect(hitoyoshiProfile.checks["mynumber-terminal-mfa"]?.enabled).not.toBe(false);
  });

  it("cannot produce waived results: only the engine applies waivers", () => {
    const { report } = outcomesOf([rogue("acme/waiver", () => [{ outcome: "waived", messageId: "missing", path: [], data: {} }])]);
    expect(report.results.filter((r) => r.outcome === "waived")).toEqual([]);
  });
});
