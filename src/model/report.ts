import { z } from "zod";
import { IsoDate } from "./common.js";
import { Basis, ClauseIdSchema, Finding, LocalizedText, OUTCOMES, type Outcome, Severity, SEVERITIES, TargetKind } from "./finding.js";
import { MEASURE_AREA_IDS, MeasureArea } from "./measure-area.js";
import { doc } from "./registry.js";
import { THREAT_IDS, ThreatId } from "./threat.js";
import { Waiver } from "./waiver.js";
import { REPORT_VERSION } from "./values/report.js";

export { REPORT_VERSION } from "./values/report.js";

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

/** One message of a check that ran: its template and where its requirement comes from. */
export const ReportCheckMessage = doc(
  z.strictObject({
    ja: doc(
      z.string(),
      "メッセージのひな形（日本語。{{名前}} は結果の data で埋まる）",
      "Message template in Japanese ({{name}} is filled from the result's data)",
    ),
    en: doc(z.string(), "メッセージのひな形（英語）", "Message template in English"),
    basis: doc(Basis, "このメッセージの根拠", "Basis of this message"),
    reference: doc(
      LocalizedText.optional(),
      "根拠の出典（ガイドラインの節の名称、または推奨の理由）",
      "Where the requirement comes from (the guideline section by title, or the reason for the recommendation)",
    ),
    defaultSeverity: doc(Severity, "チェックが定める既定の重大度", "Default severity as the check defines it"),
    severity: doc(
      Severity,
      "この評価で使った重大度（プロファイルの指定を反映）",
      "Severity used in this evaluation (after the profile's override)",
    ),
    clauses: doc(
      z.array(ClauseIdSchema).optional(),
      "このメッセージの結果が引用する条項（チェックの条項の一部だけの場合。ない場合はチェックの条項すべて。チェックが結果ごとにさらに絞ることがある）",
      "Clauses the findings of this message cite, where they are some of the check's (absent: all of them; a check may narrow them further per finding)",
    ),
    remediation: doc(
      LocalizedText.optional(),
      "このメッセージの結果に対する対応（チェックの対応と異なる場合）",
      "What to do about this message's findings, where it differs from the check's remediation",
    ),
  }),
  "実行したチェックのメッセージ",
  "A message of a check that ran",
  "ReportCheckMessage",
);
export type ReportCheckMessage = z.infer<typeof ReportCheckMessage>;

/**
 * The metadata of one check that ran, as formatters need it (like ESLint's `rulesMeta` and
 * SARIF's `tool.driver.rules`): formatters read checks from the report, never from a catalogue,
 * so custom checks are described as fully as built-in ones.
 */
export const ReportCheck = doc(
  z.strictObject({
    id: doc(z.string(), "チェックの id", "Check id"),
    origin: doc(
      z.enum(["builtin", "custom"]),
      "builtin（このライブラリのチェック）または custom（呼び出し側が渡したチェック）",
      "builtin (one of this library's checks) or custom (a check the caller passed in)",
    ),
    version: doc(
      z.string().optional(),
      "チェックの版（組込みチェックはライブラリの版、独自チェックはメタデータの version）",
      "Version of the check (the library's version for built-in checks, meta.version for custom checks)",
    ),
    title: LocalizedText,
    description: LocalizedText.optional(),
    area: MeasureArea,
    target: TargetKind,
    clauses: z.array(ClauseIdSchema),
    threats: z.array(ThreatId),
    basis: doc(Basis, "チェック全体の根拠", "Basis of the check's duty as a whole"),
    guideline: doc(z.string().optional(), "依拠したガイドラインの版と節（名称）", "Guideline revision and section (by title) relied on"),
    defaultSeverity: doc(Severity, "チェックが定める既定の重大度", "Default severity as the check defines it"),
    severity: doc(
      Severity,
      "この評価で使った重大度（プロファイルの指定を反映）",
      "Severity used in this evaluation (after the profile's override)",
    ),
    messages: doc(z.record(z.string(), ReportCheckMessage), "メッセージ id ごとのメッセージ", "Messages by message id"),
    remediation: doc(LocalizedText, "直し方", "How to remedy a finding"),
    docsUrl: doc(
      z.string().optional(),
      "チェックの説明ページ（組込みチェックはこの版の docs/checks、独自チェックはメタデータの docsUrl）",
      "Documentation page of the check (this version's docs/checks page for built-in checks, meta.docsUrl for custom checks)",
    ),
  }),
  "実行したチェックのメタデータ",
  "Metadata of a check that ran",
  "ReportCheck",
);
export type ReportCheck = z.infer<typeof ReportCheck>;

/** One input the report was made from: the file as the user named it, and the description's title. */
export const ReportSource = doc(
  z.strictObject({
    file: doc(
      z.string(),
      "ファイル（コマンドラインで指定した名前、フォルダを指定したときはその中の名前。標準入力は <stdin>）",
      "The file as named on the command line, or found in a folder named there (<stdin> for stdin)",
    ),
    title: doc(z.string().optional(), "記述の表題（title）。なければ省く", "The description's title; left out when it has none"),
  }),
  "評価した記述",
  "A description the report was made from",
  "ReportSource",
);
export type ReportSource = z.infer<typeof ReportSource>;

/** The report of one evaluation. */
export const Report = doc(
  z.strictObject({
    $schema: z.string().optional(),
    reportVersion: doc(
      z.literal(REPORT_VERSION),
      "レポートの形の版（2：checks を含む）",
      "Version of the report's shape (2: carries checks)",
    ),
    tool: z.strictObject({ name: z.string(), version: z.string() }),
    policy: z.strictObject({ id: z.string(), edition: z.string() }),
    profile: z.strictObject({
      id: z.string(),
      networkModel: z.string(),
      classificationScheme: z.string(),
      changedFrom: doc(
        z.string().optional(),
        "変更した値（changed）の比較の元にした組み込みのプロファイルの id",
        "Id of the built-in profile the changed values are compared with",
      ),
      changed: doc(
        z.array(z.strictObject({ path: z.string(), value: z.string() })).optional(),
        "組み込みのプロファイルと異なる値（項目のドット区切りの位置と、JSON で書いた値）。異ならなければ省く",
        "Values that differ from the built-in profile (the field's dotted path and the value as JSON); left out when none do",
      ),
    }),
    evaluationDate: IsoDate,
    evaluationDateSource: doc(
      z.enum(["caller", "description"]).optional(),
      "評価の基準日の出所：caller（呼び出し側の指定、--as-of）または description（記述自身の evaluationDate）",
      "Where the evaluation date came from: caller (options, --as-of) or description (the description's own evaluationDate)",
    ),
    sources: doc(
      z.array(ReportSource).optional(),
      "評価した記述（入力の順）。レポートを作った側が記録する（CLI は評価したときに記録する。evaluate は記録しない）",
      "The descriptions evaluated, in input order; recorded by whoever made the report (the CLI does whenever it evaluates; evaluate does not)",
    ),
    systemsDescribedElsewhere: doc(
      z.array(z.string()).optional(),
      "別の記述に記載する既存のシステム（describedElsewhere）として、システムの対策を判定しなかったものの id。なければ省く",
      "Ids of the systems described elsewhere (describedElsewhere), whose own measures were not judged; left out when none",
    ),
    systemsOutsideScope: doc(
      z.array(z.strictObject({ id: z.string(), ownerBody: z.string() })).optional(),
      "所管する行政機関が基本方針 4(1) の適用範囲にないため、システムの対策を判定しなかったもの（id と所管）。なければ省く",
      "Systems whose owning body is outside the bodies clause 4(1) covers, so their own measures were not judged (id and body); left out when none",
    ),
    checksNotRun: doc(
      z.array(z.string()).optional(),
      "この実行で評価しなかった組み込みのチェックの id（--check・--skip-check・skipChecks で除いたもの。プロファイルで無効にしたものは profile.changed に示す）。なければ省く",
      "Ids of the built-in checks this run did not run (left out by --check, --skip-check or skipChecks; those a profile turns off are in profile.changed); left out when none",
    ),
    municipalityNotDescribed: doc(
      z.array(z.string()).optional(),
      "記述に団体の事実（municipality）がないため、判定する対象がなかった団体全体のチェックの id。記述にあれば省く",
      "Ids of the organisation-wide checks that had nothing to judge because the description has no municipality block; left out when it has one",
    ),
    locale: z.enum(["ja", "en"]),
    summary: ReportSummary,
    checks: doc(
      z.array(ReportCheck),
      "実行したチェックのメタデータ（id の順。プロファイルで無効にしたチェックは含まない）",
      "Metadata of the checks that ran, ordered by id (checks the profile disables are left out)",
    ),
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
          unchangedWorst: doc(
            z.enum(["critical", "high", "medium", "low"]).optional(),
            "表示しない既知の指摘のうち最も重い重大度（なければ省く）",
            "The worst severity among the known findings left out (left out when none)",
          ),
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
