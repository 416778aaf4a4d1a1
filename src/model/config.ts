import { z } from "zod";
import { IsoDate } from "./common.js";
import { Severity } from "./finding.js";
import { doc } from "./registry.js";
import { CONFIG_FORMATS } from "./values/config.js";

export { CONFIG_FORMATS } from "./values/config.js";

const Format = doc(
  z.enum(CONFIG_FORMATS),
  "出力形式：text | json | sarif | junit | markdown | html | github | csv | xlsx",
  "Output format: text | json | sarif | junit | markdown | html | github | csv | xlsx",
  "ConfigFormat",
);

const Path = z.string().min(1);

/** One report the run writes: a format, and a file (standard output when absent or `-`). */
export const ConfigOutput = doc(
  z.strictObject({
    format: Format,
    out: doc(
      Path.optional(),
      "書き出すファイル（設定ファイルのフォルダからの相対パス）。省略か - で標準出力",
      "File to write (relative to the configuration file's folder); absent or - writes standard output",
    ),
  }),
  "出力1つ（形式と書き出し先）",
  "One output: a format and where to write it",
  "ConfigOutput",
);
export type ConfigOutput = z.infer<typeof ConfigOutput>;

const CheckIds = z.array(z.string().min(1));

/**
 * The settings of `secpolicy check` kept in a file (`secpolicy.config.yaml`, `.yml`, `.json`, or
 * a `secpolicy` key in `package.json`). Paths are relative to the file's folder. A command-line
 * option overrides the same setting here; a list given on the command line (inputs, formats,
 * checks) replaces the file's list.
 */
export const SecpolicyConfig = doc(
  z.strictObject({
    $schema: doc(
      z.string().optional(),
      "このファイルの JSON Schema（エディタ用。評価には使わない）",
      "JSON Schema of this file (for editors; not used)",
    ),
    inputs: doc(
      z.array(Path).min(1).optional(),
      "評価する記述：ファイル、フォルダ（中の .yaml .yml .json と Excel ブック全て）、グロブ（例：specs/**/*.yaml）",
      "Descriptions to check: files, folders (every .yaml, .yml, .json and workbook inside) and globs (e.g. specs/**/*.yaml)",
    ),
    profile: doc(Path.optional(), "プロファイルのファイル", "Profile file"),
    waivers: doc(Path.optional(), "記述とは別の例外措置のファイル", "Waivers file kept apart from the descriptions"),
    outputs: doc(
      z.array(ConfigOutput).min(1).optional(),
      "出力（複数可。標準出力に書けるのは1つまで）。省略時は text を標準出力に",
      "Outputs (one or more; at most one to standard output). Default: text to standard output",
    ),
    failOn: doc(
      Severity.optional(),
      "この重大度以上の fail で終了コード 1（既定：全ての fail）",
      "Exit 1 for failures at or above this severity (default: every failure)",
    ),
    requireEvidence: doc(
      z.boolean().optional(),
      "needs-evidence（証跡不足）も終了コード 1 にする",
      "Exit 1 for needs-evidence findings too",
    ),
    maxWarnings: doc(
      z.int().nonnegative().optional(),
      "needs-evidence（証跡不足）がこの件数を超えたら終了コード 1",
      "Exit 1 when there are more needs-evidence findings than this",
    ),
    quiet: doc(
      z.boolean().optional(),
      "不適合（fail）と評価できなかった結果だけを出力する",
      "Output only failures and results that could not be judged",
    ),
    eachFile: doc(
      z.boolean().optional(),
      "記述のファイルごとに評価する（別々の団体の記述を並べたフォルダ）。既定では1回の実行のファイルを1つの記述につなげて評価する",
      "Judge each description file alone (a folder of different organisations' descriptions); by default the files of one run are joined into one description",
    ),
    lang: doc(z.enum(["ja", "en"]).optional(), "レポートの言語（--lang が優先）", "Language of the report (--lang wins)"),
    asOf: doc(IsoDate.optional(), "評価の基準日（YYYY-MM-DD）", "Evaluation date (YYYY-MM-DD)"),
    results: doc(
      z.enum(["all", "problems"]).optional(),
      "レポートに載せる結果：all（全て）| problems（fail・needs-evidence・waived だけ）",
      "Results the report lists: all | problems (fail, needs-evidence and waived only)",
    ),
    checks: doc(CheckIds.min(1).optional(), "この id のチェックだけを実行する", "Run only the checks with these ids"),
    skipChecks: doc(CheckIds.optional(), "この id のチェックを実行しない", "Do not run the checks with these ids"),
    baseline: doc(
      Path.optional(),
      "ベースライン（受け入れ済みの指摘）のファイル。ここにない指摘だけを報告する",
      "Baseline file of accepted findings: only findings not in it are reported",
    ),
  }),
  "secpolicy check の設定ファイル。パスはこのファイルのフォルダからの相対パス。コマンドラインのオプションが優先する",
  "Configuration of secpolicy check. Paths are relative to this file's folder; command-line options take precedence",
  "SecpolicyConfig",
);
export type SecpolicyConfig = z.infer<typeof SecpolicyConfig>;
