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

  // Markdown once spread a table's rows into one call, which overflows the stack past about
  // 120,000 arguments; the JSON, SARIF, JUnit and text pieces are tested at 1,000 findings below.
  it("writes 200,000 findings as Markdown in small pieces, without a stack overflow", () => {
    const base = handBuiltReport();
    const fail = base.results.find((f) => f.outcome === "fail") as Finding;
    const results = Array.from({ length: 200_000 }, (_, i) => ({ ...fail, path: `/systems/${i}` }));
    const report: Report = { ...base, results };
    for (const format of ["markdown"] as const) {
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

describe("JSON, SARIF, JUnit and text in pieces", () => {
  // Enough that the whole text (about 3.4 MB of SARIF) is hundreds of times the longest piece; the
  // pieces do not grow with the count, so more findings would only take longer.
  const COUNT = 1_000;
  /** COUNT findings over as many targets of one check, plus the hand-built report's own. */
  function large(count = COUNT): Report {
    const base = handBuiltReport();
    const fail = base.results.find((f) => f.checkId === "lgwan-internet-sanitised" && f.outcome === "fail") as Finding;
    const extra = Array.from({ length: count }, (_, i) => ({
      ...fail,
      path: `/connections/${i}/sanitisation`,
      target: { kind: "connection" as const, id: `link-${i}`, path: `/connections/${i}` },
      location: { file: `specs/part-${i % 7}.yaml`, line: i + 1, column: 5 },
    }));
    return { ...base, results: [...base.results, ...extra] };
  }

  it.each(["json", "sarif", "junit", "text"] as const)(
    "writes 1,000 findings as %s in bounded pieces that join to the whole text",
    (format) => {
      const report = large();
      let longest = 0;
      let pieces = 0;
      const joined: string[] = [];
      for (const piece of formatReportChunks(report, format, options)) {
        longest = Math.max(longest, piece.length);
        pieces++;
        joined.push(piece);
      }
      const whole = formatReport(report, format, options);
      // No piece grows with the number of findings: the longest is a frame, a check's description or a single result,
      // the same with half the findings (a ratio to the whole text broke when a check's messages grew).
      let longestOfHalf = 0;
      for (const piece of formatReportChunks(large(COUNT / 2), format, options)) longestOfHalf = Math.max(longestOfHalf, piece.length);
      expect(pieces).toBeGreaterThan(COUNT);
      expect(longest).toBeLessThan(20_000);
      // (A count in a frame may gain a digit.)
      expect(longest - longestOfHalf).toBeLessThan(10);
      expect(longest * 50).toBeLessThan(whole.length);
      expect(joined.join("")).toBe(whole);
    },
    300_000,
  );
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
