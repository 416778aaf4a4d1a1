import { z } from "zod";
import { EvidenceRefs, fact, Id, IsoDate, Text } from "./common.js";
import { doc } from "./registry.js";

export { CONTRACT_CLAUSE_LABELS } from "./values/vendor.js";

/** Security clauses a contract with a vendor can contain. */
export const ContractClause = doc(
  z.enum([
    "policy-compliance",
    "confidentiality",
    "purpose-limitation",
    "subcontracting-approval",
    "incident-reporting",
    "audit-right",
    "return-deletion",
    "staff-list",
    "training",
    "processing-location",
  ]),
  "契約の情報セキュリティ条項：policy-compliance（ポリシー遵守）、confidentiality（守秘義務）、purpose-limitation（目的外利用の禁止）、subcontracting-approval（再委託の事前承認）、incident-reporting（事故報告）、audit-right（監査・検査）、return-deletion（返還・廃棄）、staff-list（従事者名簿）、training（教育）、processing-location（処理場所）",
  "Contract security clause: policy-compliance, confidentiality, purpose-limitation, subcontracting-approval, incident-reporting, audit-right, return-deletion, staff-list, training, processing-location",
  "ContractClause",
);
export type ContractClause = z.infer<typeof ContractClause>;

/** A contractor (委託事業者). */
export const Vendor = doc(
  z.strictObject({
    id: Id,
    name: doc(Text, "事業者名", "Vendor name"),
    services: fact(Text, "委託する業務", "Work outsourced"),
    selectedWithSecurityCriteria: fact(
      z.boolean(),
      "情報セキュリティを選定基準に含めて選定したか",
      "Whether security criteria were part of the selection",
    ),
    certifications: fact(z.array(Text), "第三者認証（ISMS、Pマーク等）", "Third-party certifications (ISMS, Privacy Mark…)"),
    contract: fact(
      z.strictObject({
        reference: fact(Text, "契約の参照（契約番号等）", "Contract reference"),
        signedOn: fact(IsoDate, "締結日", "Date signed"),
        validUntil: fact(
          IsoDate,
          "契約期間の終期（契約が効力を持つ最後の日）。自動更新・延長した契約は、更新後の終期",
          "The last day of the contract's term (the last day it is in force); for a contract renewed or extended, the end of the current term",
        ),
        securityClauses: fact(z.array(ContractClause), "契約に明記した情報セキュリティ条項", "Security clauses stated in the contract"),
        systems: fact(
          z.array(Id),
          "契約の対象とするシステム（systems の id）。契約が対象を特定していなければ省略",
          "Systems the contract covers (ids from systems); omit when the contract does not name them",
        ),
      }),
      "契約",
      "Contract",
    ),
    subcontractors: fact(
      z.array(
        z.strictObject({
          name: doc(Text, "再委託先の名称", "Subcontractor name"),
          approved: fact(z.boolean(), "再委託を事前に承認したか", "Whether subcontracting was approved in advance"),
          boundBySecurityTerms: fact(z.boolean(), "同等の情報セキュリティ条項を課しているか", "Whether equivalent security terms bind it"),
        }),
      ),
      "再委託先",
      "Subcontractors",
    ),
    lastVerified: fact(IsoDate, "委託先の対策状況を最後に確認した日", "Date the vendor's measures were last verified"),
    evidence: EvidenceRefs,
  }),
  "委託事業者",
  "A contractor",
  "Vendor",
);
export type Vendor = z.infer<typeof Vendor>;
