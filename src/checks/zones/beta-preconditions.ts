import { isOlderThanMonths } from "../../engine/dates.js";
import { defineCheck } from "../define-check.js";
import { latestDate } from "../interval.js";

/**
 * β and β' put staff terminals on the internet side; the guideline allows that only with the
 * organisational measures in place: a CSIRT, current training, log analysis and an external audit.
 */
export default defineCheck({
  meta: {
    id: "beta-preconditions",
    area: "zones",
    title: {
      ja: "β・β'モデルを採る団体は、CSIRT・研修・ログ分析・外部監査の条件を満たすこと",
      en: "A municipality on the β or β' model must meet its conditions: a CSIRT, current training, log analysis and an external audit",
    },
    clauses: ["6(3)", "6(1)", "6(5)", "7"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: "令和2年12月版（βモデル採用の条件）",
    severity: "high",
    target: "municipality",
    applicability: { networkModels: ["beta", "beta-prime"] },
    messages: {
      csirtMissing: {
        ja: "{{model}} モデルの条件である CSIRT が設置されていない",
        en: "The {{model}} model requires a CSIRT, and none is established",
      },
      csirtUnknown: {
        ja: "{{model}} モデルの条件である CSIRT の設置（csirt.established）の記載がない",
        en: "The {{model}} model requires a CSIRT; csirt.established is not stated",
      },
      trainingOverdue: {
        ja: "{{model}} モデルの条件である研修が {{months}} か月以内に行われていない（最終 {{last}}）",
        en: "The {{model}} model requires current training; the last was {{last}}, more than {{months}} months ago",
      },
      trainingUnknown: {
        ja: "{{model}} モデルの条件である研修の実施日（training.lastDate）の記載がない",
        en: "The {{model}} model requires current training; training.lastDate is not stated",
      },
      logsNotAnalysed: {
        ja: "{{model}} モデルの条件であるログ分析を、システム {{systems}} が行っていない（logging.reviewed）",
        en: "The {{model}} model requires log analysis; systems {{systems}} do not analyse their logs (logging.reviewed)",
      },
      logAnalysisUnknown: {
        ja: "システム {{systems}} がログを分析しているか（logging.reviewed）の記載がない",
        en: "Systems {{systems}} do not state whether they analyse their logs (logging.reviewed)",
      },
      externalAuditMissing: {
        ja: "{{model}} モデルの条件である外部監査（audits の kind: external）の記録がない",
        en: "The {{model}} model requires an external audit; audits records none (kind: external)",
      },
      auditsUnknown: {
        ja: "{{model}} モデルの条件である外部監査を確かめるための監査の記録（audits）の記載がない",
        en: "The {{model}} model requires an external audit; audits is not stated",
      },
    },
    remediation: {
      ja: "CSIRT を設置し、研修を定期的に行い、全システムのログを分析し、外部監査を受けること。満たせない間は αモデル（α'モデル）にとどめること",
      en: "Establish a CSIRT, train staff on schedule, analyse every system's logs and undergo an external audit; stay on the α (or α') model until all are met",
    },
  },
  *evaluate(municipality, ctx) {
    const model = ctx.profile.networkModel;
    const established = municipality.csirt?.established;
    if (established === undefined) yield ctx.needsEvidence("csirtUnknown", municipality.csirt === undefined ? [] : ["csirt"], { model });
    else if (!established) yield ctx.fail("csirtMissing", ["csirt", "established"], { model });

    const last = municipality.training?.lastDate;
    const months = ctx.profile.intervals.trainingMonths;
    if (last === undefined) yield ctx.needsEvidence("trainingUnknown", municipality.training === undefined ? [] : ["training"], { model });
    else if (isOlderThanMonths(last, months, ctx.evaluationDate))
      yield ctx.fail("trainingOverdue", ["training", "lastDate"], { model, months, last });

    // Log analysis is a fact of each system; the finding names them from the municipality.
    const systems = ctx.description.systems;
    const notAnalysed = systems.filter((s) => s.logging?.reviewed === false).map((s) => s.id);
    const unknown = systems.filter((s) => s.logging?.reviewed === undefined).map((s) => s.id);
    if (notAnalysed.length > 0) yield ctx.fail("logsNotAnalysed", [], { model, systems: notAnalysed.join(", ") });
    else if (unknown.length > 0) yield ctx.needsEvidence("logAnalysisUnknown", [], { model, systems: unknown.join(", ") });

    const audits = municipality.audits;
    if (audits === undefined) yield ctx.needsEvidence("auditsUnknown", [], { model });
    else if (latestDate(audits.filter((a) => a.kind === "external")) === undefined)
      yield ctx.fail("externalAuditMissing", ["audits"], { model });
  },
});
