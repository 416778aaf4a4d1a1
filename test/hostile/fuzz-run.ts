/**
 * A longer fuzz run for docs/reliability.md: `npx tsx test/hostile/fuzz-run.ts [milliseconds]`.
 * Prints the figures as JSON.
 */
import { readFileSync } from "node:fs";
import { parseSource } from "../../src/io/parse.js";
import { fuzz } from "./fuzz.js";

const inventory = readFileSync(new URL("../../examples/inventory.yaml", import.meta.url), "utf8");
const delivery = readFileSync(new URL("../../examples/delivery-spec.yaml", import.meta.url), "utf8");
const seeds = [
  { file: "inventory.yaml", text: inventory },
  { file: "delivery-spec.yaml", text: delivery },
  { file: "inventory.json", text: JSON.stringify(parseSource(inventory, "inventory.yaml").value, null, 2) },
];
const budgetMs = Number(process.argv[2] ?? 60_000);
console.log(
  JSON.stringify({ budgetMs, node: process.version, ...fuzz(seeds, { budgetMs, seed: Number(process.argv[3] ?? 17) }) }, null, 2),
);
