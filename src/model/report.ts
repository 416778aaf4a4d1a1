import { z } from "zod";
import { IsoDate } from "./common.js";
import { Finding, LocalizedText, OUTCOMES, type Outcome, Severity, SEVERITIES } from "./finding.js";
import { MEASURE_AREA_IDS } from "./measure-area.js";
import { doc } from "./registry.js";
import { THREAT_IDS } from "./threat.js";
import { Waiver } from "./waiver.js";

/** Builds a closed object with one required property per key (an exhaustive record, spelled out for JSON Schema tools). */
function keyed<const K extends string, T extends z.ZodType>(keys: readonly K[], value: T) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, T>);
}

/** Count of results per outcome. */
export const OutcomeCounts = doc(keyed(OUTCOMES, z.int().nonnegative()), "結果ごとの件数", "Count of results per outcome", "OutcomeCounts");
export type OutcomeCounts = Record<Outcome, number>;

/** Counts of results per outcome, and per severity, measure area and threat. */
export const ReportSummary = doc(
  z.strictObject({
    total: z.int().nonnegative(),
    byOutcome: OutcomeCounts,
    bySeverity: keyed(SEVERITIES, OutcomeCounts),
    byArea: keyed(MEASURE_AREA_IDS, OutcomeCounts),
    byThreat: keyed(THREAT_IDS, OutcomeCounts),
  }),
  "集計（結果の件数。重大度・対策区分・脅威ごと）",
  "Summary: result counts per outcome, and per severity, measure area and threat",
  "ReportSummary",
);
export type ReportSummary = z.infer<typeof ReportSummary>;

/** A problem with an input that stopped the evaluation, located where possible. */
export const ReportError = doc(
  z.strictObject({
    file: doc(
      z.string(),
      "ファイル（コマンドラインで指定した名前。標準入力は <stdin>）",
      "The file as named on the command line (<stdin> for stdin)",
    ),
    line: doc(z.int().positive().optional(), "行（1 から）", "Line (1-based)"),
    column: doc(z.int().positive().optional(), "桁（1 から）", "Column (1-based)"),
    code: doc(z.string(), "誤りの種類（例：unknown-key）", "Kind of error (e.g. unknown-key)"),
    message: LocalizedText,
    hint: doc(LocalizedText.optional(), "直し方", "How to fix it"),
    pointer: doc(z.string().optional(), "データの中の位置（JSON ポインタ）", "Position in the data (JSON pointer)"),
  }),
  "入力の誤り（評価を止めたもの）",
  "An input error that stopped the evaluation",
  "ReportError",
);
export type ReportError = z.infer<typeof ReportError>;

/** The report of one evaluation. */
export const Report = doc(
  z.strictObject({
    $schema: z.string().optional(),
    tool: z.strictObject({ name: z.string(), version: z.string() }),
    policy: z.strictObject({ id: z.string(), edition: z.string() }),
    profile: z.strictObject({ id: z.string(), networkModel: z.string(), classificationScheme: z.string() }),
    evaluationDate: IsoDate,
    evaluationDateSource: doc(
      z.enum(["caller", "description"]).optional(),
      "評価の基準日の出所：caller（呼び出し側の指定、--as-of）または description（記述自身の evaluationDate）",
      "Where the evaluation date came from: caller (options, --as-of) or description (the description's own evaluationDate)",
    ),
    locale: z.enum(["ja", "en"]),
    summary: ReportSummary,
    results: doc(
      z.array(Finding),
      "結果。チェックの id、対象の位置、指摘の位置、メッセージ id の順に並ぶ",
      "Results, ordered by check id, then target path, then finding path, then message id",
    ),
    unusedWaivers: doc(z.array(Waiver).optional(), "どの結果にも当てはまらなかった例外措置", "Exceptions that matched no result"),
    baseline: doc(
      z
        .strictObject({
          file: doc(z.string(), "ベースラインのファイル", "The baseline file"),
          new: doc(z.int().nonnegative(), "ベースラインにない指摘（結果に残した）", "Findings not in the baseline (kept in the results)"),
          unchanged: doc(
            z.int().nonnegative(),
            "ベースラインにある指摘（結果と集計から除いた）",
            "Findings in the baseline (left out of the results and the summary)",
          ),
          absent: doc(z.int().nonnegative(), "ベースラインにあって今回なくなった指摘", "Baseline entries no longer found"),
        })
        .optional(),
      "ベースラインとの照合（CLI の --baseline）",
      "Comparison with a baseline (the CLI's --baseline)",
    ),
    errors: doc(
      z.array(ReportError).optional(),
      "入力の誤り。あれば評価は行われておらず、results は空（読めなかったプロファイルは id にパス、他は unknown）",
      "Input errors. When present nothing was evaluated and results is empty (a profile that could not be read has its path as id and unknown for the rest)",
    ),
  }),
  "評価レポート",
  "Evaluation report",
  "Report",
);
export type Report = z.infer<typeof Report>;
export { Severity };
