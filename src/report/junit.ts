/**
 * JUnit XML in the Ant schema CI servers read: one <testsuite> per check, one <testcase> per
 * check × target (classname = check id, name = target id and path).
 *
 * Decisions:
 * - A check × target with several results takes the worst outcome; the failure text lists them all.
 * - fail → <failure type="fail">; needs-evidence → <failure type="needs-evidence">, because a
 *   missing fact is never a pass and a CI gate must not turn green on it: `failsRun` with
 *   `requireEvidence` decides, as for the CLI's exit code.
 * - waived → <skipped> (an approved exception, with its reference and expiry in the message);
 *   not-applicable → <skipped> with the reason; pass → an empty test case.
 * - Deterministic: time="0", timestamp = the evaluation date at midnight, hostname="localhost".
 */
import { failsRun } from "../engine/fails-run.js";
import type { Finding } from "../model/finding.js";
import { SEVERITIES } from "../model/values/finding.js";
import type { Report, ReportError } from "../model/report.js";
import type { FormatOptions } from "./options.js";
import {
  basisLine,
  checksOf,
  runNotes,
  type Locale,
  locationLabel,
  OUTCOME_LABELS,
  OUTCOME_RANK,
  SEVERITY_LABELS,
  traceLabel,
  waiverLine,
} from "./shared.js";

/**
 * Characters XML 1.0 cannot carry at all (not even as references): C0 controls other than tab,
 * newline and carriage return, lone surrogates, U+FFFE and U+FFFF. They become visible escapes.
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML 1.0 forbids
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function xmlSafe(text: string): string {
  return text.replace(NOT_XML, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Escapes element content; carriage returns are kept as references so parsers do not fold them. */
export function xmlText(text: string): string {
  return xmlSafe(text).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll("\r", "&#13;");
}

/** Escapes an attribute value; whitespace characters are references so attribute normalisation keeps them. */
export function xmlAttr(text: string): string {
  return xmlText(text).replaceAll('"', "&quot;").replaceAll("\n", "&#10;").replaceAll("\t", "&#9;");
}

const LABELS = {
  basis: { ja: "根拠", en: "Basis" },
  todo: { ja: "対応", en: "What to do" },
  trace: { ja: "経路", en: "Path" },
  at: { ja: "位置", en: "At" },
} as const;

/** The test case's name: the target's id and path, or just the path or kind when it has no id. */
function caseName(finding: Finding): string {
  const { id, path, kind } = finding.target;
  if (id !== undefined) return `${id} (${path})`;
  return path === "" ? kind : path;
}

function detail(findings: readonly Finding[], locale: Locale): string {
  return findings
    .filter((f) => f.outcome === "fail" || f.outcome === "needs-evidence" || f.outcome === "waived")
    .map((f) => {
      // The finding's own severity: the suite's property is the check's default (twenty-third review).
      const outcome = `${OUTCOME_LABELS[f.outcome][locale]}${locale === "ja" ? "・" : ", "}${SEVERITY_LABELS[f.severity][locale]}`;
      const lines = [`[${outcome}] ${f.message[locale]}`, `${LABELS.at[locale]}: ${locationLabel(f, locale)}`];
      const trace = traceLabel(f, locale);
      if (trace !== undefined) lines.push(`${LABELS.trace[locale]}: ${trace}`);
      lines.push(`${LABELS.basis[locale]}: ${basisLine(f, locale)}`);
      const waiver = waiverLine(f, locale);
      if (waiver !== undefined) lines.push(waiver);
      else if (f.remediation !== undefined) lines.push(`${LABELS.todo[locale]}: ${f.remediation[locale]}`);
      return lines.join("\n");
    })
    .join("\n\n");
}

/** When a test case fails: as the CLI with `--require-evidence`, since a missing fact must not turn a CI gate green. */
const GATE = { requireEvidence: true } as const;

interface Case {
  readonly xml: string;
  readonly failed: boolean;
  readonly skipped: boolean;
}

/** The `worstSeverity` property of a suite: the most severe fail or needs-evidence among its findings, if any. */
function worstSeverity(findings: readonly Finding[]): [string, string][] {
  const problems = findings.filter((f) => f.outcome === "fail" || f.outcome === "needs-evidence");
  const worst = SEVERITIES.find((s) => problems.some((f) => f.severity === s));
  return worst === undefined ? [] : [["worstSeverity", worst]];
}

function testCase(checkId: string, findings: readonly Finding[], locale: Locale): Case {
  const worst = [...findings].sort((a, b) => OUTCOME_RANK[a.outcome] - OUTCOME_RANK[b.outcome])[0] as Finding;
  const open = `    <testcase classname="${xmlAttr(checkId)}" name="${xmlAttr(caseName(worst))}" time="0"`;
  if (worst.outcome === "error") {
    const body = `<error type="check-error" message="${xmlAttr(worst.message[locale])}">${xmlText(detail(findings, locale))}</error>`;
    return { xml: `${open}>\n      ${body}\n    </testcase>`, failed: true, skipped: false };
  }
  if (failsRun(worst, GATE)) {
    const body = `<failure type="${worst.outcome}" message="${xmlAttr(worst.message[locale])}">${xmlText(detail(findings, locale))}</failure>`;
    return { xml: `${open}>\n      ${body}\n    </testcase>`, failed: true, skipped: false };
  }
  if (worst.outcome === "pass") return { xml: `${open}/>`, failed: false, skipped: false };
  const message = worst.outcome === "waived" ? (waiverLine(worst, locale) ?? OUTCOME_LABELS.waived[locale]) : worst.message[locale];
  const body = `<skipped message="${xmlAttr(`${OUTCOME_LABELS[worst.outcome][locale]}: ${message}`)}"/>`;
  return { xml: `${open}>\n      ${body}\n    </testcase>`, failed: false, skipped: true };
}

/**
 * The input errors of a run that could not evaluate: one suite, `secpolicy/input`, with one
 * errored test case per error, named by its location, so CI shows what stopped the run.
 */
/**
 * What the run left out or did not judge (the heading notes of the other formats: systems and
 * organisation-wide checks not judged, checks not run, known findings a baseline hides), as
 * skipped test cases a dashboard shows (twenty-third and twenty-fifth reviews: JUnit said nothing).
 */
function notesSuite(notes: readonly string[], id: number, timestamp: string): string {
  const cases = notes.map((note, i) =>
    [
      `    <testcase classname="secpolicy/notes" name="note ${i + 1}" time="0">`,
      `      <skipped message="${xmlAttr(note)}"/>`,
      "    </testcase>",
    ].join("\n"),
  );
  return plainSuite("notes", id, { tests: notes.length, errors: 0, skipped: notes.length }, cases, timestamp);
}

/** A suite of the run itself (input errors, notes): no check properties, the given cases. */
function plainSuite(
  name: string,
  id: number,
  counts: { tests: number; errors: number; skipped: number },
  cases: readonly string[],
  timestamp: string,
): string {
  return [
    `  <testsuite name="secpolicy/${name}" package="${name}" id="${id}" tests="${counts.tests}" failures="0" errors="${counts.errors}"` +
      ` skipped="${counts.skipped}" time="0" timestamp="${xmlAttr(timestamp)}" hostname="localhost">`,
    "    <properties/>",
    ...cases,
    "    <system-out/>",
    "    <system-err/>",
    "  </testsuite>",
  ].join("\n");
}

function errorSuite(errors: readonly ReportError[], id: number, timestamp: string, locale: Locale): string {
  const cases = errors.map((e) => {
    const where = e.line === undefined ? e.file : `${e.file}:${e.line}:${e.column ?? 1}`;
    const text = [
      `${where}: ${e.message[locale]}`,
      ...(e.pointer === undefined || e.pointer === "" ? [] : [e.pointer]),
      ...(e.hint === undefined ? [] : [e.hint[locale]]),
    ].join("\n");
    return [
      `    <testcase classname="secpolicy/input" name="${xmlAttr(where)}" time="0">`,
      `      <error type="${xmlAttr(e.code)}" message="${xmlAttr(e.message[locale])}">${xmlText(text)}</error>`,
      "    </testcase>",
    ].join("\n");
  });
  return plainSuite("input", id, { tests: errors.length, errors: errors.length, skipped: 0 }, cases, timestamp);
}

/** Formats a report as JUnit XML (UTF-8, trailing newline). */
export function formatJunit(report: Report, options: FormatOptions): string {
  return [...junitChunks(report, options)].join("");
}

/**
 * {@link formatJunit} in pieces: each suite's head, each test case and each suite's foot is a
 * piece, so no piece grows with the number of targets. The pieces join into exactly the text of
 * formatJunit.
 */
export function* junitChunks(report: Report, options: FormatOptions): Generator<string> {
  const { locale } = options;
  const timestamp = `${report.evaluationDate}T00:00:00`;
  // One pass: check id → target → results (a check × target is one test case).
  const grouped = new Map<string, Map<string, Finding[]>>();
  for (const finding of report.results) {
    let byTarget = grouped.get(finding.checkId);
    if (byTarget === undefined) {
      byTarget = new Map();
      grouped.set(finding.checkId, byTarget);
    }
    // A target by its id where it has one: in a run of several files two targets may sit at the same pointer of their own files.
    const key = `${finding.target.kind}:${finding.target.id ?? finding.target.path}`;
    const list = byTarget.get(key);
    if (list === undefined) byTarget.set(key, [finding]);
    else list.push(finding);
  }
  const checks = checksOf(report);
  const errors = report.errors ?? [];
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (checks.length === 0 && errors.length === 0) {
    yield "<testsuites/>\n";
    return;
  }
  yield "<testsuites>";
  for (const [suiteIndex, check] of checks.entries()) {
    const byTarget = grouped.get(check.id) as Map<string, Finding[]>;
    const cases = [...byTarget.values()].map((findings) => testCase(check.id, findings, locale));
    const properties: [string, string][] = [
      ["title", check.title[locale]],
      ["clauses", check.clauses.join(" ")],
      ["basis", check.basis],
      ["area", check.area],
      ["severity", check.severity],
      // The worst severity among the suite's problems, which may be above the check's (sixty-fourth review: a critical
      // finding sat in a suite labelled high). A test case holds every finding of one target.
      ...worstSeverity([...byTarget.values()].flat()),
      ["threats", check.threats.join(" ")],
      ...(check.remediation === undefined ? [] : [["remediation", check.remediation[locale]] as [string, string]]),
      ...(check.docsUrl === undefined ? [] : [["docs", check.docsUrl] as [string, string]]),
      ["profile", report.profile.id],
      ["policy", `${report.policy.id} ${report.policy.edition}`],
      ["evaluationDate", report.evaluationDate],
    ];
    yield `\n${[
      `  <testsuite name="${xmlAttr(check.id)}" package="${xmlAttr(check.area)}" id="${suiteIndex}"` +
        ` tests="${cases.length}" failures="${cases.filter((c) => c.failed).length}" errors="0"` +
        ` skipped="${cases.filter((c) => c.skipped).length}" time="0" timestamp="${xmlAttr(timestamp)}" hostname="localhost">`,
      "    <properties>",
      ...properties.map(([name, value]) => `      <property name="${name}" value="${xmlAttr(value)}"/>`),
      "    </properties>",
    ].join("\n")}`;
    for (const c of cases) yield `\n${c.xml}`;
    yield "\n    <system-out/>\n    <system-err/>\n  </testsuite>";
  }
  if (errors.length > 0) yield `\n${errorSuite(errors, checks.length, timestamp, locale)}`;
  const notes = runNotes(report, locale);
  if (notes.length > 0) yield `\n${notesSuite(notes, checks.length + (errors.length > 0 ? 1 : 0), timestamp)}`;
  yield "\n</testsuites>\n";
}
