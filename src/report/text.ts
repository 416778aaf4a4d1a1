/**
 * The terminal format: findings grouped by system (other targets by kind), worst severity first,
 * each with where it is, the clauses behind it, the message and what to do. Pass and
 * not-applicable results are only counted.
 */
import type { Finding, Outcome, Severity } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { shown } from "../engine/text.js";
import { SEVERITIES } from "../model/values/finding.js";
import type { FormatOptions } from "./options.js";
import {
  basisLine,
  bySeverity,
  groupByTarget,
  isListed,
  locationLabel,
  OUTCOME_LABELS,
  SEVERITY_LABELS,
  summaryLine,
  TARGET_KIND_LABELS,
  type TargetGroup,
  targetLabel,
  traceLabel,
  waiverLine,
  evaluationDateLabel,
  HEAD_LABELS,
  headingNotes,
  policyLabel,
  profileTraits,
  type SourceInfo,
  sourcesOf,
} from "./shared.js";

type Paint = (code: string, text: string) => string;

/** Every string from the report, as shown on a terminal: control characters visible, long values cut with their length. */
function safe(text: string, locale: "ja" | "en"): string {
  return shown(text, SHOWN_TEXT_MAX, locale);
}

/** Longest text shown in one piece: messages are a few lines; longer means a value from the input that is absurdly long. */
const SHOWN_TEXT_MAX = 1000;

const RED = "31";
const GREEN = "32";
const YELLOW = "33";
const CYAN = "36";
const MAGENTA = "35";
const BOLD = "1";
const DIM = "2";

const MARKS: Readonly<Record<Outcome, { mark: string; colour: string }>> = {
  fail: { mark: "✖", colour: RED },
  "needs-evidence": { mark: "?", colour: YELLOW },
  waived: { mark: "~", colour: CYAN },
  pass: { mark: "✔", colour: "" },
  "not-applicable": { mark: "-", colour: "" },
  error: { mark: "!", colour: RED },
};

const SEVERITY_COLOURS: Readonly<Record<Severity, string>> = {
  critical: `${BOLD};${MAGENTA}`,
  high: RED,
  medium: YELLOW,
  low: DIM,
};

/**
 * The line for a report that lists nothing: 「指摘事項なし」 only when the summary has nothing to
 * report either; a list left short (--quiet) says what it leaves out, so it never reads as clean.
 */
function noneLine(report: Report, locale: "ja" | "en"): string {
  const { fail, error } = report.summary.byOutcome;
  const evidence = report.summary.byOutcome["needs-evidence"];
  if (fail + evidence + error === 0) return LABELS.none[locale];
  // Each outcome counted on its own: "12 fail, needs-evidence or error" read as twelve fails (fourteenth review).
  return locale === "ja"
    ? `一覧に示す指摘事項なし（一覧から除いた結果：不適合 ${fail} 件、証跡不足 ${evidence} 件、エラー ${error} 件）`
    : `No findings listed (left out of the list: ${fail} fail, ${evidence} needs-evidence, ${error} error)`;
}

const LABELS = {
  clauses: { ja: "根拠", en: "Basis" },
  requirement: { ja: "求めること", en: "Requirement" },
  todo: { ja: "対応", en: "What to do" },
  trace: { ja: "経路", en: "Path" },
  none: { ja: "指摘事項なし", en: "No findings" },
  unused: { ja: "どの結果にも当てはまらなかった例外措置", en: "Exceptions that matched no result" },
  // Fortieth review: an approved exception beside an open question of the same check read as "matched nothing" with no why.
  unusedNote: {
    ja: "例外措置は不適合（fail）の結果にだけ適用される。確認事項（needs-evidence）は、求められた事実を記載して解消すること",
    en: "An exception waives only failed results; a question (needs-evidence) is settled by stating the fact it asks for",
  },
} as const;

function groupHeading(group: TargetGroup, locale: "ja" | "en"): string {
  const label = TARGET_KIND_LABELS[group.kind][locale];
  if (group.kind !== "system") return label;
  const first = group.findings[0] as Finding;
  const { id, name, path } = first.target;
  // Named where the description names it: 「システム 財務会計（finance、/systems/3）」.
  if (id !== undefined && name !== undefined) {
    return locale === "ja"
      ? `${label} ${safe(name, locale)}（${safe(id, locale)}、${path}）`
      : `${label} ${safe(name, locale)} (${safe(id, locale)}, ${path})`;
  }
  return `${label} ${safe(id ?? path, locale)} (${path})`;
}

function findingLines(
  finding: Finding,
  group: TargetGroup,
  locale: "ja" | "en",
  paint: Paint,
  titles: ReadonlyMap<string, string>,
): string[] {
  const { mark, colour } = MARKS[finding.outcome];
  const head = [
    paint(colour, `${mark} ${OUTCOME_LABELS[finding.outcome][locale]}`),
    paint(SEVERITY_COLOURS[finding.severity], `[${SEVERITY_LABELS[finding.severity][locale]}]`),
    paint(BOLD, safe(finding.checkId, locale)),
    // Where a group holds several targets (connections, vendors, …), say which one this is.
    ...(group.kind === "system" || group.kind === "description" || group.kind === "municipality"
      ? []
      : [safe(targetLabel(finding.target, locale), locale)]),
    paint(DIM, safe(locationLabel(finding, locale), locale)),
  ].join(" ");
  const lines = [`  ${head}`, `      ${safe(finding.message[locale], locale)}`];
  const trace = traceLabel(finding, locale);
  if (trace !== undefined) lines.push(`      ${LABELS.trace[locale]}: ${safe(trace, locale)}`);
  // The check's requirement, as the report states it (custom checks too).
  const title = titles.get(finding.checkId);
  if (title !== undefined) lines.push(`      ${LABELS.requirement[locale]}: ${safe(title, locale)}`);
  lines.push(`      ${LABELS.clauses[locale]}: ${safe(basisLine(finding, locale), locale)}`);
  const waiver = waiverLine(finding, locale);
  if (waiver !== undefined) lines.push(`      ${paint(CYAN, safe(waiver, locale))}`);
  else if (finding.remediation !== undefined) lines.push(`      ${LABELS.todo[locale]}: ${safe(finding.remediation[locale], locale)}`);
  return lines;
}

/** The inputs of the report: 「評価した記述: 表題（file）」, several one per line; nothing when the report does not say. */
function sourceLines(sources: readonly SourceInfo[], locale: "ja" | "en"): string[] {
  const item = ({ file, title }: SourceInfo) =>
    title === undefined
      ? safe(file, locale)
      : locale === "ja"
        ? `${safe(title, locale)}（${safe(file, locale)}）`
        : `${safe(title, locale)} (${safe(file, locale)})`;
  const label = HEAD_LABELS.sources[locale];
  if (sources.length === 0) return [];
  if (sources.length === 1) return [`${label}: ${item(sources[0] as SourceInfo)}`];
  return [`${label}:`, ...sources.map((source) => `  - ${item(source)}`)];
}

/** Formats a report for a terminal. ANSI colour only when `options.color`. */
export function formatText(report: Report, options: FormatOptions): string {
  return `${[...textLines(report, options)].join("\n")}\n`;
}

/** {@link formatText} in pieces, one line at a time, so a long report is never one string. */
export function* textChunks(report: Report, options: FormatOptions): Generator<string> {
  for (const line of textLines(report, options)) yield `${line}\n`;
}

/** The lines of the text report, made as they are asked for. */
function* textLines(report: Report, options: FormatOptions): Generator<string> {
  const { locale } = options;
  const paint: Paint = options.color ? (code, text) => (code === "" ? text : `\u001b[${code}m${text}\u001b[0m`) : (_code, text) => text;
  const traits = safe(profileTraits(report.profile, locale), locale);
  yield* [
    paint(BOLD, `${safe(report.tool.name, locale)} ${safe(report.tool.version, locale)}`) +
      ` — ${safe(policyLabel(report.policy, locale), locale)}`,
    ...sourceLines(sourcesOf(report, options.sources), locale),
    `${HEAD_LABELS.profile[locale]}: ${safe(report.profile.id, locale)}${locale === "ja" ? `（${traits}）` : ` (${traits})`}  ` +
      `${HEAD_LABELS.date[locale]}: ${evaluationDateLabel(report, locale)}`,
  ];
  for (const note of headingNotes(report, locale)) yield safe(note, locale);
  yield* [""];

  const titles = new Map((report.checks ?? []).map((check) => [check.id, check.title[locale]]));
  const groups = groupByTarget(report.results.filter(isListed));
  if (groups.length === 0) yield* [noneLine(report, locale), ""];
  for (const group of groups) {
    yield paint(BOLD, groupHeading(group, locale));
    for (const finding of bySeverity(group.findings)) yield* findingLines(finding, group, locale, paint, titles);
    yield "";
  }

  const unused = report.unusedWaivers ?? [];
  if (unused.length > 0) {
    yield paint(YELLOW, `${LABELS.unused[locale]}:`);
    yield `  ${LABELS.unusedNote[locale]}`;
    for (const w of unused) {
      const target = [w.target.system, w.target.path].filter((x) => x !== undefined).join(" ");
      yield `  - ${safe(w.checkId, locale)} ${safe(target, locale)} ${safe(w.reference, locale)} (${w.expiresOn})`;
    }
    yield "";
  }

  const counts = report.summary.byOutcome;
  const summaryColour = counts.fail > 0 ? RED : counts["needs-evidence"] > 0 ? YELLOW : GREEN;
  // How serious the problems are, as markdown and HTML show them in a table (sixty-fourth review: the text report, grouped
  // by target, gave a signer no count by severity). Before the summary, which stays the last line.
  const severityCounts = (outcome: "fail" | "needs-evidence") =>
    SEVERITIES.filter((s) => report.summary.bySeverity[s][outcome] > 0).map((s) => ({ s, n: report.summary.bySeverity[s][outcome] }));
  for (const outcome of ["fail", "needs-evidence"] as const) {
    const rows = severityCounts(outcome);
    if (rows.length === 0) continue;
    yield locale === "ja"
      ? `${OUTCOME_LABELS[outcome].ja}の重大度：${rows.map(({ s, n }) => `${SEVERITY_LABELS[s].ja} ${n}`).join("、")}`
      : `${OUTCOME_LABELS[outcome].en} by severity: ${rows.map(({ s, n }) => `${n} ${SEVERITY_LABELS[s].en}`).join(", ")}`;
  }
  yield paint(summaryColour, summaryLine(report, locale));
  const baseline = report.baseline;
  // With known findings left out, the heading says so (headingNotes); with none, this line still shows the comparison.
  if (baseline !== undefined && baseline.unchanged === 0) {
    yield locale === "ja"
      ? `ベースライン ${safe(baseline.file, locale)}：新しい指摘 ${baseline.new}、既知のため表示しない ${baseline.unchanged}、解消 ${baseline.absent}`
      : `Baseline ${safe(baseline.file, locale)}: ${baseline.new} new, ${baseline.unchanged} unchanged (not shown), ${baseline.absent} gone`;
  }
}
