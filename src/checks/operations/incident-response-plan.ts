import { guidelineCitation, guidelineReference } from "../../policy/guideline.js";
import { defineCheck } from "../define-check.js";

/**
 * 6(7): 「緊急時対応計画を策定する」. A plan helps only if people know whom to tell, so the plan
 * must also define reporting routes (the part of the plan the guideline spells out first).
 */
export default defineCheck({
  meta: {
    id: "incident-response-plan",
    area: "operations",
    title: {
      ja: "緊急時対応計画を策定すること（計画に定める報告経路はガイドラインによる）",
      en: "An emergency response plan must exist (its reporting routes follow the guideline)",
    },
    description: {
      ja: "計画の策定は基本方針 6(7) の文言。報告経路は基本方針の文言ではなく、ガイドラインの対策基準例「運用」（侵害時の対応）が計画に定めるとしている内容として確認する",
      en: "The plan itself is the policy's duty (6(7)). Reporting routes are not the policy's words; they are checked as content the guideline's model standards (\"Operations\", response to incidents) put in such a plan",
    },
    clauses: ["6(7)"],
    threats: ["T1", "T2"],
    basis: "policy",
    guideline: guidelineCitation("operations", "侵害時の対応"),
    severity: "high",
    target: "municipality",
    messages: {
      noPlan: {
        ja: "緊急時対応計画を策定していない（基本方針 6(7) は策定を求めている）",
        en: "No emergency response plan exists (policy 6(7) requires one)",
      },
      noReportingRoutes: {
        ja: "緊急時対応計画に報告経路が定められていない（ガイドラインの対策基準例による）",
        en: "The emergency response plan defines no reporting routes (per the guideline's model standards)",
        basis: "guideline",
        reference: guidelineReference("operations", { ja: "侵害時の対応", en: "response to incidents" }),
      },
      planUnknown: {
        ja: "緊急時対応計画（incidentResponsePlan）の記載がない",
        en: "The description says nothing about an emergency response plan (incidentResponsePlan)",
      },
      existsUnknown: {
        ja: "緊急時対応計画を策定しているか（incidentResponsePlan.exists）の記載がない",
        en: "Whether an emergency response plan exists (incidentResponsePlan.exists) is not stated",
      },
      routesUnknown: {
        ja: "緊急時対応計画に報告経路を定めているか（incidentResponsePlan.reportingRoutes）の記載がない",
        en: "Whether the emergency response plan defines reporting routes (incidentResponsePlan.reportingRoutes) is not stated",
        basis: "guideline",
        reference: guidelineReference("operations", { ja: "侵害時の対応", en: "response to incidents" }),
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
    if (plan.exists === undefined) yield ctx.needsEvidence("existsUnknown", ["incidentResponsePlan", "exists"]);
    if (plan.reportingRoutes === undefined) yield ctx.needsEvidence("routesUnknown", ["incidentResponsePlan", "reportingRoutes"]);
    else if (!plan.reportingRoutes) yield ctx.fail("noReportingRoutes", ["incidentResponsePlan", "reportingRoutes"]);
  },
});
