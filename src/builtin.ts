/**
 * The engine wired to the library's own checks and profile: {@link evaluate},
 * {@link checkCompliance} and {@link assertCompliant} fall back to `builtinChecks` and the
 * `hitoyoshi-2026-03` profile when the caller passes none. The engine (src/engine) takes both as
 * inputs and imports neither; this module, above the checks and the profiles, is the one place
 * that joins them.
 */
import { builtinChecks } from "./checks/index.js";
import { type ComplianceOptions, type ComplianceResult, ComplianceError, checkComplianceWith } from "./engine/assert.js";
import { type EngineDefaults, type EvaluateOptions, evaluateWith } from "./engine/evaluate.js";
import { CheckMetaData } from "./model/check-meta.js";
import type { Description } from "./model/description.js";
import type { Report } from "./model/report.js";
import { hitoyoshiProfile } from "./profiles/hitoyoshi.js";
import { checkDocsUrl } from "./project.js";

/** The built-in checks and profile, the documentation pages of the built-in checks, and the schema that validates custom checks. */
export const BUILTIN_DEFAULTS: EngineDefaults = Object.freeze({
  checks: builtinChecks,
  profile: hitoyoshiProfile,
  docsUrl: checkDocsUrl,
  checkMetaSchema: CheckMetaData,
});

/**
 * Evaluates a validated description (see `parseDescription`) against the policy. Pure and
 * synchronous: the same description and options give a byte-identical report. Runs
 * `builtinChecks` with the built-in `hitoyoshi-2026-03` profile unless `options` names others.
 *
 * @throws SecpolicyError when no valid evaluation date is given, the check list is invalid, or an
 *   exception names an unknown check or system.
 */
export function evaluate(description: Description, options: EvaluateOptions = {}): Report {
  return evaluateWith(description, options ?? {}, BUILTIN_DEFAULTS);
}

/**
 * Evaluates a description (any JSON value, validated first) or takes a report, and says whether it
 * complies: no `fail` result at or above `failOn`, nor a `needs-evidence` one when `requireEvidence`
 * is set. Waived and not-applicable results never fail. Never throws for a non-compliant or invalid
 * description; it throws `SecpolicyError` only for unusable options (no evaluation date, an
 * invalid check list, evaluation options given with a report).
 */
export function checkCompliance(subject: unknown, options: ComplianceOptions = {}): ComplianceResult {
  return checkComplianceWith(subject, options ?? {}, BUILTIN_DEFAULTS);
}

/**
 * Throws a {@link ComplianceError} listing the failing results unless the description (or report)
 * complies. Works with any test runner (node:test, jest, mocha, vitest) or in a script.
 *
 * @example
 * ```ts
 * assertCompliant(description, { evaluationDate: "2026-04-01", requireEvidence: true });
 * ```
 */
export function assertCompliant(subject: unknown, options: ComplianceOptions = {}): void {
  const result = checkCompliance(subject, options);
  if (!result.ok) throw new ComplianceError(result);
}
