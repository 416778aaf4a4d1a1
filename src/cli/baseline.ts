/**
 * Baselines: the findings a project has accepted for now (`secpolicy check --write-baseline FILE`),
 * so that later runs (`--baseline FILE`) report only what is new.
 *
 * Findings are matched by {@link findingFingerprint} (file, check, target id, message id, values),
 * which survives moved lines and reordered lists, counted as a multiset: two identical entries in
 * the baseline absorb two identical findings, a third one is new.
 *
 * Recorded are the findings that can fail a run and that a person can accept: `fail` and
 * `needs-evidence`. Not recorded are `waived` findings — a waiver already accepts them, with an
 * approver and an expiry date, and a baseline entry would outlive that expiry: when the waiver
 * lapses the finding must come back as new — and `error` results, which say a check could not
 * judge at all and must never be silenced.
 *
 * Everything here is pure. Reading and validating a baseline file is ./baseline-file.ts, which
 * loads the zod schema, only when a run is given `--baseline` (issue 18, target 5).
 */
import { isAbsolute, relative } from "node:path";
import { STDIN_NAME } from "../io/read.js";
import type { BaselineDocument, BaselineEntry } from "../model/baseline.js";
import { BASELINE_VERSION } from "../model/values/baseline.js";
import type { Finding, Outcome } from "../model/finding.js";
import type { Report, ReportSummary } from "../model/report.js";
import { FINGERPRINT_VERSION, findingFingerprint, fingerprintFile } from "../report/fingerprint.js";

/** The `$schema` of a baseline file. */
export const BASELINE_SCHEMA_ID = "urn:hitoyoshi-secpolicy:schema:baseline";

/** Outcomes a baseline records and absorbs. */
const BASELINED: ReadonlySet<Outcome> = new Set(["fail", "needs-evidence"]);

/** Outcomes that get a fingerprint: everything a report points at (passes and not-applicable stay light). */
const FINGERPRINTED: ReadonlySet<Outcome> = new Set(["fail", "needs-evidence", "waived", "error"]);

/**
 * The file name a fingerprint uses for a description: standard input as `<stdin>`, a path inside
 * the working folder relative to it (so `/ci/work/specs/a.yaml` and `specs/a.yaml` agree), any
 * other path as given; forward slashes, no leading `./`.
 */
export function fingerprintName(file: string, cwd: string): string {
  if (file === "-" || file === STDIN_NAME) return STDIN_NAME;
  if (isAbsolute(file)) {
    const inside = relative(cwd, file);
    if (inside !== "" && !inside.startsWith("..") && !isAbsolute(inside)) return fingerprintFile(inside);
  }
  return fingerprintFile(file);
}

/** Adds `fingerprint` to the findings of one description's report; `file` is its {@link fingerprintName}. */
export function addFingerprints(report: Report, file: string): Report {
  const results = report.results.map((f) => (FINGERPRINTED.has(f.outcome) ? { ...f } : f));
  fingerprintFindings(results, file);
  return { ...report, results };
}

/** {@link addFingerprints} on findings the caller owns (the command's own report): set on the findings themselves, no copies. */
export function fingerprintFindings(results: readonly Finding[], file: string): void {
  for (const f of results) {
    if (FINGERPRINTED.has(f.outcome)) (f as { fingerprint?: string }).fingerprint = findingFingerprint(f, file);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function entryOf(finding: Finding): BaselineEntry | undefined {
  if (!BASELINED.has(finding.outcome) || finding.fingerprint === undefined) return undefined;
  return {
    fingerprint: finding.fingerprint,
    checkId: finding.checkId,
    outcome: finding.outcome as BaselineEntry["outcome"],
    file: finding.location?.file === undefined ? "" : fingerprintFile(finding.location.file),
    target: `${finding.target.kind}:${finding.target.id ?? finding.target.path}`,
    messageId: finding.messageId,
  };
}

/** The baseline of a report whose findings carry fingerprints: every fail and needs-evidence, sorted. */
export function baselineOf(report: Report): BaselineDocument {
  const findings = report.results.flatMap((f) => entryOf(f) ?? []);
  findings.sort(
    (a, b) =>
      compare(a.file, b.file) ||
      compare(a.checkId, b.checkId) ||
      compare(a.target, b.target) ||
      compare(a.messageId, b.messageId) ||
      compare(a.fingerprint, b.fingerprint) ||
      compare(a.outcome, b.outcome),
  );
  return {
    $schema: BASELINE_SCHEMA_ID,
    tool: "hitoyoshi-secpolicy",
    baselineVersion: BASELINE_VERSION,
    fingerprintVersion: FINGERPRINT_VERSION,
    findings,
  };
}

/** The text of a baseline file: indented JSON, byte-identical for the same findings. */
export function baselineText(baseline: BaselineDocument): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

const ORDER = ["critical", "high", "medium", "low"] as const;
/** The worst severity among findings, as the report's baseline states it. */
function worstOf(findings: readonly Finding[]): { unchangedWorst?: (typeof ORDER)[number] } {
  const worst = ORDER.find((severity) => findings.some((f) => f.severity === severity));
  return worst === undefined ? {} : { unchangedWorst: worst };
}

/** Subtracts the counts of `results` from a summary (a copy). */
function without(summary: ReportSummary, results: readonly Finding[]): ReportSummary {
  const copy = structuredClone(summary);
  for (const f of results) {
    copy.total--;
    copy.byOutcome[f.outcome]--;
    copy.bySeverity[f.severity][f.outcome]--;
    copy.byArea[f.area][f.outcome]--;
    for (const threat of f.threats) copy.byThreat[threat][f.outcome]--;
  }
  return copy;
}

/**
 * Compares a report (findings with fingerprints) with a baseline. Findings the baseline has are
 * left out of the results and the summary and counted as `unchanged`; the fail, needs-evidence and
 * error results that remain are marked `baselineState: "new"`; baseline entries no finding matched
 * are counted as `absent`. The exit code of a run judges the returned report, so it counts only
 * what is new.
 */
export function compareWithBaseline(report: Report, baseline: BaselineDocument, file: string): Report {
  const pending = new Map<string, number>();
  for (const entry of baseline.findings) pending.set(entry.fingerprint, (pending.get(entry.fingerprint) ?? 0) + 1);
  const unchanged: Finding[] = [];
  const results: Finding[] = [];
  let fresh = 0;
  for (const finding of report.results) {
    const left = finding.fingerprint === undefined ? 0 : (pending.get(finding.fingerprint) ?? 0);
    if (BASELINED.has(finding.outcome) && left > 0) {
      pending.set(finding.fingerprint as string, left - 1);
      unchanged.push(finding);
    } else if (BASELINED.has(finding.outcome) || finding.outcome === "error") {
      fresh++;
      results.push({ ...finding, baselineState: "new" });
    } else results.push(finding);
  }
  let absent = 0;
  for (const count of pending.values()) absent += count;
  return {
    ...report,
    summary: without(report.summary, unchanged),
    results,
    baseline: { file, new: fresh, unchanged: unchanged.length, absent, ...worstOf(unchanged) },
  };
}

/**
 * The report as a code-scanning upload needs it under a baseline: every finding kept, those the
 * baseline has marked `baselineState: "unchanged"` (twenty-third review: dropped from the SARIF
 * log, their alerts were closed as fixed), the rest as {@link compareWithBaseline} gives them.
 */
export function markAgainstBaseline(report: Report, compared: Report): Report {
  const fresh = new Set(compared.results.filter((f) => f.baselineState === "new").map((f) => f.fingerprint));
  const results = report.results.map((finding) =>
    !BASELINED.has(finding.outcome) || finding.fingerprint === undefined
      ? finding
      : { ...finding, baselineState: fresh.has(finding.fingerprint) ? ("new" as const) : ("unchanged" as const) },
  );
  return { ...report, results, ...(compared.baseline === undefined ? {} : { baseline: compared.baseline }) };
}
