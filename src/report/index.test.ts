import { describe, expect, it } from "vitest";
import { SecpolicyError } from "../input/errors.js";
import { evaluatedReport, handBuiltReport } from "../../test/support/reports.js";
import { formatReport, REPORT_FORMATS, type ReportFormat } from "./index.js";
import * as api from "../index.js";

describe("formatReport", () => {
  it("writes every format, ending with a newline, identically on every call", () => {
    for (const format of REPORT_FORMATS) {
      for (const locale of ["ja", "en"] as const) {
        const first = formatReport(evaluatedReport(), format, { locale, color: false });
        expect(first.endsWith("\n"), format).toBe(true);
        expect(formatReport(evaluatedReport(), format, { locale, color: false }), format).toBe(first);
      }
    }
  });

  it("uses colour in the text format only", () => {
    for (const format of REPORT_FORMATS) {
      const out = formatReport(handBuiltReport(), format, { locale: "ja", color: true });
      // JSON keeps the report's own data; an escape there is "\u001b" text, never a raw byte.
      expect(out.includes("\u001b"), format).toBe(format === "text");
    }
  });

  it("does not change the report", () => {
    const report = handBuiltReport();
    const copy = structuredClone(report);
    for (const format of REPORT_FORMATS) formatReport(report, format, { locale: "en", color: true });
    expect(report).toEqual(copy);
  });

  it("rejects an unknown format with a message in both languages", () => {
    try {
      formatReport(handBuiltReport(), "pdf" as ReportFormat, { locale: "ja", color: false });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SecpolicyError);
      expect((error as SecpolicyError).code).toBe("unknown-format");
      expect((error as SecpolicyError).localized.ja).toContain("text / json / sarif / junit / markdown / html");
    }
  });

  it("needs no options, as plain JavaScript calls it: the report's locale, no colour, text by default", () => {
    const ja = handBuiltReport();
    const en = { ...handBuiltReport(), locale: "en" as const };
    for (const format of REPORT_FORMATS) {
      expect(formatReport(ja, format), format).toBe(formatReport(ja, format, { locale: "ja", color: false }));
      expect(formatReport(en, format), format).toBe(formatReport(en, format, { locale: "en", color: false }));
      expect(formatReport(en, format, { color: false }), format).toBe(formatReport(en, format, { locale: "en", color: false }));
      // What untyped callers pass: null, or a locale the formatters do not know.
      expect(formatReport(ja, format, null as never), format).toBe(formatReport(ja, format, { locale: "ja", color: false }));
      expect(formatReport(en, format, { locale: "fr" } as never), format).toBe(formatReport(en, format, { locale: "en", color: false }));
    }
    expect(formatReport(ja)).toBe(formatReport(ja, "text", { locale: "ja", color: false }));
    expect(formatReport(ja)).not.toContain("\u001b");
  });

  it("is part of the public API", () => {
    expect(api.formatReport).toBe(formatReport);
    expect(api.REPORT_FORMATS).toBe(REPORT_FORMATS);
  });
});
