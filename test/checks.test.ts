/**
 * Runs the table of every built-in check: each `src/checks/<area>/<id>.cases.ts` beside its
 * `<id>.ts`, found on disk (no list to update), one test per case. A table must show all three
 * sides of its check: a passing case, a failing case and a needs-evidence case.
 */
import { describe, it } from "vitest";
import { loadCatalogue } from "../scripts/check-catalogue.js";
import { checkTester } from "../src/vitest/check-tester.js";
import { missingSides } from "./support/check-table.js";

const entries = await loadCatalogue();

describe("check tables", () => {
  it("finds the checks and their tables", () => {
    if (entries.length === 0) throw new Error("No check files found under src/checks/<area>/.");
  });
});

for (const entry of entries) {
  const { check, table, folder, file } = entry;
  // A file without a check is reported by test/meta/checks.test.ts.
  if (check === undefined) continue;
  const cases = `src/checks/${folder}/${file}.cases.ts`;
  const missing =
    table === undefined
      ? [`a table: ${cases} is missing or has no default export`]
      : missingSides(table).map((side) => `${side} in ${cases}`);
  if (table === undefined || missing.length > 0) {
    describe(check.meta.id, () => {
      it("has a complete table", () => {
        throw new Error(
          `The check ${check.meta.id} lacks ${missing.join(", ")}. Add the missing cases (\`export default defineTable(check, { valid, invalid })\`); \`npm run new:check -- ${folder}/${file}\` writes a skeleton table when none exists.`,
        );
      });
    });
    continue;
  }
  checkTester(check, table, { describe, it });
}
