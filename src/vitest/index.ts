/**
 * Test helpers: the matchers `toComply`, `toViolate` and `toPassCheck` (register them with
 * `expect.extend(matchers)`), and the check tester for tables of cases (usable with any runner).
 * Import from `hitoyoshi-secpolicy/vitest`. This entry never imports vitest at run time, so it
 * loads under jest, mocha or node:test too; vitest only supplies the matcher types.
 *
 * @packageDocumentation
 */
export { checkTester, defineTable, runCheckCase } from "./check-tester.js";
export type { CaseResult, CheckTable, ExpectedFinding, InvalidCase, MessageIdOf, TestRunner, ValidCase } from "./check-tester.js";
export { matchers } from "./matchers.js";
export type { MatcherContext, MatcherResult, SecpolicyMatchers, ViolationExpectation } from "./matcher-types.js";
