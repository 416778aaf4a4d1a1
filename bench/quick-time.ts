/** Quick A/B aid while optimising: median CPU ms of one step. `npx tsx bench/quick-time.ts <systems> <problems|all|validate> [reps]` */
import { evaluate } from "../src/builtin.js";
import { parseDescription } from "../src/input/parse-description.js";
import { generateInventory } from "./generate.js";
import { interleave } from "./interleave.js";

const [size = "1000", what = "problems", reps = "15"] = process.argv.slice(2);
const data = generateInventory(Number(size));
const parsed = parseDescription(data);
if (!parsed.ok) throw new Error("invalid inventory");
const description = parsed.value;
const run = what === "validate" ? () => parseDescription(data) : () => evaluate(description, what === "all" ? {} : { results: "problems" });
const json = JSON.stringify(data);
const t = interleave(
  [
    { name: "JSON.parse", run: () => JSON.parse(json) },
    { name: what, run },
  ],
  Number(reps),
);
for (const [name, m] of t) console.log(`${name}: cpu ${m.cpu.toFixed(1)} ms, wall ${m.wall.toFixed(1)} ms`);
