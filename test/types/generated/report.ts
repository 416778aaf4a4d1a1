// Generated from the published JSON Schema by scripts/published-schemas.ts (npm run gen:schemas). Do not edit by hand.

/**
 * 日付（YYYY-MM-DD）。YAMLでも文字列として扱われる
 * Calendar date (YYYY-MM-DD); YAML keeps it a string
 */
export type IsoDate = string;
/**
 * 対策の区分（基本方針 6(1)〜6(9)、7、8）
 * Measure area (policy clauses 6(1)–6(9), 7, 8)
 */
export type MeasureArea =
  | "organisation"
  | "classification"
  | "zones"
  | "physical"
  | "human"
  | "technical"
  | "operations"
  | "outsourcing"
  | "evaluation"
  | "audit"
  | "review";
/**
 * 評価の対象の種類
 * Kind of target a check evaluates
 */
export type TargetKind =
  "description" | "municipality" | "system" | "connection" | "vendor" | "cloudService" | "socialMediaAccount";
/**
 * 基本方針の条項番号（例：6(3)①）
 * Clause number of the basic policy (e.g. 6(3)①)
 */
export type ClauseId =
  | "1"
  | "2"
  | "3"
  | "4"
  | "5"
  | "6"
  | "7"
  | "8"
  | "9"
  | "10"
  | "序"
  | "2(1)"
  | "2(2)"
  | "2(3)"
  | "2(4)"
  | "2(5)"
  | "2(6)"
  | "2(7)"
  | "2(8)"
  | "2(9)"
  | "2(10)"
  | "2(11)"
  | "2(12)"
  | "2(13)"
  | "3(1)"
  | "3(2)"
  | "3(3)"
  | "3(4)"
  | "3(5)"
  | "4(1)"
  | "4(2)"
  | "4(2)①"
  | "4(2)②"
  | "4(2)③"
  | "6(1)"
  | "6(2)"
  | "6(3)"
  | "6(3)①"
  | "6(3)②"
  | "6(3)③"
  | "6(4)"
  | "6(5)"
  | "6(6)"
  | "6(7)"
  | "6(8)"
  | "6(9)";
/**
 * 脅威の区分（基本方針 3）：T1 意図的要因、T2 非意図的要因、T3 災害、T4 疾病による要員不足、T5 インフラの障害
 * Threat category (policy clause 3): T1 intentional, T2 unintentional, T3 disaster, T4 staff shortage, T5 infrastructure outage
 */
export type ThreatId = "T1" | "T2" | "T3" | "T4" | "T5";
/**
 * 結果：fail（不適合）、needs-evidence（証跡不足）、waived（例外措置により免除）、pass（適合）、not-applicable（対象外）、error（チェック自体が失敗し、判定できなかった）
 * Outcome: fail, needs-evidence (a required fact is missing), waived (covered by an approved exception), pass, not-applicable, error (the check itself failed, so nothing was judged)
 */
export type Outcome = "fail" | "needs-evidence" | "waived" | "pass" | "not-applicable" | "error";
/**
 * 重大度：critical、high、medium、low
 * Severity: critical, high, medium or low
 */
export type Severity = "critical" | "high" | "medium" | "low";
/**
 * ノードの領域
 * Zone of the node
 */
export type Zone = "mynumber" | "lgwan" | "internet";
/**
 * 対象システムの id
 * Id of the system
 */
export type Id = string;
/**
 * 対象の端末群の id（system と併記）
 * Id of a terminal group of that system (with system)
 */
export type Id1 = string;
/**
 * 対象のサーバの id（system と併記）
 * Id of a server of that system (with system)
 */
export type Id2 = string;
/**
 * 対象の通信経路の id
 * Id of the connection
 */
export type Id3 = string;
/**
 * 対象の委託事業者の id
 * Id of the vendor
 */
export type Id4 = string;
/**
 * 対象の外部サービスの id
 * Id of the external service
 */
export type Id5 = string;
/**
 * 対象のソーシャルメディアアカウントの id
 * Id of the social media account
 */
export type Id6 = string;

/**
 * 評価レポート
 * Evaluation report
 */
export interface Report {
  $schema?: string;
  /**
   * レポートの形の版（2：checks を含む）
   * Version of the report's shape (2: carries checks)
   */
  reportVersion: 2;
  tool: {
    name: string;
    version: string;
  };
  policy: {
    id: string;
    edition: string;
  };
  profile: {
    id: string;
    networkModel: string;
    classificationScheme: string;
    /**
     * 変更した値（changed）の比較の元にした組み込みのプロファイルの id
     * Id of the built-in profile the changed values are compared with
     */
    changedFrom?: string;
    /**
     * 組み込みのプロファイルと異なる値（項目のドット区切りの位置と、JSON で書いた値）。異ならなければ省く
     * Values that differ from the built-in profile (the field's dotted path and the value as JSON); left out when none do
     */
    changed?: {
      path: string;
      value: string;
    }[];
  };
  evaluationDate: IsoDate;
  /**
   * 評価の基準日の出所：caller（呼び出し側の指定、--as-of）または description（記述自身の evaluationDate）
   * Where the evaluation date came from: caller (options, --as-of) or description (the description's own evaluationDate)
   */
  evaluationDateSource?: "caller" | "description";
  /**
   * 評価した記述（入力の順）。レポートを作った側が記録する（CLI は評価したときに記録する。evaluate は記録しない）
   * The descriptions evaluated, in input order; recorded by whoever made the report (the CLI does whenever it evaluates; evaluate does not)
   */
  sources?: ReportSource[];
  /**
   * 別の記述に記載する既存のシステム（describedElsewhere）として、システムの対策を判定しなかったものの id。なければ省く
   * Ids of the systems described elsewhere (describedElsewhere), whose own measures were not judged; left out when none
   */
  systemsDescribedElsewhere?: string[];
  /**
   * 所管する行政機関が基本方針 4(1) の適用範囲にないため、システムの対策を判定しなかったもの（id と所管）。なければ省く
   * Systems whose owning body is outside the bodies clause 4(1) covers, so their own measures were not judged (id and body); left out when none
   */
  systemsOutsideScope?: {
    id: string;
    ownerBody: string;
  }[];
  /**
   * この実行で評価しなかった組み込みのチェックの id（--check・--skip-check・skipChecks で除いたもの。プロファイルで無効にしたものは profile.changed に示す）。なければ省く
   * Ids of the built-in checks this run did not run (left out by --check, --skip-check or skipChecks; those a profile turns off are in profile.changed); left out when none
   */
  checksNotRun?: string[];
  /**
   * 記述に団体の事実（municipality）がないため、判定する対象がなかった団体全体のチェックの id。記述にあれば省く
   * Ids of the organisation-wide checks that had nothing to judge because the description has no municipality block; left out when it has one
   */
  municipalityNotDescribed?: string[];
  locale: "ja" | "en";
  summary: ReportSummary;
  /**
   * 実行したチェックのメタデータ（id の順。プロファイルで無効にしたチェックは含まない）
   * Metadata of the checks that ran, ordered by id (checks the profile disables are left out)
   */
  checks: ReportCheck[];
  /**
   * 結果。チェックの id、対象の位置、指摘の位置、メッセージ id の順に並ぶ
   * Results, ordered by check id, then target path, then finding path, then message id
   */
  results: Finding[];
  /**
   * どの結果にも当てはまらなかった例外措置
   * Exceptions that matched no result
   */
  unusedWaivers?: Waiver[];
  /**
   * ベースラインとの照合（CLI の --baseline）
   * Comparison with a baseline (the CLI's --baseline)
   */
  baseline?: {
    /**
     * ベースラインのファイル
     * The baseline file
     */
    file: string;
    /**
     * ベースラインにない指摘（結果に残した）
     * Findings not in the baseline (kept in the results)
     */
    new: number;
    /**
     * ベースラインにある指摘（結果と集計から除いた）
     * Findings in the baseline (left out of the results and the summary)
     */
    unchanged: number;
    /**
     * ベースラインにあって今回なくなった指摘
     * Baseline entries no longer found
     */
    absent: number;
    /**
     * 表示しない既知の指摘のうち最も重い重大度（なければ省く）
     * The worst severity among the known findings left out (left out when none)
     */
    unchangedWorst?: "critical" | "high" | "medium" | "low";
  };
  /**
   * 入力の誤り。あれば評価は行われておらず、results は空（読めなかったプロファイルは id にパス、他は unknown）
   * Input errors. When present nothing was evaluated and results is empty (a profile that could not be read has its path as id and unknown for the rest)
   */
  errors?: ReportError[];
}
/**
 * 評価した記述
 * A description the report was made from
 */
export interface ReportSource {
  /**
   * ファイル（コマンドラインで指定した名前、フォルダを指定したときはその中の名前。標準入力は <stdin>）
   * The file as named on the command line, or found in a folder named there (<stdin> for stdin)
   */
  file: string;
  /**
   * 記述の表題（title）。なければ省く
   * The description's title; left out when it has none
   */
  title?: string;
}
/**
 * 集計（結果の件数。重大度・対策区分・脅威ごと）
 * Summary: result counts per outcome, and per severity, measure area and threat
 */
export interface ReportSummary {
  total: number;
  byOutcome: OutcomeCounts;
  bySeverity: {
    critical: OutcomeCounts;
    high: OutcomeCounts;
    medium: OutcomeCounts;
    low: OutcomeCounts;
  };
  byArea: {
    organisation: OutcomeCounts;
    classification: OutcomeCounts;
    zones: OutcomeCounts;
    physical: OutcomeCounts;
    human: OutcomeCounts;
    technical: OutcomeCounts;
    operations: OutcomeCounts;
    outsourcing: OutcomeCounts;
    evaluation: OutcomeCounts;
    audit: OutcomeCounts;
    review: OutcomeCounts;
  };
  byThreat: {
    T1: OutcomeCounts;
    T2: OutcomeCounts;
    T3: OutcomeCounts;
    T4: OutcomeCounts;
    T5: OutcomeCounts;
  };
}
/**
 * 結果ごとの件数
 * Count of results per outcome
 */
export interface OutcomeCounts {
  fail: number;
  "needs-evidence": number;
  waived: number;
  pass: number;
  "not-applicable": number;
  error: number;
}
/**
 * 実行したチェックのメタデータ
 * Metadata of a check that ran
 */
export interface ReportCheck {
  /**
   * チェックの id
   * Check id
   */
  id: string;
  /**
   * builtin（このライブラリのチェック）または custom（呼び出し側が渡したチェック）
   * builtin (one of this library's checks) or custom (a check the caller passed in)
   */
  origin: "builtin" | "custom";
  /**
   * チェックの版（組込みチェックはライブラリの版、独自チェックはメタデータの version）
   * Version of the check (the library's version for built-in checks, meta.version for custom checks)
   */
  version?: string;
  title: LocalizedText;
  description?: LocalizedText;
  area: MeasureArea;
  target: TargetKind;
  clauses: ClauseId[];
  threats: ThreatId[];
  /**
   * チェック全体の根拠
   * Basis of the check's duty as a whole
   */
  basis: "policy" | "guideline" | "practice";
  /**
   * 依拠したガイドラインの版と節（名称）
   * Guideline revision and section (by title) relied on
   */
  guideline?: string;
  /**
   * チェックが定める既定の重大度
   * Default severity as the check defines it
   */
  defaultSeverity: "critical" | "high" | "medium" | "low";
  /**
   * この評価で使った重大度（プロファイルの指定を反映）
   * Severity used in this evaluation (after the profile's override)
   */
  severity: "critical" | "high" | "medium" | "low";
  /**
   * メッセージ id ごとのメッセージ
   * Messages by message id
   */
  messages: {
    [k: string]: ReportCheckMessage;
  };
  /**
   * 直し方
   * How to remedy a finding
   */
  remediation: {
    ja: string;
    en: string;
  };
  /**
   * チェックの説明ページ（組込みチェックはこの版の docs/checks、独自チェックはメタデータの docsUrl）
   * Documentation page of the check (this version's docs/checks page for built-in checks, meta.docsUrl for custom checks)
   */
  docsUrl?: string;
}
/**
 * 日本語と英語の文
 * Text in Japanese and English
 */
export interface LocalizedText {
  ja: string;
  en: string;
}
/**
 * 実行したチェックのメッセージ
 * A message of a check that ran
 */
export interface ReportCheckMessage {
  /**
   * メッセージのひな形（日本語。{{名前}} は結果の data で埋まる）
   * Message template in Japanese ({{name}} is filled from the result's data)
   */
  ja: string;
  /**
   * メッセージのひな形（英語）
   * Message template in English
   */
  en: string;
  /**
   * このメッセージの根拠
   * Basis of this message
   */
  basis: "policy" | "guideline" | "practice";
  reference?: LocalizedText1;
  /**
   * チェックが定める既定の重大度
   * Default severity as the check defines it
   */
  defaultSeverity: "critical" | "high" | "medium" | "low";
  /**
   * この評価で使った重大度（プロファイルの指定を反映）
   * Severity used in this evaluation (after the profile's override)
   */
  severity: "critical" | "high" | "medium" | "low";
  /**
   * このメッセージの結果が引用する条項（チェックの条項の一部だけの場合。ない場合はチェックの条項すべて。チェックが結果ごとにさらに絞ることがある）
   * Clauses the findings of this message cite, where they are some of the check's (absent: all of them; a check may narrow them further per finding)
   */
  clauses?: ClauseId[];
  remediation?: LocalizedText2;
}
/**
 * 日本語と英語の文
 * Text in Japanese and English
 */
export interface LocalizedText1 {
  ja: string;
  en: string;
}
/**
 * 日本語と英語の文
 * Text in Japanese and English
 */
export interface LocalizedText2 {
  ja: string;
  en: string;
}
/**
 * 評価結果の1件
 * One result of the evaluation
 */
export interface Finding {
  /**
   * チェックの id
   * Check id
   */
  checkId: string;
  outcome: Outcome;
  severity: Severity;
  area: MeasureArea;
  /**
   * この指摘の根拠（発したメッセージの根拠）
   * Basis of this finding (that of the message that fired)
   */
  basis: "policy" | "guideline" | "practice";
  reference?: LocalizedText3;
  /**
   * メッセージの id
   * Message id
   */
  messageId: string;
  message: LocalizedText;
  /**
   * 記述の中の位置（JSON ポインタ、RFC 6901）
   * Position in the description (JSON pointer, RFC 6901)
   */
  path: string;
  target: Target;
  /**
   * この結果の根拠条項（チェックの条項のうち、この結果に当たるもの。例：接続が越える領域の境界の条項）
   * Clauses this result derives from: those of its check's clauses that apply to it (e.g. the clause of the zone boundary a link crosses)
   */
  clauses: ClauseId[];
  threats: ThreatId[];
  remediation?: LocalizedText4;
  /**
   * メッセージに埋め込んだ値
   * Values filled into the message
   */
  data?: {
    [k: string]: string | number | boolean;
  };
  /**
   * ネットワーク上の経路（ホップ順）
   * Network path, hop by hop
   */
  trace?: Hop[];
  waiver?: AppliedWaiver;
  location?: SourceLocation;
  /**
   * 指摘の指紋（ファイル・チェック・対象・メッセージ・値から計算。行の移動や並べ替えでは変わらない。ベースラインの照合に使う）
   * Fingerprint of the finding (from file, check, target, message and values; unchanged by moved lines or reordering; used to match a baseline)
   */
  fingerprint?: string;
  /**
   * ベースラインとの比較：new（ベースラインにない）、unchanged（ベースラインにある）
   * Against the baseline: new (not in the baseline) or unchanged (in the baseline)
   */
  baselineState?: "new" | "unchanged";
}
/**
 * 日本語と英語の文
 * Text in Japanese and English
 */
export interface LocalizedText3 {
  ja: string;
  en: string;
}
/**
 * 評価の対象
 * The target evaluated
 */
export interface Target {
  kind: TargetKind;
  /**
   * 対象の id
   * Id of the target
   */
  id?: string;
  /**
   * 対象の名称（システム・事業者・クラウドサービスなど名称のあるもの）
   * Name of the target (systems, vendors, cloud services and others that have one)
   */
  name?: string;
  /**
   * 対象の JSON ポインタ
   * JSON pointer of the target
   */
  path: string;
}
/**
 * 日本語と英語の文
 * Text in Japanese and English
 */
export interface LocalizedText4 {
  ja: string;
  en: string;
}
/**
 * 経路の1ホップ
 * One hop of a network path
 */
export interface Hop {
  /**
   * ノード（システム id または external:名前）
   * Node (system id or external:name)
   */
  node: string;
  zone?: Zone;
  /**
   * 次のノードへの接続の id
   * Connection id to the next node
   */
  connection?: string;
  /**
   * この接続を変更する必要がある
   * This hop must change
   */
  mustChange?: boolean;
}
/**
 * 適用した例外措置
 * Exception applied
 */
export interface AppliedWaiver {
  reference: string;
  reason: string;
  approvedBy: string;
  expiresOn: IsoDate;
  /**
   * 代替措置
   * Compensating control
   */
  compensatingControl?: string;
  /**
   * マイナンバー利用事務系の基本方針上の対策（6(3)①）への例外措置（常に報告に示す）
   * An exception to a policy-level My Number control (6(3)①), always shown in reports
   */
  myNumberPolicyControl?: true;
}
/**
 * ファイル上の位置（CLI が付与）
 * Position in the source file (added by the CLI)
 */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  /**
   * ワークシート名（Excel ブックから読んだとき）
   * Worksheet (when read from an Excel workbook)
   */
  sheet?: string;
  /**
   * セル番地（例：D12。表計算ファイルから読んだとき）
   * Cell address (e.g. D12, when read from a spreadsheet)
   */
  cell?: string;
}
/**
 * 例外措置（承認された一時的な適用除外）
 * An exception (例外措置): an approved, time-limited waiver of one check
 */
export interface Waiver {
  /**
   * 対象のチェックの id
   * Id of the check waived
   */
  checkId: string;
  target: WaiverTarget;
  /**
   * 例外とする理由
   * Why the exception is needed
   */
  reason: string;
  /**
   * 代替措置（例外の間、リスクをどう抑えるか）。マイナンバー利用事務系の基本方針上の対策への例外では必須
   * Compensating control: how the risk is held down meanwhile. Required for an exception to a policy-level My Number control
   */
  compensatingControl?: string;
  /**
   * 申請者
   * Who requested it
   */
  requestedBy: string;
  /**
   * 承認者：プロファイルの exceptions.approverRoles の役割の担当者として municipality.roles に書いた名前と同じ書き方で（申請者と別の者）
   * Approver: written exactly as the holder of one of the profile's exceptions.approverRoles in municipality.roles (not the requester)
   */
  approvedBy: string;
  /**
   * 承認日
   * Approval date
   */
  approvedOn: string;
  /**
   * 有効期限（承認日からプロファイルの exceptions.maxTermMonths 以内）
   * Expiry date (within the profile's exceptions.maxTermMonths of approval)
   */
  expiresOn: string;
  /**
   * 決裁番号またはチケット番号
   * Decision number or ticket
   */
  reference: string;
}
/**
 * 例外を適用する対象（id で1つだけ指定する）
 * What the exception applies to (exactly one target, named by id)
 */
export interface WaiverTarget {
  system?: Id;
  terminalGroup?: Id1;
  server?: Id2;
  connection?: Id3;
  vendor?: Id4;
  cloudService?: Id5;
  socialMediaAccount?: Id6;
  /**
   * 団体全体（municipality）を対象とする
   * The municipality as a whole
   */
  municipality?: true;
  /**
   * 廃止：JSON ポインタでは指定できない（位置は並べ替えで変わり、親の位置は多くの対象に及ぶ）。id で指定すること
   * Withdrawn: a JSON pointer is refused (positions move when a list is reordered, and a parent covers many targets); name the target by id
   */
  path?: string;
}
/**
 * 入力の誤り（評価を止めたもの）
 * An input error that stopped the evaluation
 */
export interface ReportError {
  /**
   * ファイル（コマンドラインで指定した名前。標準入力は <stdin>）
   * The file as named on the command line (<stdin> for stdin)
   */
  file: string;
  /**
   * 行（1 から）
   * Line (1-based)
   */
  line?: number;
  /**
   * 桁（1 から）
   * Column (1-based)
   */
  column?: number;
  /**
   * 誤りの種類（例：unknown-key）
   * Kind of error (e.g. unknown-key)
   */
  code: string;
  message: LocalizedText;
  hint?: LocalizedText5;
  /**
   * データの中の位置（JSON ポインタ）
   * Position in the data (JSON pointer)
   */
  pointer?: string;
}
/**
 * 日本語と英語の文
 * Text in Japanese and English
 */
export interface LocalizedText5 {
  ja: string;
  en: string;
}
