// Generated from the published JSON Schema by scripts/published-schemas.ts (npm run gen:schemas). Do not edit by hand.

/**
 * ベースライン（受け入れ済みの指摘）
 * Baseline (accepted findings)
 */
export interface Baseline {
  $schema?: string;
  /**
   * このファイルを書いたツール
   * The tool that wrote this file
   */
  tool: "hitoyoshi-secpolicy";
  /**
   * ベースラインの形式の版
   * Version of the baseline format
   */
  baselineVersion: 1;
  /**
   * 指紋の計算方法の版（異なる版のベースラインは照合できないため、書き直す）
   * Version of the fingerprint's inputs (a baseline of another version cannot be matched; write it again)
   */
  fingerprintVersion: string;
  /**
   * 受け入れた指摘。ファイル、チェック、対象、メッセージ、指紋の順。同じ指紋が2件あれば同じ指摘2件分
   * Accepted findings, ordered by file, check, target, message and fingerprint; a fingerprint listed twice covers two identical findings
   */
  findings: BaselineEntry[];
}
/**
 * ベースラインに記録した指摘の1件
 * One finding recorded in a baseline
 */
export interface BaselineEntry {
  /**
   * 指摘の指紋（16桁の16進数。ファイル・チェック・対象・メッセージ・値から計算）
   * Fingerprint of the finding (16 hex digits, from file, check, target, message and values)
   */
  fingerprint: string;
  /**
   * チェックの id
   * Check id
   */
  checkId: string;
  /**
   * 記録したときの結果（照合には使わない）
   * Outcome when recorded (for the reader; matching does not use it)
   */
  outcome: "fail" | "needs-evidence";
  /**
   * 指摘のあるファイル（コマンドラインで指定した名前。位置のない指摘は空）
   * The file the finding is in, as named on the command line (empty for a finding without a location)
   */
  file: string;
  /**
   * 対象（種類:id。id のない対象は JSON ポインタ）
   * Target (kind:id; a target without an id by its JSON pointer)
   */
  target: string;
  /**
   * メッセージの id
   * Message id
   */
  messageId: string;
}
