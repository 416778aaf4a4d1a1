import type { Activity } from "../../model/municipality.js";
import { defineCheck } from "../define-check.js";

const KINDS = [
  ["audits", "監査", "audit"],
  ["selfInspections", "自己点検", "self-inspection"],
] as const;

/** Index of the latest activity (the first of equal dates), or -1 for none. */
function latestIndex(items: readonly Activity[]): number {
  let best = -1;
  items.forEach((item, i) => {
    const current = items[best];
    if (current === undefined || item.date > current.date) best = i;
  });
  return best;
}

/**
 * 6(9): audits and self-inspections exist to improve operations (運用改善を行い). The latest audit
 * and the latest self-inspection must have no findings left open. Older ones are superseded by
 * the latest, which would carry over anything still open. Whether audits happen at all is
 * audit-current's and self-inspection-current's question.
 */
export default defineCheck({
  meta: {
    id: "audit-findings-followed-up",
    area: "evaluation",
    title: {
      ja: "監査・自己点検の指摘事項に対応し、運用を改善すること",
      en: "Findings of audits and self-inspections must be followed up",
    },
    clauses: ["6(9)", "7"],
    threats: ["T2"],
    basis: "policy",
    severity: "medium",
    target: "municipality",
    applicability: { when: (municipality) => (municipality.audits?.length ?? 0) + (municipality.selfInspections?.length ?? 0) > 0 },
    messages: {
      openFindings: {
        ja: "{{date}} の{{kindJa}}の指摘事項のうち {{count}} 件が未対応",
        en: "{{count}} finding(s) of the {{kindEn}} of {{date}} are still open",
      },
      findingsUnknown: {
        ja: "{{date}} の{{kindJa}}の未対応の指摘数（openFindings）の記載がない",
        en: "The number of open findings (openFindings) of the {{kindEn}} of {{date}} is not stated",
      },
    },
    remediation: {
      ja: "指摘事項ごとに対応責任者と期限を決めて改善し、完了したら openFindings を更新すること",
      en: "Give each finding an owner and a deadline, fix it, and update openFindings when done",
    },
  },
  *evaluate(municipality, ctx) {
    for (const [key, kindJa, kindEn] of KINDS) {
      const items = municipality[key] ?? [];
      const i = latestIndex(items);
      const latest = items[i];
      if (latest === undefined) continue;
      const data = { date: latest.date, kindJa, kindEn };
      if (latest.openFindings === undefined) yield ctx.needsEvidence("findingsUnknown", [key, i, "openFindings"], data);
      else if (latest.openFindings > 0) yield ctx.fail("openFindings", [key, i, "openFindings"], { ...data, count: latest.openFindings });
    }
  },
});
