/**
 * SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps, IDE viewers).
 *
 * Decisions:
 * - One rule per check present in the report, sorted by id; results for fail, needs-evidence and
 *   waived (waived ones carry an external, accepted suppression). Pass and not-applicable are
 *   counted in the run's properties only.
 * - `level` is always set. fail and waived: critical/high → error, medium → warning, low → note.
 *   needs-evidence: the same mapping capped at warning (a missing fact is not a proven violation,
 *   but it is never a pass, so it is not hidden as a note unless the check is low severity).
 *   `kind` stays "fail": SARIF requires level "none" for kind "review", and viewers drop those.
 * - `partialFingerprints` hash the check, the target (by id, which survives reordering), the
 *   message id and the message data, but not the outcome, so waiving a failure keeps its identity.
 * - Columns are UTF-16 code units, as JavaScript strings (and the CLI's YAML positions) count them.
 * - `invocations[0].executionSuccessful` says whether the inputs could be evaluated; when they
 *   could not (`report.errors`), each input error is a `toolExecutionNotification` with its
 *   location, and there are no results.
 * - Rules are every check the report describes (`report.checks`: the checks that ran, with their
 *   real titles, help and basis, custom checks included), each with `helpUri` at its docs page.
 * - Relative file paths are URIs relative to `%SRCROOT%` (`originalUriBaseIds`, given by
 *   `sourceRoot`); standard input is located only when `stdinFilename` names it.
 * - `run.automationDetails.id` names the analysis (`automationId`, by default per profile), so a
 *   code-scanning service keeps one set of alerts per profile and closes the fixed ones.
 * - Written in pieces ({@link sarifChunks}): one rule or one result per piece.
 */
import type { Finding, Hop, Severity } from "../model/finding.js";
import type { Report, ReportError } from "../model/report.js";
import type { FormatOptions } from "./options.js";
import { HOMEPAGE_URL } from "../project.js";
import { jsonInPieces, listMark } from "./json.js";
import { mdCell } from "./markdown.js";
import { fromPointer } from "../engine/json-pointer.js";
import {
  BASIS_LABELS,
  basisLine,
  allChecksOf,
  runNotes,
  type CheckInfo,
  clauseLabel,
  type Locale,
  OUTCOME_LABELS,
  pointerLabel,
  SEVERITY_LABELS,
  traceLabel,
  waiverLine,
} from "./shared.js";
import { FINGERPRINT_VERSION, findingFingerprint } from "./fingerprint.js";

export const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/** The key of our fingerprint in `partialFingerprints`; bump the version if its inputs change. */
export const FINGERPRINT_KEY = FINGERPRINT_VERSION;

type Level = "error" | "warning" | "note";

const LEVELS: Readonly<Record<Severity, Level>> = { critical: "error", high: "error", medium: "warning", low: "note" };

/** GitHub code scanning reads this numeric string (0–10) to rank security alerts. */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

function levelOf(finding: Pick<Finding, "severity" | "outcome">): Level {
  const level = LEVELS[finding.severity];
  if (finding.outcome === "error") return "error";
  return finding.outcome === "needs-evidence" && level === "error" ? "warning" : level;
}

/**
 * A file path as a URI reference: forward slashes, each segment percent-encoded, absolute paths
 * as `file:` URIs (so `C:\x` or `/x` is not misread as a scheme or a host).
 */
export function fileUri(file: string): string {
  const path = file.replaceAll("\\", "/").replace(/^(\.\/)+/, "");
  const encode = (p: string) => p.split("/").map(encodeURIComponent).join("/");
  const drive = /^([A-Za-z]):\/(.*)$/.exec(path);
  if (drive) return `file:///${drive[1]}:/${encode(drive[2] as string)}`;
  if (path.startsWith("//")) return `file:${encode(path)}`;
  if (path.startsWith("/")) return `file://${encode(path)}`;
  return encode(path);
}

/** The base id relative artifact URIs are relative to: the folder the inputs were named from. */
export const SRCROOT = "%SRCROOT%";

/** Where findings' files are and what standard input is called, from the format options. */
interface Artifacts {
  readonly stdinFilename: string | undefined;
}

/** An artifact location for a file as the CLI named it: relative paths against `%SRCROOT%`; standard input only when named. */
function artifactLocation(file: string, artifacts: Artifacts): { uri: string; uriBaseId?: string } | undefined {
  const name = file === STDIN ? artifacts.stdinFilename : file;
  if (name === undefined) return undefined;
  const uri = fileUri(name);
  return uri.startsWith("file:") ? { uri } : { uri, uriBaseId: SRCROOT };
}

/** The name the CLI gives standard input in locations and errors. */
const STDIN = "<stdin>";

/** `%SRCROOT%` as an absolute `file:` URI ending in a slash, or `undefined` when the root is not absolute. */
function sourceRootUri(root: string): string | undefined {
  const uri = /^file:/i.test(root) ? root : fileUri(root);
  if (!uri.startsWith("file:")) return undefined;
  return uri.endsWith("/") ? uri : `${uri}/`;
}

function pascalName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== "")
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
}

const HELP = {
  basis: { ja: "根拠", en: "Basis" },
  clauses: { ja: "条項", en: "Clauses" },
  todo: { ja: "対応", en: "What to do" },
  evidence: { ja: "証跡不足", en: "Evidence needed" },
} as const;

function rule(check: CheckInfo, locale: Locale) {
  const title = check.title[locale];
  const basis = basisLine(check, locale);
  const todo = check.remediation?.[locale];
  const text = [title, `${HELP.basis[locale]}: ${basis}`, ...(todo === undefined ? [] : [`${HELP.todo[locale]}: ${todo}`])].join("\n");
  const markdown = [
    `**${mdCell(title)}**`,
    "",
    `${HELP.basis[locale]}: ${mdCell(BASIS_LABELS[check.basis][locale])}`,
    "",
    ...check.clauses.map((c) => `- ${mdCell(clauseLabel(c, locale))}`),
    ...(todo === undefined ? [] : ["", `${HELP.todo[locale]}: ${mdCell(todo)}`]),
  ].join("\n");
  return {
    id: check.id,
    name: pascalName(check.id),
    ...(check.docsUrl === undefined ? {} : { helpUri: check.docsUrl }),
    shortDescription: { text: title },
    fullDescription: { text: check.description?.[locale] ?? title },
    help: { text, markdown },
    defaultConfiguration: { level: LEVELS[check.severity] },
    properties: {
      tags: ["security", "compliance", check.area, check.basis],
      title: check.title,
      clauses: check.clauses,
      threats: check.threats,
      basis: check.basis,
      area: check.area,
      severity: check.severity,
      "security-severity": SECURITY_SEVERITY[check.severity],
      origin: check.origin,
      ...(check.version === undefined ? {} : { version: check.version }),
      ...(check.remediation === undefined ? {} : { remediation: check.remediation }),
    },
  };
}

function location(finding: Finding, locale: Locale, artifacts: Artifacts) {
  // The JSON pointer is the logical location; its last segment is the element's name.
  const name = fromPointer(finding.path).at(-1) ?? pointerLabel(finding.path, locale);
  const logical = { name, fullyQualifiedName: finding.path, kind: "object" };
  const at = finding.location;
  const artifact = at === undefined ? undefined : artifactLocation(at.file, artifacts);
  if (at === undefined || artifact === undefined) return { logicalLocations: [logical] };
  return {
    physicalLocation: { artifactLocation: artifact, region: { startLine: at.line, startColumn: at.column } },
    logicalLocations: [logical],
  };
}

function hopText(hop: Hop, locale: Locale): string {
  const parts =
    locale === "ja"
      ? [hop.zone && `領域 ${hop.zone}`, hop.connection && `接続 ${hop.connection}`, hop.mustChange && "要変更"]
      : [hop.zone && `zone ${hop.zone}`, hop.connection && `connection ${hop.connection}`, hop.mustChange && "must change"];
  const text = parts.filter((p): p is string => typeof p === "string" && p !== "").join(locale === "ja" ? "、" : ", ");
  return text === "" ? hop.node : text;
}

/** A network path as a SARIF code flow, one thread-flow location per hop. */
function codeFlows(finding: Finding, locale: Locale) {
  const trace = finding.trace;
  if (trace === undefined || trace.length === 0) return undefined;
  return [
    {
      message: { text: traceLabel(finding, locale) as string },
      threadFlows: [
        {
          locations: trace.map((hop) => ({
            location: {
              logicalLocations: [{ name: hop.node, kind: "resource" }],
              message: { text: hopText(hop, locale) },
            },
            importance: hop.mustChange ? "essential" : "important",
          })),
        },
      ],
    },
  ];
}

function result(finding: Finding, ruleIndex: number, locale: Locale, artifacts: Artifacts) {
  const other: Locale = locale === "ja" ? "en" : "ja";
  const text = finding.message[locale];
  const flows = codeFlows(finding, locale);
  const w = finding.waiver;
  return {
    ruleId: finding.checkId,
    ruleIndex,
    // A missing fact is for a person to review (SARIF's "review"), not a failure the tool has shown.
    kind: finding.outcome === "needs-evidence" ? "review" : "fail",
    level: levelOf(finding),
    // The finding's own severity and basis, which may differ from its rule's (a code-scanning tool shows
    // the rule's; twenty-third review: a critical policy finding read as a high guideline one).
    message: {
      text: `${finding.outcome === "needs-evidence" ? `${HELP.evidence[locale]}: ${text}` : text}${
        locale === "ja"
          ? `（重大度：${SEVERITY_LABELS[finding.severity].ja}。根拠：${basisLine(finding, locale)}）`
          : ` (severity: ${SEVERITY_LABELS[finding.severity].en}; basis: ${basisLine(finding, locale)})`
      }`,
    },
    locations: [location(finding, locale, artifacts)],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint ?? findingFingerprint(finding) },
    ...(finding.baselineState === undefined ? {} : { baselineState: finding.baselineState }),
    ...(flows === undefined ? {} : { codeFlows: flows }),
    ...(finding.outcome !== "waived"
      ? {}
      : {
          suppressions: [
            {
              kind: "external",
              status: "accepted",
              justification: w === undefined ? OUTCOME_LABELS.waived[locale] : (waiverLine(finding, locale) as string),
              ...(w === undefined ? {} : { properties: { ...w } }),
            },
          ],
        }),
    properties: {
      outcome: finding.outcome,
      severity: finding.severity,
      basis: finding.basis,
      ...(finding.reference === undefined ? {} : { reference: finding.reference[locale] }),
      messageId: finding.messageId,
      // The clauses of this finding, which may be fewer than its rule's (a zone finding cites its boundary).
      clauses: finding.clauses,
      [`message.${other}`]: finding.message[other],
      target: finding.target,
      pointer: finding.path,
      ...(finding.location === undefined ? {} : { file: finding.location.file }),
      ...(finding.data === undefined ? {} : { data: finding.data }),
      ...(finding.remediation === undefined ? {} : { remediation: finding.remediation[locale] }),
      ...(finding.trace === undefined ? {} : { trace: finding.trace }),
    },
  };
}

/** An input error as a tool execution notification, located in its file when the file is one. */
function notification(error: ReportError, locale: Locale, artifacts: Artifacts) {
  const region =
    error.line === undefined ? undefined : { startLine: error.line, ...(error.column === undefined ? {} : { startColumn: error.column }) };
  const artifact = error.file.startsWith("secpolicy ") ? undefined : artifactLocation(error.file, artifacts);
  return {
    level: "error",
    message: { text: error.hint === undefined ? error.message[locale] : `${error.message[locale]} (${error.hint[locale]})` },
    descriptor: { id: error.code },
    ...(artifact === undefined
      ? {}
      : { locations: [{ physicalLocation: { artifactLocation: artifact, ...(region === undefined ? {} : { region }) } }] }),
    properties: {
      file: error.file,
      ...(error.pointer === undefined ? {} : { pointer: error.pointer }),
      [`message.${locale === "ja" ? "en" : "ja"}`]: error.message[locale === "ja" ? "en" : "ja"],
    },
  };
}

/** Formats a report as a SARIF 2.1.0 log (2-space JSON, trailing newline). */
export function formatSarif(report: Report, options: FormatOptions): string {
  return [...sarifChunks(report, options)].join("");
}

/**
 * {@link formatSarif} in pieces: the log around its rules and results, then one rule or one
 * result per piece. The pieces join into exactly the text of formatSarif.
 */
export function* sarifChunks(report: Report, options: FormatOptions): Generator<string> {
  const { locale } = options;
  const artifacts: Artifacts = { stdinFilename: options.stdinFilename };
  const checks = allChecksOf(report);
  const index = new Map(checks.map((check, i) => [check.id, i]));
  const listed = report.results.filter(
    (f) => f.outcome === "fail" || f.outcome === "needs-evidence" || f.outcome === "waived" || f.outcome === "error",
  );
  const root = options.sourceRoot === undefined ? undefined : sourceRootUri(options.sourceRoot);
  const notifications = [
    ...(report.errors ?? []).map((e) => notification(e, locale, artifacts)),
    ...runNotes(report, locale).map((note) => ({ level: "note", message: { text: note } })),
  ];
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            ...(/^\d+\.\d+\.\d+/.test(report.tool.version) ? { semanticVersion: report.tool.version } : {}),
            informationUri: HOMEPAGE_URL,
            language: locale,
            rules: listMark("rules"),
          },
        },
        automationDetails: { id: options.automationId ?? `${report.tool.name}/${report.profile.id}/` },
        originalUriBaseIds: {
          [SRCROOT]:
            root === undefined
              ? {
                  description: {
                    text:
                      locale === "ja"
                        ? "入力ファイルを指定したフォルダ（コマンドを実行したフォルダ）"
                        : "The folder the input files were named from (where the command ran)",
                  },
                }
              : { uri: root },
        },
        language: locale,
        columnKind: "utf16CodeUnits",
        invocations: [
          {
            executionSuccessful: (report.errors ?? []).length === 0,
            // What the run left out or did not judge, as notes beside any input errors.
            ...(notifications.length === 0 ? {} : { toolExecutionNotifications: notifications }),
          },
        ],
        results: listMark("results"),
        properties: {
          policy: report.policy,
          profile: report.profile,
          evaluationDate: report.evaluationDate,
          summary: report.summary.byOutcome,
        },
      },
    ],
  };
  yield* jsonInPieces(
    log,
    new Map<string, Iterable<unknown>>([
      ["rules", mapped(checks, (check) => rule(check, locale))],
      ["results", mapped(listed, (f) => result(f, index.get(f.checkId) as number, locale, artifacts))],
    ]),
  );
  yield "\n";
}

/** The items mapped as they are read: each rule or result object is made when it is written, and then dropped. */
function* mapped<T, U>(items: Iterable<T>, make: (item: T) => U): Generator<U> {
  for (const item of items) yield make(item);
}
