/** The threat categories of clause 3 without zod; `../threat.ts` builds the schema and re-exports these. */
import type { ClauseId } from "../../policy/clauses.js";
import type { ThreatId } from "../threat.js";
import type { Bilingual } from "./common.js";

/** Ids of the threat categories of clause 3. */
export const THREAT_IDS = ["T1", "T2", "T3", "T4", "T5"] as const;

/** Title, clause and sub-threats of a threat category. */
export interface ThreatInfo {
  readonly id: ThreatId;
  readonly clause: ClauseId;
  readonly title: Bilingual;
  /** The sub-threats the clause lists, in its order. */
  readonly subThreats: readonly Bilingual[];
}

const s = (ja: string, en: string) => ({ ja, en });

/** The five threat categories of clause 3 with the sub-threats it names. */
export const THREATS: Readonly<Record<ThreatId, ThreatInfo>> = {
  T1: {
    id: "T1",
    clause: "3(1)",
    title: s("意図的な要因による脅威", "Intentional threats"),
    subThreats: [
      s("不正アクセス", "unauthorised access"),
      s("ウイルス攻撃", "malware"),
      s("サービス不能攻撃", "denial of service"),
      s("部外者の侵入", "intrusion by outsiders"),
      s("情報資産の漏えい・破壊・改ざん・消去", "leakage, destruction, alteration or deletion of assets"),
      s("重要情報の詐取", "fraudulent acquisition of important information"),
      s("内部不正", "insider wrongdoing"),
    ],
  },
  T2: {
    id: "T2",
    clause: "3(2)",
    title: s("非意図的な要因による脅威", "Unintentional threats"),
    subThreats: [
      s("情報資産の無断持ち出し", "taking assets out without permission"),
      s("無許可ソフトウェアの使用等の規定違反", "rule breaches such as unapproved software"),
      s("設計・開発の不備", "design and development flaws"),
      s("プログラム上の欠陥", "program defects"),
      s("操作・設定ミス", "operation and configuration mistakes"),
      s("メンテナンス不備", "poor maintenance"),
      s("内部・外部監査機能の不備", "weak internal or external audit"),
      s("委託管理の不備", "weak management of outsourcing"),
      s("マネジメントの欠陥", "management defects"),
      s("機器故障", "equipment failure"),
    ],
  },
  T3: {
    id: "T3",
    clause: "3(3)",
    title: s("災害", "Disasters"),
    subThreats: [s("地震", "earthquake"), s("落雷", "lightning"), s("火災", "fire")],
  },
  T4: {
    id: "T4",
    clause: "3(4)",
    title: s("大規模・広範囲にわたる疾病による要員不足", "Staff shortage through large-scale disease"),
    subThreats: [s("要員不足に伴うシステム運用の機能不全", "operational failure through staff shortage")],
  },
  T5: {
    id: "T5",
    clause: "3(5)",
    title: s("インフラの障害", "Infrastructure outages"),
    subThreats: [s("電力供給の途絶", "power outage"), s("通信の途絶", "communications outage"), s("水道供給の途絶", "water supply outage")],
  },
};
