/**
 * Digests of evaluation reports, to prove an optimisation changes no byte of output:
 *   npx tsx bench/report-digest.ts
 * prints one sha256 of `JSON.stringify(report)` per input and mode (generated inventories of 100
 * and 1000 systems, examples/*.yaml, test/fixtures/realistic/* with their profiles) and a digest
 * of all of them. Run it before and after a change; the lines must be identical.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { evaluate } from "../src/builtin.js";
import { parseDescription } from "../src/input/parse-description.js";
import { loadProfileFile } from "../src/io/profile-file.js";
import type { Profile } from "../src/model/profile.js";
import { generateInventory } from "./generate.js";

const ROOT = join(import.meta.dirname, "..");
const inputs: { name: string; data: unknown; profile?: Profile }[] = [];
for (const size of [100, 1000]) inputs.push({ name: `generated-${size}`, data: generateInventory(size) });
for (const dir of ["examples", "test/fixtures/realistic"]) {
  for (const file of readdirSync(join(ROOT, dir)).sort()) {
    if (!file.endsWith(".yaml") || file.endsWith(".profile.yaml")) continue;
    const profileFile = join(ROOT, dir, file.replace(/\.yaml$/, ".profile.yaml"));
    inputs.push({
      name: `${dir}/${file}`,
      data: parse(readFileSync(join(ROOT, dir, file), "utf8")),
      ...(existsSync(profileFile) ? { profile: loadProfileFile(profileFile) } : {}),
    });
  }
}

const all = createHash("sha256");
for (const input of inputs) {
  const parsed = parseDescription(input.data);
  if (!parsed.ok) {
    console.log(`${input.name}: invalid`);
    continue;
  }
  for (const results of ["all", "problems"] as const) {
    for (const locale of results === "all" ? (["ja", "en"] as const) : (["ja"] as const)) {
      let text: string;
      let what: string;
      try {
        const report = evaluate(parsed.value, {
          results,
          locale,
          evaluationDate: parsed.value.evaluationDate ?? "2026-04-01",
          ...(input.profile === undefined ? {} : { profile: input.profile }),
        });
        text = JSON.stringify(report);
        what = `${report.results.length} results`;
      } catch (error) {
        // A refused input is output too: its error must not change either.
        text = JSON.stringify({ error: String(error), issues: (error as { issues?: unknown }).issues });
        what = "error";
      }
      const digest = createHash("sha256").update(text).digest("hex");
      all.update(digest);
      console.log(`${digest.slice(0, 16)}  ${input.name} ${results} ${locale} (${what})`);
    }
  }
}
console.log(`all: ${all.digest("hex")}`);
