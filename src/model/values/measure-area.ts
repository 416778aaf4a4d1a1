/** The measure areas without zod; `../measure-area.ts` builds the schema and re-exports these. */
import type { ClauseId } from "../../policy/clauses.js";
import type { MeasureArea } from "../measure-area.js";

/** The measure areas of clauses 6(1)–6(9), 7 and 8; a check's folder is its area. */
export const MEASURE_AREA_IDS = [
  "organisation",
  "classification",
  "zones",
  "physical",
  "human",
  "technical",
  "operations",
  "outsourcing",
  "evaluation",
  "audit",
  "review",
] as const;

/** The clause and labels of each measure area. */
export const MEASURE_AREAS: Readonly<Record<MeasureArea, { readonly clause: ClauseId; readonly ja: string; readonly en: string }>> = {
  organisation: { clause: "6(1)", ja: "組織体制", en: "Organisation" },
  classification: { clause: "6(2)", ja: "情報資産の分類と管理", en: "Classification and handling" },
  zones: { clause: "6(3)", ja: "情報システム全体の強靱性の向上", en: "Three-zone resilience" },
  physical: { clause: "6(4)", ja: "物理的セキュリティ", en: "Physical security" },
  human: { clause: "6(5)", ja: "人的セキュリティ", en: "Human security" },
  technical: { clause: "6(6)", ja: "技術的セキュリティ", en: "Technical security" },
  operations: { clause: "6(7)", ja: "運用", en: "Operations" },
  outsourcing: { clause: "6(8)", ja: "業務委託と外部サービスの利用", en: "Outsourcing and external services" },
  evaluation: { clause: "6(9)", ja: "評価・見直し", en: "Evaluation and improvement" },
  audit: { clause: "7", ja: "情報セキュリティ監査及び自己点検", en: "Audit and self-inspection" },
  review: { clause: "8", ja: "情報セキュリティポリシーの見直し", en: "Policy review" },
};
