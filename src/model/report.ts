import { z } from "zod";
import { IsoDate } from "./common.js";
import { Finding, OUTCOMES, type Outcome, Severity, SEVERITIES } from "./finding.js";
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
  }),
  "評価レポート",
  "Evaluation report",
  "Report",
);
export type Report = z.infer<typeof Report>;
export { Severity };
