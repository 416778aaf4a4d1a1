/**
 * GitHub Actions workflow commands: one annotation per finding at its file, line and column
 * (`::error file=…,line=…,col=…,title=<check id>::message`), which GitHub shows on the pull
 * request's changed lines and in the run's summary. Escaping follows GitHub's own toolkit
 * (`@actions/core`): `%`, CR and LF in the message; also `:` and `,` in property values.
 *
 * fail: critical/high → error, medium → warning, low → notice. needs-evidence: the same, but at
 * most warning (a missing fact is not yet a breach). A check that could not judge (outcome
 * `error`) and an input error of a failed run → error. Waived, passed and not-applicable results
 * are not annotated. The last line is the summary as plain log text.
 */
import type { Finding, Severity } from "../model/finding.js";
import type { Report, ReportError } from "../model/report.js";
import { OUTCOME_LABELS, runNotes, SEVERITY_LABELS, summaryLine, visible } from "./shared.js";

type Command = "error" | "warning" | "notice";

const COMMANDS: Readonly<Record<Severity, Command>> = { critical: "error", high: "error", medium: "warning", low: "notice" };

/** Escapes a workflow command's message (GitHub's `escapeData`). */
export function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** Escapes a workflow command's property value (GitHub's `escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

function commandOf(finding: Finding): Command {
  if (finding.outcome === "error") return "error";
  const command = COMMANDS[finding.severity];
  return finding.outcome === "needs-evidence" && command === "error" ? "warning" : command;
}

const TODO = { ja: "対応", en: "What to do" } as const;

function properties(at: { file: string; line?: number | undefined; column?: number | undefined } | undefined, title: string): string {
  return [
    ...(at === undefined ? [] : [`file=${escapeProperty(at.file)}`]),
    ...(at?.line === undefined ? [] : [`line=${at.line}`]),
    ...(at?.column === undefined ? [] : [`col=${at.column}`]),
    `title=${escapeProperty(visible(title))}`,
  ].join(",");
}

/** One annotation line for a fail, needs-evidence or error result. */
export function annotation(finding: Finding, locale: "ja" | "en"): string {
  const head = `${OUTCOME_LABELS[finding.outcome][locale]} [${SEVERITY_LABELS[finding.severity][locale]}] ${visible(finding.message[locale])}`;
  const todo = finding.remediation === undefined ? "" : `\n${TODO[locale]}: ${visible(finding.remediation[locale])}`;
  return `::${commandOf(finding)} ${properties(finding.location, finding.checkId)}::${escapeData(`${head}${todo}`)}`;
}

/** One annotation line for an input error of a run that could not evaluate. */
export function errorAnnotation(error: ReportError, locale: "ja" | "en"): string {
  const hint = error.hint === undefined ? "" : `\n${visible(error.hint[locale])}`;
  return `::error ${properties(error, error.code)}::${escapeData(`${visible(error.message[locale])}${hint}`)}`;
}

const ANNOTATED = new Set<Finding["outcome"]>(["fail", "needs-evidence", "error"]);

/** Formats a report as GitHub Actions annotations, then the summary line. */
export function formatGithub(report: Report, options: { locale: "ja" | "en" }): string {
  const lines = [
    // What the run left out or did not judge (systems, checks, a baseline's known findings): a notice each.
    ...runNotes(report, options.locale).map((note) => `::notice title=secpolicy::${escapeData(visible(note))}`),
    ...(report.errors ?? []).map((e) => errorAnnotation(e, options.locale)),
    ...report.results.filter((f) => ANNOTATED.has(f.outcome)).map((f) => annotation(f, options.locale)),
  ];
  // The summary is plain log text; a line that starts with "::" would be read as a command.
  lines.push(summaryLine(report, options.locale).replace(/^::/, ": :"));
  return `${lines.join("\n")}\n`;
}
