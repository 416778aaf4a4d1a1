/**
 * The formats and the options every formatter takes. A leaf module: the formatters and
 * src/report/index.ts import it, and it imports none of them.
 */
import type { Description } from "../model/description.js";

/** The output formats, in the order the CLI lists them. */
export const REPORT_FORMATS = ["text", "json", "sarif", "junit", "markdown", "html", "github"] as const;

/** An output format: terminal text, the report as JSON, SARIF 2.1.0, JUnit XML, Markdown, a self-contained HTML page or GitHub Actions annotations. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A description and the file it was read from. */
export interface DescriptionSource {
  readonly file: string;
  readonly description: Description;
}

/** How to format. */
export interface FormatOptions {
  /** The language of the text (both languages stay in json; sarif keeps the other one in properties). */
  locale: "ja" | "en";
  /** ANSI colour; only the text format uses it. */
  color: boolean;
  /** The descriptions the report was made from; the html format draws its network diagram from them. */
  descriptions?: readonly Description[];
  /**
   * The description each input file holds, with the file's name: with several files in one run,
   * the html format names a finding's position by the ids of the file it points into (a pointer of
   * one file resolved in another names the wrong system).
   */
  sources?: readonly DescriptionSource[];
  /**
   * SARIF `run.automationDetails.id`: the analysis a run belongs to, `category/run-id` (GitHub code
   * scanning keeps one set of alerts per category). Default `hitoyoshi-secpolicy/<profile id>/`,
   * the same for every run with that profile.
   */
  automationId?: string;
  /**
   * SARIF `originalUriBaseIds["%SRCROOT%"]`: the folder relative file paths are relative to, as an
   * absolute path or `file:` URI (the CLI's working directory). Left out, `%SRCROOT%` is only
   * described and consumers resolve it themselves (GitHub code scanning uses the repository root).
   */
  sourceRoot?: string;
  /**
   * The file name standard input stands for (like ESLint's `--stdin-filename`), relative to the
   * source root. SARIF locates findings read from standard input in it; without it they have a
   * logical location only.
   */
  stdinFilename?: string;
}
