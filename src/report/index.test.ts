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

  // Seventy-ninth review: a 課長 filed the Markdown and showed the HTML of one run, and the two named the report, its
  // date and the policy differently, gave the profile in raw English ids, and named only the first of two files.
  describe("the head of the human-readable formats", () => {
    const HEADED = ["text", "markdown", "html"] as const;
    const heads = (locale: "ja" | "en") =>
      HEADED.map((format) => {
        const out = formatReport(handBuiltReport(), format, { locale });
        // The head: up to the first blank line (text), the summary heading (markdown) or the end of <header> (html).
        const end = { text: out.indexOf("\n\n"), markdown: out.indexOf("\n## "), html: out.indexOf("</header>") }[format];
        return { format, head: out.slice(0, end) };
      });

    it("names every input by its title and file, in the order given", () => {
      for (const { format, head } of heads("ja")) {
        const city = head.indexOf("人吉市 情報システム台帳");
        const spec = head.indexOf("納品仕様書");
        expect(city, format).toBeGreaterThan(0);
        expect(spec, format).toBeGreaterThan(city);
        expect(head, format).toContain("examples/inventory.yaml");
        expect(head, format).toContain("spec file.yaml");
        expect(head, format).toContain("評価した記述");
      }
      for (const { format, head } of heads("en")) expect(head, format).toContain("Descriptions evaluated");
    });

    it("uses one title, one name for the date, the policy's name and the profile in words", () => {
      for (const [locale, words, raw] of [
        [
          "ja",
          [
            "評価基準日",
            "基本方針",
            "人吉市情報セキュリティポリシー 情報セキュリティ基本方針（令和8年3月改定）",
            "αモデル、従来の分類（機密性3・2・1）",
          ],
          ["評価日:", "適合性", "hitoyoshi-basic-policy", "alpha", "legacy", "ネットワークモデル"],
        ],
        [
          "en",
          [
            "Evaluation date",
            "Hitoyoshi City Information Security Policy: Basic Policy (revised March 2026)",
            "the α model, legacy scheme (C3, C2, C1)",
          ],
          ["compliance report", "hitoyoshi-basic-policy", "alpha", "legacy,", "network model"],
        ],
      ] as const) {
        for (const { format, head } of heads(locale)) {
          for (const word of words) expect(head, `${format} ${locale}`).toContain(word);
          for (const word of raw) expect(head, `${format} ${locale}`).not.toContain(word);
        }
        const title = locale === "ja" ? "情報セキュリティポリシー評価レポート" : "Security policy evaluation report";
        expect(formatReport(handBuiltReport(), "markdown", { locale }).startsWith(`# ${title}\n`)).toBe(true);
        expect(formatReport(handBuiltReport(), "html", { locale })).toContain(`<h1>${title}</h1>`);
      }
    });
  });

  it("is part of the public API", () => {
    expect(api.formatReport).toBe(formatReport);
    expect(api.REPORT_FORMATS).toBe(REPORT_FORMATS);
  });
});
