/**
 * The engine as the command line runs it: wired as src/builtin.ts wires it (the built-in checks
 * and profile, and the checks' documentation pages) but without the schema of custom checks'
 * metadata. The command line runs built-in checks only, so it never needs that schema, and
 * `secpolicy check` on valid input builds no zod schema (issue 18, target 5).
 */
import { builtinChecks } from "../checks/index.js";
import { type EngineDefaults, type EvaluateOptions, evaluateWith } from "../engine/evaluate.js";
import type { Description } from "../model/description.js";
import type { Report } from "../model/report.js";
import { hitoyoshiProfile } from "../profiles/hitoyoshi.js";
import { checkDocsUrl } from "../project.js";

/** The built-in checks and profile and the documentation pages of the built-in checks. */
export const COMMAND_LINE_DEFAULTS: EngineDefaults = Object.freeze({
  checks: builtinChecks,
  profile: hitoyoshiProfile,
  docsUrl: checkDocsUrl,
});

/** `evaluate` of the package entry, for built-in checks (`options.checks` may name only those). */
export function evaluate(description: Description, options: EvaluateOptions = {}): Report {
  return evaluateWith(description, options, COMMAND_LINE_DEFAULTS);
}
