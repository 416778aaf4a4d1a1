import { describe, it } from "vitest";
import type { AnyCheck } from "../../src/checks/define-check.js";
import type { CheckTable } from "../../src/vitest/check-tester.js";

/**
 * What a built-in table lacks of the three sides of its check (a passing case, a case expecting a
 * fail finding, a case expecting a needs-evidence finding), as phrases; empty when complete.
 */
export function missingSides(table: CheckTable): string[] {
  const outcomes = new Set(table.invalid.flatMap((c) => c.expected.map((e) => e.outcome ?? "fail")));
  return [
    table.valid.length === 0 ? "a valid (passing) case" : "",
    outcomes.has("fail") ? "" : "an invalid case expecting a fail finding",
    outcomes.has("needs-evidence") ? "" : "an invalid case expecting a needs-evidence finding",
  ].filter(Boolean);
}

/**
 * The old per-check test shim (`<id>.test.ts` calling `testCheck(check, table)`). test/checks.test.ts
 * now runs every table, so a shim left over (from a branch made before the change) fails with the fix.
 */
export function testCheck(check: AnyCheck, _table: CheckTable): void {
  describe(check.meta.id, () => {
    it("has no per-check test shim", () => {
      throw new Error(
        `src/checks/${check.meta.area}/${check.meta.id}.test.ts is no longer needed: test/checks.test.ts runs every <id>.cases.ts table. Delete the .test.ts file.`,
      );
    });
  });
}
