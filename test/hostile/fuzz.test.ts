/**
 * The fuzz harness on every `npm test`, within a few seconds (issue 17). Figures of longer runs
 * are in docs/reliability.md (`npx tsx test/hostile/fuzz-run.ts 60000` runs one minute).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/io/parse.js";
import { fuzz } from "./fuzz.js";

const inventory = readFileSync(new URL("../../examples/inventory.yaml", import.meta.url), "utf8");
const delivery = readFileSync(new URL("../../examples/delivery-spec.yaml", import.meta.url), "utf8");
const SEEDS = [
  { file: "inventory.yaml", text: inventory },
  { file: "delivery-spec.yaml", text: delivery },
  { file: "inventory.json", text: JSON.stringify(parseSource(inventory, "inventory.yaml").value, null, 2) },
];

describe("fuzzing the reading, validation, evaluation and output", () => {
  it("never throws unstructured errors, never takes over 2 s a case, never prints raw control characters", () => {
    const figures = fuzz(SEEDS, { budgetMs: 3000, seed: 17 });
    expect(figures.problems).toEqual([]);
    expect(figures.unstructured).toBe(0);
    expect(figures.slow).toBe(0);
    expect(figures.rawControl).toBe(0);
    expect(figures.cases).toBeGreaterThan(10);
    expect(figures.refused).toBeGreaterThan(0);
  }, 30_000);
});
