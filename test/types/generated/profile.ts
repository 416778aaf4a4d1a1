// Generated from the published JSON Schema by scripts/published-schemas.ts (npm run gen:schemas). Do not edit by hand.

/**
 * ネットワークモデル：alpha（αモデル）、alpha-prime（α'モデル、ローカルブレイクアウト）、beta（βモデル）、beta-prime（β'モデル）
 * Network model: alpha (α), alpha-prime (α', local breakout), beta (β) or beta-prime (β')
 */
export type NetworkModel = "alpha" | "alpha-prime" | "beta" | "beta-prime";
/**
 * 分類体系：legacy（機密性3/2/1・完全性2/1・可用性2/1）、r6（令和6年10月ガイドライン：機密性3A/3B/3C/2/1）
 * Classification scheme: legacy (C3/C2/C1, I2/I1, A2/A1) or r6 (guideline of October 2024: 3A/3B/3C/2/1)
 */
export type ClassificationScheme = "legacy" | "r6";
/**
 * 準拠するガイドラインの改定（例：2025-03 は令和7年3月版）。無線LANの規定等が変わる
 * Guideline revision whose rules apply (e.g. 2025-03 = March 2025); changes e.g. the wireless LAN rules
 */
export type GuidelineBaseline = "2020-12" | "2022-03" | "2023-03" | "2024-10" | "2025-03";
/**
 * 契約の情報セキュリティ条項：policy-compliance（ポリシー遵守）、confidentiality（守秘義務）、purpose-limitation（目的外利用の禁止）、subcontracting-approval（再委託の事前承認）、incident-reporting（事故報告）、audit-right（監査・検査）、return-deletion（返還・廃棄）、staff-list（従事者名簿）、training（教育）、processing-location（処理場所）
 * Contract security clause: policy-compliance, confidentiality, purpose-limitation, subcontracting-approval, incident-reporting, audit-right, return-deletion, staff-list, training, processing-location
 */
export type ContractClause =
  | "policy-compliance"
  | "confidentiality"
  | "purpose-limitation"
  | "subcontracting-approval"
  | "incident-reporting"
  | "audit-right"
  | "return-deletion"
  | "staff-list"
  | "training"
  | "processing-location";
/**
 * 情報セキュリティの役割：head（団体の長。市長・町長・村長）、ciso（最高情報セキュリティ責任者）、chief-security-manager（統括情報セキュリティ責任者）、security-manager（情報セキュリティ責任者）、security-administrator（情報セキュリティ管理者）、system-administrator（情報システム管理者）、csirt-lead（CSIRT責任者）、auditor（情報セキュリティ監査統括責任者）
 * Security role: head (the head of the municipality: mayor), ciso, chief-security-manager (統括情報セキュリティ責任者), security-manager (情報セキュリティ責任者), security-administrator (情報セキュリティ管理者), system-administrator, csirt-lead, auditor
 */
export type SecurityRole =
  | "head"
  | "ciso"
  | "chief-security-manager"
  | "security-manager"
  | "security-administrator"
  | "system-administrator"
  | "csirt-lead"
  | "auditor";
/**
 * 重大度を変更する
 * Changes the severity
 */
export type Severity = "critical" | "high" | "medium" | "low";

/**
 * プロファイルの文書（JSON・YAML）。extends で継承元を指定し、変える値だけを書く。オブジェクトは項目ごとに、配列は丸ごと置き換える。未知のチェック id や分類体系と合わない分類は resolveProfile が検出する
 * A profile document (JSON or YAML): name what it builds on in extends and write only the values that change. Objects merge key by key; arrays replace. Unknown check ids and classes outside the scheme are reported by resolveProfile (JSON Schema cannot express them)
 */
export interface Profile {
  /**
   * JSON Schema の場所
   * Location of the JSON Schema
   */
  $schema?: string;
  /**
   * 継承元：組込みプロファイルの id（例：hitoyoshi-2026-03）またはこのファイルからの相対パス（例：./base.yaml）
   * What this profile builds on: a built-in profile id (e.g. hitoyoshi-2026-03) or a path relative to this file (e.g. ./base.yaml)
   */
  extends?: string;
  /**
   * プロファイルの id
   * Profile id
   */
  id: string;
  /**
   * プロファイルの版（値を変えたら上げる。例：1.0.0）
   * Version of the profile (raise it whenever a value changes, e.g. 1.0.0)
   */
  version: string;
  /**
   * 表題
   * Title
   */
  title?: string;
  /**
   * 団体名
   * Municipality
   */
  municipality?: string;
  /**
   * 都道府県
   * Prefecture
   */
  prefecture?: string;
  /**
   * 自治体情報セキュリティクラウドの名称
   * Name of the prefectural security cloud
   */
  securityCloud?: string;
  /**
   * 基本方針の適用を受ける行政機関（4(1)）
   * Bodies the policy covers (4(1))
   *
   * @minItems 1
   */
  coveredBodies?: string[];
  networkModel?: NetworkModel;
  classificationScheme?: ClassificationScheme;
  guidelineBaseline?: GuidelineBaseline;
  /**
   * マイナンバー利用事務系との通信が認められた国のシステム・特定通信（id または名称。例：juki-net、中間サーバー、eltax）
   * National systems and specific communications approved for the My Number zone (ids or names, e.g. juki-net, 中間サーバー, eltax)
   */
  approvedSpecificCommunications?: string[];
  /**
   * 組込みの一覧（住基ネット、中間サーバー、戸籍情報連携システム、国保総合システム、J-LIS のサービス、eLTAX、ぴったりサービス）に加える国のシステム
   * National systems added to the built-in vocabulary (Juki-net, intermediate server, family register exchange, Kokuho-ren, J-LIS services, eLTAX, Pittari service)
   */
  nationalSystems?: NationalSystemEntry[];
  intervals?: {
    /**
     * 情報セキュリティ監査の間隔（月）
     * Interval between security audits (months)
     */
    auditMonths?: number;
    /**
     * 自己点検の間隔（月）
     * Interval between self-inspections (months)
     */
    selfInspectionMonths?: number;
    /**
     * 研修の間隔（月）
     * Interval between training rounds (months)
     */
    trainingMonths?: number;
    /**
     * 訓練の間隔（月）
     * Interval between drills (months)
     */
    drillMonths?: number;
    /**
     * ポリシー見直しの間隔（月）
     * Interval between policy reviews (months)
     */
    policyReviewMonths?: number;
    /**
     * 緊急時対応計画の見直しの間隔（月）
     * Interval between reviews of the emergency response plan (months)
     */
    incidentPlanReviewMonths?: number;
    /**
     * ICT-BCP の見直しの間隔（月）
     * Interval between reviews of the ICT-BCP (months)
     */
    bcpReviewMonths?: number;
    /**
     * 委託先の確認の間隔（月）
     * Interval between verifications of vendors (months)
     */
    vendorVerificationMonths?: number;
    /**
     * アクセス権の棚卸しの間隔（月）
     * Interval between access reviews (months)
     */
    accessReviewMonths?: number;
    /**
     * 復元テストの間隔（月）
     * Interval between restore tests (months)
     */
    restoreTestMonths?: number;
    /**
     * ポリシー周知の間隔（月）
     * Interval between policy acknowledgement rounds (months)
     */
    acknowledgementMonths?: number;
  };
  /**
   * 研修の目標受講率（%）
   * Target training completion rate (%)
   */
  trainingCompletionRatePercent?: number;
  patchSlaDays?: {
    default?: number;
    critical?: number;
  };
  /**
   * ログの最低保存日数
   * Minimum days logs are kept
   */
  logRetentionDays?: number;
  /**
   * 自動画面ロックまでの最大分数
   * Maximum minutes until the screen locks
   */
  screenLockMinutes?: number;
  /**
   * 異動・退職からID削除までの最大日数
   * Maximum days until leavers' ids are removed
   */
  deprovisioningDays?: number;
  /**
   * 委託契約に必須の情報セキュリティ条項
   * Security clauses every outsourcing contract must state
   */
  requiredContractClauses?: ContractClause[];
  cloud?: {
    /**
     * ISMAP 等の保証を求める機密性の下限
     * Lowest confidentiality class that needs ISMAP or equivalent assurance
     */
    assuranceRequiredFrom?: "1" | "2" | "C3" | "C2" | "C1" | "3A" | "3B" | "3C";
    /**
     * 約款による外部サービスで、安全性の確認（ISMAP 登録等）なしに扱える機密性の上限。これより上の区分は、assuranceRequiredFrom に達しない区分でも安全性の確認を求める（click-through-low-confidentiality）
     * Highest confidentiality class a click-through service may handle without confirmed security (ISMAP registration or the like); above it, assurance is asked for even below assuranceRequiredFrom (click-through-low-confidentiality)
     */
    clickThroughMaxConfidentiality?: "1" | "2" | "C3" | "C2" | "C1" | "3A" | "3B" | "3C";
    /**
     * 住民情報の保存を認める国
     * Countries where resident data may be stored
     *
     * @minItems 1
     */
    allowedDataLocations?: string[];
  };
  handling?: {
    /**
     * 暗号化・施錠保管等の取扱制限を課す機密性の下限（例：C2）
     * Lowest confidentiality class with handling restrictions such as encryption (e.g. C2)
     */
    protectFrom?: "1" | "2" | "C3" | "C2" | "C1" | "3A" | "3B" | "3C";
    /**
     * 市支給端末でのみ扱う機密性の下限（例：C3）
     * Lowest confidentiality class handled only on municipality-issued terminals (e.g. C3)
     */
    municipalTerminalsFrom?: "1" | "2" | "C3" | "C2" | "C1" | "3A" | "3B" | "3C";
    /**
     * 特定個人情報に求める機密性の下限
     * Lowest confidentiality class acceptable for My Number data
     */
    myNumberMinimum?: "1" | "2" | "C3" | "C2" | "C1" | "3A" | "3B" | "3C";
    /**
     * 個人情報に求める機密性の下限
     * Lowest confidentiality class acceptable for personal information
     */
    personalInformationMinimum?: "1" | "2" | "C3" | "C2" | "C1" | "3A" | "3B" | "3C";
  };
  exceptions?: {
    /**
     * 例外措置を承認できる役割（municipality.roles の役割。承認者はその担当者と完全に一致すること）
     * Roles that may approve an exception (roles of municipality.roles; the approver must be exactly that role's holder)
     *
     * @minItems 1
     */
    approverRoles?: SecurityRole[];
    /**
     * 例外措置の最長の期間（承認日から有効期限まで、月）
     * Longest term of an exception, from approval to expiry (months)
     */
    maxTermMonths?: number;
    /**
     * マイナンバー利用事務系の基本方針上の対策（6(3)①）への例外措置の最長の期間（月）。代替措置（compensatingControl）の記載も必須
     * Longest term of an exception to a policy-level My Number control (6(3)①), in months; such an exception must also state its compensating control
     */
    myNumberPolicyMaxTermMonths?: number;
  };
  /**
   * チェックごとの設定（無効化・重大度の変更）
   * Per-check overrides (disable, change severity)
   */
  checks?: {
    [k: string]: CheckOverride;
  };
}
/**
 * プロファイルが追加する国のシステム
 * A national system a profile adds to the vocabulary
 */
export interface NationalSystemEntry {
  /**
   * 国のシステムの id
   * Id of the national system
   */
  id: string;
  /**
   * 日本語の名称
   * Japanese name
   */
  ja: string;
  /**
   * 英語の名称
   * English name
   */
  en: string;
  /**
   * 別の書き方（日本語・英字）
   * Other spellings (Japanese or ASCII)
   */
  aliases?: string[];
}
/**
 * チェックごとの設定
 * Per-check setting
 */
export interface CheckOverride {
  /**
   * false でチェックを無効にする
   * false disables the check
   */
  enabled?: boolean;
  severity?: Severity;
}
