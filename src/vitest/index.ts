/**
 * Test helpers: the check tester (usable with any runner). Import from `hitoyoshi-secpolicy/vitest`.
 * This entry never imports vitest at run time.
 *
 * @packageDocumentation
 */
export { checkTester, runCheckCase } from "./check-tester.js";
export type { CaseResult, CheckTable, ExpectedFinding, InvalidCase, TestRunner, ValidCase } from "./check-tester.js";
