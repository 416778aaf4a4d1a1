/**
 * The precompiled description validator (issue 18): the committed module is what the generator
 * makes from the published schema, it agrees with zod on what is valid, and taking it as the fast
 * path changes no report.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { generateInventory } from "../bench/generate.js";
import { renderValidator, VALIDATOR_FILE, VALIDATOR_TYPES, VALIDATOR_TYPES_FILE } from "../scripts/precompiled-validator.js";
import { evaluate } from "../src/builtin.js";
import { parseDescription } from "../src/input/parse-description.js";
import { isValidDescription } from "../src/engine/precompiled.js";
import { Description } from "../src/model/description.js";
import { validDescription } from "./support/arbitraries.js";

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 200) };
// Generous: the suite shares two cores with the other test files; more runs get more time.
const TIMEOUT = 60_000 * Math.max(1, Number(process.env.FC_RUNS ?? 0) / 200);

/** The zod model's verdict: the reference the fast path must match. */
const zodSays = (input: unknown) => Description.safeParse(input).success;

type Path = (string | number)[];

/** Every path into plain arrays and objects (not into boxed strings, dates or maps a mutation put there). */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const out = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...path, i])));
  else if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...path, k]));
  }
  return out;
}

/** Replaces (or, with `undefined`, removes) the value at `path` in a copy of `root`. */
function withValueAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = value;
  return copy;
}

const replacement = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom("", "C3", "2026-02-30", "2024-02-29", "2026-13-01", "mynumber", "lgwn", null, [], {}, -1, 0.5, 1e21, true),
  fc.anything({ maxDepth: 1, withDate: true, withMap: true, withBoxedValues: true, withNullPrototype: true, withTypedArray: true }),
);

describe("the precompiled description validator", () => {
  it(
    "is the module the generator makes from the published schema (run npm run gen:validator)",
    async () => {
      expect(readFileSync(VALIDATOR_FILE, "utf8")).toBe(await renderValidator());
      expect(readFileSync(VALIDATOR_TYPES_FILE, "utf8")).toBe(VALIDATOR_TYPES);
    },
    TIMEOUT,
  );

  it("accepts the examples and a generated inventory, as zod does", () => {
    for (const file of ["examples/delivery-spec.yaml", "examples/inventory.yaml"]) {
      const data = parse(readFileSync(file, "utf8")) as unknown;
      expect(zodSays(data), file).toBe(true);
      expect(isValidDescription(data), file).toBe(true);
    }
    expect(isValidDescription(generateInventory(50))).toBe(true);
  });

  it(
    "agrees with zod on validity for mutations of valid descriptions",
    () => {
      let invalid = 0;
      fc.assert(
        fc.property(validDescription, fc.array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 3 }), (valid, steps) => {
          let current: unknown = valid;
          for (const [n, value] of steps) {
            const paths = pathsOf(current);
            current = withValueAt(current, paths[n % paths.length] as Path, value);
          }
          const expected = zodSays(current);
          if (!expected) invalid++;
          expect(isValidDescription(current)).toBe(expected);
        }),
        RUNS,
      );
      // The property saw both verdicts, so it could have failed either way.
      expect(invalid).toBeGreaterThan(0);
    },
    TIMEOUT,
  );

  it(
    "agrees with zod on valid descriptions and on anything at all",
    () => {
      fc.assert(
        fc.property(validDescription, (valid) => {
          expect(isValidDescription(valid)).toBe(true);
          expect(zodSays(valid)).toBe(true);
        }),
        { numRuns: 50 },
      );
      fc.assert(
        fc.property(
          fc.anything({ maxDepth: 3, withDate: true, withMap: true, withNullPrototype: true, withSparseArray: true }),
          (input) => {
            expect(isValidDescription(input)).toBe(zodSays(input));
          },
        ),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    "changes no report: evaluating the input as given and as zod returns it gives the same report",
    () => {
      const inputs = [
        ...["examples/delivery-spec.yaml", "examples/inventory.yaml"].map((file) => parse(readFileSync(file, "utf8")) as unknown),
        generateInventory(120),
      ];
      for (const input of inputs) {
        const fast = parseDescription(input);
        const viaZod = Description.safeParse(input);
        expect(fast.ok && viaZod.success).toBe(true);
        if (!fast.ok || !viaZod.success) continue;
        const options = { evaluationDate: "2026-04-01" } as const;
        expect(JSON.stringify(evaluate(fast.value, options))).toBe(JSON.stringify(evaluate(viaZod.data, options)));
      }
    },
    TIMEOUT,
  );
});
