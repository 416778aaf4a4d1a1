import { guidelineCitation } from "../../policy/guideline.js";
import { defineCheck } from "../define-check.js";

/**
 * When the service ends or the provider changes, the municipality's data must come back and be
 * deleted at the provider. The guideline asks to settle this before use.
 */
export default defineCheck({
  meta: {
    id: "cloud-exit-plan",
    area: "outsourcing",
    title: {
      ja: "外部サービスの利用終了時のデータの返還・削除の方法を定めておくこと",
      en: "Every external service must have an exit plan for returning and deleting data",
    },
    clauses: ["6(8)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: guidelineCitation("outsourcing", "外部サービスの利用：利用終了時の対策"),
    severity: "medium",
    target: "cloudService",
    messages: {
      noExitPlan: {
        ja: "外部サービス {{service}} の利用終了時のデータ返還・削除の計画がない",
        en: "External service {{service}} has no exit plan for returning and deleting data",
      },
      unknown: {
        ja: "外部サービス {{service}} の利用終了時の計画（exitPlan）の記載がない",
        en: "External service {{service}} does not say whether it has an exit plan (exitPlan)",
      },
    },
    remediation: {
      ja: "利用終了時のデータの返還形式・削除の方法と証明を契約または利用規程で定めること",
      en: "Settle, in the contract or the usage rules, how data is returned, how it is deleted and how deletion is certified",
    },
  },
  *evaluate(service, ctx) {
    const value = service.exitPlan;
    if (value === undefined) yield ctx.needsEvidence("unknown", ["exitPlan"], { service: service.id });
    else if (!value) yield ctx.fail("noExitPlan", ["exitPlan"], { service: service.id });
  },
});
