// Generated from the published JSON Schema by scripts/published-schemas.ts (npm run gen:schemas). Do not edit by hand.

/**
 * 出力形式：text | json | sarif | junit | markdown | html | github | csv | xlsx
 * Output format: text | json | sarif | junit | markdown | html | github | csv | xlsx
 */
export type ConfigFormat = "text" | "json" | "sarif" | "junit" | "markdown" | "html" | "github" | "csv" | "xlsx";
/**
 * この重大度以上の fail で終了コード 1（既定：全ての fail）
 * Exit 1 for failures at or above this severity (default: every failure)
 */
export type Severity = "critical" | "high" | "medium" | "low";
/**
 * 評価の基準日（YYYY-MM-DD）
 * Evaluation date (YYYY-MM-DD)
 */
export type IsoDate = string;

/**
 * secpolicy check の設定ファイル。パスはこのファイルのフォルダからの相対パス。コマンドラインのオプションが優先する
 * Configuration of secpolicy check. Paths are relative to this file's folder; command-line options take precedence
 */
export interface SecpolicyConfig {
  /**
   * このファイルの JSON Schema（エディタ用。評価には使わない）
   * JSON Schema of this file (for editors; not used)
   */
  $schema?: string;
  /**
   * 評価する記述：ファイル、フォルダ（中の .yaml .yml .json と Excel ブック全て）、グロブ（例：specs/** /*.yaml）
   * Descriptions to check: files, folders (every .yaml, .yml, .json and workbook inside) and globs (e.g. specs/** /*.yaml)
   *
   * @minItems 1
   */
  inputs?: string[];
  /**
   * プロファイルのファイル
   * Profile file
   */
  profile?: string;
  /**
   * 記述とは別の例外措置のファイル
   * Waivers file kept apart from the descriptions
   */
  waivers?: string;
  /**
   * 出力（複数可。標準出力に書けるのは1つまで）。省略時は text を標準出力に
   * Outputs (one or more; at most one to standard output). Default: text to standard output
   *
   * @minItems 1
   */
  outputs?: ConfigOutput[];
  failOn?: Severity;
  /**
   * needs-evidence（証跡不足）も終了コード 1 にする
   * Exit 1 for needs-evidence findings too
   */
  requireEvidence?: boolean;
  /**
   * needs-evidence（証跡不足）がこの件数を超えたら終了コード 1
   * Exit 1 when there are more needs-evidence findings than this
   */
  maxWarnings?: number;
  /**
   * 不適合（fail）と評価できなかった結果だけを出力する
   * Output only failures and results that could not be judged
   */
  quiet?: boolean;
  /**
   * 記述のファイルごとに評価する（別々の団体の記述を並べたフォルダ）。既定では1回の実行のファイルを1つの記述につなげて評価する
   * Judge each description file alone (a folder of different organisations' descriptions); by default the files of one run are joined into one description
   */
  eachFile?: boolean;
  /**
   * レポートの言語（--lang が優先）
   * Language of the report (--lang wins)
   */
  lang?: "ja" | "en";
  asOf?: IsoDate;
  /**
   * レポートに載せる結果：all（全て）| problems（fail・needs-evidence・waived だけ）
   * Results the report lists: all | problems (fail, needs-evidence and waived only)
   */
  results?: "all" | "problems";
  /**
   * この id のチェックだけを実行する
   * Run only the checks with these ids
   *
   * @minItems 1
   */
  checks?: string[];
  /**
   * この id のチェックを実行しない
   * Do not run the checks with these ids
   */
  skipChecks?: string[];
  /**
   * ベースライン（受け入れ済みの指摘）のファイル。ここにない指摘だけを報告する
   * Baseline file of accepted findings: only findings not in it are reported
   */
  baseline?: string;
}
/**
 * 出力1つ（形式と書き出し先）
 * One output: a format and where to write it
 */
export interface ConfigOutput {
  format: ConfigFormat;
  /**
   * 書き出すファイル（設定ファイルのフォルダからの相対パス）。省略か - で標準出力
   * File to write (relative to the configuration file's folder); absent or - writes standard output
   */
  out?: string;
}
