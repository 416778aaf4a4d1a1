/**
 * Issue 17, "100k systems through the CLI": formatters that write in pieces give the same text as
 * the whole-string formatters, no piece is as long as the report, and long tables no longer
 * overflow the stack.
 */
import { describe, expect, it } from "vitest";
import { mergeReports } from "../../src/engine/merge.js";
import { evaluate } from "../../src/index.js";
import type { Finding } from "../../src/model/finding.js";
import type { Report } from "../../src/model/report.js";
import { formatReport, formatReportChunks, REPORT_FORMATS } from "../../src/report/index.js";
import { evaluatedReport, handBuiltReport } from "../support/reports.js";
import { description, mynumberSystem } from "../support/fixtures.js";
import { parseDescription } from "../../src/input/parse-description.js";

const options = { locale: "ja", color: false } as const;

describe("formatReportChunks", () => {
  it.each(REPORT_FORMATS)("joins to exactly formatReport (%s)", (format) => {
    for (const report of [handBuiltReport(), evaluatedReport(), { ...handBuiltReport(), results: [] }]) {
      for (const locale of ["ja", "en"] as const) {
        expect([...formatReportChunks(report, format, { locale, color: false })].join("")).toBe(
          formatReport(report, format, { locale, color: false }),
        );
      }
    }
  });

  it("writes 200,000 findings as JSON and Markdown in small pieces, without a stack overflow", () => {
    const base = handBuiltReport();
    const fail = base.results.find((f) => f.outcome === "fail") as Finding;
    const results = Array.from({ length: 200_000 }, (_, i) => ({ ...fail, path: `/systems/${i}` }));
    const report: Report = { ...base, results };
    for (const format of ["json", "markdown"] as const) {
      let longest = 0;
      let pieces = 0;
      for (const piece of formatReportChunks(report, format, options)) {
        longest = Math.max(longest, piece.length);
        pieces++;
      }
      expect(pieces).toBeGreaterThan(200_000);
      expect(longest).toBeLessThan(10_000);
    }
  }, 120_000);
});

describe("merging reports made in problems mode", () => {
  it("sums the summaries instead of recounting the listed results", () => {
    const one = parseDescription(description([mynumberSystem()]));
    const two = parseDescription(description([mynumberSystem({ id: "other" })]));
    if (!one.ok || !two.ok) throw new Error("fixtures");
    const opts = { evaluationDate: "2026-04-01", results: "problems" } as const;
    const a = evaluate(one.value, opts);
    const b = evaluate(two.value, opts);
    const merged = mergeReports([a, b]);
    expect(merged.summary.total).toBe(a.summary.total + b.summary.total);
    expect(merged.summary.byOutcome.pass).toBe(a.summary.byOutcome.pass + b.summary.byOutcome.pass);
    expect(merged.summary.byOutcome.pass).toBeGreaterThan(0);
    // The same as evaluating with every result kept.
    const all = mergeReports([
      evaluate(one.value, { evaluationDate: "2026-04-01" }),
      evaluate(two.value, { evaluationDate: "2026-04-01" }),
    ]);
    expect(merged.summary).toEqual(all.summary);
  });
});
