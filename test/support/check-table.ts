import { describe, it } from "vitest";
import type { AnyCheck } from "../../src/checks/define-check.js";
import { type CheckTable, checkTester } from "../../src/vitest/check-tester.js";

/**
 * Runs a built-in check's table. Built-in tables must show all three sides of a check: a passing
 * case, a failing case and a needs-evidence case.
 */
export function testCheck(check: AnyCheck, table: CheckTable): void {
  const outcomes = new Set(table.invalid.flatMap((c) => c.expected.map((e) => e.outcome ?? "fail")));
  const missing = [
    table.valid.length === 0 ? "a valid (passing) case" : "",
    outcomes.has("fail") ? "" : "an invalid case expecting a fail finding",
    outcomes.has("needs-evidence") ? "" : "an invalid case expecting a needs-evidence finding",
  ].filter(Boolean);
  if (missing.length > 0) {
    describe(check.meta.id, () => {
      it("has a complete table", () => {
        throw new Error(`The table of ${check.meta.id} lacks ${missing.join(", ")}. Add the missing cases to its .test.ts file.`);
      });
    });
    return;
  }
  checkTester(check, table, { describe, it });
}
