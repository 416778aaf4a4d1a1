import { guidelineCitation } from "../../policy/guideline.js";
import { defineCheck } from "../define-check.js";

/**
 * 6(8) asks for rules on using external services; the guideline's first such rule is knowing
 * which services are in use: each one recorded in the municipality's inventory with its owner
 * and the information it handles. An unregistered service escapes every other rule.
 */
export default defineCheck({
  meta: {
    id: "cloud-service-registered",
    area: "outsourcing",
    title: {
      ja: "利用する外部サービスを利用台帳に登録すること",
      en: "Every external (cloud) service in use must be registered in the municipality's inventory",
    },
    clauses: ["6(8)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: guidelineCitation("outsourcing", "外部サービスの利用：利用の申請と管理"),
    severity: "medium",
    target: "cloudService",
    messages: {
      notRegistered: {
        ja: "外部サービス {{service}} が利用台帳に登録されていない",
        en: "External service {{service}} is not registered in the municipality's inventory",
      },
      unknown: {
        ja: "外部サービス {{service}} が利用台帳に登録されているか（registeredInInventory）の記載がない",
        en: "External service {{service}} does not say whether it is registered in the inventory (registeredInInventory)",
      },
    },
    remediation: {
      ja: "利用の承認を経て、サービス名・利用部署・扱う情報の分類・管理者を利用台帳に登録すること",
      en: "Approve the use and register the service with its users, the classes of information it handles and its administrator",
    },
  },
  *evaluate(service, ctx) {
    const value = service.registeredInInventory;
    if (value === undefined) yield ctx.needsEvidence("unknown", ["registeredInInventory"], { service: service.id });
    else if (!value) yield ctx.fail("notRegistered", ["registeredInInventory"], { service: service.id });
  },
});
