import type { Report, ReportCheck, ReportSource, ReportSummary } from "../model/report.js";
import { SecpolicyError } from "../input/errors.js";
import { summarise } from "./evaluate.js";

/** Adds the counts of `b` into `into` (every nested count), and returns it. */
function addSummary(into: ReportSummary, b: ReportSummary): ReportSummary {
  into.total += b.total;
  const add = (x: Record<string, number>, y: Record<string, number>) => {
    for (const key of Object.keys(y)) x[key] = (x[key] ?? 0) + (y[key] as number);
  };
  add(into.byOutcome, b.byOutcome);
  for (const group of ["bySeverity", "byArea", "byThreat"] as const) {
    const target = into[group] as Record<string, Record<string, number>>;
    for (const [key, counts] of Object.entries(b[group] as Record<string, Record<string, number>>)) {
      target[key] ??= {};
      add(target[key] as Record<string, number>, counts);
    }
  }
  return into;
}

/**
 * The checks of several reports, once each, ordered by id; `undefined` names a check whose
 * metadata differs between the reports (two versions of one custom check).
 */
function mergeChecks(reports: readonly Report[]): { checks: ReportCheck[]; differing: string[] } {
  const byId = new Map<string, { check: ReportCheck; json: string }>();
  const differing = new Set<string>();
  for (const report of reports) {
    for (const check of report.checks) {
      const json = JSON.stringify(check);
      const seen = byId.get(check.id);
      if (seen === undefined) byId.set(check.id, { check, json });
      else if (seen.json !== json) differing.add(check.id);
    }
  }
  const checks = [...byId.values()].map((entry) => entry.check).sort((a, b) => (a.id === b.id ? 0 : a.id < b.id ? -1 : 1));
  return { checks, differing: [...differing].sort() };
}

/**
 * Merges the reports of several descriptions (e.g. one per file) into one report: results are
 * concatenated in the order given, the summaries are summed, the checks that ran in any of them
 * are listed once each (by id), unused waivers and the reports' `sources` are concatenated.
 * Pure. Give each finding a `location.file` first if readers must tell the sources apart.
 *
 * @throws SecpolicyError when the reports were made with different report versions, tools,
 *   policies, profiles, evaluation dates or locales, or describe one check id differently, since
 *   one report cannot state two of them.
 */
export function mergeReports(reports: readonly Report[]): Report {
  const first = reports[0];
  if (first === undefined) {
    throw new SecpolicyError("merge-empty", { ja: "統合するレポートがない", en: "There are no reports to merge" });
  }
  const same = (pick: (r: Report) => unknown) => reports.every((r) => JSON.stringify(pick(r)) === JSON.stringify(pick(first)));
  const { checks, differing } = mergeChecks(reports);
  const mismatched = [
    same((r) => r.reportVersion) ? undefined : "reportVersion",
    same((r) => r.tool) ? undefined : "tool",
    same((r) => r.policy) ? undefined : "policy",
    same((r) => r.profile) ? undefined : "profile",
    same((r) => r.evaluationDate) ? undefined : "evaluationDate",
    same((r) => r.locale) ? undefined : "locale",
    differing.length === 0 ? undefined : `checks (${differing.join(", ")})`,
  ].filter((x) => x !== undefined);
  if (mismatched.length > 0) {
    throw new SecpolicyError("merge-mismatch", {
      ja: `レポートの ${mismatched.join("・")} が異なるため統合できない（同じ条件で評価すること）`,
      en: `The reports differ in ${mismatched.join(", ")} and cannot be merged; evaluate them under the same settings`,
    });
  }
  if (reports.length === 1) return first;
  const results = reports.flatMap((r) => r.results);
  const unused = reports.flatMap((r) => r.unusedWaivers ?? []);
  const {
    unusedWaivers: _drop,
    systemsDescribedElsewhere: _elsewhere,
    systemsOutsideScope: _outside,
    municipalityNotDescribed: _organisation,
    checksNotRun: _notRun,
    ...head
  } = first;
  // The organisation-wide checks went unjudged only if no description had the block.
  const organisation = reports.every((r) => r.municipalityNotDescribed !== undefined) ? first.municipalityNotDescribed : undefined;
  // Every file's systems left unjudged, not the first file's only (fourteenth review: a second file could hide one).
  const elsewhere = [...new Set(reports.flatMap((r) => r.systemsDescribedElsewhere ?? []))];
  const outsideKeys = new Set<string>();
  const outside = reports
    .flatMap((r) => r.systemsOutsideScope ?? [])
    .filter((s) => {
      const key = `${s.id}\u0000${s.ownerBody}`;
      if (outsideKeys.has(key)) return false;
      outsideKeys.add(key);
      return true;
    });
  // A date taken from any description being judged is said so in the merged report too.
  const fromDescription = reports.some((r) => r.evaluationDateSource === "description");
  // Every report's inputs, in the order given (a joined run of two files names both).
  const sources = reports.flatMap((r) => r.sources ?? []);
  const merged: Report = {
    ...head,
    ...(fromDescription ? { evaluationDateSource: "description" as const } : {}),
    // Summed, not recounted: reports made in problems mode count results they do not list.
    summary: reports.reduce((sum, r) => addSummary(sum, r.summary), summarise([])),
    checks,
    results,
    ...(reports.some((r) => r.unusedWaivers !== undefined) ? { unusedWaivers: unused } : {}),
    ...(elsewhere.length === 0 ? {} : { systemsDescribedElsewhere: elsewhere }),
    ...(outside.length === 0 ? {} : { systemsOutsideScope: outside }),
    ...(first.checksNotRun === undefined ? {} : { checksNotRun: first.checksNotRun }),
    ...(organisation === undefined ? {} : { municipalityNotDescribed: organisation }),
  };
  return reports.some((r) => r.sources !== undefined) ? withSources(merged, sources) : merged;
}

/** The keys a report's `sources` follows: what was judged comes right after how and when. */
const BEFORE_SOURCES = new Set(["$schema", "reportVersion", "tool", "policy", "profile", "evaluationDate", "evaluationDateSource"]);

/**
 * The report with `sources` set (replacing any it had), placed after the evaluation date so the
 * JSON reads in the same order whoever set it. Pure: the report given is not changed.
 */
export function withSources(report: Report, sources: readonly ReportSource[]): Report {
  const out: Record<string, unknown> = {};
  let placed = false;
  for (const [key, value] of Object.entries(report)) {
    if (key === "sources") continue;
    if (!placed && !BEFORE_SOURCES.has(key)) {
      out.sources = [...sources];
      placed = true;
    }
    out[key] = value;
  }
  if (!placed) out.sources = [...sources];
  return out as Report;
}
