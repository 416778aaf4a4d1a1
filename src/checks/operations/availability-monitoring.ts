import { guidelineCitation } from "../../policy/guideline.js";
import { defineCheck } from "../define-check.js";

/**
 * 6(7) names the monitoring of information systems; availability monitoring catches equipment
 * failure and outages (3(2), 3(5)) before residents notice them.
 */
export default defineCheck({
  meta: {
    id: "availability-monitoring",
    area: "operations",
    title: {
      ja: "情報システムの稼働監視を行うこと",
      en: "Every system's availability must be monitored",
    },
    clauses: ["6(7)"],
    threats: ["T2", "T3", "T5"],
    basis: "guideline",
    guideline: guidelineCitation("operations", "情報システムの監視"),
    severity: "medium",
    target: "system",
    messages: {
      notMonitored: {
        ja: "システム {{system}} の稼働監視（monitoring.availability）を行っていない",
        en: "System {{system}}'s availability is not monitored (monitoring.availability)",
      },
      unknown: {
        ja: "システム {{system}} の稼働監視の有無（monitoring.availability）の記載がない",
        en: "System {{system}} does not say whether its availability is monitored (monitoring.availability)",
      },
    },
    remediation: {
      ja: "死活監視・リソース監視を行い、停止や異常を担当者に通知すること",
      en: "Monitor liveness and resources and alert the people responsible when the system stops or degrades",
    },
  },
  *evaluate(system, ctx) {
    const value = system.monitoring?.availability;
    if (value === undefined) yield ctx.needsEvidence("unknown", ["monitoring", "availability"], { system: system.id });
    else if (!value) yield ctx.fail("notMonitored", ["monitoring", "availability"], { system: system.id });
  },
});
