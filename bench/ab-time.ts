/**
 * A/B timing while optimising the evaluator: this tree's `evaluate` against another copy of the
 * sources (e.g. a snapshot of `src` taken before a change), interleaved with `JSON.parse`, in one
 * process so both see the same load. Median CPU ms.
 *   npx tsx bench/ab-time.ts <baseline src dir> <systems> <all|problems> [reps]
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { evaluate } from "../src/builtin.js";
import type { Description } from "../src/model/description.js";
import { parseDescription } from "../src/input/parse-description.js";
import { generateInventory } from "./generate.js";
import { median, orderOf } from "./interleave.js";

const [baseDir = ".tmp/base/src", size = "1000", what = "all", reps = "15"] = process.argv.slice(2);
const base = (await import(pathToFileURL(resolve(baseDir, "builtin.ts")).href)) as {
  evaluate: (d: Description, o?: object) => unknown;
};
const data = generateInventory(Number(size));
const parsed = parseDescription(data);
if (!parsed.ok) throw new Error("invalid inventory");
const description = parsed.value;
const options = what === "all" ? {} : { results: "problems" as const };
const json = JSON.stringify(data);
const steps = [
  { name: "JSON.parse", run: () => JSON.parse(json) },
  { name: "A (baseline)", run: () => base.evaluate(description, options) },
  { name: "B (this tree)", run: () => evaluate(description, options) },
];
const collect = (globalThis as { gc?: () => void }).gc;
const cpu = new Map<string, number[]>(steps.map((s) => [s.name, []]));
for (const step of steps) step.run();
for (let rep = 0; rep < Number(reps); rep++) {
  for (const step of orderOf(steps, rep)) {
    collect?.();
    const start = process.cpuUsage();
    step.run();
    const used = process.cpuUsage(start);
    cpu.get(step.name)?.push((used.user + used.system) / 1000);
  }
}
for (const [name, times] of cpu) console.log(`${name.padEnd(14)} cpu ${median(times).toFixed(1).padStart(7)} ms`);
// Each repetition's B ÷ A: a burst of load that hits one repetition hits both of its runs.
const a = cpu.get("A (baseline)") ?? [];
const b = cpu.get("B (this tree)") ?? [];
console.log(`B ÷ A, median of repetitions: ${median(b.map((x, i) => x / (a[i] as number))).toFixed(3)}`);
