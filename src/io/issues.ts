import type { InputIssue } from "../input/errors.js";
import type { Finding, LocalizedText } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { type Diagnostic, MAX_DIAGNOSTICS_PER_FILE, moreProblems } from "./diagnostic.js";
import type { Position } from "./locate.js";
import type { ParsedSource } from "./parse.js";

/** Turns validation issues (from parseDescription or parseWith) into diagnostics located in the source. */
export function issuesToDiagnostics(source: ParsedSource, issues: readonly InputIssue[]): Diagnostic[] {
  // Only the diagnostics that will be shown are located; the rest are counted.
  const first = issues.length > MAX_DIAGNOSTICS_PER_FILE ? issues.slice(0, MAX_DIAGNOSTICS_PER_FILE) : issues;
  const positions = source.locateAll(
    first.flatMap((issue) => (issue.related === undefined ? [issue.pointer] : [issue.pointer, issue.related])),
  );
  const out: Diagnostic[] = first.map((issue) => {
    const related = issue.related === undefined ? undefined : positions.get(issue.related);
    return {
      file: source.file,
      ...(positions.get(issue.pointer) ?? {}),
      code: issue.code,
      message: related === undefined ? issue.message : withRelatedLine(issue.message, related),
      ...(issue.hint === undefined ? {} : { hint: issue.hint }),
      pointer: issue.pointer,
    };
  });
  if (issues.length > first.length) out.push(moreProblems(source.file, issues.length - first.length));
  return out;
}

/**
 * A message with the line of the other place it concerns (the first entry of a duplicated id): a pointer alone sends
 * the reader counting list items (seventy-ninth review).
 */
function withRelatedLine(message: LocalizedText, at: Position): LocalizedText {
  return {
    ja: `${message.ja}。最初の記載は ${at.line}行${at.column}列`,
    en: `${message.en}; the first is at line ${at.line}, column ${at.column}`,
  };
}

/** Outcomes worth pointing at in the file; passes and not-applicable results stay unlocated (cheap for big files). */
const REPORTED = new Set<Finding["outcome"]>(["fail", "needs-evidence", "waived"]);

/** Adds `location` to the reported findings of a report; the report itself is not changed. */
export function locateFindings(report: Report, source: ParsedSource): Report {
  const results = report.results.map((finding) => (REPORTED.has(finding.outcome) ? { ...finding } : finding));
  addLocations(results, source);
  return { ...report, results };
}

/**
 * {@link locateFindings} for a caller that owns the findings (the command, with the report it has
 * just evaluated): `location` is set on the reported findings themselves. At 100k systems a copy
 * of every reported finding is some 60 MB more at the command's peak.
 *
 * @internal
 */
export function addLocations(results: readonly Finding[], source: ParsedSource): void {
  const positions = source.locateAll(results.filter((f) => REPORTED.has(f.outcome)).map((f) => f.path));
  for (const finding of results) {
    if (!REPORTED.has(finding.outcome)) continue;
    const at = positions.get(finding.path) ?? { line: 1, column: 1 };
    (finding as { location?: Finding["location"] }).location = { file: source.file, line: at.line, column: at.column };
  }
}
