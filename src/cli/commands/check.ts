import { evaluate } from "../../engine/evaluate.js";
import { SecpolicyError } from "../../engine/errors.js";
import { mergeReports } from "../../engine/merge.js";
import { parseDescription } from "../../engine/parse-description.js";
import type { Diagnostic } from "../../io/diagnostic.js";
import { InputError } from "../../io/diagnostic.js";
import { issuesToDiagnostics, locateFindings } from "../../io/issues.js";
import type { ParsedSource } from "../../io/parse.js";
import { readSource } from "../../io/read.js";
import type { Description } from "../../model/description.js";
import { SEVERITIES, type Severity } from "../../model/finding.js";
import type { Profile } from "../../model/profile.js";
import type { Report } from "../../model/report.js";
import { formatReport, REPORT_FORMATS } from "../../report/index.js";
import { groupInputs, isSpreadsheetInput } from "../../spreadsheet/detect.js";
import { oneOf, parseCommandArgs, usageError } from "../args.js";
import { type CliIo, CliError, EXIT, type Lang, useColor } from "../context.js";
import { type LoadedWaivers, loadProfile, loadWaivers, waiverIssueDiagnostics } from "../inputs.js";
import { writeAtomic } from "../output.js";

const OPTIONS = {
  format: { type: "string" },
  out: { type: "string", short: "o" },
  profile: { type: "string" },
  waivers: { type: "string" },
  "as-of": { type: "string" },
  "fail-on": { type: "string" },
  "require-evidence": { type: "boolean" },
  "exit-zero": { type: "boolean" },
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** Whether a report has a finding that fails the run under the given threshold. */
export function failsRun(report: Report, failOn: Severity | undefined, requireEvidence: boolean): boolean {
  const limit = failOn === undefined ? SEVERITIES.length - 1 : SEVERITIES.indexOf(failOn);
  return report.results.some(
    (f) => (f.outcome === "fail" || (requireEvidence && f.outcome === "needs-evidence")) && SEVERITIES.indexOf(f.severity) <= limit,
  );
}

/** Collects diagnostics from a step instead of stopping at the first bad file. */
async function attempt<T>(diagnostics: Diagnostic[], body: () => Promise<T> | T): Promise<T | undefined> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof InputError || error instanceof CliError) {
      diagnostics.push(...error.diagnostics);
      return undefined;
    }
    throw error;
  }
}

/** `secpolicy check`: evaluate descriptions and write one report. */
export async function checkCommand(args: readonly string[], io: CliIo, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs("check", args, OPTIONS);
  const format = oneOf("check", "format", values.format, [...REPORT_FORMATS, "csv", "xlsx"] as const, "text");
  const failOn = values["fail-on"] === undefined ? undefined : oneOf("check", "fail-on", values["fail-on"], SEVERITIES, "low");
  const asOf = values["as-of"];
  if (asOf !== undefined && !validDate(asOf)) {
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
  if (diagnostics.length > 0) throw new CliError(diagnostics);

  // One report states one evaluation date, so files that disagree need --as-of.
  const dates = inputs.map(({ description }) => asOf ?? description.evaluationDate ?? io.today());
  const distinct = [...new Set(dates)];
  if (distinct.length > 1) {
    throw usageError(
      "check",
      "evaluation-date-mismatch",
      {
        ja: `ファイルごとに評価の基準日が異なる（${distinct.join(", ")}）`,
        en: `The files have different evaluation dates (${distinct.join(", ")})`,
      },
      { ja: "--as-of YYYY-MM-DD で基準日を1つに決めること", en: "Pick one date with --as-of YYYY-MM-DD" },
    );
  }

  const reports: Report[] = [];
  for (const [i, { source, description, locate }] of inputs.entries()) {
    try {
      const report = evaluate(description, {
        evaluationDate: dates[i] as string,
        locale: lang,
        ...(profile === undefined ? {} : { profile }),
        ...(waivers === undefined ? {} : { waivers: waivers.waivers }),
      });
      reports.push(locate === undefined ? locateFindings(report, source) : locate(report));
    } catch (error) {
      if (!(error instanceof SecpolicyError)) throw error;
      if (error.code === "invalid-waivers") {
        diagnostics.push(...waiverIssueDiagnostics(error, source, description.waivers?.length ?? 0, waivers));
      } else if (error.issues.length > 0) diagnostics.push(...issuesToDiagnostics(source, error.issues));
      else diagnostics.push({ file: source.file, code: error.code, message: error.localized });
    }
  }
  if (diagnostics.length > 0) throw new CliError(diagnostics);

  const report = mergeReports(reports);
  const text =
    format === "csv" || format === "xlsx"
      ? await (await import("../../spreadsheet/cli.js")).worklistOutput(report, format, lang, io, values.out !== undefined)
      : formatReport(report, format, { locale: lang, color: useColor(io, values.out !== undefined) });
  if (values.out === undefined) io.stdout.write(text);
  else await writeAtomic(values.out, text);
  if (values["exit-zero"] === true) return EXIT.ok;
  return failsRun(report, failOn, values["require-evidence"] === true) ? EXIT.findings : EXIT.ok;
}
