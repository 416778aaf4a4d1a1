/**
 * Findings as a worklist for the 情報政策課: one finding per row with a stable fingerprint and empty
 * columns to track remediation (担当者 / 対応期限 / 対応状況). Pure; the CSV and xlsx writers use it.
 */
import { findingFingerprint } from "../report/fingerprint.js";
import type { Finding } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { SEVERITY_LABELS } from "../model/values/finding.js";
import { basisLabelOf, waiverLine } from "../report/shared.js";

/** How to write the worklist. */
export interface WorklistOptions {
  readonly locale: "ja" | "en";
}

/** Outcomes that need someone to act: failures, missing evidence, and waivers (which expire). */
const LISTED = new Set<Finding["outcome"]>(["fail", "needs-evidence", "waived"]);
const SEVERITY_ORDER = ["critical", "high", "medium", "low"];
const OUTCOME_ORDER = ["fail", "needs-evidence", "waived"];

const OUTCOME_LABELS: Readonly<Record<string, { ja: string; en: string }>> = {
  fail: { ja: "不適合", en: "fail" },
  "needs-evidence": { ja: "証跡不足", en: "needs evidence" },
  waived: { ja: "例外適用", en: "waived" },
  pass: { ja: "適合", en: "pass" },
  "not-applicable": { ja: "対象外", en: "not applicable" },
};
/** The worklist's column headers in each language. */
export const WORKLIST_HEADERS = {
  ja: [
    "No.",
    "チェック",
    "結果",
    "重大度",
    "根拠",
    "条項",
    "対象",
    "指摘",
    "対応方法",
    "位置",
    "フィンガープリント",
    "担当者",
    "対応期限",
    "対応状況",
  ],
  en: [
    "No.",
    "Check",
    "Outcome",
    "Severity",
    "Basis",
    "Clauses",
    "Target",
    "Message",
    "Remediation",
    "Location",
    "Fingerprint",
    "Owner",
    "Due date",
    "Status",
  ],
} as const;

/**
 * The finding's fingerprint (the same one as in SARIF, the JSON report and a baseline): the same
 * finding keeps it across runs, so a worklist can be merged with the previous one.
 */
export function fingerprint(finding: Finding): string {
  return finding.fingerprint ?? findingFingerprint(finding);
}

/**
 * Neutralises text a spreadsheet program would run as a formula: a cell starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a leading apostrophe (the OWASP advice for CSV injection).
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function locationOf(finding: Finding): string {
  const at = finding.location as (Finding["location"] & { sheet?: string; cell?: string }) | undefined;
  if (at === undefined) return finding.path === "" ? "/" : finding.path;
  if (at.cell !== undefined) return at.sheet === undefined ? `${at.file} › ${at.cell}` : `${at.file} › ${at.sheet} › ${at.cell}`;
  return `${at.file}:${at.line}:${at.column}`;
}

/** The worklist as rows of text, the header first; every cell is neutralised. */
export function worklistRows(report: Report, options: WorklistOptions): string[][] {
  const { locale } = options;
  const findings = report.results
    .filter((f) => LISTED.has(f.outcome))
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        OUTCOME_ORDER.indexOf(a.f.outcome) - OUTCOME_ORDER.indexOf(b.f.outcome) ||
        SEVERITY_ORDER.indexOf(a.f.severity) - SEVERITY_ORDER.indexOf(b.f.severity) ||
        a.i - b.i,
    );
  const rows: string[][] = [[...WORKLIST_HEADERS[locale]]];
  findings.forEach(({ f }, n) => {
    const target = f.target.id === undefined ? `${f.target.kind}` : `${f.target.kind}:${f.target.id}`;
    rows.push(
      [
        String(n + 1),
        f.checkId,
        OUTCOME_LABELS[f.outcome]?.[locale] ?? f.outcome,
        // The same words as every other format: 重大 for critical, the basis with its reference named once.
        SEVERITY_LABELS[f.severity]?.[locale] ?? f.severity,
        basisLabelOf(f, locale),
        f.clauses.join(" "),
        target,
        f.message[locale],
        // A waived row carries its exception (reference, approver, expiry, reason) where the remediation
        // would be: the 担当 tracks its expiry here (twenty-third review: the row had none of it).
        f.outcome === "waived" ? (waiverLine(f, locale) ?? "") : (f.remediation?.[locale] ?? ""),
        locationOf(f),
        fingerprint(f),
        "",
        "",
        "",
      ].map(neutralise),
    );
  });
  return rows;
}
