/**
 * The engine's floor (issue 18, target 1): evaluation with every check's body replaced by one that finds nothing
 * (and, in a third step, with every applicability condition removed too), beside the real evaluation, `JSON.parse`
 * and `parseDescription`, interleaved step by step in one process without forced collections. Prints each step's
 * median CPU time and (parseDescription + step) ÷ JSON.parse.
 * `npx tsx bench/floor.ts [systems] [reps]`
 */
import { BUILTIN_DEFAULTS } from "../src/builtin.js";
import { evaluateWith } from "../src/engine/evaluate.js";
import type { AnyCheck } from "../src/index.js";
import { parseDescription } from "../src/input/parse-description.js";
import { generateInventory } from "./generate.js";
import { interleave, type Step } from "./interleave.js";

const [size = "1000", reps = "25"] = process.argv.slice(2);
const data = generateInventory(Number(size));
const text = JSON.stringify(data);
const parsed = parseDescription(data);
if (!parsed.ok) throw new Error("invalid inventory");
const description = parsed.value;
const findsNothing = (check: AnyCheck): AnyCheck => ({ meta: check.meta, evaluate: () => [] }) as unknown as AnyCheck;
const noCondition = (check: AnyCheck): AnyCheck => {
  const applicability = check.meta.applicability === undefined ? undefined : { ...check.meta.applicability, when: undefined };
  return { meta: { ...check.meta, applicability }, evaluate: () => [] } as unknown as AnyCheck;
};
const variants = {
  real: BUILTIN_DEFAULTS,
  "checks find nothing": { ...BUILTIN_DEFAULTS, checks: BUILTIN_DEFAULTS.checks.map(findsNothing) },
  "checks find nothing, no conditions": { ...BUILTIN_DEFAULTS, checks: BUILTIN_DEFAULTS.checks.map(noCondition) },
};
const steps: Step[] = [
  { name: "JSON.parse", run: () => JSON.parse(text) },
  { name: "parseDescription", run: () => parseDescription(data) },
];
for (const results of ["all", "problems"] as const) {
  for (const [name, defaults] of Object.entries(variants)) {
    steps.push({ name: `evaluate ${results}, ${name}`, run: () => evaluateWith(description, { results }, defaults) });
  }
}
const t = interleave(steps, Number(reps), true, false);
const parse = t.get("JSON.parse")?.cpu ?? Number.NaN;
const validate = t.get("parseDescription")?.cpu ?? Number.NaN;
for (const [name, m] of t) {
  const ratio = name.startsWith("evaluate") ? ` (parseDescription + this) ÷ JSON.parse ${((validate + m.cpu) / parse).toFixed(2)}` : "";
  console.log(`${name}: cpu ${m.cpu.toFixed(1)} ms${ratio}`);
}
