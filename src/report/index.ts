/**
 * Report formatters: pure functions from a {@link Report} to text, byte-for-byte deterministic
 * (no clock, no environment, no locale-dependent sorting). The CLI writes what they return.
 */
import { SecpolicyError } from "../input/errors.js";
import type { Report } from "../model/report.js";
import { formatGithub } from "./github.js";
import { formatJson, jsonChunks } from "./json.js";
import { formatHtml } from "./html.js";
import { formatJunit, junitChunks } from "./junit.js";
import { formatMarkdown, markdownLines } from "./markdown.js";
import { formatSarif, sarifChunks } from "./sarif.js";
import { type FormatOptions, REPORT_FORMATS, type ReportFormat } from "./options.js";
import { formatText, textChunks } from "./text.js";

export { type DescriptionSource, type FormatOptions, REPORT_FORMATS, type ReportFormat } from "./options.js";

/**
 * Formats a report. The output ends with a newline. Every option may be left out (also from
 * plain JavaScript): the locale defaults to the report's own, colour to off.
 *
 * @throws SecpolicyError (`unknown-format`) for a format not in {@link REPORT_FORMATS}.
 */
export function formatReport(report: Report, format: ReportFormat = "text", options: Partial<FormatOptions> = {}): string {
  return formatWith(report, format, completeOptions(report, options));
}

/** The options with their defaults: the locale the report's own, colour off; string options kept only when strings. */
function completeOptions(report: Report, options: Partial<FormatOptions> | undefined): FormatOptions {
  const given = options ?? {};
  const locale = given.locale === "ja" || given.locale === "en" ? given.locale : report.locale === "en" ? "en" : "ja";
  const text = (key: "automationId" | "sourceRoot" | "stdinFilename") =>
    typeof given[key] === "string" && given[key] !== "" ? { [key]: given[key] } : {};
  return {
    locale,
    color: given.color === true,
    ...(given.descriptions === undefined ? {} : { descriptions: given.descriptions }),
    ...(given.sources === undefined ? {} : { sources: given.sources }),
    ...text("automationId"),
    ...text("sourceRoot"),
    ...text("stdinFilename"),
  };
}

function formatWith(report: Report, format: ReportFormat, options: FormatOptions): string {
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
        ...(options.sources === undefined ? {} : { sources: options.sources }),
      });
    case "github":
      return formatGithub(report, options);
    default:
      throw new SecpolicyError("unknown-format", {
        ja: `出力形式 ${String(format)} は使えない。${REPORT_FORMATS.join(" / ")} のいずれかを指定すること`,
        en: `Unknown output format ${String(format)}; use one of ${REPORT_FORMATS.join(" / ")}`,
      });
  }
}

/**
 * {@link formatReport} as a sequence of pieces whose concatenation is the same text: JSON, SARIF,
 * JUnit and Markdown are produced check by check and finding by finding, so a report too long for
 * one JavaScript string can still be written (the CLI writes the pieces as they come).
 */
export function* formatReportChunks(report: Report, format: ReportFormat, given: Partial<FormatOptions> = {}): Generator<string> {
  const options = completeOptions(report, given);
  if (format === "sarif") {
    yield* sarifChunks(report, options);
    return;
  }
  if (format === "junit") {
    yield* junitChunks(report, options);
    return;
  }
  if (format === "json") {
    yield* jsonChunks(report);
    return;
  }
  if (format === "text") {
    yield* textChunks(report, options);
    return;
  }
  if (format === "markdown") {
    const lines = markdownLines(report, options);
    // formatMarkdown: the lines joined, trailing blank lines trimmed, one newline at the end.
    while (lines.length > 0 && (lines[lines.length - 1] as string).trim() === "") lines.pop();
    for (let i = 0; i < lines.length; i++) {
      const line = i === lines.length - 1 ? (lines[i] as string).trimEnd() : (lines[i] as string);
      yield i === 0 ? line : `\n${line}`;
    }
    yield "\n";
    return;
  }
  yield formatReport(report, format, options);
}
