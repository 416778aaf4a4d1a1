// Generated from the published JSON Schema by scripts/published-schemas.ts (npm run gen:schemas). Do not edit by hand.

/**
 * 日付（YYYY-MM-DD）。YAMLでも文字列として扱われる
 * Calendar date (YYYY-MM-DD); YAML keeps it a string
 */
export type IsoDate = string;
/**
 * 結果：fail（不適合）、needs-evidence（証跡不足）、waived（例外措置により免除）、pass（適合）、not-applicable（対象外）
 * Outcome: fail, needs-evidence (a required fact is missing), waived (covered by an approved exception), pass, not-applicable
 */
export type Outcome = "fail" | "needs-evidence" | "waived" | "pass" | "not-applicable";
/**
 * 重大度：critical、high、medium、low
 * Severity: critical, high, medium or low
 */
export type Severity = "critical" | "high" | "medium" | "low";
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
 * ノードの領域
 * Zone of the node
 */
export type Zone = "mynumber" | "lgwan" | "internet";

/**
 * 評価レポート
 * Evaluation report
 */
export interface Report {
  $schema?: string;
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
  };
  evaluationDate: IsoDate;
  locale: "ja" | "en";
  summary: ReportSummary;
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
  reference?: LocalizedText;
  /**
   * メッセージの id
   * Message id
   */
  messageId: string;
  message: LocalizedText1;
  /**
   * 記述の中の位置（JSON ポインタ、RFC 6901）
   * Position in the description (JSON pointer, RFC 6901)
   */
  path: string;
  target: Target;
  clauses: ClauseId[];
  threats: ThreatId[];
  remediation?: LocalizedText2;
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
}
/**
 * 根拠の出典（ガイドライン・推奨される運用の場合）
 * Where the requirement comes from (for guideline and practice)
 */
export interface LocalizedText {
  ja: string;
  en: string;
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
   * 対象の JSON ポインタ
   * JSON pointer of the target
   */
  path: string;
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
  /**
   * 例外を適用する対象（system と path のどちらか、または両方）
   * What the exception applies to (system, path or both)
   */
  target: {
    /**
     * 対象システムの id
     * Id of the system
     */
    system?: string;
    /**
     * 対象の JSON ポインタ（例：/systems/0/connections/1）
     * JSON pointer of the target (e.g. /systems/0)
     */
    path?: string;
  };
  /**
   * 例外とする理由
   * Why the exception is needed
   */
  reason: string;
  /**
   * 申請者
   * Who requested it
   */
  requestedBy: string;
  /**
   * 承認者（申請者と別の者）
   * Who approved it (not the requester)
   */
  approvedBy: string;
  /**
   * 承認日
   * Approval date
   */
  approvedOn: string;
  /**
   * 有効期限
   * Expiry date
   */
  expiresOn: string;
  /**
   * 決裁番号またはチケット番号
   * Decision number or ticket
   */
  reference: string;
}
