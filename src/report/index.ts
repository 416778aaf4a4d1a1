/**
 * Report formatters: pure functions from a {@link Report} to text, byte-for-byte deterministic
 * (no clock, no environment, no locale-dependent sorting). The CLI writes what they return.
 */
import { SecpolicyError } from "../engine/errors.js";
import type { Description } from "../model/description.js";
import type { Report } from "../model/report.js";
import { formatHtml } from "./html.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatMarkdown } from "./markdown.js";
import { formatSarif } from "./sarif.js";
import { formatText } from "./text.js";

/** The output formats, in the order the CLI lists them. */
export const REPORT_FORMATS = ["text", "json", "sarif", "junit", "markdown", "html"] as const;

/** An output format: terminal text, the report as JSON, SARIF 2.1.0, JUnit XML, Markdown or a self-contained HTML page. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** How to format. */
export interface FormatOptions {
  /** The language of the text (both languages stay in json; sarif keeps the other one in properties). */
  locale: "ja" | "en";
  /** ANSI colour; only the text format uses it. */
  color: boolean;
  /** The descriptions the report was made from; the html format draws its network diagram from them. */
  descriptions?: readonly Description[];
}

/**
 * Formats a report. The output ends with a newline.
 *
 * @throws SecpolicyError (`unknown-format`) for a format not in {@link REPORT_FORMATS}.
 */
export function formatReport(report: Report, format: ReportFormat, options: FormatOptions): string {
  switch (format) {
    case "text":
      return formatText(report, options);
    case "json":
      return formatJson(report);
    case "sarif":
      return formatSarif(report, options);
    case "junit":
      return formatJunit(report, options);
    case "markdown":
      return formatMarkdown(report, options);
    case "html":
      return formatHtml(report, {
        locale: options.locale,
        ...(options.descriptions === undefined ? {} : { descriptions: options.descriptions }),
      });
    default:
      throw new SecpolicyError("unknown-format", {
        ja: `出力形式 ${String(format)} は使えない。${REPORT_FORMATS.join(" / ")} のいずれかを指定すること`,
        en: `Unknown output format ${String(format)}; use one of ${REPORT_FORMATS.join(" / ")}`,
      });
  }
}
