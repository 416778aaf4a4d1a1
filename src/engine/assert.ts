import type { Finding, Severity } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { SecpolicyError, type InputIssue } from "../input/errors.js";
import { type EngineDefaults, type EvaluateOptions, evaluateWith } from "./evaluate.js";
import { failsRun } from "./fails-run.js";
import { parseDescription } from "../input/parse-description.js";

/** Options of `checkCompliance` and `assertCompliant`: evaluation options plus what counts as a failure. */
export interface ComplianceOptions extends EvaluateOptions {
  /** The language of the failure message (`en` by default); also the report's primary language. */
  readonly locale?: "ja" | "en";
  /** Count `needs-evidence` results as failures too (a missing fact is then not good enough). Off by default. */
  readonly requireEvidence?: boolean;
  /** The lowest severity that fails; `low` (every severity) by default. `high` ignores medium and low findings. */
  readonly failOn?: Severity;
}

/** The result of `checkCompliance`: whether the subject complies, and why not. */
export interface ComplianceResult {
  /** True when the description is valid and no result counts as a failure. */
  readonly ok: boolean;
  /** The report evaluated (or given); absent when the description is not valid. */
  readonly report?: Report;
  /** Problems with the description itself; empty when it is valid. */
  readonly issues: readonly InputIssue[];
  /** The results that count as failures under the options, in report order. */
  readonly failing: readonly Finding[];
  /** A readable account of the issues or failing results; empty when `ok`. */
  readonly message: string;
  /** The ids of the checks evaluated (for a report: the ids its results name), to tell an unknown id from a quiet check. */
  readonly checkIds: readonly string[];
}

/** Options that change the evaluation itself, so they cannot apply to a report already made. */
const EVALUATION_OPTIONS = ["profile", "evaluationDate", "checks", "waivers"] as const;

/** Whether a value has the shape of a report rather than of a description (descriptions have no `results`). */
function isReport(value: unknown): value is Report {
  if (value === null || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return Array.isArray(v.results) && typeof v.summary === "object" && typeof v.tool === "object";
}

/** The report for a subject: a report is taken as it is, a description is validated and evaluated. */
function reportFor(
  subject: unknown,
  options: EvaluateOptions,
  defaults: EngineDefaults,
): { readonly report: Report } | { readonly issues: readonly InputIssue[] } {
  if (isReport(subject)) {
    const given = EVALUATION_OPTIONS.filter((key) => options[key] !== undefined);
    if (given.length > 0) {
      throw new SecpolicyError("report-options", {
        ja: `評価済みのレポートには ${given.join(", ")} を指定できない。記述（評価前のデータ）を渡すか、これらの指定を外すこと`,
        en: `${given.join(", ")} cannot apply to a report that is already evaluated; pass the description instead, or drop these options`,
      });
    }
    return { report: subject };
  }
  const parsed = parseDescription(subject);
  if (!parsed.ok) return { issues: parsed.issues };
  return { report: evaluateWith(parsed.value, options, defaults) };
}

const SHOWN = 20;

/**
 * Lists results one per entry, the way test runners print them: outcome, severity, check, path,
 * message and clauses. Long lists are cut after twenty entries.
 */
export function formatFindings(findings: readonly Finding[], locale: "ja" | "en" = "en"): string {
  const lines = findings.slice(0, SHOWN).map((f) => {
    const clauses = f.clauses.length === 0 ? "" : ` (${locale === "ja" ? "条項" : "clause"} ${f.clauses.join(", ")})`;
    return `  - ${f.outcome} [${f.severity}] ${f.checkId} at ${f.path || "/"}: ${f.message[locale]}${clauses}`;
  });
  if (findings.length > SHOWN)
    lines.push(locale === "ja" ? `  …ほか ${findings.length - SHOWN} 件` : `  … and ${findings.length - SHOWN} more`);
  return lines.join("\n");
}

/** Lists description problems one per entry: JSON pointer, message and hint. */
function formatIssues(issues: readonly InputIssue[], locale: "ja" | "en" = "en"): string {
  return issues
    .slice(0, SHOWN)
    .map((i) => `  - ${i.pointer || "/"}: ${i.message[locale]}${i.hint === undefined ? "" : ` (${i.hint[locale]})`}`)
    .concat(
      issues.length > SHOWN ? [locale === "ja" ? `  …ほか ${issues.length - SHOWN} 件` : `  … and ${issues.length - SHOWN} more`] : [],
    )
    .join("\n");
}

/**
 * Evaluates a description (any JSON value, validated first) or takes a report, and says whether it
 * complies: no `fail` result at or above `failOn`, nor a `needs-evidence` one when `requireEvidence`
 * is set. Waived and not-applicable results never fail. Never throws for a non-compliant or invalid
 * description; it throws {@link SecpolicyError} only for unusable options (no evaluation date, an
 * invalid check list, evaluation options given with a report). `defaults` supplies the checks
 * and profile left out of the options (the package entry's `checkCompliance` passes the built-in
 * ones).
 */
export function checkComplianceWith(subject: unknown, options: ComplianceOptions, defaults: EngineDefaults): ComplianceResult {
  const { requireEvidence, failOn, ...evaluation } = options;
  const lang = options.locale ?? "en";
  const t = (ja: string, en: string) => (lang === "ja" ? ja : en);
  const outcome = reportFor(subject, evaluation, defaults);
  const checkIds =
    "report" in outcome && isReport(subject)
      ? [...new Set(outcome.report.results.map((f) => f.checkId))]
      : (evaluation.checks ?? defaults.checks).map((c) => c.meta.id);
  if ("issues" in outcome) {
    const n = outcome.issues.length;
    const message = `${t(`記述が不正（${n} 件）`, `The description is not valid (${n} ${n === 1 ? "issue" : "issues"})`)}:\n${formatIssues(outcome.issues, lang)}`;
    return { ok: false, issues: outcome.issues, failing: [], message, checkIds };
  }
  const { report } = outcome;
  const thresholds = { ...(requireEvidence === undefined ? {} : { requireEvidence }), ...(failOn === undefined ? {} : { failOn }) };
  const failing = report.results.filter((f) => failsRun(f, thresholds));
  if (failing.length === 0) return { ok: true, report, issues: [], failing, message: "", checkIds };
  const above = failOn === undefined || failOn === "low" ? "" : t(`、重大度 ${failOn} 以上`, `, severity ${failOn} and above`);
  const scope = t(
    `プロファイル ${report.profile.id}、基準日 ${report.evaluationDate}${above}`,
    `profile ${report.profile.id}, evaluated on ${report.evaluationDate}${above}`,
  );
  const unjudged = requireEvidence === true ? 0 : report.results.filter((f) => f.outcome === "needs-evidence").length;
  const note =
    unjudged === 0
      ? ""
      : `\n${t(`（ほかに証跡不足が ${unjudged} 件。requireEvidence を指定すると不適合に数える）`, `(${unjudged} more ${unjudged === 1 ? "result needs" : "results need"} evidence; set requireEvidence to count them)`)}`;
  const n = failing.length;
  const head = t(`${n} 件の結果が適合しない（${scope}）`, `${n} ${n === 1 ? "result does" : "results do"} not comply (${scope})`);
  return { ok: false, report, issues: [], failing, message: `${head}:\n${formatFindings(failing, lang)}${note}`, checkIds };
}

/**
 * Thrown by `assertCompliant`: the description is not valid (`code` `invalid-description`,
 * with `issues`) or does not comply (`code` `not-compliant`, with the failing `findings`).
 */
export class ComplianceError extends SecpolicyError {
  /** The results that count as failures, in report order. */
  readonly findings: readonly Finding[];
  /** The whole report, when the description was valid. */
  readonly report: Report | undefined;

  constructor(result: ComplianceResult) {
    const invalid = result.issues.length > 0;
    super(
      invalid ? "invalid-description" : "not-compliant",
      invalid
        ? { ja: "記述が不正なため評価できない", en: "The description is not valid" }
        : { ja: `${result.failing.length} 件の結果が適合しない`, en: `${result.failing.length} results do not comply` },
      result.issues,
    );
    // The result's message lists the issues or findings with their hints, which the base message lacks.
    this.message = result.message;
    this.name = "ComplianceError";
    this.findings = result.failing;
    this.report = result.report;
  }
}
