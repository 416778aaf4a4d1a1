/**
 * Markdown for a review or an issue (GitHub-flavoured tables): title, profile, date, a summary
 * table, then the findings grouped by severity, waived results and unused exceptions.
 * Every value from the report is escaped, so a name in a description cannot break a table, open
 * a link or inject HTML.
 */
import type { Finding, Outcome } from "../model/finding.js";
import { SEVERITIES } from "../model/values/finding.js";
import type { Report } from "../model/report.js";
import type { FormatOptions } from "./options.js";
import {
  BASIS_LABELS,
  basisLabelOf,
  checksOf,
  clauseLabel,
  type Locale,
  locationLabel,
  OUTCOME_LABELS,
  pointerLabel,
  SEVERITY_LABELS,
  targetLabel,
  traceLabel,
  visible,
  evaluationDateLabel,
  HEAD_LABELS,
  headingNotes,
  policyLabel,
  profileTraits,
  type SourceInfo,
  sourcesOf,
} from "./shared.js";

/**
 * Escapes text for a table cell: `&`, `<` and `>` become entities (no HTML, no autolinks),
 * Markdown punctuation gets a backslash (no emphasis, links, strike-through, maths or cell
 * breaks), control characters become visible escapes and line breaks become `<br>`.
 */
export function mdCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      visible(line)
        .replaceAll("&", "&amp;")
        .replaceAll("<", "&lt;")
        .replaceAll(">", "&gt;")
        .replace(/[\\`*_[\]|~$]/g, "\\$&"),
    )
    .join("<br>");
}

/** A code span that survives table cells: backticks inside get a longer fence, pipes are escaped. */
export function mdCode(text: string): string {
  const clean = visible(text);
  let longest = 0;
  for (const m of clean.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = "`".repeat(longest + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence}${pad}${clean.replaceAll("|", "\\|")}${pad}${fence}`;
}

const L = {
  summary: { ja: "集計", en: "Summary" },
  outcome: { ja: "結果", en: "Outcome" },
  count: { ja: "件数", en: "Count" },
  total: { ja: "合計", en: "Total" },
  bySeverity: { ja: "重大度別", en: "By severity" },
  severity: { ja: "重大度", en: "Severity" },
  findings: { ja: "指摘事項", en: "Findings" },
  none: { ja: "指摘事項なし。", en: "No findings." },
  check: { ja: "チェック", en: "Check" },
  target: { ja: "対象", en: "Target" },
  clauses: { ja: "根拠", en: "Basis" },
  location: { ja: "位置", en: "Location" },
  message: { ja: "内容", en: "Message" },
  todo: { ja: "対応", en: "What to do" },
  trace: { ja: "経路", en: "Path" },
  waived: { ja: "例外措置を適用した結果", en: "Waived results" },
  checks: { ja: "指摘のあったチェック", en: "Checks with findings" },
  requirement: { ja: "求めること", en: "Requirement" },
  docs: { ja: "説明", en: "Docs" },
  waiver: { ja: "例外措置", en: "Exception" },
  unused: { ja: "どの結果にも当てはまらなかった例外措置", en: "Exceptions that matched no result" },
  // Fortieth review: an approved exception beside an open question of the same check read as "matched nothing" with no why.
  unusedNote: {
    ja: "例外措置は不適合（fail）の結果にだけ適用される。確認事項（needs-evidence）は、求められた事実を記載して解消すること",
    en: "An exception waives only failed results; a question (needs-evidence) is settled by stating the fact it asks for",
  },
  expires: { ja: "期限", en: "Expires" },
  reason: { ja: "理由", en: "Reason" },
  approvedBy: { ja: "承認", en: "Approved by" },
} as const;

/** A link to a check's docs page; only plain http(s) URLs become links (a hand-made report could carry anything). */
function docsLink(url: string | undefined, locale: Locale): string {
  if (url === undefined || !/^https?:\/\/[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+$/.test(url)) return "";
  return `[${L.docs[locale]}](${url})`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function table(head: readonly string[], rows: readonly (readonly string[])[], align: readonly ("l" | "r")[] = []): string[] {
  const rule = head.map((_, i) => (align[i] === "r" ? "---:" : "---"));
  return [row(head), row(rule), ...rows.map(row)];
}

function clausesCell(finding: Finding, locale: Locale): string {
  const clauses = finding.clauses.map((c) => mdCell(clauseLabel(c, locale))).join("<br>");
  // Never let recommended practice or the guideline read as the policy's own words.
  // The policy's own clauses say so (twenty-third review: a policy row showed the clause alone, like a related one).
  if (finding.basis === "policy") return `${mdCell(basisLabelOf(finding, locale))}<br>${clauses}`;
  return `${mdCell(basisLabelOf(finding, locale))}<br>${locale === "ja" ? "関連条項 " : "related: "}${clauses}`;
}

function messageCell(finding: Finding, locale: Locale): string {
  const trace = traceLabel(finding, locale);
  return mdCell(finding.message[locale]) + (trace === undefined ? "" : `<br>${L.trace[locale]}: ${mdCell(trace)}`);
}

/** The location as code, except the whole description, which has no pointer to show. */
function locationCell(finding: Finding, locale: Locale): string {
  return finding.location === undefined && finding.path === "" ? mdCell(pointerLabel("", locale)) : mdCode(locationLabel(finding, locale));
}

function targetCell(finding: Finding, locale: Locale): string {
  return mdCell(targetLabel(finding.target, locale));
}

/** An input as the head names it: 「表題（`file`）」, or the file alone when the description has no title. */
function sourceItem(source: SourceInfo, locale: Locale): string {
  const file = mdCode(source.file);
  if (source.title === undefined) return file;
  return locale === "ja" ? `${mdCell(source.title)}（${file}）` : `${mdCell(source.title)} (${file})`;
}

/** The inputs of the report: one on the line itself, several as a nested list; nothing when the report does not say. */
function sourceLines(sources: readonly SourceInfo[], locale: Locale): string[] {
  const label = HEAD_LABELS.sources[locale];
  if (sources.length === 0) return [];
  if (sources.length === 1) return [`- ${label}: ${sourceItem(sources[0] as SourceInfo, locale)}`];
  return [`- ${label}:`, ...sources.map((source) => `  - ${sourceItem(source, locale)}`)];
}

/** Formats a report as Markdown (trailing newline). */
export function formatMarkdown(report: Report, options: FormatOptions): string {
  return `${markdownLines(report, options).join("\n").trimEnd()}\n`;
}

/** Appends lines one by one: `push(...lines)` overflows the stack for long tables. */
function append(out: string[], ...parts: (string | readonly string[])[]): void {
  for (const part of parts) {
    if (typeof part === "string") out.push(part);
    else for (const line of part) out.push(line);
  }
}

/** The lines of {@link formatMarkdown}, before joining. */
export function markdownLines(report: Report, options: FormatOptions): string[] {
  const { locale } = options;
  const out: string[] = [];
  const traits = mdCell(profileTraits(report.profile, locale));
  append(
    out,
    `# ${HEAD_LABELS.title[locale]}`,
    "",
    ...sourceLines(sourcesOf(report, options.sources), locale),
    `- ${HEAD_LABELS.policy[locale]}: ${mdCell(policyLabel(report.policy, locale))}`,
    `- ${HEAD_LABELS.profile[locale]}: ${mdCode(report.profile.id)}${locale === "ja" ? `（${traits}）` : ` (${traits})`}`,
    ...headingNotes(report, locale).map((note) => `- ${mdCell(note)}`),
    `- ${HEAD_LABELS.date[locale]}: ${evaluationDateLabel(report, locale)}`,
    `- ${HEAD_LABELS.tool[locale]}: ${mdCell(report.tool.name)} ${mdCell(report.tool.version)}`,
    "",
    `## ${L.summary[locale]}`,
    "",
  );
  const outcomes: Outcome[] = ["fail", "needs-evidence", "waived", "pass", "not-applicable"];
  // A check that could not judge a target is counted too, so the rows add up to the total.
  if (report.summary.byOutcome.error > 0) outcomes.push("error");
  // By severity, only what a reader acts on: passes and not-applicable results spread over severities say nothing
  // (seventy-ninth review: 「重大 … 適合 38 対象外 59」 meant nothing to a 課長). They stay counted in the table above.
  const problems = outcomes.filter((o) => o !== "pass" && o !== "not-applicable");
  append(
    out,
    table(
      [L.outcome[locale], L.count[locale]],
      [
        ...outcomes.map((o) => [OUTCOME_LABELS[o][locale], String(report.summary.byOutcome[o])]),
        [`**${L.total[locale]}**`, `**${report.summary.total}**`],
      ],
      ["l", "r"],
    ),
    "",
    `### ${L.bySeverity[locale]}`,
    "",
    table(
      [L.severity[locale], ...problems.map((o) => OUTCOME_LABELS[o][locale])],
      SEVERITIES.map((s) => [SEVERITY_LABELS[s][locale], ...problems.map((o) => String(report.summary.bySeverity[s][o]))]),
      ["l", ...problems.map(() => "r" as const)],
    ),
    "",
    `## ${L.findings[locale]}`,
    "",
  );

  const open = report.results.filter((f) => f.outcome === "fail" || f.outcome === "needs-evidence" || f.outcome === "error");
  if (open.length === 0) append(out, L.none[locale], "");
  for (const severity of SEVERITIES) {
    const findings = open.filter((f) => f.severity === severity);
    if (findings.length === 0) continue;
    const heading = locale === "ja" ? `${SEVERITY_LABELS[severity].ja}（${severity}）` : SEVERITY_LABELS[severity].en;
    append(
      out,
      `### ${heading}`,
      "",
      table(
        [L.outcome[locale], L.check[locale], L.target[locale], L.clauses[locale], L.location[locale], L.message[locale], L.todo[locale]],
        findings.map((f) => [
          OUTCOME_LABELS[f.outcome][locale],
          mdCode(f.checkId),
          targetCell(f, locale),
          clausesCell(f, locale),
          locationCell(f, locale),
          messageCell(f, locale),
          f.remediation === undefined ? "" : mdCell(f.remediation[locale]),
        ]),
      ),
      "",
    );
  }

  const waived = report.results.filter((f) => f.outcome === "waived");
  if (waived.length > 0) {
    append(
      out,
      `## ${L.waived[locale]}`,
      "",
      table(
        [
          L.check[locale],
          L.target[locale],
          L.location[locale],
          L.message[locale],
          L.waiver[locale],
          L.approvedBy[locale],
          L.expires[locale],
          L.reason[locale],
        ],
        waived.map((f) => [
          mdCode(f.checkId),
          targetCell(f, locale),
          locationCell(f, locale),
          messageCell(f, locale),
          mdCell(f.waiver?.reference ?? ""),
          mdCell(f.waiver?.approvedBy ?? ""),
          f.waiver?.expiresOn ?? "",
          mdCell(f.waiver?.reason ?? ""),
        ]),
      ),
      "",
    );
  }

  // What each check with a finding requires, from the report's own account of it (custom checks too). The basis
  // and severity are those of its findings in this report, not the check's defaults (twelfth review: a practice
  // finding's check was shown as the guideline's, a medium finding's as high).
  const findingsOf = new Map<string, Finding[]>();
  for (const f of report.results) {
    if (f.outcome === "pass" || f.outcome === "not-applicable") continue;
    const list = findingsOf.get(f.checkId);
    if (list === undefined) findingsOf.set(f.checkId, [f]);
    else list.push(f);
  }
  const checks = checksOf(report).filter((check) => findingsOf.has(check.id));
  const basesOf = (id: string) =>
    [...new Set((findingsOf.get(id) ?? []).map((f) => f.basis))]
      .map((basis) => BASIS_LABELS[basis][locale])
      .join(locale === "ja" ? "、" : ", ");
  const severityOf = (id: string) =>
    (findingsOf.get(id) ?? []).map((f) => f.severity).sort((a, b) => SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b))[0];
  if (checks.length > 0) {
    append(
      out,
      `## ${L.checks[locale]}`,
      "",
      table(
        [L.check[locale], L.requirement[locale], L.clauses[locale], L.severity[locale], L.docs[locale]],
        checks.map((check) => [
          mdCode(check.id),
          mdCell(check.title[locale]),
          mdCell(basesOf(check.id) || BASIS_LABELS[check.basis][locale]),
          SEVERITY_LABELS[severityOf(check.id) ?? check.severity][locale],
          docsLink(check.docsUrl, locale),
        ]),
      ),
      "",
    );
  }

  const unused = report.unusedWaivers ?? [];
  if (unused.length > 0) {
    append(
      out,
      `## ${L.unused[locale]}`,
      "",
      L.unusedNote[locale],
      "",
      table(
        [L.check[locale], L.target[locale], L.waiver[locale], L.expires[locale], L.reason[locale]],
        unused.map((w) => [
          mdCode(w.checkId),
          mdCell([w.target.system, w.target.path].filter((x) => x !== undefined).join(" ")),
          mdCell(w.reference),
          w.expiresOn,
          mdCell(w.reason),
        ]),
      ),
      "",
    );
  }
  return out;
}
