import { guidelineCitation } from "../../policy/guideline.js";
import { defineCheck } from "../define-check.js";

/**
 * Monitoring of information systems is the first operational measure 6(7) names; the guideline's
 * standards turn it into per-system security monitoring (detection of unauthorised traffic and
 * intrusion). The internet zone's strengthened monitoring (6(3)③) is judged by
 * internet-zone-monitoring alone: one gap, one finding.
 */
export default defineCheck({
  meta: {
    id: "security-monitoring",
    area: "operations",
    title: {
      ja: "情報システムのセキュリティ監視（不正通信・侵入の検知）を行うこと",
      en: "Every system must be monitored for security events (unauthorised traffic, intrusion)",
    },
    clauses: ["6(7)"],
    threats: ["T1"],
    basis: "guideline",
    guideline: guidelineCitation("operations", "情報システムの監視"),
    severity: "medium",
    target: "system",
    applicability: {
      when: (system) => system.zone !== "internet",
      condition: {
        ja: "インターネット接続系以外のシステム（インターネット接続系の監視は internet-zone-monitoring が判定する）",
        en: "systems outside the internet zone (internet-zone-monitoring judges the internet zone's)",
      },
    },
    messages: {
      notMonitored: {
        ja: "システム {{system}} のセキュリティ監視（monitoring.security）を行っていない",
        en: "System {{system}} is not monitored for security events (monitoring.security)",
      },
      unknown: {
        ja: "システム {{system}} のセキュリティ監視の有無（monitoring.security）の記載がない",
        en: "System {{system}} does not say whether it is monitored for security events (monitoring.security)",
      },
    },
    remediation: {
      ja: "不正通信や侵入を検知する監視（IDS/IPS、EDR、ログ監視等）を行い、検知時の連絡先を決めること",
      en: "Monitor for unauthorised traffic and intrusion (IDS/IPS, EDR, log monitoring) and decide whom an alert goes to",
    },
  },
  *evaluate(system, ctx) {
    const value = system.monitoring?.security;
    if (value === undefined) yield ctx.needsEvidence("unknown", ["monitoring", "security"], { system: system.id });
    else if (!value) yield ctx.fail("notMonitored", ["monitoring", "security"], { system: system.id });
  },
});
