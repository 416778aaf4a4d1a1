import type { Bilingual } from "../model/values/common.js";
/**
 * The basic policy (人吉市情報セキュリティポリシー 情報セキュリティ基本方針, 令和8年3月改定) as data.
 * Titles and definitions are the policy's own words; English titles are ours.
 */

/** Identifier and edition of the policy text this library encodes. */
export const POLICY = {
  id: "hitoyoshi-basic-policy",
  edition: "2026-03",
  /** The municipality whose policy this is. */
  municipality: "人吉市",
  title: {
    ja: "人吉市情報セキュリティポリシー 情報セキュリティ基本方針（令和8年3月改定）",
    en: "Hitoyoshi City Information Security Policy: Basic Policy (revised March 2026)",
  },
} as const;

/** One clause of the policy as data. */
export interface ClauseData {
  readonly id: string;
  /** The enclosing clause, if any (e.g. `6(3)` for `6(3)①`). */
  readonly parent?: string;
  readonly title: Bilingual;
  /** The policy's text for short clauses (definitions, measures), verbatim. */
  readonly text?: string;
}

// Generic in the id so that `ClauseId` is the union of the clause numbers, not `string`.
const c = <const I extends string>(id: I, ja: string, en: string, text?: string, parent?: string): ClauseData & { readonly id: I } => ({
  id,
  ...(parent === undefined ? {} : { parent }),
  title: { ja, en },
  ...(text === undefined ? {} : { text }),
});

/** Every clause of the basic policy, in document order. */
export const CLAUSES = [
  c("序", "人吉市情報セキュリティポリシーの構成", "Structure of the policy"),
  c("1", "目的", "Purpose"),
  c("2", "定義", "Definitions"),
  c(
    "2(1)",
    "ネットワーク",
    "Network",
    "コンピュータ等を相互に接続するための通信網、その構成機器（ハードウェア及びソフトウェア）をいう。",
    "2",
  ),
  c(
    "2(2)",
    "情報システム",
    "Information system",
    "コンピュータ、ネットワーク及び電磁的記録媒体で構成され、情報処理を行う仕組みをいう。",
    "2",
  ),
  c(
    "2(3)",
    "情報資産",
    "Information asset",
    "情報システムの開発と運用に係る全てのデータ及び情報システムで取り扱う全てのデータをいう。",
    "2",
  ),
  c("2(4)", "情報セキュリティ", "Information security", "情報資産の機密性、完全性及び可用性を維持することをいう。", "2"),
  c("2(5)", "情報セキュリティポリシー", "Information security policy", "本基本方針及び情報セキュリティ対策基準をいう。", "2"),
  c("2(6)", "機密性", "Confidentiality", "情報にアクセスすることを認められた者だけが、情報にアクセスできる状態を確保することをいう。", "2"),
  c("2(7)", "完全性", "Integrity", "情報が破壊、改ざん又は消去されていない状態を確保することをいう。", "2"),
  c(
    "2(8)",
    "可用性",
    "Availability",
    "情報にアクセスすることを認められた者が、必要なときに中断されることなく、情報にアクセスできる状態を確保することをいう。",
    "2",
  ),
  c(
    "2(9)",
    "マイナンバー利用事務系（個人番号利用事務系）",
    "My Number zone (individual number affairs)",
    "個人番号利用事務（社会保障、地方税若しくは防災に関する事務）又は戸籍事務等に関わる情報システム及びデータをいう。",
    "2",
  ),
  c(
    "2(10)",
    "LGWAN接続系",
    "LGWAN zone",
    "LGWAN に接続された情報システム及びその情報システムで取り扱うデータをいう（マイナンバー利用事務系を除く。）。",
    "2",
  ),
  c(
    "2(11)",
    "インターネット接続系",
    "Internet zone",
    "インターネットメール、ホームページ管理システム等に関わるインターネットに接続された情報システム及びその情報システムで取り扱うデータをいう。",
    "2",
  ),
  c(
    "2(12)",
    "通信経路の分割",
    "Path separation",
    "LGWAN 接続系とインターネット接続系の両環境間の通信環境を分離した上で、安全が確保された通信だけを許可できるようにすることをいう。",
    "2",
  ),
  c(
    "2(13)",
    "無害化通信",
    "Sanitised communication",
    "インターネットメール本文のテキスト化や端末への画面転送等により、コンピューターウイルス等の不正プログラムの付着が無い等、安全が確保された通信をいう。",
    "2",
  ),
  c("3", "対象とする脅威", "Threats addressed"),
  c(
    "3(1)",
    "意図的な要因による脅威",
    "Intentional threats",
    "不正アクセス、ウイルス攻撃、サービス不能攻撃等のサイバー攻撃や部外者の侵入等の意図的な要因による情報資産の漏えい・破壊・改ざん・消去、重要情報の詐取、内部不正等",
    "3",
  ),
  c(
    "3(2)",
    "非意図的な要因による脅威",
    "Unintentional threats",
    "情報資産の無断持ち出し、無許可ソフトウェアの使用等の規定違反、設計・開発の不備、プログラム上の欠陥、操作・設定ミス、メンテナンス不備、内部・外部監査機能の不備、委託管理の不備、マネジメントの欠陥、機器故障等の非意図的の要因による情報資産の漏えい・破壊・消去等",
    "3",
  ),
  c("3(3)", "災害", "Disasters", "地震、落雷、火災等の災害によるサービス及び業務の停止等", "3"),
  c(
    "3(4)",
    "疾病による要員不足",
    "Staff shortage through disease",
    "大規模・広範囲にわたる疾病による要員不足に伴うシステム運用の機能不全等",
    "3",
  ),
  c("3(5)", "インフラの障害", "Infrastructure outages", "電力供給の途絶、通信の途絶、水道供給の途絶等のインフラの障害からの波及等", "3"),
  c("4", "適用範囲", "Scope"),
  c(
    "4(1)",
    "行政機関の範囲",
    "Covered bodies",
    "本基本方針が適用される行政機関は、市長部局、教育委員会、選挙管理委員会、監査委員、公平委員会、農業委員会、固定資産評価審査委員会、水道局及び議会事務局とする。",
    "4",
  ),
  c("4(2)", "情報資産の範囲", "Covered information assets", undefined, "4"),
  c(
    "4(2)①",
    "ネットワーク、情報システム、設備及び電磁的記録媒体",
    "Networks, systems, facilities and media",
    "ネットワーク及び情報システム並びにこれらに関する設備及び電磁的記録媒体",
    "4(2)",
  ),
  c(
    "4(2)②",
    "ネットワーク及び情報システムで取り扱う情報",
    "Information handled, including printouts",
    "ネットワーク及び情報システムで取り扱う情報（これらを印刷した文書を含む。）",
    "4(2)",
  ),
  c("4(2)③", "システム関連文書", "System documents", "情報システムの仕様書及びネットワーク図等のシステム関連文書", "4(2)"),
  c(
    "5",
    "職員等の遵守義務",
    "Obligations of staff",
    "職員、非常勤職員及び会計年度任用職員等（以下「職員等」という。）は、情報セキュリティの重要性について共通の認識を持ち、業務の遂行に当たって情報セキュリティポリシー及び情報セキュリティ実施手順を遵守しなければならない。",
  ),
  c("6", "情報セキュリティ対策", "Security measures"),
  c("6(1)", "組織体制", "Organisation", "本市の情報資産について、情報セキュリティ対策を推進する全庁的な組織体制を確立する。", "6"),
  c(
    "6(2)",
    "情報資産の分類と管理",
    "Classification and management of information assets",
    "本市の保有する情報資産を機密性、完全性及び可用性に応じて分類し、当該分類に基づき情報セキュリティ対策を実施する。",
    "6",
  ),
  c("6(3)", "情報システム全体の強靱性の向上", "Resilience of the whole information system (three-zone model)", undefined, "6"),
  c(
    "6(3)①",
    "マイナンバー利用事務系",
    "My Number zone",
    "マイナンバー利用事務系においては、原則として、他の領域との通信をできないようにした上で、端末からの情報持ち出し不可設定や端末への多要素認証の導入等により、住民情報の流出を防ぐ。",
    "6(3)",
  ),
  c(
    "6(3)②",
    "LGWAN接続系",
    "LGWAN zone",
    "LGWAN 接続系においては、LGWAN と接続する業務用システムと、インターネット接続系の情報システムとの通信経路を分割する。なお、両システム間で通信する場合には、無害化通信を実施する。",
    "6(3)",
  ),
  c(
    "6(3)③",
    "インターネット接続系",
    "Internet zone",
    "インターネット接続系においては、不正通信の監視機能の強化等の高度な情報セキュリティ対策を実施する。高度な情報セキュリティ対策として、熊本県及び本市のインターネットとの通信を集約した上で、自治体情報セキュリティクラウドの導入等を実施する。",
    "6(3)",
  ),
  c(
    "6(4)",
    "物理的セキュリティ",
    "Physical security",
    "サーバ、情報システム室、通信回線及び職員等のパソコン等の管理について、物理的な対策を講じる。",
    "6",
  ),
  c(
    "6(5)",
    "人的セキュリティ",
    "Human security",
    "情報セキュリティに関し、職員等が遵守すべき事項を定めるとともに、十分な教育及び啓発を行う等の人的な対策を講じる。",
    "6",
  ),
  c(
    "6(6)",
    "技術的セキュリティ",
    "Technical security",
    "コンピュータ等の管理、アクセス制御、不正プログラム対策、不正アクセス対策等の技術的対策を講じる。",
    "6",
  ),
  c(
    "6(7)",
    "運用",
    "Operations",
    "情報システムの監視、情報セキュリティポリシーの遵守状況の確認、業務委託を行う際のセキュリティ確保等、情報セキュリティポリシーの運用面の対策を講じるものとする。また、情報資産に対するセキュリティ侵害が発生した場合等に迅速かつ適切に対応するため、緊急時対応計画を策定する。",
    "6",
  ),
  c(
    "6(8)",
    "業務委託と外部サービス（クラウドサービス）の利用",
    "Outsourcing and external (cloud) services",
    "業務委託を行う場合には、委託事業者を選定し、情報セキュリティ要件を明記した契約を締結し、委託事業者において必要なセキュリティ対策が確保されていることを確認し、必要に応じて契約に基づき措置を講じる。外部サービス（クラウドサービス）を利用する場合には、利用にかかる規定を整備し対策を講じる。ソーシャルメディアサービスを利用する場合には、ソーシャルメディアサービスの運用手順を定め、ソーシャルメディアサービスで発信できる情報を規定し、利用するソーシャルメディアサービスごとの責任者を定める。",
    "6",
  ),
  c(
    "6(9)",
    "評価・見直し",
    "Evaluation and review",
    "情報セキュリティポリシーの遵守状況を検証するため、定期的又は必要に応じて情報セキュリティ監査及び自己点検を実施し、運用改善を行い、情報セキュリティの向上を図る。情報セキュリティポリシーの見直しが必要な場合は、適宜情報セキュリティポリシーの見直しを行う。",
    "6",
  ),
  c(
    "7",
    "情報セキュリティ監査及び自己点検の実施",
    "Security audits and self-inspections",
    "情報セキュリティポリシーの遵守状況を検証するため、定期的又は必要に応じて情報セキュリティ監査及び自己点検を実施する。",
  ),
  c(
    "8",
    "情報セキュリティポリシーの見直し",
    "Review of the policy",
    "情報セキュリティ監査及び自己点検の結果、情報セキュリティポリシーの見直しが必要となった場合及び情報セキュリティに関する状況の変化に対応するため新たに対策が必要になった場合には、保有する情報及び利用する情報システムに係る脅威の発生の可能性及び発生時の損失等を分析し、リスクを検討した上で、情報セキュリティポリシーを見直す。",
  ),
  c("9", "情報セキュリティ対策基準の策定", "Establishing the security standards"),
  c("10", "情報セキュリティ実施手順の策定", "Establishing the operating procedures"),
] as const satisfies readonly ClauseData[];

/** A clause number of the policy, e.g. `"6(3)①"`. */
export type ClauseId = (typeof CLAUSES)[number]["id"];

/** All clause ids in document order. */
export const CLAUSE_IDS = CLAUSES.map((clause) => clause.id) as [ClauseId, ...ClauseId[]];

const byId = new Map<string, ClauseData>(CLAUSES.map((clause) => [clause.id, clause]));

/** Looks a clause up by its number; `undefined` when the policy has no such clause. */
export function getClause(id: string): ClauseData | undefined {
  return byId.get(id);
}

/** Whether a string names a clause of the policy. */
export function isClauseId(id: string): id is ClauseId {
  return byId.has(id);
}
