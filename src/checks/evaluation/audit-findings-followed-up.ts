import { dateData } from "../../engine/dates.js";
import type { Activity } from "../../model/municipality.js";
import { defineCheck } from "../define-check.js";
import { isHeld } from "../interval.js";

const KINDS = [
  ["audits", "監査", "audit"],
  ["selfInspections", "自己点検", "self-inspection"],
] as const;

/** Index of the latest activity (the first of equal dates), or -1 for none. */
function latestIndex(items: readonly Activity[], asOf: string): number {
  let best = -1;
  items.forEach((item, i) => {
    // One dated after the evaluation date has not happened on it: a plan has no findings (fifty-eighth review: next
    // year's planned audit hid an overdue finding of the last real one).
    if (!isHeld(item, asOf)) return;
    const current = items[best];
    if (current === undefined || item.date > current.date) best = i;
  });
  return best;
}

/**
 * 6(9): audits and self-inspections exist to improve operations (運用改善を行い). Improving takes
 * time: a finding inside the remediation plan the municipality set is being improved on, so only a
 * finding still open past its own due date fails. The latest audit and the latest
 * self-inspection on or before the evaluation date are judged (older ones are superseded by the latest, which carries over anything
 * still open). Open findings counted without their due dates need evidence, not a failure. Whether
 * audits happen at all is audit-current's and self-inspection-current's question.
 */
export default defineCheck({
  meta: {
    id: "audit-findings-followed-up",
    area: "evaluation",
    title: {
      ja: "監査・自己点検の指摘事項は、定めた期限までに改善すること",
      en: "Findings of audits and self-inspections must be fixed by the dates set for them",
    },
    clauses: ["6(9)", "7"],
    threats: ["T2"],
    basis: "policy",
    severity: "medium",
    target: "municipality",
    applicability: {
      when: (municipality) => (municipality.audits?.length ?? 0) + (municipality.selfInspections?.length ?? 0) > 0,
      condition: {
        ja: "監査または自己点検の記録（audits・selfInspections）がある団体",
        en: "municipalities that record audits or self-inspections (audits, selfInspections)",
      },
    },
    messages: {
      overdue: {
        ja: "{{dateJa}}の{{kindJa}}の指摘事項（{{finding}}）が、改善の期限（{{dueOnJa}}）を過ぎても改善されていない",
        en: "A finding of the {{kindEn}} of {{dateEn}} ({{finding}}) is still open after its due date {{dueOnEn}}",
      },
      closedAfterDate: {
        ja: "{{dateJa}}の{{kindJa}}の指摘事項（{{finding}}）の完了日（{{closedOnJa}}）は評価の基準日より後で、基準日には改善の期限（{{dueOnJa}}）を過ぎて未完了だった",
        en: "A finding of the {{kindEn}} of {{dateEn}} ({{finding}}) is recorded closed on {{closedOnEn}}, after the evaluation date, so on that date it was still open after its due date {{dueOnEn}}",
      },
      dueUnknown: {
        ja: "{{dateJa}}の{{kindJa}}の未完了の指摘事項（{{finding}}）の改善の期限（dueOn）の記載がない",
        en: "An open finding of the {{kindEn}} of {{dateEn}} ({{finding}}) does not state its due date (dueOn)",
      },
      openWithoutDueDates: {
        ja: "{{dateJa}}の{{kindJa}}の指摘事項のうち {{count}} 件が未完了だが、指摘ごとの改善の期限（findings）の記載がないため、改善計画どおりか判断できない",
        en: "{{count}} finding(s) of the {{kindEn}} of {{dateEn}} are open, but without each finding's due date (findings) it cannot be confirmed whether they are on plan",
      },
      findingsUnknown: {
        ja: "{{dateJa}}の{{kindJa}}の未対応の指摘数（openFindings）または指摘事項（findings）の記載がない",
        en: "Neither the open findings (openFindings) nor the findings (findings) of the {{kindEn}} of {{dateEn}} are stated",
      },
    },
    remediation: {
      ja: "指摘事項ごとに対応責任者と改善の期限を決めて改善し、指摘事項（findings）に期限（dueOn）と完了日（closedOn）を記録すること",
      en: "Give each finding an owner and a due date, fix it, and record the due date (dueOn) and the closing date (closedOn) under findings",
    },
  },
  *evaluate(municipality, ctx) {
    for (const [key, kindJa, kindEn] of KINDS) {
      const items = municipality[key] ?? [];
      const held = items[latestIndex(items, ctx.evaluationDate)];
      if (held === undefined) continue;
      // Every one held on the latest date: two audits of one day (internal and external, two departments) do not
      // supersede each other (fifty-ninth review: which of them was judged depended on the order of the rows).
      for (const [i, latest] of items.entries()) {
        if (latest.date !== held.date) continue;
        const data = { ...dateData("date", latest.date), kindJa, kindEn };
        if (latest.findings !== undefined) {
          for (const [j, finding] of latest.findings.entries()) {
            // A closing date after the evaluation date is not yet a fact on it (twenty-seventh review).
            const closedLater = finding.closedOn !== undefined && finding.closedOn > ctx.evaluationDate;
            if (finding.closedOn !== undefined && !closedLater) continue;
            const named = { ...data, finding: finding.summary ?? `${j + 1}` };
            if (finding.dueOn === undefined) {
              if (!closedLater) yield ctx.needsEvidence("dueUnknown", [key, i, "findings", j, "dueOn"], named);
            } else if (finding.dueOn < ctx.evaluationDate && closedLater) {
              yield ctx.fail("closedAfterDate", [key, i, "findings", j, "closedOn"], {
                ...named,
                ...dateData("dueOn", finding.dueOn),
                ...dateData("closedOn", finding.closedOn as string),
              });
            } else if (finding.dueOn < ctx.evaluationDate)
              yield ctx.fail("overdue", [key, i, "findings", j, "dueOn"], { ...named, ...dateData("dueOn", finding.dueOn) });
          }
        } else if (latest.openFindings === undefined) yield ctx.needsEvidence("findingsUnknown", [key, i, "openFindings"], data);
        else if (latest.openFindings > 0)
          yield ctx.needsEvidence("openWithoutDueDates", [key, i, "openFindings"], { ...data, count: latest.openFindings });
      }
    }
  },
});
