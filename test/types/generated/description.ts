// Generated from the published JSON Schema by scripts/published-schemas.ts (npm run gen:schemas). Do not edit by hand.

/**
 * 評価の基準日（省略時は呼び出し側が指定）
 * Date to evaluate at (the caller supplies one when omitted)
 */
export type IsoDate = string;
/**
 * 情報セキュリティ対策基準を策定（最後に改定）した日（9）。内容は非公開のままでよい
 * Date the security standards were established or last revised (9); their content may stay non-public
 */
export type IsoDate1 = string;
/**
 * 職員等の区分（基本方針 5）：regular（職員）、part-time（非常勤職員）、fiscal-year（会計年度任用職員）
 * Staff category (policy 5): regular (職員), part-time (非常勤職員), fiscal-year (会計年度任用職員, fiscal-year appointees)
 */
export type StaffCategory = "regular" | "part-time" | "fiscal-year";
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
 * 最後に周知した日
 * Date of the last acknowledgement round
 */
export type IsoDate2 = string;
/**
 * 最後に研修を実施した日
 * Date of the last training
 */
export type IsoDate3 = string;
/**
 * 改善の期限（改善計画で定めた日）
 * Date by which it is to be fixed (from the remediation plan)
 */
export type IsoDate4 = string;
/**
 * 改善を完了した日（未完了なら省略）
 * Date it was fixed (omit while open)
 */
export type IsoDate5 = string;
/**
 * 最後に見直した日
 * Date last reviewed
 */
export type IsoDate6 = string;
/**
 * 最後にポリシーを見直した日
 * Date the policy was last reviewed
 */
export type IsoDate7 = string;
/**
 * 見直し時のネットワークモデル
 * Network model at the review
 */
export type NetworkModel = "alpha" | "alpha-prime" | "beta" | "beta-prime";
/**
 * 見直し時の分類体系
 * Classification scheme at the review
 */
export type ClassificationScheme = "legacy" | "r6";
/**
 * 見直し時に準拠したガイドラインの版
 * Guideline revision followed at the review
 */
export type GuidelineBaseline = "2020-12" | "2022-03" | "2023-03" | "2024-10" | "2025-03";
/**
 * 最後に見直した日
 * Date last reviewed
 */
export type IsoDate8 = string;
/**
 * ICT-BCP が想定する事象：disaster（災害）、staff-shortage（要員不足）、infrastructure-outage（インフラの障害）、cyber-attack（サイバー攻撃）
 * Scenario of an ICT-BCP: disaster, staff-shortage, infrastructure-outage, cyber-attack
 */
export type BcpScenario = "disaster" | "staff-shortage" | "infrastructure-outage" | "cyber-attack";
/**
 * 識別子（英数字と . _ - 。先頭は英数字）。記述の中で参照に使う
 * Identifier (letters, digits, '.', '_', '-'; starts with a letter or digit), used for references inside the description
 */
export type Id = string;
/**
 * システムが属する領域
 * Zone the system belongs to
 */
export type Zone = "mynumber" | "lgwan" | "internet";
/**
 * ネットワークの領域：mynumber（マイナンバー利用事務系）、lgwan（LGWAN接続系）、internet（インターネット接続系）
 * Network zone: mynumber (My Number zone), lgwan (LGWAN zone) or internet (internet zone)
 */
export type Zone1 = "mynumber" | "lgwan" | "internet";
/**
 * LGWAN接続系とインターネット接続系の境界で無害化を担う場合の役割（両領域への接続は橋渡しとみなさない）
 * Role when it sanitises traffic on the LGWAN–internet boundary (being attached to both zones is then not bridging)
 */
export type BoundaryRole = "file-sanitiser" | "mail-sanitiser" | "screen-transfer";
/**
 * システムが担う業務。resident-records, tax, national-health-insurance, pension, welfare, child-support, disaster-response, family-register は個人番号利用事務・戸籍事務（2(9)）
 * Business function of the system. resident-records, tax, national-health-insurance, pension, welfare, child-support, disaster-response and family-register are My Number or family-register affairs (2(9))
 */
export type BusinessFunction =
  | "resident-records"
  | "tax"
  | "national-health-insurance"
  | "pension"
  | "welfare"
  | "child-support"
  | "disaster-response"
  | "family-register"
  | "finance"
  | "payroll"
  | "document-management"
  | "groupware"
  | "mail"
  | "website"
  | "web-browsing"
  | "screen-transfer"
  | "file-sanitisation"
  | "other";
/**
 * 識別子（英数字と . _ - 。先頭は英数字）。記述の中で参照に使う
 * Identifier (letters, digits, '.', '_', '-'; starts with a letter or digit), used for references inside the description
 */
export type Id1 = string;
/**
 * 情報資産の範囲（4(2)）。省略時は information
 * Asset scope (4(2)); information when omitted
 */
export type AssetScope = "systems-and-media" | "information" | "documents";
/**
 * 機密性の分類
 * Confidentiality class
 */
export type ConfidentialityClass = "1" | "2" | "C3" | "C2" | "C1" | "3A" | "3B" | "3C";
/**
 * 完全性の分類
 * Integrity class
 */
export type IntegrityClass = "I2" | "I1";
/**
 * 可用性の分類
 * Availability class
 */
export type AvailabilityClass = "A2" | "A1";
/**
 * ネットワークの領域：mynumber（マイナンバー利用事務系）、lgwan（LGWAN接続系）、internet（インターネット接続系）
 * Network zone: mynumber (My Number zone), lgwan (LGWAN zone) or internet (internet zone)
 */
export type Zone2 = "mynumber" | "lgwan" | "internet";
/**
 * 認証要素：password、pin、biometric（生体）、ic-card（ICカード）、otp（ワンタイムパスワード）、certificate（電子証明書）
 * Authentication factor: password, pin, biometric, ic-card, otp (one-time password) or certificate
 */
export type AuthFactor = "password" | "pin" | "biometric" | "ic-card" | "otp" | "certificate";
/**
 * 最後に更新プログラムを適用した日
 * Date updates were last applied
 */
export type IsoDate9 = string;
/**
 * 未適用の更新のうち最も古いものの公開日（未適用がなければ省略せず pendingUpdates: 0）
 * Release date of the oldest update not yet applied
 */
export type IsoDate10 = string;
/**
 * 未適用の緊急（critical）更新のうち最も古いものの公開日
 * Release date of the oldest critical update not yet applied
 */
export type IsoDate11 = string;
/**
 * サポート終了日
 * End of vendor support
 */
export type IsoDate12 = string;
/**
 * ネットワークの領域：mynumber（マイナンバー利用事務系）、lgwan（LGWAN接続系）、internet（インターネット接続系）
 * Network zone: mynumber (My Number zone), lgwan (LGWAN zone) or internet (internet zone)
 */
export type Zone3 = "mynumber" | "lgwan" | "internet";
/**
 * LGWAN接続系とインターネット接続系の境界で無害化を担う場合の役割（両領域への接続は橋渡しとみなさない）
 * Role when it sanitises traffic on the LGWAN–internet boundary (being attached to both zones is then not bridging)
 */
export type BoundaryRole1 = "file-sanitiser" | "mail-sanitiser" | "screen-transfer";
/**
 * 最後にアクセス権を棚卸しした日
 * Date access rights were last reviewed
 */
export type IsoDate13 = string;
/**
 * 最後に復元テストをした日
 * Date of the last restore test
 */
export type IsoDate14 = string;
/**
 * 識別子（英数字と . _ - 。先頭は英数字）。記述の中で参照に使う
 * Identifier (letters, digits, '.', '_', '-'; starts with a letter or digit), used for references inside the description
 */
export type Id2 = string;
/**
 * 識別子（英数字と . _ - 。先頭は英数字）。記述の中で参照に使う
 * Identifier (letters, digits, '.', '_', '-'; starts with a letter or digit), used for references inside the description
 */
export type Id3 = string;
/**
 * 識別子（英数字と . _ - 。先頭は英数字）。記述の中で参照に使う
 * Identifier (letters, digits, '.', '_', '-'; starts with a letter or digit), used for references inside the description
 */
export type Id4 = string;
/**
 * 外部の接続先：public-internet（インターネット）、lgwan-network（LGWAN・LGWAN-ASP）、security-cloud（自治体情報セキュリティクラウド）、government-cloud（ガバメントクラウド）、national-system（中間サーバー・住基ネット・eLTAX等の国のシステム）、vendor-network（保守事業者のネットワーク）
 * External endpoint: public-internet, lgwan-network (LGWAN and LGWAN-ASP), security-cloud (prefectural security cloud), government-cloud, national-system (intermediate server, Juki-net, eLTAX…), vendor-network (maintenance vendor)
 */
export type ExternalEndpoint =
  "public-internet" | "lgwan-network" | "security-cloud" | "government-cloud" | "national-system" | "vendor-network";
/**
 * ネットワークの領域：mynumber（マイナンバー利用事務系）、lgwan（LGWAN接続系）、internet（インターネット接続系）
 * Network zone: mynumber (My Number zone), lgwan (LGWAN zone) or internet (internet zone)
 */
export type Zone4 = "mynumber" | "lgwan" | "internet";
/**
 * 識別子（英数字と . _ - 。先頭は英数字）。記述の中で参照に使う
 * Identifier (letters, digits, '.', '_', '-'; starts with a letter or digit), used for references inside the description
 */
export type Id5 = string;
/**
 * 識別子（英数字と . _ - 。先頭は英数字）。記述の中で参照に使う
 * Identifier (letters, digits, '.', '_', '-'; starts with a letter or digit), used for references inside the description
 */
export type Id6 = string;
/**
 * ネットワークの領域：mynumber（マイナンバー利用事務系）、lgwan（LGWAN接続系）、internet（インターネット接続系）
 * Network zone: mynumber (My Number zone), lgwan (LGWAN zone) or internet (internet zone)
 */
export type Zone5 = "mynumber" | "lgwan" | "internet";
/**
 * 通信手段：lan（庁内LAN）、lgwan、closed-line（閉域網）、dedicated-line（専用線）、internet-vpn、internet。internet-vpn と internet はインターネットを経由するものとして判定する
 * Transport: lan, lgwan, closed-line, dedicated-line, internet-vpn or internet; internet-vpn and internet are judged as crossing the public internet
 */
export type Transport = "lan" | "lgwan" | "closed-line" | "dedicated-line" | "internet-vpn" | "internet";
/**
 * ポート番号（1〜65535。すべてのポートは any）
 * Port number (1–65535; any for every port)
 */
export type Port = number | "any";
/**
 * 無害化の方式（2(13)）：mail-text-conversion（メール本文のテキスト化）、screen-transfer（画面転送）、file-sanitisation（ファイル無害化）、attachment-removal（添付ファイル削除。単独では本文の HTML 等が残るため無害化とみなさない）
 * Sanitisation (2(13)): mail-text-conversion, screen-transfer, file-sanitisation or attachment-removal (alone it leaves HTML bodies, so it does not count as sanitisation)
 */
export type SanitisationMethod =
  "mail-text-conversion" | "screen-transfer" | "file-sanitisation" | "attachment-removal";
/**
 * 承認日
 * Approval date
 */
export type IsoDate15 = string;
/**
 * 締結日
 * Date signed
 */
export type IsoDate16 = string;
/**
 * 契約期間の終期（契約が効力を持つ最後の日）。自動更新・延長した契約は、更新後の終期
 * The last day of the contract's term (the last day it is in force); for a contract renewed or extended, the end of the current term
 */
export type IsoDate17 = string;
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
 * 委託先の対策状況を最後に確認した日
 * Date the vendor's measures were last verified
 */
export type IsoDate18 = string;
/**
 * このサービスで扱う情報の最も高い機密性
 * Highest confidentiality class of the information it handles
 */
export type ConfidentialityClass1 = "1" | "2" | "C3" | "C2" | "C1" | "3A" | "3B" | "3C";
/**
 * 契約期間（利用期間）の終期（契約が効力を持つ最後の日）。自動更新・延長した契約は、更新後の終期
 * The last day of the contract's (subscription's) term, the last day it is in force; for a contract renewed or extended, the end of the current term
 */
export type IsoDate19 = string;
/**
 * 作成日・取得日
 * Date made or obtained
 */
export type IsoDate20 = string;
/**
 * 識別子（英数字と . _ - 。先頭は英数字）。記述の中で参照に使う
 * Identifier (letters, digits, '.', '_', '-'; starts with a letter or digit), used for references inside the description
 */
export type Id7 = string;
/**
 * 識別子（英数字と . _ - 。先頭は英数字）。記述の中で参照に使う
 * Identifier (letters, digits, '.', '_', '-'; starts with a letter or digit), used for references inside the description
 */
export type Id8 = string;
/**
 * 識別子（英数字と . _ - 。先頭は英数字）。記述の中で参照に使う
 * Identifier (letters, digits, '.', '_', '-'; starts with a letter or digit), used for references inside the description
 */
export type Id9 = string;
/**
 * 識別子（英数字と . _ - 。先頭は英数字）。記述の中で参照に使う
 * Identifier (letters, digits, '.', '_', '-'; starts with a letter or digit), used for references inside the description
 */
export type Id10 = string;
/**
 * 識別子（英数字と . _ - 。先頭は英数字）。記述の中で参照に使う
 * Identifier (letters, digits, '.', '_', '-'; starts with a letter or digit), used for references inside the description
 */
export type Id11 = string;
/**
 * 識別子（英数字と . _ - 。先頭は英数字）。記述の中で参照に使う
 * Identifier (letters, digits, '.', '_', '-'; starts with a letter or digit), used for references inside the description
 */
export type Id12 = string;
/**
 * 識別子（英数字と . _ - 。先頭は英数字）。記述の中で参照に使う
 * Identifier (letters, digits, '.', '_', '-'; starts with a letter or digit), used for references inside the description
 */
export type Id13 = string;

/**
 * 人吉市情報セキュリティポリシーに照らして評価するシステム記述。id の重複や存在しない id への参照は parseDescription が検出する（JSON Schema では表現しない）
 * A system description to evaluate against the Hitoyoshi security policy. Duplicate ids and references to unknown ids are reported by parseDescription (JSON Schema cannot express them)
 */
export interface Description {
  /**
   * JSON Schema の場所（エディタ用）
   * Location of the JSON Schema (for editors)
   */
  $schema?: string;
  /**
   * この記述の表題
   * Title of this description
   */
  title?: string;
  evaluationDate?: IsoDate;
  municipality?: Municipality;
  /**
   * 情報システム
   * Information systems
   */
  systems: System[];
  /**
   * 通信経路
   * Communication paths
   */
  connections?: Connection[];
  /**
   * 委託事業者
   * Contractors
   */
  vendors?: Vendor[];
  /**
   * 外部サービス（クラウドサービス）
   * External (cloud) services
   */
  cloudServices?: CloudService[];
  /**
   * 公式ソーシャルメディアアカウント
   * Official social media accounts
   */
  socialMediaAccounts?: SocialMediaAccount[];
  /**
   * 証跡
   * Evidence
   */
  evidence?: Evidence[];
  /**
   * 例外措置
   * Exceptions (waivers)
   */
  waivers?: Waiver[];
}
/**
 * 団体全体の事実
 * Facts about the municipality as a whole
 */
export interface Municipality {
  /**
   * 団体名
   * Name of the municipality
   */
  name: string;
  /**
   * 都道府県
   * Prefecture
   */
  prefecture?: string;
  standardsEstablishedOn?: IsoDate1;
  /**
   * 外部サービス（クラウドサービス）の利用にかかる規定の参照（6(8)）。内容は非公開のままでよい
   * Reference to the rules on using external (cloud) services (6(8)); their content may stay non-public
   */
  externalServiceRules?: string;
  /**
   * 在籍していない職員等の区分（例：非常勤職員がいない → [part-time]）。周知・研修の対象に含めなくてよい
   * Staff categories the municipality has no one in (e.g. no part-time staff → [part-time]); acknowledgement and training need not cover them
   */
  staffCategoriesAbsent?: StaffCategory[];
  /**
   * 情報セキュリティの体制（役割と担当者）
   * Security organisation: roles and who holds them
   */
  roles?: {
    role: SecurityRole;
    /**
     * 担当者（職名・氏名）
     * Holder (post or name)
     */
    person: string;
    /**
     * 所属
     * Department
     */
    department?: string;
  }[];
  /**
   * CSIRT
   * CSIRT
   */
  csirt?: {
    /**
     * CSIRTを設置しているか
     * Whether a CSIRT is established
     */
    established?: boolean;
    /**
     * 連絡先
     * Contact
     */
    contact?: string;
  };
  /**
   * ポリシーの周知と遵守の誓約（5）
   * Policy acknowledgement by staff (5)
   */
  policyAcknowledgement?: {
    /**
     * ポリシーの周知・誓約を得た職員等の区分
     * Staff categories that acknowledged the policy
     */
    staffCategories?: StaffCategory[];
    lastDate?: IsoDate2;
  };
  /**
   * 情報セキュリティ研修
   * Security training
   */
  training?: {
    lastDate?: IsoDate3;
    /**
     * 受講率（%）
     * Completion rate (%)
     */
    completionRate?: number;
    /**
     * 対象とした職員等の区分
     * Staff categories covered
     */
    staffCategories?: StaffCategory[];
  };
  /**
   * 訓練（標的型メール訓練、インシデント対応訓練等）
   * Drills (targeted-mail exercises, incident response drills…)
   */
  drills?: Activity[];
  /**
   * 情報セキュリティ監査（kind: internal / external）
   * Security audits (kind: internal / external)
   */
  audits?: Activity[];
  /**
   * 自己点検
   * Self-inspections
   */
  selfInspections?: Activity[];
  /**
   * 緊急時対応計画（6(7)）
   * Emergency response plan (6(7))
   */
  incidentResponsePlan?: {
    /**
     * 緊急時対応計画を策定しているか
     * Whether an emergency response plan exists
     */
    exists?: boolean;
    lastReviewed?: IsoDate6;
    /**
     * 報告経路を定めているか
     * Whether reporting routes are defined
     */
    reportingRoutes?: boolean;
  };
  /**
   * ポリシーの見直し（8）
   * Policy review (8)
   */
  policyReview?: {
    lastReviewed?: IsoDate7;
    /**
     * 脅威の発生可能性と損失を分析したか
     * Whether likelihood and loss were analysed
     */
    riskAnalysis?: boolean;
    /**
     * 最後の見直しの前提（状況の変化を判定するため、8）
     * What the last review assumed, to tell a change of circumstances (8)
     */
    reviewedUnder?: {
      networkModel?: NetworkModel;
      classificationScheme?: ClassificationScheme;
      guidelineBaseline?: GuidelineBaseline;
    };
  };
  /**
   * ICT-BCP
   * ICT business continuity plan
   */
  bcp?: {
    /**
     * 情報システムの業務継続計画（ICT-BCP）があるか
     * Whether an ICT business continuity plan exists
     */
    exists?: boolean;
    lastReviewed?: IsoDate8;
    /**
     * 想定する事象
     * Scenarios covered
     */
    scenarios?: BcpScenario[];
    /**
     * 計画が対象とするシステム（systems の id）
     * Systems the plan covers (ids from systems)
     */
    coveredSystems?: string[];
  };
  /**
   * 裏付けとなる証跡（evidence の id）
   * Supporting evidence (ids from the top-level evidence list)
   */
  evidence?: string[];
}
/**
 * 実施した活動（監査・自己点検・訓練等）
 * An activity carried out (audit, self-inspection, drill…)
 */
export interface Activity {
  /**
   * 実施日
   * Date carried out
   */
  date: string;
  /**
   * 種別（例：internal、external、targeted-mail）
   * Kind (e.g. internal, external, targeted-mail)
   */
  kind?: string;
  /**
   * 対象範囲
   * Scope
   */
  scope?: string;
  /**
   * 未対応の指摘事項の数
   * Number of findings not yet followed up
   */
  openFindings?: number;
  /**
   * 指摘事項ごとの改善期限と完了日（あれば openFindings より優先して判定する）
   * Each finding with its due date and closing date (judged in preference to openFindings)
   */
  findings?: AuditFinding[];
  /**
   * 監査・自己点検の結果、ポリシーの見直しが必要とされたか（8）
   * Whether the audit or self-inspection found that the policy needs review (8)
   */
  policyReviewNeeded?: boolean;
  /**
   * 裏付けとなる証跡（evidence の id）
   * Supporting evidence (ids from the top-level evidence list)
   */
  evidence?: string[];
}
/**
 * 監査・自己点検の指摘事項
 * A finding of an audit or self-inspection
 */
export interface AuditFinding {
  /**
   * 指摘の要旨
   * What was found
   */
  summary?: string;
  dueOn?: IsoDate4;
  closedOn?: IsoDate5;
}
/**
 * 情報システム（事業者の納品仕様書では納品するもの。接続先の既存のシステムは describedElsewhere: true で加える）
 * An information system (in a vendor's delivery spec, what it delivers; existing systems it links to are added with describedElsewhere: true)
 */
export interface System {
  id: Id;
  /**
   * システムの名称
   * Name of the system
   */
  name: string;
  /**
   * true：別の記述（市の台帳など）に記載する既存のシステム。この記述では接続の相手（領域）としてだけ使い、システムの対策は判定しない。レポートの見出しに示す。書けるのは名前と領域（id・name・zone（必須）・ownerBody・department・owner・administrator・businessFunctions・hosting、端末群の id・name・count・zone）だけ
   * true: an existing system described elsewhere (the city's inventory, say). This description uses it only as the other end of links (its zone); its own measures are not judged here, and the report's heading names it. It may carry only what names and places it (id, name, zone (required), ownerBody, department, owner, administrator, businessFunctions, hosting, and its terminal groups' id, name, count and zone)
   */
  describedElsewhere?: boolean;
  /**
   * 所管する行政機関（例：市長部局、教育委員会）
   * Owning body (e.g. 市長部局, 教育委員会)
   */
  ownerBody?: string;
  /**
   * 所管課
   * Owning department
   */
  department?: string;
  /**
   * 情報システム管理者（システムを所管する課室の長。職名）
   * The system's 情報システム管理者: the head of the division that owns it (post)
   */
  owner?: string;
  /**
   * 情報システム担当者（管理者の指示でシステムの設定・運用を行う職員。職名）
   * The system's 情報システム担当者: the staff member who configures and runs it under the 管理者 (post)
   */
  administrator?: string;
  /**
   * このシステムの情報セキュリティ実施手順の参照（10）。内容は非公開のままでよい
   * Reference to this system's security operating procedure (10); its content may stay non-public
   */
  procedureRef?: string;
  zone?: Zone;
  /**
   * システムがネットワークに接続している全ての領域（2つ以上は領域をまたぐ接続）
   * Every zone the system has a network interface in (two or more means it bridges zones)
   */
  attachedZones?: Zone1[];
  boundaryRole?: BoundaryRole;
  /**
   * システムが担う業務
   * Business functions of the system
   */
  businessFunctions?: BusinessFunction[];
  hosting?: Hosting;
  /**
   * 構築・運用・保守の委託先（vendors の id）
   * Vendors that build, run or maintain it (ids from vendors)
   */
  vendorIds?: Id[];
  /**
   * 取り扱う情報資産
   * Information assets it handles
   */
  dataAssets?: DataAsset[];
  /**
   * 利用する端末群
   * Terminal groups that use it
   */
  terminalGroups?: TerminalGroup[];
  /**
   * サーバ
   * Servers
   */
  servers?: Server[];
  accounts?: Accounts;
  logging?: Logging;
  monitoring?: Monitoring;
  backup?: Backup;
  /**
   * 目標復旧時間（時間）
   * Recovery time objective in hours
   */
  recoveryTimeHours?: number;
  physicalSite?: PhysicalSite;
  remoteMaintenance?: RemoteMaintenance;
  devTest?: DevTest;
  /**
   * 裏付けとなる証跡（evidence の id）
   * Supporting evidence (ids from the top-level evidence list)
   */
  evidence?: string[];
}
/**
 * 設置形態
 * Hosting
 */
export interface Hosting {
  /**
   * 設置形態：on-premises（庁舎内）、data-centre（市または事業者のデータセンターに置いた、この団体のためのサーバ。複数の団体が閉域の回線で共同利用する自治体クラウドを含む）、government-cloud（ガバメントクラウド）、lgwan-asp、cloud-service（多くの利用者にインターネット経由で提供される外部クラウドサービス。事業者が自社で運営し複数の団体が使う SaaS を含む）
   * Hosting: on-premises, data-centre (servers for this municipality in its own or a vendor's data centre, a municipal cloud several municipalities share over closed lines included), government-cloud, lgwan-asp or cloud-service (an external cloud service offered to many customers over the internet, a vendor's own SaaS that several municipalities use included)
   */
  kind?: "on-premises" | "data-centre" | "government-cloud" | "lgwan-asp" | "cloud-service";
  cloudServiceId?: Id1;
  /**
   * クラウドサービスのテナントに閉域の回線（閉域網・専用線）だけで接続し、インターネットに公開した入口（公開エンドポイント、インターネットからの管理接続）がないか
   * Whether the cloud tenancy is reached over closed lines only (closed network, dedicated line), with no entry open to the internet (public endpoints, management over the internet)
   */
  closedNetworkOnly?: boolean;
}
/**
 * 情報資産（データ）と、その分類・取扱い
 * An information asset (data) with its classes and handling
 */
export interface DataAsset {
  id: Id;
  /**
   * 情報資産の名称
   * Name of the information asset
   */
  name: string;
  scope?: AssetScope;
  /**
   * 情報資産の形態：electronic（電磁的記録）、paper（紙。印刷した文書を含む、4(2)②）、both（両方）。省略時は electronic。紙だけの資産には、送信時の暗号化や電磁的記録媒体のチェックを適用しない
   * Form of the asset: electronic, paper (printed documents included, 4(2)②) or both; electronic when omitted. Checks of encryption in transit and portable media do not apply to an asset on paper only
   */
  form?: "electronic" | "paper" | "both";
  /**
   * 情報資産の管理者（所属または職名）
   * Owner of the asset (department or post)
   */
  owner?: string;
  confidentiality?: ConfidentialityClass;
  integrity?: IntegrityClass;
  availability?: AvailabilityClass;
  /**
   * 個人情報を含むか
   * Whether it contains personal information
   */
  personalInformation?: boolean;
  /**
   * 特定個人情報（マイナンバーを含む個人情報）か
   * Whether it is specific personal information (contains My Numbers)
   */
  myNumber?: boolean;
  /**
   * 特定個人情報を扱う事務：utilisation（個人番号利用事務。社会保障・地方税・防災・戸籍の事務で、2(9) のマイナンバー利用事務系に置く）、related（個人番号関係事務。職員の源泉徴収や報酬の支払調書など、事業者として個人番号を扱う事務）。省略時は utilisation
   * What the My Number data serves: utilisation (個人番号利用事務: social security, local tax, disaster response and family registers, which 2(9) places in the My Number zone) or related (個人番号関係事務: the employer's handling, e.g. staff withholding tax or payment records). utilisation when omitted
   */
  myNumberUse?: "utilisation" | "related";
  /**
   * 送信・提供時に暗号化またはパスワード保護するか
   * Whether it is encrypted or password-protected when sent or provided
   */
  encryptedInTransit?: boolean;
  /**
   * 保存時に暗号化するか
   * Whether it is encrypted at rest
   */
  encryptedAtRest?: boolean;
  /**
   * 電磁的記録媒体での取扱い
   * Handling on portable media
   */
  portableMedia?: {
    /**
     * 電磁的記録媒体で持ち運ぶか
     * Whether it is carried on portable media
     */
    used?: boolean;
    /**
     * 媒体を暗号化するか
     * Whether the media are encrypted
     */
    encrypted?: boolean;
    /**
     * 媒体を施錠可能な場所に保管するか
     * Whether the media are kept in lockable storage
     */
    lockedStorage?: boolean;
  };
  /**
   * 廃棄の方法
   * Disposal
   */
  disposal?: {
    /**
     * 廃棄方法：irrecoverable（復元不可能な処理）、ordinary（通常廃棄）
     * Disposal method: irrecoverable or ordinary
     */
    method?: "irrecoverable" | "ordinary";
    /**
     * 廃棄の記録を残すか
     * Whether disposal is recorded
     */
    recorded?: boolean;
  };
  /**
   * 改ざん防止の措置：signature（電子署名）、hash（ハッシュ照合）、access-control（アクセス制御のみ）、none
   * Tamper protection: signature, hash, access-control (access control only) or none
   */
  tamperProtection?: "signature" | "hash" | "access-control" | "none";
  /**
   * 職員が庁外（出張先・在宅・窓口の出先等）でこの情報を扱うことがあるか。事業者のデータセンターやクラウドでの処理のことではない
   * Whether staff handle it outside the office (on a visit, at home, at an outpost); not processing in a vendor's data centre or cloud
   */
  processedOutsideOffice?: boolean;
  /**
   * 庁外処理の安全管理措置を定めているか
   * Whether safeguards for processing outside the office are defined
   */
  outsideOfficeSafeguards?: boolean;
}
/**
 * 同じ設定の職員端末のまとまり
 * A group of staff terminals sharing their settings
 */
export interface TerminalGroup {
  id: Id;
  /**
   * 端末群の名称
   * Name of the terminal group
   */
  name: string;
  zone?: Zone2;
  /**
   * 端末がネットワークに接続している全ての領域（2つ以上は領域をまたぐ接続）
   * Every zone the terminals have a network interface in (two or more means the group bridges zones)
   */
  attachedZones?: Zone1[];
  /**
   * 台数
   * Number of terminals
   */
  count?: number;
  /**
   * 端末の支給元：municipality（市が支給）、vendor（事業者）、personal（私物）
   * Who issued the terminals: municipality, vendor or personal
   */
  issuedBy?: "municipality" | "vendor" | "personal";
  /**
   * ノートPC等の持ち運び可能な端末か
   * Whether the terminals are portable (laptops, tablets)
   */
  portable?: boolean;
  /**
   * 外部記録媒体（USBメモリ等）への書き出し：blocked（不可）、registered-only（登録媒体のみ）、allowed（可）
   * Export to external media (USB etc.): blocked, registered-only or allowed
   */
  externalMedia?: "blocked" | "registered-only" | "allowed";
  /**
   * 端末へのログインに必要な認証要素
   * Factors required to log on to the terminals
   */
  authenticationFactors?: AuthFactor[];
  /**
   * 登録された端末だけがネットワークに接続できるか
   * Whether only registered devices can join the network
   */
  deviceRegistration?: boolean;
  /**
   * ディスクを暗号化しているか
   * Whether disks are encrypted
   */
  diskEncryption?: boolean;
  /**
   * 庁外への持ち出しに許可が必要か
   * Whether taking terminals out needs approval
   */
  takeOutApproval?: boolean;
  /**
   * 自動画面ロックまでの分数
   * Minutes until the screen locks automatically
   */
  screenLockMinutes?: number;
  /**
   * インターネットの閲覧方法：none（不可）、screen-transfer（画面転送）、security-cloud（セキュリティクラウド経由）、direct（直接）
   * How the terminals browse the internet: none, screen-transfer, security-cloud (through the security cloud) or direct
   */
  internetAccess?: "none" | "screen-transfer" | "security-cloud" | "direct";
  endpointProtection?: EndpointProtection;
  patching?: Patching;
  /**
   * 導入しているOS・ソフトウェア
   * Installed OS and software
   */
  software?: Software[];
  wireless?: Wireless;
}
/**
 * 不正プログラム対策
 * Malware protection
 */
export interface EndpointProtection {
  /**
   * ウイルス対策ソフト（EPP）を導入しているか
   * Whether endpoint protection (EPP, anti-malware) is installed
   */
  epp?: boolean;
  /**
   * EDR（エンドポイントでの検知と対応）を導入しているか
   * Whether EDR (endpoint detection and response) is installed
   */
  edr?: boolean;
  /**
   * 定義ファイルを自動更新するか
   * Whether signatures update automatically
   */
  autoUpdate?: boolean;
  /**
   * 機器の仕様でウイルス対策ソフトを導入できないか（アプライアンス、制御機器等。epp: false と併せて書く）
   * Whether the device cannot run endpoint protection (appliances, controllers…; state with epp: false)
   */
  eppNotInstallable?: boolean;
}
/**
 * 更新プログラムの適用状況
 * Patch state
 */
export interface Patching {
  /**
   * OS・ソフトウェアの更新を自動適用するか
   * Whether OS and software updates are applied automatically
   */
  automatic?: boolean;
  lastAppliedOn?: IsoDate9;
  oldestPendingReleasedOn?: IsoDate10;
  oldestPendingCriticalReleasedOn?: IsoDate11;
  /**
   * 未適用の更新の数
   * Number of updates not yet applied
   */
  pendingUpdates?: number;
}
/**
 * ソフトウェア（OS・ミドルウェア・アプリケーション）とそのサポート期限
 * Software (OS, middleware, application) with its support period
 */
export interface Software {
  name: string;
  /**
   * バージョン
   * Version
   */
  version?: string;
  endOfSupport?: IsoDate12;
  /**
   * サポート終了日を定めず、更新を受け続ける提供形態か（サブスクリプションで常に最新版に更新される Microsoft 365 Apps、ブラウザ等）。true ならサポート終了日は問わず、更新の適用（patching）で判定する
   * Whether the product has no fixed end of support and keeps receiving updates (a subscription kept on the latest version, such as Microsoft 365 Apps or a browser); when true no end of support is asked for, and its updates are judged by patching
   */
  continuousSupport?: boolean;
}
/**
 * 無線LANの利用
 * Wireless LAN use
 */
export interface Wireless {
  /**
   * 無線LANを使うか
   * Whether wireless LAN is used
   */
  used?: boolean;
  /**
   * 無線LANの方式
   * Wireless security mode
   */
  security?: "wpa3-enterprise" | "wpa2-enterprise" | "wpa3-personal" | "wpa2-personal" | "wep" | "open";
  /**
   * 端末認証（802.1X）の方式：client-certificate（クライアント証明書）、id-password、psk（共有鍵）、none
   * Device authentication (802.1X): client-certificate, id-password, psk (pre-shared key) or none
   */
  deviceAuthentication?: "client-certificate" | "id-password" | "psk" | "none";
}
/**
 * システムのサーバ（物理・仮想）
 * A server (physical or virtual) of the system
 */
export interface Server {
  id: Id;
  /**
   * サーバの名称
   * Name of the server
   */
  name: string;
  /**
   * 役割（DB、AP、ファイル等）
   * Role (database, application, file…)
   */
  role?: string;
  zone?: Zone3;
  /**
   * サーバがネットワークに接続している全ての領域（2つ以上は領域をまたぐ接続）
   * Every zone the server has a network interface in (two or more means it bridges zones)
   */
  attachedZones?: Zone1[];
  boundaryRole?: BoundaryRole1;
  endpointProtection?: EndpointProtection;
  patching?: Patching;
  /**
   * OS・ミドルウェア
   * OS and middleware
   */
  software?: Software[];
}
/**
 * アカウント管理
 * Account management
 */
export interface Accounts {
  /**
   * 利用者ごとに固有のIDを割り当てているか
   * Whether every user has a unique user id
   */
  uniqueUserIds?: boolean;
  /**
   * 複数人で共用しているIDの数
   * Number of ids shared by several people
   */
  sharedAccounts?: number;
  /**
   * 共用IDを使う者を定め、それ以外の者に使わせていないか（共用IDがある場合）
   * Whether each shared id is kept to the people designated to use it (where shared ids exist)
   */
  sharedAccountsRestricted?: boolean;
  /**
   * 共用IDに管理者権限（特権）のIDを含むか（共用IDがある場合。保守事業者と共用する管理者IDなど）
   * Whether the shared ids include a privileged (administrator) id (where shared ids exist; an administrator id shared with the maintainer, say)
   */
  sharedAccountsPrivileged?: boolean;
  /**
   * 管理者権限は通常のIDと分けているか
   * Whether privileged access uses separate accounts
   */
  privilegedSeparate?: boolean;
  /**
   * 管理者IDに多要素認証を使うか
   * Whether privileged accounts use multi-factor authentication
   */
  privilegedMfa?: boolean;
  /**
   * 異動・退職からIDを削除するまでの最大日数
   * Maximum days from transfer or leaving until the id is removed
   */
  deprovisioningDays?: number;
  lastAccessReview?: IsoDate13;
}
/**
 * ログ
 * Logging
 */
export interface Logging {
  /**
   * 認証の記録を取得しているか
   * Whether authentication events are logged
   */
  authentication?: boolean;
  /**
   * 情報へのアクセス記録を取得しているか
   * Whether access to information is logged
   */
  access?: boolean;
  /**
   * 管理操作の記録を取得しているか
   * Whether administrative operations are logged
   */
  admin?: boolean;
  /**
   * ログの保存日数
   * Days logs are retained
   */
  retentionDays?: number;
  /**
   * 時刻を同期しているか
   * Whether clocks are synchronised
   */
  timeSynchronised?: boolean;
  /**
   * ログの改ざんを防止しているか
   * Whether logs are protected against tampering
   */
  tamperProtected?: boolean;
  /**
   * ログを定期的に分析・確認しているか
   * Whether logs are analysed regularly
   */
  reviewed?: boolean;
}
/**
 * 監視
 * Monitoring
 */
export interface Monitoring {
  /**
   * セキュリティ監視（不正通信・侵入の検知）をしているか
   * Whether security monitoring (unauthorised traffic, intrusion) is in place
   */
  security?: boolean;
  /**
   * 稼働監視をしているか
   * Whether availability is monitored
   */
  availability?: boolean;
}
/**
 * バックアップ
 * Backup
 */
export interface Backup {
  /**
   * バックアップを取得しているか
   * Whether backups are taken
   */
  enabled?: boolean;
  /**
   * 遠隔地（別の建物）にも保管しているか
   * Whether a copy is kept off-site
   */
  offsite?: boolean;
  lastRestoreTest?: IsoDate14;
  /**
   * 最後の復元テストで復旧までにかかった時間（時間）
   * Hours the last restore test took until the system was back in service
   */
  lastRestoreHours?: number;
}
/**
 * 設置場所
 * Physical site
 */
export interface PhysicalSite {
  /**
   * 設置場所：server-room（情報システム室）、data-centre、office（執務室）、cloud（クラウド事業者の設備）
   * Site: server-room, data-centre, office or cloud (the provider's facilities)
   */
  kind?: "server-room" | "data-centre" | "office" | "cloud";
  /**
   * 入退室管理をしているか
   * Whether entry is access-controlled
   */
  accessControl?: boolean;
  /**
   * 入退室を記録しているか
   * Whether entries are recorded
   */
  entryRecords?: boolean;
  /**
   * 防火・消火設備があるか
   * Whether fire protection is in place
   */
  fireProtection?: boolean;
  /**
   * 浸水・漏水対策があるか
   * Whether water protection is in place
   */
  waterProtection?: boolean;
  /**
   * 耐震・転倒防止の対策があるか
   * Whether equipment is protected against earthquakes
   */
  earthquakeProtection?: boolean;
  /**
   * 無停電電源装置（UPS）があるか
   * Whether a UPS protects the equipment
   */
  ups?: boolean;
  /**
   * 非常用発電機があるか
   * Whether an emergency generator is available
   */
  generator?: boolean;
  /**
   * 通信回線を冗長化しているか
   * Whether communication lines are redundant
   */
  redundantLines?: boolean;
}
/**
 * リモート保守
 * Remote maintenance
 */
export interface RemoteMaintenance {
  /**
   * リモート保守を行うか
   * Whether remote maintenance is used
   */
  used?: boolean;
  vendorId?: Id2;
  /**
   * 保守回線：closed（閉域網）、lgwan、internet-vpn（インターネットVPN）、internet
   * Maintenance line: closed (closed network), lgwan, internet-vpn or internet
   */
  line?: "closed" | "lgwan" | "internet-vpn" | "internet";
  /**
   * 接続のたびに承認するか
   * Whether each session is approved
   */
  perSessionApproval?: boolean;
  /**
   * 多要素認証を使うか
   * Whether multi-factor authentication is used
   */
  mfa?: boolean;
  /**
   * 作業を記録しているか
   * Whether sessions are logged
   */
  logged?: boolean;
}
/**
 * 開発・テスト環境
 * Development and test
 */
export interface DevTest {
  /**
   * 開発・テスト環境を本番と分離しているか
   * Whether development and test are separated from production
   */
  separatedFromProduction?: boolean;
  /**
   * テストに本番データを使うか
   * Whether real data is used in tests
   */
  realDataUsed?: boolean;
  /**
   * 本番データ利用の承認（決裁番号等）。承認があってもテストに本番データを使うことは認められない（例外は例外措置で扱う）
   * Approval of the use of real data (reference). An approval does not make real data in tests acceptable; use an exception (waiver)
   */
  realDataApproval?: string;
}
/**
 * 2つの端点の間の通信経路
 * A communication path between two ends
 */
export interface Connection {
  id: Id;
  /**
   * 通信の開始側
   * Initiating end
   */
  from:
    | {
        /**
         * システムの id
         * A system id
         */
        system: string;
        terminalGroup?: Id3;
        server?: Id4;
      }
    | {
        external: ExternalEndpoint;
        /**
         * 接続先のサービス名。国のシステムは名称（例：中間サーバー、住基ネット、eLTAX）または id（intermediate-server 等）
         * Name of the service reached; for national systems a name (e.g. 中間サーバー, 住基ネット, eLTAX) or an id (intermediate-server…)
         */
        service?: string;
        segment?: Zone4;
      };
  /**
   * 通信の受け側
   * Receiving end
   */
  to:
    | {
        /**
         * システムの id
         * A system id
         */
        system: string;
        terminalGroup?: Id5;
        server?: Id6;
      }
    | {
        external: ExternalEndpoint;
        /**
         * 接続先のサービス名。国のシステムは名称（例：中間サーバー、住基ネット、eLTAX）または id（intermediate-server 等）
         * Name of the service reached; for national systems a name (e.g. 中間サーバー, 住基ネット, eLTAX) or an id (intermediate-server…)
         */
        service?: string;
        segment?: Zone5;
      };
  /**
   * 方向：one-way（from→to のみ）、bidirectional（双方向）
   * Direction: one-way (from → to only) or bidirectional
   */
  direction?: "one-way" | "bidirectional";
  transport?: Transport;
  /**
   * 経由する外部ネットワーク（例：security-cloud）
   * External networks the traffic passes through (e.g. security-cloud)
   */
  via?: ExternalEndpoint[];
  /**
   * アプリケーションプロトコル（例：https、smtp）
   * Application protocols (e.g. https, smtp)
   */
  protocols?: string[];
  /**
   * 許可する宛先ポート
   * Destination ports allowed
   */
  ports?: Port[];
  /**
   * 通信相手の限定
   * Peer address restriction
   */
  addressRestriction?: {
    /**
     * IPアドレスで通信相手を限定しているか
     * Whether peers are restricted by IP address
     */
    ip?: boolean;
    /**
     * MACアドレスで通信相手を限定しているか
     * Whether peers are restricted by MAC address
     */
    mac?: boolean;
  };
  /**
   * 無害化の方式
   * Sanitisation applied
   */
  sanitisation?: SanitisationMethod[];
  /**
   * 許可した宛先（α'のローカルブレイクアウト等）
   * Allowed destinations (e.g. α' local breakout)
   */
  destinationAllowList?: string[];
  /**
   * テナント制限をしているか
   * Whether tenant restriction is applied
   */
  tenantRestriction?: boolean;
  /**
   * 通信を記録しているか
   * Whether traffic is logged
   */
  logged?: boolean;
  /**
   * 通信の目的
   * Purpose of the communication
   */
  purpose?: string;
  /**
   * 例外的な接続の承認
   * Approval of an exceptional connection
   */
  approval?: {
    /**
     * 承認の参照（決裁番号等）
     * Approval reference (decision number or ticket)
     */
    reference: string;
    /**
     * 承認者
     * Approver
     */
    approvedBy?: string;
    approvedOn?: IsoDate15;
  };
  /**
   * 裏付けとなる証跡（evidence の id）
   * Supporting evidence (ids from the top-level evidence list)
   */
  evidence?: string[];
}
/**
 * 委託事業者
 * A contractor
 */
export interface Vendor {
  id: Id;
  /**
   * 事業者名
   * Vendor name
   */
  name: string;
  /**
   * 委託する業務
   * Work outsourced
   */
  services?: string;
  /**
   * 情報セキュリティを選定基準に含めて選定したか
   * Whether security criteria were part of the selection
   */
  selectedWithSecurityCriteria?: boolean;
  /**
   * 第三者認証（ISMS、Pマーク等）
   * Third-party certifications (ISMS, Privacy Mark…)
   */
  certifications?: string[];
  /**
   * 契約
   * Contract
   */
  contract?: {
    /**
     * 契約の参照（契約番号等）
     * Contract reference
     */
    reference?: string;
    signedOn?: IsoDate16;
    validUntil?: IsoDate17;
    /**
     * 契約に明記した情報セキュリティ条項
     * Security clauses stated in the contract
     */
    securityClauses?: ContractClause[];
    /**
     * 契約の対象とするシステム（systems の id）。契約が対象を特定していなければ省略
     * Systems the contract covers (ids from systems); omit when the contract does not name them
     */
    systems?: Id[];
  };
  /**
   * 再委託先
   * Subcontractors
   */
  subcontractors?: {
    /**
     * 再委託先の名称
     * Subcontractor name
     */
    name: string;
    /**
     * 再委託を事前に承認したか
     * Whether subcontracting was approved in advance
     */
    approved?: boolean;
    /**
     * 同等の情報セキュリティ条項を課しているか
     * Whether equivalent security terms bind it
     */
    boundBySecurityTerms?: boolean;
  }[];
  lastVerified?: IsoDate18;
  /**
   * 裏付けとなる証跡（evidence の id）
   * Supporting evidence (ids from the top-level evidence list)
   */
  evidence?: string[];
}
/**
 * 外部サービス（クラウドサービス）
 * An external (cloud) service
 */
export interface CloudService {
  id: Id;
  /**
   * サービス名
   * Service name
   */
  name: string;
  /**
   * 提供事業者
   * Provider
   */
  provider?: string;
  /**
   * 契約形態：negotiated（個別契約）、click-through（約款による利用）
   * Terms: negotiated (individual contract) or click-through (standard terms)
   */
  terms?: "negotiated" | "click-through";
  /**
   * 外部サービスの利用台帳に登録しているか
   * Whether it is registered in the municipality's inventory of external services
   */
  registeredInInventory?: boolean;
  highestConfidentiality?: ConfidentialityClass1;
  /**
   * ISMAP に登録されているか（ISMAP-LIU だけの登録なら false とし、その他の保証に「ISMAP-LIU」と書く）
   * Whether it is ISMAP registered (registered only under ISMAP-LIU: false, with ISMAP-LIU under other assurance)
   */
  ismap?: boolean;
  /**
   * その他の保証（ISO/IEC 27017 等）
   * Other assurance (ISO/IEC 27017…)
   */
  otherAssurance?: string[];
  /**
   * データの保存場所。japan（日本国内。「日本国内」「国内」「JP」や国内リージョン名も同じ意味として読む）か国名
   * Where data is stored: japan (also read from 日本国内, 国内, JP or a Japanese region name) or a country
   */
  dataLocations?: string[];
  /**
   * 準拠法。japan（日本法。「日本法」「日本」も同じ意味として読む）か国名
   * Governing law: japan (Japanese law; also read from 日本法 or 日本) or a country
   */
  governingLaw?: string;
  /**
   * 管理者アカウントに多要素認証を使うか
   * Whether administrator accounts use MFA
   */
  adminMfa?: boolean;
  /**
   * 利用終了時のデータ返還・削除の計画があるか
   * Whether an exit plan (data return and deletion) exists
   */
  exitPlan?: boolean;
  /**
   * 利用契約（個別契約、または利用期間を定めた申込み）
   * The service contract (a negotiated contract, or a subscription with a term)
   */
  contract?: {
    /**
     * 利用契約の参照（契約番号等）
     * Reference of the service contract (contract number…)
     */
    reference?: string;
    validUntil?: IsoDate19;
  };
  /**
   * 裏付けとなる証跡（evidence の id）
   * Supporting evidence (ids from the top-level evidence list)
   */
  evidence?: string[];
}
/**
 * 公式ソーシャルメディアアカウント
 * An official social media account
 */
export interface SocialMediaAccount {
  id: Id;
  /**
   * サービス（例：X、LINE、Instagram）
   * Service (e.g. X, LINE, Instagram)
   */
  service: string;
  /**
   * アカウント名
   * Account name
   */
  account?: string;
  /**
   * 運用手順の参照。定めていなければ false
   * Reference to the operating procedure; false when none is defined
   */
  operatingProcedure?: string | false;
  /**
   * 発信できる情報を定めた文書の参照。定めていなければ false
   * Reference to the definition of what may be published; false when none is defined
   */
  publishableContent?: string | false;
  /**
   * アカウントの責任者（職名）。定めていなければ false
   * Person responsible for the account (post); false when nobody is named
   */
  responsiblePerson?: string | false;
  /**
   * ログインに多要素認証を使うか
   * Whether log-in uses multi-factor authentication
   */
  mfa?: boolean;
  /**
   * なりすまし・乗っ取り対策をしているか
   * Whether impersonation and takeover are guarded against
   */
  takeoverProtection?: boolean;
  /**
   * 裏付けとなる証跡（evidence の id）
   * Supporting evidence (ids from the top-level evidence list)
   */
  evidence?: string[];
}
/**
 * 記述を裏付ける文書・記録
 * A document or record that supports the description
 */
export interface Evidence {
  id: Id;
  /**
   * 証跡の名称
   * Title of the evidence
   */
  title: string;
  date?: IsoDate20;
  /**
   * 所在（文書番号、ファイル名、URL）
   * Where it is (document number, file name, URL)
   */
  reference?: string;
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
  system?: Id7;
  terminalGroup?: Id8;
  server?: Id9;
  connection?: Id10;
  vendor?: Id11;
  cloudService?: Id12;
  socialMediaAccount?: Id13;
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
