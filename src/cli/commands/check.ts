import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { evaluate, summarise } from "../../engine/evaluate.js";
import { SecpolicyError } from "../../input/errors.js";
import { failsRun } from "../../engine/fails-run.js";
import { mergeReports } from "../../engine/merge.js";
import { shown } from "../../engine/text.js";
import { parseDescription } from "../../input/parse-description.js";
import type { Diagnostic } from "../../io/diagnostic.js";
import { InputError } from "../../io/diagnostic.js";
import { issuesToDiagnostics } from "../../io/issues.js";
import type { ParsedSource } from "../../io/parse.js";
import { readSource } from "../../io/read.js";
import { isIsoDate } from "../../model/common.js";
import type { Description } from "../../model/description.js";
import { SEVERITIES } from "../../model/finding.js";
import type { Profile } from "../../model/profile.js";
import type { Report } from "../../model/report.js";
import { POLICY } from "../../policy/clauses.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { formatReport, formatReportChunks, REPORT_FORMATS, type ReportFormat } from "../../report/index.js";
import { VERSION } from "../../version.js";
import { groupInputs, isSpreadsheetInput } from "../../spreadsheet/detect.js";
import { oneOf, parseCommandArgs, usageError } from "../args.js";
import { type CliIo, CliError, EXIT, type Lang, useColor } from "../context.js";
import { type LoadedWaivers, loadProfile, loadWaivers, locateReport, waiverIssueDiagnostics } from "../inputs.js";
import { writeOutput } from "../output.js";

const OPTIONS = {
  format: { type: "string" },
  out: { type: "string", short: "o" },
  profile: { type: "string" },
  waivers: { type: "string" },
  "as-of": { type: "string" },
  "fail-on": { type: "string" },
  "require-evidence": { type: "boolean" },
  "exit-zero": { type: "boolean" },
  results: { type: "string" },
} as const;

/**
 * Which results the report keeps. Text and Markdown list only problems, so by default their
 * passes and not-applicable results are counted, not kept; the machine formats keep all unless
 * `--results problems` is given.
 */
const RESULTS = ["all", "problems"] as const;

/** Joins small chunks into pieces of about a megabyte: few writes, no giant string. */
function* batched(chunks: Iterable<string>, size = 1 << 20): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    length += chunk.length;
    if (length >= size) {
      yield pending.join("");
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield pending.join("");
}

/** The real path of a file (symbolic links resolved), or its absolute path when it does not exist yet. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** `--out` must never name one of the inputs (compared as real paths): the report would overwrite it. */
function refuseOutOverInput(out: string, inputs: readonly (string | undefined)[]): void {
  const target = realPath(out);
  const same = inputs.find((input) => input !== undefined && input !== "-" && realPath(input) === target);
  if (same === undefined) return;
  throw usageError(
    "check",
    "out-is-input",
    {
      ja: `--out ${shown(out, 200, "ja")} は入力のファイル ${shown(same, 200, "ja")} と同じ。上書きすると入力が失われる`,
      en: `--out ${shown(out, 200)} is the input file ${shown(same, 200)}; writing the report would destroy it`,
    },
    { ja: "レポートは別の名前のファイルに書くこと", en: "Write the report to another file" },
  );
}

/** Collects diagnostics from a step instead of stopping at the first bad file. */
async function attempt<T>(diagnostics: Diagnostic[], body: () => Promise<T> | T): Promise<T | undefined> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof InputError || error instanceof CliError) {
      // A loop, not push(...): a spread of a huge list overflows the stack.
      for (const d of error.diagnostics) diagnostics.push(d);
      return undefined;
    }
    throw error;
  }
}

/** Formats read by programs: a run that fails on its input still writes one of these, with the errors. */
const MACHINE_FORMATS: readonly ReportFormat[] = ["json", "sarif", "junit"];

/**
 * The report of a run that could not evaluate: no results, the input errors, and the settings
 * that are known (a profile that could not be read is named by its path).
 */
export function failedReport(
  errors: readonly Diagnostic[],
  settings: { profile: Profile | string | undefined; evaluationDate: string; locale: Lang },
): Report {
  const { profile } = settings;
  return {
    tool: { name: "hitoyoshi-secpolicy", version: VERSION },
    policy: { id: POLICY.id, edition: POLICY.edition },
    profile:
      typeof profile === "string"
        ? { id: profile, networkModel: "unknown", classificationScheme: "unknown" }
        : {
            id: (profile ?? hitoyoshiProfile).id,
            networkModel: (profile ?? hitoyoshiProfile).networkModel,
            classificationScheme: (profile ?? hitoyoshiProfile).classificationScheme,
          },
    evaluationDate: settings.evaluationDate,
    locale: settings.locale,
    summary: summarise([]),
    results: [],
    errors: errors.map((d) => ({ ...d })),
  };
}

/** `secpolicy check`: evaluate descriptions and write one report. */
export async function checkCommand(args: readonly string[], io: CliIo, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs("check", args, OPTIONS);
  const format = oneOf("check", "format", values.format, [...REPORT_FORMATS, "csv", "xlsx"] as const, "text");
  const failOn = values["fail-on"] === undefined ? undefined : oneOf("check", "fail-on", values["fail-on"], SEVERITIES, "low");
  const results = oneOf("check", "results", values.results, RESULTS, format === "text" || format === "markdown" ? "problems" : "all");
  const asOf = values["as-of"];
  if (asOf !== undefined && !isIsoDate(asOf)) {
    throw usageError(
      "check",
      "invalid-option-value",
      { ja: `--as-of ${JSON.stringify(asOf)} は日付ではない`, en: `--as-of ${JSON.stringify(asOf)} is not a date` },
      { ja: "YYYY-MM-DD の形で書くこと（例：2026-04-01）", en: "Write YYYY-MM-DD (e.g. 2026-04-01)" },
    );
  }
  if (positionals.length === 0) {
    throw usageError(
      "check",
      "missing-file",
      { ja: "評価する記述のファイルを指定すること", en: "Name at least one description file" },
      { ja: "例：secpolicy check system.yaml（標準入力は -）", en: "e.g. secpolicy check system.yaml (- reads stdin)" },
    );
  }
  if (positionals.filter((p) => p === "-").length > 1) {
    throw usageError("check", "stdin-twice", { ja: "標準入力（-）は1回だけ指定できる", en: "Standard input (-) can be given only once" });
  }

  if (values.out !== undefined && values.out !== "-") refuseOutOverInput(values.out, [...positionals, values.profile, values.waivers]);

  const diagnostics: Diagnostic[] = [];
  const profile: Profile | undefined =
    values.profile === undefined ? undefined : await attempt(diagnostics, () => loadProfile(values.profile as string));
  const waivers: LoadedWaivers | undefined =
    values.waivers === undefined ? undefined : await attempt(diagnostics, () => loadWaivers(values.waivers as string));

  const inputs: { source: ParsedSource; description: Description; locate?: (report: Report) => Report }[] = [];
  for (const file of groupInputs(positionals)) {
    await attempt(diagnostics, async () => {
      // Workbooks, CSV files and folders of CSV files: the spreadsheet path loads only for them.
      if (typeof file !== "string" || isSpreadsheetInput(file)) {
        inputs.push(await (await import("../../spreadsheet/cli.js")).registerInput(file, io));
        return;
      }
      const source = await readSource(file);
      const parsed = parseDescription(source.value);
      if (!parsed.ok) throw new CliError(issuesToDiagnostics(source, parsed.issues));
      inputs.push({ source, description: parsed.value });
    });
  }
  // One report states one evaluation date, so files that disagree need --as-of.
  const dates = inputs.map(({ description }) => asOf ?? description.evaluationDate ?? io.today());
  const distinct = [...new Set(dates)];
  /** Stops the run: the errors go to stderr (exit 2) and, for a machine format, into the report too. */
  const stop = async (errors: readonly Diagnostic[]): Promise<never> => {
    if ((MACHINE_FORMATS as readonly string[]).includes(format)) {
      const report = failedReport(errors, {
        profile: values.profile === undefined ? undefined : (profile ?? values.profile),
        evaluationDate: distinct.length === 1 ? (distinct[0] as string) : (asOf ?? io.today()),
        locale: lang,
      });
      const text = formatReport(report, format as ReportFormat, { locale: lang, color: false });
      if (values.out === undefined) io.stdout.write(text);
      else await writeOutput(values.out, text, { stdout: io.stdout });
    }
    throw new CliError(errors);
  };
  if (diagnostics.length > 0) await stop(diagnostics);
  if (distinct.length > 1) {
    await stop(
      usageError(
        "check",
        "evaluation-date-mismatch",
        {
          ja: `ファイルごとに評価の基準日が異なる（${distinct.join(", ")}）`,
          en: `The files have different evaluation dates (${distinct.join(", ")})`,
        },
        { ja: "--as-of YYYY-MM-DD で基準日を1つに決めること", en: "Pick one date with --as-of YYYY-MM-DD" },
      ).diagnostics,
    );
  }

  const reports: Report[] = [];
  for (const [i, { source, description, locate }] of inputs.entries()) {
    try {
      // Without --as-of a description's own date is left to evaluate, so the report says where it came from.
      const report = evaluate(description, {
        ...(asOf === undefined && description.evaluationDate !== undefined ? {} : { evaluationDate: dates[i] as string }),
        locale: lang,
        results,
        ...(profile === undefined ? {} : { profile }),
        ...(waivers === undefined ? {} : { waivers: waivers.waivers }),
      });
      reports.push(locate === undefined ? locateReport(report, source, description.waivers?.length ?? 0, waivers) : locate(report));
    } catch (error) {
      if (!(error instanceof SecpolicyError)) throw error;
      if (error.code === "invalid-waivers") {
        diagnostics.push(...waiverIssueDiagnostics(error, source, description.waivers?.length ?? 0, waivers));
      } else if (error.issues.length > 0) diagnostics.push(...issuesToDiagnostics(source, error.issues));
      else diagnostics.push({ file: source.file, code: error.code, message: error.localized });
    }
  }
  if (diagnostics.length > 0) await stop(diagnostics);

  const report = mergeReports(reports);
  const toStdout = values.out === undefined || values.out === "-";
  const output: string | Uint8Array | Iterable<string> =
    format === "csv" || format === "xlsx"
      ? await (await import("../../spreadsheet/cli.js")).worklistOutput(report, format, lang, io, !toStdout)
      : // Written in chunks: a report for a national-scale inventory is longer than one string can be.
        batched(
          formatReportChunks(report, format as ReportFormat, {
            locale: lang,
            color: useColor(io, !toStdout),
            descriptions: inputs.map((input) => input.description),
          }),
        );
  if (values.out === undefined) {
    if (typeof output === "string" || output instanceof Uint8Array) io.stdout.write(output);
    else for (const chunk of output) io.stdout.write(chunk);
  } else await writeOutput(values.out, output, { stdout: io.stdout });
  if (values["exit-zero"] === true) return EXIT.ok;
  const threshold = { ...(failOn === undefined ? {} : { failOn }), requireEvidence: values["require-evidence"] === true };
  return report.results.some((f) => failsRun(f, threshold)) ? EXIT.findings : EXIT.ok;
}
