import { dateData } from "../../engine/dates.js";
import { defineCheck } from "../define-check.js";

/**
 * Clause 9: the security standards (情報セキュリティ対策基準) are established. They are non-public,
 * but non-public is not non-existent: the date they were established (or last revised) can be
 * recorded without disclosing a word of them. The content is not read.
 */
export default defineCheck({
  meta: {
    id: "standards-established",
    area: "review",
    title: {
      ja: "情報セキュリティ対策基準を策定すること",
      en: "The security standards must be established",
    },
    description: {
      ja: "対策基準は非公開だが、策定した（最後に改定した）日は内容を明かさずに記録できる。このチェックは日付の記載だけを確かめ、内容は読まない。",
      en: "The standards are non-public, but the date they were established (or last revised) can be recorded without disclosing them. This checks the date only and reads no content.",
    },
    clauses: ["9"],
    threats: ["T1", "T2", "T3", "T4", "T5"],
    basis: "policy",
    severity: "medium",
    target: "municipality",
    messages: {
      notEstablished: {
        ja: "情報セキュリティ対策基準を策定した日（{{dateJa}}）が評価の基準日より後であり、基準日の時点で策定されていない",
        en: "The security standards are dated {{dateEn}}, after the evaluation date, so they were not established on that date",
      },
      unknown: {
        ja: "情報セキュリティ対策基準を策定した日（standardsEstablishedOn）の記載がない",
        en: "The date the security standards were established (standardsEstablishedOn) is not stated",
      },
    },
    remediation: {
      ja: "基本方針 6〜8 の対策を具体化する対策基準を策定し、策定（改定）した日（standardsEstablishedOn）を記録すること（内容は記載しない）",
      en: "Establish standards that put clauses 6 to 8 into concrete rules, and record the date in standardsEstablishedOn (not their content)",
    },
  },
  *evaluate(municipality, ctx) {
    const date = municipality.standardsEstablishedOn;
    if (date === undefined) yield ctx.needsEvidence("unknown", ["standardsEstablishedOn"]);
    else if (date > ctx.evaluationDate) yield ctx.fail("notEstablished", ["standardsEstablishedOn"], dateData("date", date));
  },
});
