/**
 * The settings of one `secpolicy check` run: the command-line options over the configuration
 * file over the defaults. A list given on the command line (inputs, --format, --check,
 * --skip-check) replaces the file's list rather than adding to it.
 */
import { suggest } from "../input/suggest.js";
import type { SecpolicyConfig } from "../model/config.js";
import { CONFIG_FORMATS } from "../model/values/config.js";
import type { Severity } from "../model/finding.js";
import { SEVERITIES } from "../model/values/finding.js";
import { oneOf, usageError } from "./args.js";
import type { Lang } from "./context.js";
import { dateHint } from "../input/date-reading.js";

/** Every value of `--format`. */
export const CHECK_FORMATS = CONFIG_FORMATS;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** One report to write: a format and a file (`undefined` is standard output). */
export interface OutputTarget {
  readonly format: CheckFormat;
  readonly out: string | undefined;
}

export interface CheckSettings {
  readonly inputs: readonly string[];
  readonly profile: string | undefined;
  readonly waivers: string | undefined;
  readonly outputs: readonly OutputTarget[];
  readonly failOn: Severity | undefined;
  readonly requireEvidence: boolean;
  readonly maxWarnings: number | undefined;
  readonly quiet: boolean;
  readonly exitZero: boolean;
  /**
   * Judge each description file alone (files of different organisations) instead of joining the
   * files of the run into one description.
   */
  readonly eachFile: boolean;
  readonly lang: Lang;
  readonly asOf: string | undefined;
  /** `undefined`: each output's default (problems for text and markdown, all for the others). */
  readonly results: "all" | "problems" | undefined;
  /** The ids of the checks to run, or `undefined` for every built-in check. */
  readonly checks: readonly string[] | undefined;
  readonly skipChecks: readonly string[];
  /** The baseline file (wired by the baseline step), from `--baseline` or the configuration. */
  readonly baseline: string | undefined;
}

/** The command-line values `resolveSettings` reads (as `parseArgs` returns them). */
export interface CheckFlags {
  readonly format?: string[] | undefined;
  readonly out?: string | undefined;
  readonly profile?: string | undefined;
  readonly waivers?: string | undefined;
  readonly "as-of"?: string | undefined;
  readonly "fail-on"?: string | undefined;
  readonly "require-evidence"?: boolean | undefined;
  /** Turns off a configuration file's `requireEvidence: true`. */
  readonly "no-require-evidence"?: boolean | undefined;
  readonly "exit-zero"?: boolean | undefined;
  readonly "max-warnings"?: string | undefined;
  readonly quiet?: boolean | undefined;
  /** Turns off a configuration file's `quiet: true`. */
  readonly "no-quiet"?: boolean | undefined;
  readonly "each-file"?: boolean | undefined;
  /** Turns off a configuration file's `eachFile: true`. */
  readonly "no-each-file"?: boolean | undefined;
  readonly results?: string | undefined;
  readonly check?: string[] | undefined;
  readonly "skip-check"?: string[] | undefined;
  readonly baseline?: string | undefined;
}

/**
 * A switch the configuration file may set: `--name` turns it on, `--no-name` off, neither leaves
 * it to the file. Both at once is a usage error rather than a silent last-one-wins.
 */
function switchOf(name: string, on: boolean | undefined, off: boolean | undefined): boolean | undefined {
  if (on === true && off === true) {
    throw usageError(
      "check",
      "conflicting-options",
      { ja: `--${name} と --no-${name} が両方ある`, en: `--${name} and --no-${name} were both given` },
      { ja: "どちらか一方だけを書くこと", en: "Give one of them" },
    );
  }
  return off === true ? false : on;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function validDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** Reads `FORMAT` or `FORMAT:FILE` (`FORMAT:-` is standard output). */
export function parseFormatSpec(spec: string): { format: CheckFormat; out: string | undefined; explicit: boolean } {
  const colon = spec.indexOf(":");
  const name = colon < 0 ? spec : spec.slice(0, colon);
  const file = colon < 0 ? undefined : spec.slice(colon + 1);
  const format = oneOf("check", "format", name, CHECK_FORMATS, "text");
  if (file === "") {
    throw usageError(
      "check",
      "invalid-option-value",
      {
        ja: `--format ${JSON.stringify(spec)} の : の後にファイル名がない`,
        en: `--format ${JSON.stringify(spec)} has no file after the colon`,
      },
      {
        ja: "形式:ファイル と書くこと（例：sarif:report.sarif、標準出力は sarif:-）",
        en: "Write FORMAT:FILE (e.g. sarif:report.sarif; sarif:- is standard output)",
      },
    );
  }
  return { format, out: file === undefined || file === "-" ? undefined : file, explicit: file !== undefined };
}

/** Works out the outputs from `--format`/`--out` (or the configuration) and rejects clashes. */
function resolveOutputs(flags: CheckFlags, config: SecpolicyConfig | undefined): OutputTarget[] {
  const specs =
    flags.format !== undefined && flags.format.length > 0
      ? flags.format.map(parseFormatSpec)
      : config?.outputs !== undefined
        ? config.outputs.map((o) => ({ format: o.format, out: o.out === "-" ? undefined : o.out, explicit: o.out !== undefined }))
        : [{ format: "text" as CheckFormat, out: undefined, explicit: false }];
  let outputs: OutputTarget[] = specs.map(({ format, out }) => ({ format, out }));
  if (flags.out !== undefined) {
    const open = specs.flatMap((s, i) => (s.explicit ? [] : [i]));
    if (open.length !== 1) {
      throw usageError(
        "check",
        "ambiguous-out",
        {
          ja: "--out（-o）をどの出力に使うか決まらない（ファイル名のない --format がちょうど1つのときだけ使える）",
          en: "--out (-o) is ambiguous: it applies only when exactly one --format has no file of its own",
        },
        { ja: "形式ごとに -f sarif:report.sarif と書くこと", en: "Name each file with its format: -f sarif:report.sarif" },
      );
    }
    const out = flags.out === "-" ? undefined : flags.out;
    outputs = outputs.map((o, i) => (i === open[0] ? { ...o, out } : o));
  }
  if (outputs.filter((o) => o.out === undefined).length > 1) {
    throw usageError(
      "check",
      "stdout-twice",
      { ja: "標準出力に書ける出力は1つだけ", en: "Only one output can go to standard output" },
      { ja: "他の形式にはファイルを付けること（例：-f sarif:report.sarif）", en: "Give the others a file (e.g. -f sarif:report.sarif)" },
    );
  }
  const files = outputs.flatMap((o) => (o.out === undefined ? [] : [o.out]));
  const twice = files.find((f, i) => files.indexOf(f) !== i);
  if (twice !== undefined) {
    throw usageError("check", "out-twice", {
      ja: `出力ファイル ${twice} が2回指定された`,
      en: `The output file ${twice} is named twice`,
    });
  }
  return outputs;
}

/** Check ids named on the command line, each known (else a usage error with a "did you mean"). */
function checkList(option: string, ids: readonly string[], known: readonly string[]): readonly string[] {
  for (const id of ids) {
    if (known.includes(id)) continue;
    const close = suggest(id, known);
    throw usageError(
      "check",
      "unknown-check",
      { ja: `--${option} ${JSON.stringify(id)}：そのチェックはない`, en: `--${option} ${JSON.stringify(id)}: there is no such check` },
      close === undefined
        ? { ja: "secpolicy checks で一覧を確認すること", en: "List the checks with secpolicy checks" }
        : { ja: `${close} の誤りではないか`, en: `Did you mean ${close}?` },
    );
  }
  return ids;
}

function maxWarningsOf(raw: string | undefined, fallback: number | undefined): number | undefined {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) {
    throw usageError(
      "check",
      "invalid-option-value",
      {
        ja: `--max-warnings ${JSON.stringify(raw)} は0以上の整数ではない`,
        en: `--max-warnings ${JSON.stringify(raw)} is not a whole number`,
      },
      { ja: "例：--max-warnings 0", en: "e.g. --max-warnings 0" },
    );
  }
  return Number(raw);
}

/**
 * Combines the command line with the configuration. `lang` is the language from the command
 * line or environment; `fromFlag` says whether it came from `--lang` (which beats the file).
 *
 * @throws CliError for a usage error.
 */
export function resolveSettings(
  flags: CheckFlags,
  positionals: readonly string[],
  config: SecpolicyConfig | undefined,
  lang: { lang: Lang; fromFlag: boolean },
  checkIds: readonly string[],
): CheckSettings {
  const outputs = resolveOutputs(flags, config);
  const failOn = flags["fail-on"] === undefined ? config?.failOn : oneOf("check", "fail-on", flags["fail-on"], SEVERITIES, "low");
  const results =
    flags.results === undefined ? config?.results : oneOf("check", "results", flags.results, ["all", "problems"] as const, "all");
  const asOf = flags["as-of"] ?? config?.asOf;
  if (asOf !== undefined && !validDate(asOf)) {
    throw usageError(
      "check",
      "invalid-option-value",
      { ja: `--as-of ${JSON.stringify(asOf)} は日付ではない`, en: `--as-of ${JSON.stringify(asOf)} is not a date` },
      // The same reading as a date in a description (fifty-ninth review: 「令和9年3月31日」 got only the form).
      dateHint(asOf),
    );
  }
  const inputs = positionals.length > 0 ? positionals : (config?.inputs ?? []);
  if (inputs.length === 0) {
    throw usageError(
      "check",
      "missing-file",
      { ja: "評価する記述のファイルを指定すること", en: "Name at least one description file" },
      {
        ja: "例：secpolicy check system.yaml、フォルダ、'specs/**/*.yaml'（標準入力は -）。設定ファイルの inputs でもよい",
        en: "e.g. secpolicy check system.yaml, a folder or 'specs/**/*.yaml' (- reads stdin); or set inputs in the configuration file",
      },
    );
  }
  if (inputs.filter((p) => p === "-").length > 1) {
    throw usageError("check", "stdin-twice", { ja: "標準入力（-）は1回だけ指定できる", en: "Standard input (-) can be given only once" });
  }
  const checks = flags.check !== undefined ? checkList("check", flags.check, checkIds) : config?.checks;
  const skipChecks =
    flags["skip-check"] !== undefined ? checkList("skip-check", flags["skip-check"], checkIds) : (config?.skipChecks ?? []);
  return {
    inputs,
    profile: flags.profile ?? config?.profile,
    waivers: flags.waivers ?? config?.waivers,
    outputs,
    failOn,
    requireEvidence:
      switchOf("require-evidence", flags["require-evidence"], flags["no-require-evidence"]) ?? config?.requireEvidence ?? false,
    maxWarnings: maxWarningsOf(flags["max-warnings"], config?.maxWarnings),
    quiet: switchOf("quiet", flags.quiet, flags["no-quiet"]) ?? config?.quiet ?? false,
    exitZero: flags["exit-zero"] ?? false,
    eachFile: switchOf("each-file", flags["each-file"], flags["no-each-file"]) ?? config?.eachFile ?? false,
    lang: lang.fromFlag ? lang.lang : (config?.lang ?? lang.lang),
    asOf,
    results,
    checks,
    skipChecks,
    baseline: flags.baseline ?? config?.baseline,
  };
}
