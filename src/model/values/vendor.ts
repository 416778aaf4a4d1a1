/** Contract clause labels without zod; `../vendor.ts` builds the schemas and re-exports these. */
import type { ContractClause } from "../vendor.js";
import type { Bilingual } from "./common.js";

/** Labels of the contract clauses, for messages. */
export const CONTRACT_CLAUSE_LABELS: Readonly<Record<ContractClause, Bilingual>> = {
  "policy-compliance": { ja: "情報セキュリティポリシーの遵守", en: "compliance with the security policy" },
  confidentiality: { ja: "守秘義務", en: "confidentiality" },
  "purpose-limitation": { ja: "目的外利用の禁止", en: "no use beyond the purpose" },
  "subcontracting-approval": { ja: "再委託の事前承認", en: "prior approval of subcontracting" },
  "incident-reporting": { ja: "事故発生時の報告", en: "incident reporting" },
  "audit-right": { ja: "監査・検査の受入れ", en: "right to audit and inspect" },
  "return-deletion": { ja: "情報の返還・廃棄", en: "return and deletion of information" },
  "staff-list": { ja: "従事者名簿の提出", en: "list of staff engaged" },
  training: { ja: "従事者への教育", en: "training of staff engaged" },
  "processing-location": { ja: "作業場所（処理場所）の特定", en: "stated place of processing" },
};
