/**
 * Writes a national-scale inventory as a batch of files for the command-line scale test
 * (docs/benchmarks.md, "The command at 100k systems"): `tsx bench/batches.ts <folder> <files> <systems per file>`.
 * Each file is one seeded inventory from bench/generate.ts, as JSON, under the 20 MiB file limit: separate
 * inventories with the same ids, so the command judges them with --each-file (joined, they would clash).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateInventory } from "./generate.js";

const [folder = "bench-batches", files = "20", perFile = "5000"] = process.argv.slice(2);
mkdirSync(folder, { recursive: true });
for (let i = 0; i < Number(files); i++) {
  const path = join(folder, `inventory-${String(i).padStart(3, "0")}.json`);
  writeFileSync(path, JSON.stringify(generateInventory(Number(perFile), i + 1)));
  console.log(path);
}
