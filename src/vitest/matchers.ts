// Runtime values come only from the main entry, so the published ./vitest entry shares one engine
// (and one list of built-in checks) with it instead of bundling a second copy.
import { checkCompliance, formatFindings } from "../index.js";
import type { ComplianceOptions, ComplianceResult, EvaluateOptions, Finding, Outcome } from "../index.js";
import type { MatcherContext, MatcherResult, ViolationExpectation } from "./matcher-types.js";

const PROBLEMS: readonly Outcome[] = ["fail", "needs-evidence", "waived"];

/** A result that fails the assertion under `.not` and without it alike: the value could not be judged. */
function unusable(context: MatcherContext, message: string): MatcherResult {
  return { pass: context.isNot, message: () => message };
}

/** Ids close to an unknown one: the ones containing it or contained in it (`zones/x` for `x`). */
function closeIds(checkId: string, known: readonly string[]): string {
  const close = known.filter((id) => id.includes(checkId) || checkId.includes(id)).slice(0, 3);
  return close.length === 0 ? "" : ` Did you mean ${close.join(" or ")}?`;
}

/** The report of a judged value, or the reason it cannot be judged for this check. */
function resultsOf(result: ComplianceResult, checkId: string, subject: unknown): { findings: readonly Finding[] } | { problem: string } {
  if (result.report === undefined) return { problem: result.message };
  if (!result.checkIds.includes(checkId)) {
    const where = result.report === subject ? "The report has no results of check" : "No check evaluated has the id";
    return { problem: `${where} ${checkId}.${closeIds(checkId, result.checkIds)}` };
  }
  return { findings: result.report.results.filter((f) => f.checkId === checkId) };
}

function listed(findings: readonly Finding[]): string {
  return findings.length === 0 ? "  (no results)" : formatFindings(findings);
}

/** Asserts that a description (or report) complies; see {@link SecpolicyMatchers.toComply}. */
function toComply(this: MatcherContext, received: unknown, options: ComplianceOptions = {}): MatcherResult {
  const result = checkCompliance(received, options);
  if (result.issues.length > 0) return unusable(this, result.message);
  const total = result.report?.results.length ?? 0;
  return {
    pass: result.ok,
    message: () =>
      result.ok ? `Expected the description not to comply, but none of its ${total} results fails under these options` : result.message,
  };
}

/** Asserts that a check reports a violation; see {@link SecpolicyMatchers.toViolate}. */
function toViolate(this: MatcherContext, received: unknown, checkId: string, expected: ViolationExpectation = {}): MatcherResult {
  const { messageId, path, outcome = "fail", ...evaluation } = expected;
  const found = resultsOf(checkCompliance(received, evaluation), checkId, received);
  if ("problem" in found) return unusable(this, found.problem);
  const matching = found.findings.filter(
    (f) => f.outcome === outcome && (messageId === undefined || f.messageId === messageId) && (path === undefined || f.path === path),
  );
  const wanted = `${outcome} of ${checkId}${messageId === undefined ? "" : ` with message ${messageId}`}${path === undefined ? "" : ` at ${path || "/"}`}`;
  return matching.length > 0
    ? { pass: true, message: () => `Expected no ${wanted}, but found:\n${listed(matching)}` }
    : { pass: false, message: () => `Expected a ${wanted}; ${checkId} reported:\n${listed(found.findings)}` };
}

/** Asserts that a check passes; see {@link SecpolicyMatchers.toPassCheck}. */
function toPassCheck(this: MatcherContext, received: unknown, checkId: string, options: EvaluateOptions = {}): MatcherResult {
  const found = resultsOf(checkCompliance(received, options), checkId, received);
  if ("problem" in found) return unusable(this, found.problem);
  const problems = found.findings.filter((f) => PROBLEMS.includes(f.outcome));
  const passes = found.findings.filter((f) => f.outcome === "pass");
  if (problems.length > 0) return { pass: false, message: () => `Expected ${checkId} to pass, but it reported:\n${listed(problems)}` };
  if (passes.length === 0) {
    const why =
      found.findings.length === 0
        ? "it had nothing to evaluate (no target of its kind in the description, or the profile disables it)"
        : `it does not apply to anything in the description:\n${listed(found.findings)}`;
    return { pass: false, message: () => `Expected ${checkId} to pass, but ${why}` };
  }
  return {
    pass: true,
    message: () => `Expected ${checkId} not to pass, but it passed ${passes.length} ${passes.length === 1 ? "target" : "targets"}`,
  };
}

/**
 * The matchers `toComply`, `toViolate` and `toPassCheck`. Register them once, e.g. in a setup
 * file: `expect.extend(matchers)`. They also work with jest's `expect.extend`.
 */
export const matchers = {
  /** `expect(description).toComply(options?)`: no result fails under the options. */
  toComply,
  /** `expect(description).toViolate(checkId, { messageId?, path?, outcome? })`: the check reports that finding. */
  toViolate,
  /** `expect(description).toPassCheck(checkId)`: the check passed a target and reported no problem. */
  toPassCheck,
} as const;
