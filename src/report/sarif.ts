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
 */
import type { Finding, Hop, Severity } from "../model/finding.js";
import type { Report, ReportError } from "../model/report.js";
import type { FormatOptions } from "./index.js";
import { mdCell } from "./markdown.js";
import { fromPointer } from "../engine/json-pointer.js";
import {
  BASIS_LABELS,
  basisLine,
  type CheckInfo,
  checksOf,
  clauseLabel,
  type Locale,
  OUTCOME_LABELS,
  pointerLabel,
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
      ...(check.remediation === undefined ? {} : { remediation: check.remediation }),
    },
  };
}

function location(finding: Finding, locale: Locale) {
  // The JSON pointer is the logical location; its last segment is the element's name.
  const name = fromPointer(finding.path).at(-1) ?? pointerLabel(finding.path, locale);
  const logical = { name, fullyQualifiedName: finding.path, kind: "object" };
  const at = finding.location;
  if (at === undefined) return { logicalLocations: [logical] };
  return {
    physicalLocation: { artifactLocation: { uri: fileUri(at.file) }, region: { startLine: at.line, startColumn: at.column } },
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

function result(finding: Finding, ruleIndex: number, locale: Locale) {
  const other: Locale = locale === "ja" ? "en" : "ja";
  const text = finding.message[locale];
  const flows = codeFlows(finding, locale);
  const w = finding.waiver;
  return {
    ruleId: finding.checkId,
    ruleIndex,
    kind: "fail",
    level: levelOf(finding),
    message: { text: finding.outcome === "needs-evidence" ? `${HELP.evidence[locale]}: ${text}` : text },
    locations: [location(finding, locale)],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint ?? findingFingerprint(finding) },
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
      messageId: finding.messageId,
      [`message.${other}`]: finding.message[other],
      target: finding.target,
      pointer: finding.path,
      ...(finding.data === undefined ? {} : { data: finding.data }),
      ...(finding.remediation === undefined ? {} : { remediation: finding.remediation[locale] }),
      ...(finding.trace === undefined ? {} : { trace: finding.trace }),
    },
  };
}

/** An input error as a tool execution notification, located in its file when the file is one. */
function notification(error: ReportError, locale: Locale) {
  const region =
    error.line === undefined ? undefined : { startLine: error.line, ...(error.column === undefined ? {} : { startColumn: error.column }) };
  const isFile = error.file !== "<stdin>" && !error.file.startsWith("secpolicy ");
  return {
    level: "error",
    message: { text: error.hint === undefined ? error.message[locale] : `${error.message[locale]} (${error.hint[locale]})` },
    descriptor: { id: error.code },
    ...(isFile
      ? {
          locations: [
            { physicalLocation: { artifactLocation: { uri: fileUri(error.file) }, ...(region === undefined ? {} : { region }) } },
          ],
        }
      : {}),
    properties: {
      file: error.file,
      ...(error.pointer === undefined ? {} : { pointer: error.pointer }),
      [`message.${locale === "ja" ? "en" : "ja"}`]: error.message[locale === "ja" ? "en" : "ja"],
    },
  };
}

/** Formats a report as a SARIF 2.1.0 log (2-space JSON, trailing newline). */
export function formatSarif(report: Report, options: FormatOptions): string {
  const { locale } = options;
  const checks = checksOf(report);
  const index = new Map(checks.map((check, i) => [check.id, i]));
  const results = report.results
    .filter((f) => f.outcome === "fail" || f.outcome === "needs-evidence" || f.outcome === "waived" || f.outcome === "error")
    .map((f) => result(f, index.get(f.checkId) as number, locale));
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
            language: locale,
            rules: checks.map((check) => rule(check, locale)),
          },
        },
        language: locale,
        columnKind: "utf16CodeUnits",
        invocations: [
          {
            executionSuccessful: (report.errors ?? []).length === 0,
            ...(report.errors === undefined || report.errors.length === 0
              ? {}
              : { toolExecutionNotifications: report.errors.map((e) => notification(e, locale)) }),
          },
        ],
        results,
        properties: {
          policy: report.policy,
          profile: report.profile,
          evaluationDate: report.evaluationDate,
          summary: report.summary.byOutcome,
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
