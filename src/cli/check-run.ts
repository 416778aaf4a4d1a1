/** Steps of `secpolicy check` kept apart from the command's flow: check selection, empty runs, --quiet, thresholds, --list-formats. */
import type { AnyCheck } from "../checks/define-check.js";
import type { Diagnostic } from "../io/diagnostic.js";
import type { ParsedSource } from "../io/parse.js";
import type { Description } from "../model/description.js";
import type { Report } from "../model/report.js";
import { type FailThreshold, failsRun } from "../engine/fails-run.js";
import { isListed } from "../report/shared.js";
import { CHECK_FORMATS, type CheckFormat, type CheckSettings } from "./check-settings.js";
import { CliError, type Lang } from "./context.js";

/** The checks to run (`undefined`: every built-in check), after --check and --skip-check. */
export function selectChecks(
  all: readonly AnyCheck[],
  settings: Pick<CheckSettings, "checks" | "skipChecks">,
): readonly AnyCheck[] | undefined {
  if (settings.checks === undefined && settings.skipChecks.length === 0) return undefined;
  const chosen = all.filter(
    (c) => (settings.checks === undefined || settings.checks.includes(c.meta.id)) && !settings.skipChecks.includes(c.meta.id),
  );
  if (chosen.length === 0) {
    throw new CliError([
      {
        file: "secpolicy check",
        code: "no-checks",
        message: {
          ja: "実行するチェックが1つもない（--check と --skip-check で全て除いた）",
          en: "No check is left to run (--check and --skip-check removed them all)",
        },
        hint: {
          ja: "--check と --skip-check（設定ファイルの checks と skipChecks）を見直すこと",
          en: "Review --check and --skip-check (checks and skipChecks in the configuration file)",
        },
      },
    ]);
  }
  return chosen;
}

/**
 * A description that lists no systems is an input error, located at `systems` (or at the top):
 * the policy is about systems, so such a file cannot show that anything complies.
 */
export function noSystems(source: ParsedSource, description: Description): Diagnostic | undefined {
  if (description.systems.some((system) => system.describedElsewhere !== true)) return undefined;
  const at = source.locate("/systems") ?? source.locate("") ?? {};
  // Every system a stub of one described elsewhere: nothing of this run is judged (twenty-ninth review:
  // a vendor who copied the guide's stub onto its own system got 「指摘事項なし」 and exit 0).
  // A spec of lines only (an existing system as a stub and a link into it) has the links to judge (thirtieth review).
  if ((description.connections ?? []).length > 0) return undefined;
  if (description.systems.length > 0) {
    return {
      file: source.file,
      ...at,
      code: "no-systems",
      message: {
        ja: "記述のシステムがすべて別の記述に記載するもの（describedElsewhere: true）で、判定するシステムが1つもない",
        en: "Every system of the description is described elsewhere (describedElsewhere: true), so there is no system to judge",
      },
      hint: {
        ja: "納品するシステムは describedElsewhere を付けずに記載すること。既存のシステムだけの記述なら、それを記載した台帳と一緒に評価すること",
        en: "Describe the systems you deliver without describedElsewhere; evaluate stubs of existing systems together with the inventory that describes them",
      },
      pointer: "/systems",
    };
  }
  return {
    file: source.file,
    ...at,
    code: "no-systems",
    message: { ja: "記述に情報システム（systems）が1つもない", en: "The description lists no systems" },
    hint: {
      ja: "評価するシステムを systems に書くこと（secpolicy init で雛形を作れる）。空の記述は合格にしない",
      en: "List the systems to check under systems (secpolicy init writes a template); an empty description is not a pass",
    },
    pointer: "/systems",
  };
}

/** Bytes of input per system the command admits: 64 MiB admits 104,857 systems (a real inventory is about 2.7 KB a system). */
export const BYTES_PER_SYSTEM = 640;

/**
 * A description with more systems than its input limit admits (`maxBytes / BYTES_PER_SYSTEM`) is
 * refused before evaluation: every system brings some sixty checks and their findings, and a small
 * file of bare systems would otherwise run the process out of memory. `--max-input-mib` raises both.
 */
export function tooManySystems(source: ParsedSource, description: Description, maxBytes: number): Diagnostic | undefined {
  const limit = Math.floor(maxBytes / BYTES_PER_SYSTEM);
  const count = description.systems.length;
  if (count <= limit) return undefined;
  const at = source.locate("/systems") ?? {};
  const mib = (maxBytes / 1024 / 1024).toFixed(maxBytes % (1024 * 1024) === 0 ? 0 : 2);
  return {
    file: source.file,
    ...at,
    code: "too-many-systems",
    message: {
      ja: `記述のシステム（systems）が ${count} 件あり、入力の上限（${mib} MiB）で評価できる ${limit} 件を超える`,
      en: `The description lists ${count} systems, more than the ${limit} the input limit (${mib} MiB) admits`,
    },
    hint: {
      ja: `システムの数が正しければ --max-input-mib を上げること（${BYTES_PER_SYSTEM} バイトにつき1件。多くのメモリを使う）`,
      en: `If that many systems is right, raise --max-input-mib (one system per ${BYTES_PER_SYSTEM} bytes; it takes much memory)`,
    },
    pointer: "/systems",
  };
}

/** A run in which no check judged anything (no results, or every one not applicable) is an error, not "no findings". */
export function nothingEvaluated(report: Report, files: readonly string[]): Diagnostic | undefined {
  const { total, byOutcome } = report.summary;
  if (total > byOutcome["not-applicable"]) return undefined;
  return {
    file: files.length === 1 ? (files[0] as string) : "secpolicy check",
    code: "nothing-evaluated",
    message: {
      ja: `評価できた項目が1つもない（結果 ${total} 件が全て対象外）`,
      en: `Nothing was evaluated (all ${total} results are not applicable)`,
    },
    hint: {
      ja: "記述の内容と --check・--skip-check の指定を確認すること。何も評価しない実行は合格にしない",
      en: "Check the description and any --check or --skip-check; a run that evaluates nothing is not a pass",
    },
  };
}

/** The report as a format lists it by default: text and markdown list problems only. */
export function defaultResults(format: CheckFormat): "all" | "problems" {
  return format === "text" || format === "markdown" ? "problems" : "all";
}

/** Keeps the results `problems` mode keeps (the summary already counts every result). */
export function problemsOnly(report: Report): Report {
  return { ...report, results: report.results.filter(isListed) };
}

/**
 * --quiet: only failures, results that could not be judged (`error`) and anything else that fails
 * the run (needs-evidence with --require-evidence); the summary still counts everything.
 */
export function onlyFailures(report: Report, threshold: FailThreshold = {}): Report {
  // Whatever decides the exit code stays listed: with --require-evidence, the needs-evidence that fail the run.
  return { ...report, results: report.results.filter((f) => f.outcome === "fail" || f.outcome === "error" || failsRun(f, threshold)) };
}

/**
 * `--max-warnings N`: needs-evidence findings are the run's warnings (a fact not yet shown, not
 * a breach). More than N of them fails the run, as more than N warnings does in ESLint.
 */
export function tooManyWarnings(report: Report, maxWarnings: number | undefined): boolean {
  if (maxWarnings === undefined) return false;
  let warnings = 0;
  for (const f of report.results) if (f.outcome === "needs-evidence") warnings++;
  return warnings > maxWarnings;
}

const FORMAT_TEXT: Readonly<Record<CheckFormat, { ja: string; en: string }>> = {
  text: { ja: "端末向けの文（既定）", en: "text for a terminal (default)" },
  json: { ja: "レポートそのもの（schemas/report.schema.json）", en: "the report itself (schemas/report.schema.json)" },
  sarif: { ja: "SARIF 2.1.0（GitHub code scanning など）", en: "SARIF 2.1.0 (GitHub code scanning and others)" },
  junit: { ja: "JUnit XML（CI のテスト結果表示）", en: "JUnit XML (CI test result views)" },
  markdown: { ja: "Markdown（プルリクエストのコメントなど）", en: "Markdown (pull request comments and the like)" },
  html: { ja: "1つで完結する HTML のページ（ネットワーク図つき）", en: "a self-contained HTML page (with a network diagram)" },
  github: { ja: "GitHub Actions の注釈（::error file=…）", en: "GitHub Actions annotations (::error file=…)" },
  csv: { ja: "対応管理表（1行1件の CSV）", en: "a worklist, one finding per CSV row" },
  xlsx: { ja: "対応管理表（Excel ブック。ファイルに書くこと）", en: "a worklist as an Excel workbook (write it to a file)" },
};

/** The text of --list-formats. */
export function listFormats(lang: Lang): string {
  const width = Math.max(...CHECK_FORMATS.map((f) => f.length));
  const head =
    lang === "ja"
      ? "出力形式（-f 形式[:ファイル] で指定。複数可）:\n"
      : "Output formats (-f FORMAT[:FILE]; repeat it for several outputs):\n";
  return `${head}${CHECK_FORMATS.map((f) => `  ${f.padEnd(width)}  ${FORMAT_TEXT[f][lang]}`).join("\n")}\n`;
}
