import { existsSync, realpathSync, statSync } from "node:fs";
import { builtinChecks } from "../../checks/index.js";
import { resolve } from "node:path";
import { evaluate } from "../engine.js";
import { summarise } from "../../engine/evaluate.js";
import { failsRun } from "../../engine/fails-run.js";
import { SecpolicyError } from "../../input/errors.js";
import { mergeReports, withSources } from "../../engine/merge.js";
import { shown } from "../../engine/text.js";
import type { JoinedDescription } from "../../input/join.js";
import { parseValidDescription } from "../../input/parse-valid-description.js";
import type { Diagnostic } from "../../io/diagnostic.js";
import { formatDiagnostics, InputError } from "../../io/diagnostic.js";
import { issuesToDiagnostics } from "../../io/issues.js";
import { DEFAULT_LIMITS, type ParsedSource, type ReadLimits } from "../../io/parse.js";
import { fifoWaitingNotice, readSource } from "../../io/read.js";
import type { Description } from "../../model/description.js";
import type { Zone } from "../../model/zone.js";
import { ZONES } from "../../model/values/zone.js";
import type { Profile } from "../../model/profile.js";
import type { Report } from "../../model/report.js";
import { REPORT_VERSION } from "../../model/values/report.js";
import { POLICY } from "../../policy/clauses.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { formatReport, formatReportChunks, type ReportFormat } from "../../report/index.js";
import { VERSION } from "../../version.js";
import { groupInputs, isSpreadsheetInput } from "../../spreadsheet/detect.js";
import { parseCommandArgs, usageError } from "../args.js";
import {
  defaultResults,
  listFormats,
  noSystems,
  nothingEvaluated,
  onlyFailures,
  tooManySystems,
  problemsOnly,
  selectChecks,
  tooManyWarnings,
} from "../check-run.js";
import { type OutputTarget, resolveSettings } from "../check-settings.js";
import { resolveConfig } from "../config.js";
import { expandInputs, isEarlierOutput } from "../expand-inputs.js";
import { baselineOf, baselineText, compareWithBaseline, fingerprintFindings, fingerprintName, markAgainstBaseline } from "../baseline.js";
import { type CliIo, CliError, EXIT, type Lang, useColor } from "../context.js";
import { type LoadedWaivers, loadedProfileFiles, loadProfile, loadWaivers, locateReport, waiverIssueDiagnostics } from "../inputs.js";
import { checkOutputPaths, writeOutput } from "../output.js";
import { joinedEvaluationDiagnostics, joinInputs, locateJoinedReport, type RunInput } from "../joined-run.js";

const OPTIONS = {
  format: { type: "string", short: "f", multiple: true },
  out: { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  "no-config": { type: "boolean" },
  check: { type: "string", multiple: true },
  "skip-check": { type: "string", multiple: true },
  quiet: { type: "boolean", short: "q" },
  "no-quiet": { type: "boolean" },
  "max-warnings": { type: "string" },
  "list-formats": { type: "boolean" },
  profile: { type: "string" },
  waivers: { type: "string" },
  "as-of": { type: "string" },
  "fail-on": { type: "string" },
  "require-evidence": { type: "boolean" },
  "no-require-evidence": { type: "boolean" },
  "exit-zero": { type: "boolean" },
  "each-file": { type: "boolean" },
  "no-each-file": { type: "boolean" },
  results: { type: "string" },
  baseline: { type: "string" },
  "write-baseline": { type: "string" },
  "max-input-mib": { type: "string" },
} as const;

/**
 * Joins small chunks into pieces of 32 K characters: few writes, no giant string. A piece stays
 * under V8's large-object size (64 KiB at two bytes a character), so it dies young; pieces of a
 * megabyte went to the large-object space and piled up until a full collection, about 130 MB at
 * the peak of a 100k-system JSON report.
 */
function* batched(chunks: Iterable<string>, size = 1 << 15): Generator<string> {
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

/**
 * What a path names, as the file system sees it: its device and inode when the file exists (so a
 * hard link, a symbolic link or another spelling of the same file compare equal), else its real path.
 */
function fileIdentity(path: string): string {
  try {
    const stat = statSync(path);
    return `inode:${stat.dev}:${stat.ino}`;
  } catch {
    return `path:${realPath(path)}`;
  }
}

/** An output (or `--write-baseline`) must never be one of the inputs (the same file, however named): it would overwrite it. */
function refuseOutOverInput(out: string, inputs: readonly (string | undefined)[], option = "out"): void {
  const target = fileIdentity(out);
  const same = inputs.find((input) => input !== undefined && input !== "-" && fileIdentity(input) === target);
  if (same === undefined) return;
  throw usageError(
    "check",
    "out-is-input",
    {
      ja: `--${option} ${shown(out, 200, "ja")} は入力のファイル ${shown(same, 200, "ja")} と同じ。上書きすると入力が失われる`,
      en: `--${option} ${shown(out, 200)} is the input file ${shown(same, 200)}; writing the report would destroy it`,
    },
    { ja: "レポートは別の名前のファイルに書くこと", en: "Write the report to another file" },
  );
}

/**
 * Whether a file a folder scan matched is a report or baseline an earlier run wrote, so writing over
 * it loses nothing; anything else is a description. A file gone or unreadable holds nothing to lose.
 */
function isEarlierReport(path: string): boolean {
  return !existsSync(path) || isEarlierOutput(path);
}

/**
 * A system described in two files must be in one zone, whether the files are joined (a stub's zone
 * against the full entry's) or judged alone (two files that disagree hide one's links from the
 * other's checks; ninth review: juki in the My Number zone in one file, the internet zone in
 * another). One located error per clash, at the later file.
 */
function zoneClashes(inputs: readonly { source: ParsedSource; description: Description }[]): Diagnostic[] {
  const first = new Map<string, { zone: Zone | undefined; file: string }>();
  const clashes: Diagnostic[] = [];
  const words = (zone: Zone | undefined) => (zone === undefined ? { ja: "記載なし", en: "none stated" } : ZONES[zone].label);
  for (const { source, description } of inputs) {
    description.systems.forEach((system, index) => {
      const seen = first.get(system.id);
      if (seen === undefined) first.set(system.id, { zone: system.zone, file: source.file });
      else if (seen.zone !== system.zone && seen.file !== source.file) {
        const pointer = `/systems/${index}/zone`;
        clashes.push({
          file: source.file,
          ...(source.locate(pointer) ?? source.locate(`/systems/${index}`) ?? {}),
          pointer,
          code: "zone-mismatch",
          message: {
            ja: `システム ${shown(system.id, 80, "ja")} の領域が ${shown(seen.file, 200, "ja")} では${words(seen.zone).ja}、このファイルでは${words(system.zone).ja}と食い違っている`,
            en: `System ${shown(system.id)} is in the ${words(seen.zone).en} in ${shown(seen.file, 200)} but in the ${words(system.zone).en} here`,
          },
          hint: {
            ja: "同じシステムはどのファイルでも同じ領域（zone）で記載すること",
            en: "Describe a system in the same zone in every file",
          },
        });
      }
    });
  }
  return clashes;
}

/** Two outputs must not be the same file under two spellings (x.json, ./x.json, a link to it): one would be lost. */
function refuseSameOutputTwice(outFiles: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const out of outFiles) {
    const identity = fileIdentity(out);
    const first = seen.get(identity);
    if (first !== undefined) {
      throw usageError("check", "out-twice", {
        ja: `出力ファイル ${shown(out, 200, "ja")} は ${shown(first, 200, "ja")} と同じファイル。一方の出力が失われる`,
        en: `The output file ${shown(out, 200)} is the same file as ${shown(first, 200)}; one output would be lost`,
      });
    }
    seen.set(identity, out);
  }
}

/** What a text, Markdown or HTML report file says of a run stopped by errors: the errors, as the terminal shows them. */
function failedRunNote(errors: readonly Diagnostic[], format: string, locale: "ja" | "en"): string | undefined {
  const title = locale === "ja" ? "評価できなかった（入力の誤り）" : "Not evaluated (errors in the input)";
  const lines = formatDiagnostics(errors, undefined);
  if (format === "text") return `${title}\n\n${lines.join("\n")}\n`;
  if (format === "markdown") return `# ${title}\n\n\`\`\`\n${lines.join("\n").replaceAll("```", "ʼʼʼ")}\n\`\`\`\n`;
  if (format === "html") {
    const escaped = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return `<!DOCTYPE html>\n<html lang="${locale}"><meta charset="utf-8"><title>${escaped(title)}</title><h1>${escaped(title)}</h1><pre>${escaped(lines.join("\n"))}</pre></html>\n`;
  }
  return undefined;
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
const MACHINE_FORMATS: readonly string[] = ["json", "sarif", "junit", "github"];

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
    reportVersion: REPORT_VERSION,
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
    checks: [],
    results: [],
    errors: errors.map((d) => ({ ...d })),
  };
}

/** The reading limits with `--max-input-mib` applied (the default admits a 10,000-system inventory). */
function inputLimits(mib: string | undefined): ReadLimits {
  if (mib === undefined) return DEFAULT_LIMITS;
  const value = Number(mib);
  if (!/^\d+(\.\d+)?$/.test(mib) || !(value > 0) || value > 2047) {
    throw usageError(
      "check",
      "invalid-option-value",
      {
        ja: `--max-input-mib ${shown(mib, 40)} は 0 より大きく 2047 以下の数ではない`,
        en: `--max-input-mib ${shown(mib, 40)} is not a number above 0 and at most 2047`,
      },
      {
        ja: "ファイル1つの上限を MiB で書くこと（例：--max-input-mib 512）",
        en: "Give the per-file limit in MiB (e.g. --max-input-mib 512)",
      },
    );
  }
  return { ...DEFAULT_LIMITS, maxBytes: Math.floor(value * 1024 * 1024) };
}

/** Writes one output: to standard output, or atomically to its file. */
async function writeTarget(io: CliIo, target: OutputTarget, text: string | Uint8Array | Iterable<string>): Promise<void> {
  if (target.out === undefined) {
    if (typeof text === "string" || text instanceof Uint8Array) io.stdout.write(text);
    else for (const chunk of text) io.stdout.write(chunk);
  } else await writeOutput(target.out, text, { stdout: io.stdout });
}

/**
 * `secpolicy check`: evaluate descriptions (files, folders, globs; from the command line or the
 * configuration file) and write one report in one or more formats.
 */
export async function checkCommand(args: readonly string[], io: CliIo, lang: Lang, langFromFlag = false): Promise<number> {
  const { values, positionals } = parseCommandArgs("check", args, OPTIONS);
  if (values["list-formats"] === true) {
    io.stdout.write(listFormats(lang));
    return EXIT.ok;
  }
  const cwd = process.cwd();
  const checkIds = builtinChecks.map((c) => c.meta.id);
  const config = await resolveConfig({ config: values.config, noConfig: values["no-config"] }, cwd, checkIds);
  const settings = resolveSettings(values, positionals, config?.config, { lang, fromFlag: langFromFlag }, checkIds);
  const locale = settings.lang;
  const limits = inputLimits(values["max-input-mib"]);
  const checks = selectChecks(builtinChecks, settings);
  const { asOf } = settings;
  const outFiles = settings.outputs.flatMap((o) => (o.out === undefined ? [] : [o.out]));
  const writeBaseline = values["write-baseline"];
  // The baseline written is an output too: on a report's own path one of them would be lost (fifty-third review).
  refuseSameOutputTwice([...outFiles, ...(writeBaseline === undefined ? [] : [writeBaseline])]);
  const named = [settings.profile, settings.waivers, settings.baseline, config?.file];
  for (const out of outFiles) refuseOutOverInput(out, [...settings.inputs, ...named]);
  if (writeBaseline !== undefined) refuseOutOverInput(writeBaseline, [...settings.inputs, ...named], "write-baseline");

  const diagnostics: Diagnostic[] = [];
  const profile: Profile | undefined =
    settings.profile === undefined ? undefined : await attempt(diagnostics, () => loadProfile(settings.profile as string));
  // Files an `extends` chain reached are inputs too: a report written over one would destroy it.
  if (profile !== undefined) {
    const chain = await loadedProfileFiles(profile);
    for (const out of outFiles) refuseOutOverInput(out, chain);
    if (writeBaseline !== undefined) refuseOutOverInput(writeBaseline, chain, "write-baseline");
  }
  const waivers: LoadedWaivers | undefined =
    settings.waivers === undefined ? undefined : await attempt(diagnostics, () => loadWaivers(settings.waivers as string));
  const exclude = [...named, ...outFiles].filter((p): p is string => p !== undefined);
  // An output a folder or glob matches is left out of the run; unless it is an earlier report, it is a
  // description the run would overwrite (ninth review: `check . -o a.yaml` destroyed a.yaml).
  const matchedOutputs: string[] = [];
  const earlier: string[] = [];
  // An input the configuration file names that does not exist is the configuration's to fix, and said so (fifty-first
  // review: the README's config recipe failed with 「descriptions: ファイルが見つからない」 and no word of where it came from).
  const fromConfig = positionals.length === 0 && config !== undefined;
  const missingConfigured = fromConfig
    ? settings.inputs.filter((input) => input !== "-" && !/[*?[\]{}]/u.test(input) && !existsSync(resolve(cwd, input)))
    : [];
  for (const input of missingConfigured) {
    const configFile = shown(config?.file ?? "", 200, locale);
    diagnostics.push({
      file: input,
      code: "file-not-found",
      message: {
        ja: `設定ファイル ${configFile} の inputs にある ${shown(input, 200, "ja")} が見つからない`,
        en: `${shown(input, 200)}, named in inputs of the configuration file ${configFile}, does not exist`,
      },
      hint: {
        ja: `記述を置くフォルダ（ファイル）を作るか、${configFile} の inputs を直すこと。記述を直接指定してもよい（secpolicy check <ファイルかフォルダ>）`,
        en: `Create the folder (or file) for the descriptions, or change inputs in ${configFile}; or name the descriptions directly (secpolicy check <file or folder>)`,
      },
    });
  }
  const found =
    (await attempt(diagnostics, () =>
      expandInputs(
        settings.inputs.filter((input) => !missingConfigured.includes(input)),
        cwd,
        exclude,
        (m) => matchedOutputs.push(m),
        (m) => earlier.push(m),
      ),
    )) ?? [];
  // A worklist workbook an earlier run wrote (`--format xlsx`) is an output too (twenty-eighth review);
  // the spreadsheet path loads only when a workbook was found.
  const worklists = new Set<string>();
  if (found.some((f) => /\.xlsx$/i.test(f))) {
    const { isWorklistWorkbook } = await import("../../spreadsheet/cli.js");
    for (const f of found) if (/\.xlsx$/i.test(f) && (await isWorklistWorkbook(resolve(cwd, f)))) worklists.add(f);
  }
  earlier.push(...worklists);
  const files = found.filter((f) => !worklists.has(f));
  // Reports and baselines of an earlier run in the folder are not descriptions: named once each, not read.
  for (const file of earlier) {
    io.stderr.write(
      locale === "ja"
        ? `注意: ${shown(file, 200, "ja")} は以前の実行の出力（レポート・ベースライン・指摘一覧）のため、記述として読まなかった\n`
        : `note: ${shown(file, 200)} is an output of an earlier run (a report, baseline or worklist), not a description; it was not read\n`,
    );
  }
  for (const out of outFiles) {
    const matched = matchedOutputs.find((m) => fileIdentity(resolve(cwd, m)) === fileIdentity(resolve(cwd, out)));
    if (matched !== undefined && !isEarlierReport(resolve(cwd, matched)) && !worklists.has(matched)) refuseOutOverInput(out, [matched]);
  }
  for (const out of outFiles) refuseOutOverInput(out, files);
  if (writeBaseline !== undefined) refuseOutOverInput(writeBaseline, files, "write-baseline");
  const baseline =
    settings.baseline === undefined
      ? undefined
      : await attempt(diagnostics, async () => (await import("../baseline-file.js")).readBaseline(settings.baseline as string));

  const inputs: RunInput[] = [];
  const grouped = groupInputs(files);
  // The files of one run are one description (a city's inventory split by zone, a vendor's spec
  // beside it), judged once; --each-file judges each alone. References to ids are then judged on
  // the joined description, where another file may hold the id (seventeenth review).
  const joining = !settings.eachFile && grouped.length > 1;
  const references = joining ? { references: false } : {};
  for (const file of grouped) {
    await attempt(diagnostics, async () => {
      // Workbooks, CSV files and folders of CSV files: the spreadsheet path loads only for them.
      const input =
        typeof file !== "string" || isSpreadsheetInput(file)
          ? await (await import("../../spreadsheet/cli.js")).registerInput(file, io, references)
          : await (async () => {
              const source = await readSource(file, { limits, onWaiting: (fifo) => io.stderr.write(fifoWaitingNotice(fifo, locale)) });
              // In a joined run a file may hold no systems at all (the municipality's facts, the exceptions):
              // the run needs systems, not each file (twenty-first review).
              const value =
                joining &&
                source.value !== null &&
                typeof source.value === "object" &&
                !Array.isArray(source.value) &&
                !("systems" in source.value)
                  ? { ...(source.value as Record<string, unknown>), systems: [] }
                  : source.value;
              // zod loads only to explain a description the precompiled validator refuses.
              const parsed =
                parseValidDescription(value, references) ??
                (await import("../../input/parse-description.js")).explainDescription(value, references);
              if (!parsed.ok) throw new CliError(issuesToDiagnostics(source, parsed.issues));
              return { source, description: parsed.value };
            })();
      // A description without systems cannot show that anything complies: an error, not a pass. In a
      // joined run the run must have systems, not each file (the city's facts may be a file of their own).
      const empty =
        (joining ? undefined : noSystems(input.source, input.description)) ??
        tooManySystems(input.source, input.description, limits.maxBytes);
      if (empty !== undefined) throw new CliError([empty]);
      inputs.push(input);
    });
  }
  // One report states one evaluation date. Joined, the files that state one must agree and the others
  // take it (twenty-first review: a date written once, in the city's file, stopped the run); judged
  // each alone, every file's own date or today's must agree, or each is run on its own.
  const stated = inputs.flatMap(({ description, source }) =>
    description.evaluationDate === undefined ? [] : [{ date: description.evaluationDate, file: source.file }],
  );
  const runDate = asOf ?? (joining ? stated[0]?.date : undefined);
  // A date only some files state is the run's: say whose it is, so a vendor's file cannot set the city's
  // date unnoticed (twenty-second review).
  // (Said only of a run that goes on to evaluate: a file that could not be read may be the one that states the date;
  // sixty-seventh review.)
  const readAll = diagnostics.length === 0;
  if (readAll && asOf === undefined && joining && stated.length > 0 && stated.length < inputs.length) {
    const from = [...new Set(stated.map((s) => s.file))].map((f) => shown(f, 200, locale)).join(locale === "ja" ? "、" : ", ");
    io.stderr.write(
      locale === "ja"
        ? `注意: 評価の基準日 ${stated[0]?.date} は ${from} の evaluationDate による（ほかのファイルには記載がない）\n`
        : `note: the evaluation date ${stated[0]?.date} is the evaluationDate of ${from} (the other files state none)\n`,
    );
  }
  const dates = inputs.map(({ description }) => runDate ?? description.evaluationDate ?? io.today());
  // Nothing gave a date: today's is used, and said (fifty-fourth review: a vendor's run without the town's file that
  // states the date judged every interval on today and disagreed with the town's run without a word).
  if (
    readAll &&
    inputs.length > 0 &&
    inputs.every(({ description }) => runDate === undefined && description.evaluationDate === undefined)
  ) {
    const today = io.today();
    io.stderr.write(
      locale === "ja"
        ? `注意: 記述にも --as-of にも評価の基準日がないため、今日（${today}）で判定した。基準日を記載したファイルと合わせて実行するか、--as-of で与えること\n`
        : `note: neither the description nor --as-of gives an evaluation date, so today (${today}) was used; run it together with the file that states the date, or give --as-of\n`,
    );
  }
  const distinct = asOf !== undefined ? [asOf] : joining ? [...new Set(stated.map((s) => s.date))] : [...new Set(dates)];
  /**
   * Stops the run: the errors go to stderr (exit 2) and, for machine formats, into their reports
   * too; an existing text, Markdown or HTML report file is replaced by them.
   */
  const stop = async (errors: readonly Diagnostic[]): Promise<never> => {
    for (const target of settings.outputs) {
      if (!MACHINE_FORMATS.includes(target.format)) {
        // Nothing is written for people (the errors are on stderr), but an earlier run's report file
        // is replaced by the errors, so it is never read as this run's (worklists, which people edit
        // by hand, are left alone).
        const note = failedRunNote(errors, target.format, locale);
        if (target.out !== undefined && note !== undefined && existsSync(target.out)) await writeTarget(io, target, note);
        continue;
      }
      const report = failedReport(errors, {
        profile: settings.profile === undefined ? undefined : (profile ?? settings.profile),
        evaluationDate: distinct.length === 1 ? (distinct[0] as string) : (asOf ?? runDate ?? io.today()),
        locale,
      });
      await writeTarget(io, target, formatReport(report, target.format as ReportFormat, { locale, color: false }));
    }
    throw new CliError(errors);
  };
  // Judged each alone, files of one description name ids the others hold: said once, so the cure is not taken for
  // a missing vendor in every file (fifty-fourth review: 23 errors each said 「vendors に追加すること（今は空）」).
  if (settings.eachFile && grouped.length > 1 && diagnostics.some((d) => d.code === "dangling-reference")) {
    io.stderr.write(
      locale === "ja"
        ? "注意: --each-file では各ファイルを別々の記述として判定する。一つの記述を分けたファイル（台帳と接続の一覧など）なら、--each-file を外して一緒に判定すること\n"
        : "note: --each-file judges each file as a description of its own; for files that split one description (an inventory and its list of connections), leave --each-file out and judge them together\n",
    );
  }
  if (diagnostics.length > 0) await stop(diagnostics);
  if (distinct.length > 1) {
    // Each file and its date, so the stray one can be corrected (twenty-first review).
    const listed = inputs
      .map(
        ({ description, source }) => `${shown(source.file, 120)}: ${description.evaluationDate ?? (locale === "ja" ? "記載なし" : "none")}`,
      )
      .join(", ");
    await stop(
      usageError(
        "check",
        "evaluation-date-mismatch",
        {
          ja: `ファイルごとに評価の基準日が異なる（${listed}）`,
          en: `The files have different evaluation dates (${listed})`,
        },
        settings.eachFile
          ? {
              ja: "別の団体の記述は、それぞれ自身の基準日で別々に評価すること（--as-of で揃えると、例外措置や期間のチェックが別の日付で判定される）",
              en: "Evaluate each organisation's description in a run of its own, on its own date (--as-of would judge exceptions and intervals on another date)",
            }
          : {
              ja: "一つの記述を分けたファイルなら、誤った基準日を直すか、基準日を一つのファイルにだけ書くこと（または --as-of YYYY-MM-DD）。別々の団体の記述なら、団体ごとのフォルダに分けて別々に実行すること",
              en: "For files of one description, correct the stray date or write the date in one file only (or give --as-of YYYY-MM-DD); for different organisations' descriptions, keep each in a folder of its own and run them separately",
            },
      ).diagnostics,
    );
  }

  // Judged each alone (--each-file), the files are different descriptions: one system id may stand in
  // another zone in another organisation's (twenty-first review).
  const clashes = joining ? zoneClashes(inputs) : [];
  if (clashes.length > 0) await stop(clashes);
  let joined: JoinedDescription | undefined;
  if (joining) {
    const join = joinInputs(inputs);
    if ("errors" in join) await stop(join.errors);
    else joined = join.joined;
    const judged = joined?.description;
    if (judged?.systems.every((system) => system.describedElsewhere === true) && (judged.connections ?? []).length === 0) {
      await stop(inputs.flatMap((input) => noSystems(input.source, input.description) ?? []));
    }
  }

  // One evaluation for every output: all results when any output lists them all.
  const results = settings.results ?? (settings.outputs.some((o) => defaultResults(o.format) === "all") ? "all" : "problems");
  const reports: Report[] = [];
  if (joined !== undefined) {
    const { description } = joined;
    try {
      const report = evaluate(description, {
        ...(asOf === undefined && description.evaluationDate !== undefined ? {} : { evaluationDate: dates[0] as string }),
        locale,
        results,
        ...(checks === undefined ? {} : { checks }),
        ...(profile === undefined ? {} : { profile }),
        ...(waivers === undefined ? {} : { waivers: waivers.waivers }),
      });
      reports.push(locateJoinedReport(report, joined, inputs, waivers, process.cwd()));
    } catch (error) {
      if (!(error instanceof SecpolicyError)) throw error;
      diagnostics.push(...joinedEvaluationDiagnostics(error, joined, inputs, waivers));
    }
  }
  for (const [i, { source, description, locate }] of (joined === undefined ? inputs : []).entries()) {
    try {
      // Without --as-of a description's own date is left to evaluate, so the report says where it came from.
      const report = evaluate(description, {
        ...(asOf === undefined && description.evaluationDate !== undefined ? {} : { evaluationDate: dates[i] as string }),
        locale,
        results,
        ...(checks === undefined ? {} : { checks }),
        ...(profile === undefined ? {} : { profile }),
        ...(waivers === undefined ? {} : { waivers: waivers.waivers }),
      });
      let located = report;
      if (locate === undefined) locateReport(report, source, description.waivers?.length ?? 0, waivers);
      else located = locate(report);
      fingerprintFindings(located.results, fingerprintName(source.file, process.cwd()));
      reports.push(located);
    } catch (error) {
      if (!(error instanceof SecpolicyError)) throw error;
      if (error.code === "invalid-waivers") {
        diagnostics.push(...waiverIssueDiagnostics(error, source, description.waivers?.length ?? 0, waivers));
      } else if (error.issues.length > 0) diagnostics.push(...issuesToDiagnostics(source, error.issues));
      else diagnostics.push({ file: source.file, code: error.code, message: error.localized });
    }
  }
  if (diagnostics.length > 0) await stop(diagnostics);

  // The report names what it judged: every input file and its title, in the order given (seventy-ninth review: a
  // filed report did not say which delivery spec it approved).
  let report = withSources(
    mergeReports(reports),
    inputs.map(({ source, description }) => ({
      file: source.file,
      ...(description.title === undefined || description.title === "" ? {} : { title: description.title }),
    })),
  );
  const nothing = nothingEvaluated(report, files);
  if (nothing !== undefined) await stop([nothing]);
  // A description dated after today attests a day that has not come (fifty-first review: a vendor's spec dated 2031
  // made an approval of 2031-03 count). The report cannot know today; the command can, and says so.
  const today = io.today();
  if (report.evaluationDateSource === "description" && report.evaluationDate > today) {
    io.stderr.write(
      locale === "ja"
        ? `注意: 評価の基準日 ${report.evaluationDate} は記述自身の evaluationDate で、今日（${today}）より後になっている。まだ来ていない日の状態は確かめられないため、--as-of で評価する日を与えること\n`
        : `warning: the evaluation date ${report.evaluationDate} is the description's own evaluationDate and lies after today (${today}); a day that has not come cannot be attested, so give the date to judge on with --as-of\n`,
    );
  }
  // Every output checked before any is written (the baseline too): a run that cannot write one of them leaves none behind.
  await checkOutputPaths([...outFiles, ...(writeBaseline === undefined ? [] : [writeBaseline])]);
  // The baseline written records every current finding; the one read leaves out those it has.
  if (writeBaseline !== undefined) await writeOutput(writeBaseline, baselineText(baselineOf(report)), { stdout: io.stdout });
  // A SARIF upload keeps the known findings, marked unchanged: left out, code scanning closes their alerts.
  let sarifReport: Report | undefined;
  if (baseline !== undefined) {
    const compared = compareWithBaseline(report, baseline, settings.baseline as string);
    sarifReport = markAgainstBaseline(report, compared);
    report = compared;
  }
  // The exit code judges every finding, whatever --quiet leaves out of the output.
  const threshold = { ...(settings.failOn === undefined ? {} : { failOn: settings.failOn }), requireEvidence: settings.requireEvidence };
  const failing = report.results.some((f) => failsRun(f, threshold)) || tooManyWarnings(report, settings.maxWarnings);
  if (settings.quiet) report = onlyFailures(report, threshold);

  if (settings.quiet && sarifReport !== undefined) sarifReport = onlyFailures(sarifReport, threshold);
  for (const target of settings.outputs) {
    const base = target.format === "sarif" && sarifReport !== undefined ? sarifReport : report;
    const listed = settings.results === undefined && defaultResults(target.format) === "problems" ? problemsOnly(base) : base;
    const toFile = target.out !== undefined;
    const text: string | Uint8Array | Iterable<string> =
      target.format === "csv" || target.format === "xlsx"
        ? await (await import("../../spreadsheet/cli.js")).worklistOutput(listed, target.format, locale, io, toFile)
        : // Written in chunks: a report for a national-scale inventory is longer than one string can be.
          batched(
            formatReportChunks(listed, target.format, {
              locale,
              color: useColor(io, toFile),
              descriptions: joined === undefined ? inputs.map((input) => input.description) : [joined.description],
              sources: inputs.map((input) => ({ file: input.source.file, description: input.description })),
            }),
          );
    await writeTarget(io, target, text);
  }
  if (settings.exitZero) return EXIT.ok;
  return failing ? EXIT.findings : EXIT.ok;
}
