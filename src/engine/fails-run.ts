/**
 * The one answer to "does this result fail the run?", shared by the CLI's exit code, the
 * assertion helpers and matchers, and the JUnit formatter's choice between failure and skip.
 */
import type { Finding, Severity } from "../model/finding.js";
import { SEVERITIES } from "../model/values/finding.js";

/** When a result fails a run. */
export interface FailThreshold {
  /** Only results of this severity or above fail the run (default: `low`, every severity). */
  readonly failOn?: Severity;
  /** Count `needs-evidence` results too: a missing fact is then not good enough (default: off). */
  readonly requireEvidence?: boolean;
}

/**
 * Whether a result fails the run: an `error` always (a check that could not judge may hide
 * anything), a `fail` at or above `failOn`, a `needs-evidence` at or above `failOn` when
 * `requireEvidence` is set. `pass`, `waived` and `not-applicable` never do.
 */
export function failsRun(finding: Pick<Finding, "outcome" | "severity">, threshold: FailThreshold = {}): boolean {
  switch (finding.outcome) {
    case "error":
      return true;
    case "needs-evidence":
      if (threshold.requireEvidence !== true) return false;
      return SEVERITIES.indexOf(finding.severity) <= SEVERITIES.indexOf(threshold.failOn ?? "low");
    case "fail":
      return SEVERITIES.indexOf(finding.severity) <= SEVERITIES.indexOf(threshold.failOn ?? "low");
    default:
      return false;
  }
}
