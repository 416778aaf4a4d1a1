import { defineCheck } from "../define-check.js";
import { isPlaceholder } from "../holders.js";

/**
 * Clause 10: operating procedures (情報セキュリティ実施手順) are established, and clause 5 binds
 * staff to them. A per-system procedure is a standard audit item. Procedures are non-public; a
 * reference (document number, title) records that one exists without disclosing it. A
 * delivery spec without a municipality is not judged: the procedure is the municipality's.
 */
export default defineCheck({
  meta: {
    id: "system-procedure-established",
    area: "review",
    title: {
      ja: "情報システムごとに情報セキュリティ実施手順を策定すること",
      en: "Every system must have its security operating procedure",
    },
    description: {
      ja: "実施手順は非公開だが、その参照（文書番号・表題）は内容を明かさずに記録できる。このチェックは参照の記載だけを確かめ、内容は読まない。",
      en: "Procedures are non-public, but a reference to one (document number or title) can be recorded without disclosing it. This checks the reference only and reads no content.",
    },
    clauses: ["10", "5"],
    threats: ["T2"],
    basis: "policy",
    severity: "medium",
    target: "system",
    // The procedure is the municipality's, written under its standards: a vendor's delivery spec
    // (no municipality) describes the system before the municipality writes it.
    applicability: {
      when: (_system, ctx) => ctx.description.municipality !== undefined,
      condition: {
        ja: "団体の記載（municipality）を含む記述のシステム（システムだけの記述では判定しない）",
        en: "systems of a description that includes the municipality (municipality); a description of systems alone is not judged",
      },
    },
    messages: {
      unknown: {
        ja: "システム {{system}} の情報セキュリティ実施手順の参照（procedureRef）の記載がない",
        en: "System {{system}} does not reference its security operating procedure (procedureRef)",
      },
      placeholder: {
        ja: "システム {{system}} の実施手順が「{{value}}」となっており、策定されていない",
        en: 'System {{system}} gives its operating procedure as "{{value}}", so none is established',
      },
    },
    remediation: {
      ja: "対策基準に基づき、このシステムの運用・障害時・委託先管理の手順を実施手順として定め、その文書番号か表題を実施手順の参照（procedureRef）に記録すること",
      en: "Write the system's procedures (operation, incidents, vendor management) under the standards, and record the document number or title in procedureRef",
    },
  },
  *evaluate(system, ctx) {
    const ref = system.procedureRef;
    if (ref === undefined) yield ctx.needsEvidence("unknown", ["procedureRef"], { system: system.id });
    else if (isPlaceholder(ref)) yield ctx.fail("placeholder", ["procedureRef"], { system: system.id, value: ref });
  },
});
