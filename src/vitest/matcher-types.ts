/**
 * The matchers' types and their place on vitest's `expect` (vitest 3.2 and later: `Matchers`,
 * which `Assertion` extends, and the asymmetric `expect.toComply()`).
 */
// Type-only and erased: it loads vitest's declarations so the augmentation below resolves.
import type {} from "vitest";
import type { ComplianceOptions, EvaluateOptions } from "../index.js";

/** The part of a test runner's matcher context the matchers read; vitest's and jest's both fit. */
export interface MatcherContext {
  /** True under `.not`. */
  readonly isNot: boolean;
}

/** What a matcher returns to the test runner. */
export interface MatcherResult {
  /** Whether the value matched (before `.not` is applied). */
  readonly pass: boolean;
  /** The text shown when the assertion fails. */
  readonly message: () => string;
}

/** The finding {@link SecpolicyMatchers.toViolate} looks for, plus options of the evaluation. */
export interface ViolationExpectation extends EvaluateOptions {
  /** The message id the finding must have; any when omitted. */
  readonly messageId?: string;
  /** The JSON pointer the finding must have, e.g. `/systems/0/zone`; any when omitted. */
  readonly path?: string;
  /** `fail` unless given. */
  readonly outcome?: "fail" | "needs-evidence";
}

/**
 * The matchers, as they appear on `expect(value)` once registered. The value is a description
 * (any JSON value; it is validated first) or a report from `evaluate`.
 */
export interface SecpolicyMatchers<R = unknown> {
  /** The description complies: no `fail` result (nor `needs-evidence` with `requireEvidence`) at or above `failOn`. */
  toComply(options?: ComplianceOptions): R;
  /** The check reports a `fail` (or the given outcome), optionally with this message id and path. */
  toViolate(checkId: string, expected?: ViolationExpectation): R;
  /** The check ran, passed at least one target and reported no `fail`, `needs-evidence` or `waived` result. */
  toPassCheck(checkId: string, options?: EvaluateOptions): R;
}

declare module "vitest" {
  // `Matchers` rather than `Assertion`: from the published declarations, where the bundler drops the
  // vitest import above, only this one reaches `expect()` (test/consumer type-checks it).
  // The type parameter must match vitest's own declaration, `any` included.
  // biome-ignore lint/suspicious/noExplicitAny: must match vitest's declaration
  interface Matchers<T = any> extends SecpolicyMatchers<T> {}
  // `expect` extends both `Matchers<any>` and this, so the two must declare identical members
  // (TS2320 under skipLibCheck: false otherwise): `any`, as vitest's own asymmetric matchers return.
  // biome-ignore lint/suspicious/noExplicitAny: must be identical to Matchers<any>
  interface AsymmetricMatchersContaining extends SecpolicyMatchers<any> {}
}
