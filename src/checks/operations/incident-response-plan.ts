import { defineCheck } from "../define-check.js";
import { requireTrue } from "../shared.js";

/**
 * 6(7): 「緊急時対応計画を策定する」. A plan helps only if people know whom to tell, so the plan
 * must also define reporting routes (the part of the plan the guideline spells out first).
 */
export default defineCheck({
  meta: {
    id: "incident-response-plan",
    area: "operations",
    title: {
      ja: "緊急時対応計画を策定し、報告経路を定めること",
      en: "An emergency response plan with reporting routes must exist",
    },
    description: {
      ja: "計画の策定は基本方針 6(7) の文言。報告経路はその計画が定めるべき内容として確認する",
      en: "The plan itself is required by policy 6(7); reporting routes are checked as the content such a plan must have",
    },
    clauses: ["6(7)"],
    threats: ["T1", "T2"],
    basis: "policy",
    severity: "high",
    target: "municipality",
    messages: {
      noPlan: {
        ja: "緊急時対応計画を策定していない（基本方針 6(7) は策定を求めている）",
        en: "No emergency response plan exists (policy 6(7) requires one)",
      },
      noReportingRoutes: {
        ja: "緊急時対応計画に報告経路が定められていない",
        en: "The emergency response plan defines no reporting routes",
      },
      planUnknown: {
        ja: "緊急時対応計画（incidentResponsePlan）の記載がない",
        en: "The description says nothing about an emergency response plan (incidentResponsePlan)",
      },
      factUnknown: {
        ja: "緊急時対応計画の {{fact}} の記載がない",
        en: "The emergency response plan's {{fact}} is not stated",
      },
    },
    remediation: {
      ja: "セキュリティ侵害の発生時の連絡・報告経路、初動対応、復旧、再発防止を定めた緊急時対応計画を策定すること",
      en: "Write an emergency response plan covering reporting routes, first response, recovery and prevention of recurrence",
    },
  },
  *evaluate(municipality, ctx) {
    const plan = municipality.incidentResponsePlan;
    if (plan === undefined) {
      yield ctx.needsEvidence("planUnknown", ["incidentResponsePlan"]);
      return;
    }
    // Without a plan, its reporting routes are moot: report the missing plan alone.
    if (plan.exists === false) {
      yield ctx.fail("noPlan", ["incidentResponsePlan", "exists"]);
      return;
    }
    yield* requireTrue(
      ctx,
      plan,
      ["incidentResponsePlan"],
      [
        ["exists", "noPlan"],
        ["reportingRoutes", "noReportingRoutes"],
      ],
      "factUnknown",
      {},
    );
  },
});
