import { defineCheck } from "../define-check.js";

/** Internet-zone systems are watched for unauthorised traffic (6(3)③). */
export default defineCheck({
  meta: {
    id: "internet-zone-monitoring",
    area: "zones",
    title: {
      ja: "インターネット接続系のシステムは不正通信を監視すること",
      en: "Internet-zone systems must be monitored for unauthorised traffic",
    },
    description: {
      ja: "基本方針 6(3)③ は、インターネット接続系で不正通信の監視機能を強化することを求める。自治体情報セキュリティクラウドでの監視に加え、システム側でもセキュリティ監視（monitoring.security）をしているかを確かめる。",
      en: "Clause 6(3)③ calls for strengthened monitoring of unauthorised traffic in the internet zone. Besides the security cloud's own monitoring, this checks that the system itself is under security monitoring (monitoring.security).",
    },
    clauses: ["6(3)③"],
    threats: ["T1"],
    basis: "policy",
    severity: "high",
    target: "system",
    applicability: { zones: ["internet"] },
    messages: {
      notMonitored: {
        ja: "インターネット接続系のシステム {{system}} でセキュリティ監視をしていない",
        en: "Internet-zone system {{system}} is not under security monitoring",
      },
      monitoringUnknown: {
        ja: "システム {{system}} でセキュリティ監視をしているか（monitoring.security）の記載がない",
        en: "System {{system}} does not say whether it is under security monitoring (monitoring.security)",
      },
    },
    remediation: {
      ja: "不正通信・侵入の検知（IDS/IPS、EDR、ログの相関分析等）を導入し、アラートへの対応者を定めて、セキュリティ監視をしている（monitoring.security: true）と記載すること",
      en: "Put detection of unauthorised traffic and intrusion in place (IDS/IPS, EDR, log correlation), name who answers alerts, and state monitoring.security: true",
    },
  },
  *evaluate(system, ctx) {
    const security = system.monitoring?.security;
    if (security === undefined) {
      yield ctx.needsEvidence("monitoringUnknown", system.monitoring === undefined ? ["monitoring"] : ["monitoring", "security"], {
        system: system.id,
      });
    } else if (!security) yield ctx.fail("notMonitored", ["monitoring", "security"], { system: system.id });
  },
});
