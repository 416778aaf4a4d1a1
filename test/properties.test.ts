import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { InputIssue } from "../src/input/errors.js";
import { evaluate } from "../src/builtin.js";
import { toPointer } from "../src/engine/json-pointer.js";
import { parseDescription } from "../src/input/parse-description.js";
import type { Description } from "../src/model/description.js";
import type { Finding } from "../src/model/finding.js";
import { reorder, validDescription } from "./support/arbitraries.js";

// FC_RUNS=2000 npx vitest run test/properties.test.ts searches harder.
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 150) };
// Evaluation runs every check; fewer runs keep the file at a few seconds on two cores.
const EVAL_RUNS = { numRuns: Number(process.env.FC_RUNS ?? 100) };
// Generous: the suite shares two cores with the other test files.
const TIMEOUT = 30_000 * Math.max(1, Number(process.env.FC_RUNS ?? 0) / 150);
const EVALUATION = { evaluationDate: "2026-04-01" } as const;

function wellFormed(issues: readonly InputIssue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(issue.pointer).toBe(toPointer(issue.path));
    expect(issue.message.ja).not.toBe("");
    expect(issue.message.en).not.toBe("");
    // "unreadable" means validation itself threw, which plain data must never cause.
    expect(issue.code).not.toBe("unreadable");
  }
}

/** Parses input that may be anything; fails the property on a throw or a malformed issue. */
function parseAnything(input: unknown): ReturnType<typeof parseDescription> {
  const result = parseDescription(input);
  if (!result.ok) wellFormed(result.issues);
  return result;
}

function mustParse(input: unknown): Description {
  const result = parseDescription(input);
  if (!result.ok) throw new Error(`the generator made an invalid description:\n${JSON.stringify(result.issues, null, 2)}`);
  return result.value;
}

/** A message value listing several things (`"a, b"`) follows description order; compare it as a set. */
function asSet(value: string | number | boolean): string | number | boolean {
  return typeof value === "string" && value.includes(", ") ? value.split(", ").sort().join(", ") : value;
}

/** What a finding says, without the paths (which contain list positions). */
function key(f: Finding): string {
  const entries = Object.entries(f.data ?? {}).map(([k, v]) => [k, asSet(v)] as const);
  const data = Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return JSON.stringify([f.checkId, f.target.kind, f.target.id ?? null, f.messageId, f.outcome, data]);
}

const keys = (findings: readonly Finding[]) => [...new Set(findings.map(key))].sort();

/** Every place in a JSON value, as paths. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const out = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...path, i])));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...path, k]));
  return out;
}

type Mutation = { kind: "set"; value: unknown } | { kind: "delete" } | { kind: "add"; key: string; value: unknown };

/** Applies one mutation at `path` to a deep copy of `value`. */
function mutate(value: unknown, path: readonly (string | number)[], mutation: Mutation): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return mutation.kind === "set" ? mutation.value : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (mutation.kind === "set") parent[last] = mutation.value;
  else if (mutation.kind === "delete") {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target !== null && typeof target === "object" && !Array.isArray(target))
      (target as Record<string, unknown>)[mutation.key] = mutation.value;
  }
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({
    kind: fc.constant("set" as const),
    value: fc.constantFrom("", "C3", "3A", 2, "2026-02-30", "mynumber", "lgwn", null, [], {}, -1, Number.MAX_VALUE),
  }),
  fc.record({ kind: fc.constant("delete" as const) }),
  fc.record({
    kind: fc.constant("add" as const),
    key: fc.constantFrom("zoen", "__proto__", "constructor", "id", "name", "systemz", "toString"),
    value: fc.jsonValue({ maxDepth: 1 }),
  }),
);

describe("parseDescription never throws", () => {
  it(
    "on any JSON value",
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (input) => {
          parseAnything(input);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    "on objects shaped like a description but holding anything",
    () => {
      const anything = fc.anything({
        maxDepth: 3,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withObjectString: true,
        withBoxedValues: true,
        withSparseArray: true,
        withTypedArray: true,
      });
      fc.assert(
        fc.property(
          fc.record(
            { systems: fc.oneof(anything, fc.array(anything, { maxLength: 4 })), connections: anything, evaluationDate: anything },
            { requiredKeys: [] },
          ),
          anything,
          (input, extra) => {
            parseAnything(input);
            parseAnything(extra);
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    "on mutations of a valid description, and evaluation never throws on what it accepts",
    () => {
      fc.assert(
        fc.property(validDescription, fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 3 }), (valid, steps) => {
          let current: unknown = valid;
          for (const [n, step] of steps) {
            const paths = pathsOf(current);
            current = mutate(current, paths[n % paths.length] as (string | number)[], step);
          }
          const result = parseAnything(current);
          if (result.ok) expect(() => evaluate(result.value, EVALUATION)).not.toThrow();
          expect(Object.prototype).not.toHaveProperty("zoen");
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe("evaluate", () => {
  const reportSchema = JSON.parse(readFileSync(new URL("../schemas/report.schema.json", import.meta.url), "utf8")) as object;
  const validateReport = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, validateFormats: false }).compile(
    reportSchema,
  );

  it(
    "is deterministic: the same description gives a byte-identical report that fits the published schema",
    () => {
      fc.assert(
        fc.property(validDescription, (input) => {
          const first = JSON.stringify(evaluate(mustParse(input), EVALUATION));
          const second = JSON.stringify(evaluate(mustParse(structuredClone(input)), EVALUATION));
          expect(second).toBe(first);
          const report = JSON.parse(first) as unknown;
          expect(validateReport(report), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true);
        }),
        EVAL_RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    "does not depend on the order of lists: the same findings come out whatever the order",
    () => {
      fc.assert(
        fc.property(validDescription, fc.array(fc.nat(), { minLength: 16, maxLength: 16 }), (input, random) => {
          const original = evaluate(mustParse(input), EVALUATION);
          const shuffled = evaluate(mustParse(reorder(input, random)), EVALUATION);
          expect(keys(shuffled.results)).toEqual(keys(original.results));
          expect(shuffled.summary.byOutcome).toEqual(original.summary.byOutcome);
        }),
        EVAL_RUNS,
      );
    },
    TIMEOUT,
  );

  it("exercises the checks: generated descriptions reach fail, needs-evidence and pass", () => {
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(validDescription, (input) => {
        for (const f of evaluate(mustParse(input), EVALUATION).results) outcomes.add(f.outcome);
      }),
      { numRuns: 30 },
    );
    expect([...outcomes]).toEqual(expect.arrayContaining(["fail", "needs-evidence", "pass"]));
  });
});
