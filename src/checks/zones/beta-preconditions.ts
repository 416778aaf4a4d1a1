import { judgedSystems } from "../shared.js";
import { dateData, isOlderThanMonths } from "../../engine/dates.js";
import { NETWORK_MODELS } from "../../model/values/network-model.js";
import type { ClauseId } from "../../policy/clauses.js";
import { defineCheck } from "../define-check.js";
import { isHeld } from "../interval.js";

/** The guideline's β conditions, as the team's research reads them (the text itself was not at hand). */
const BETA_CONDITIONS = {
  ja: "ガイドライン（令和2年12月版）のβモデル・β'モデル採用の条件（人的対策として研修と訓練、CSIRT、インターネット接続系の通信のログの収集と分析、情報セキュリティ監査。外部監査が望ましい）",
  en: "The guideline's (December 2020) conditions for the β and β' models (training and drills, a CSIRT, collection and analysis of the internet zone's logs, security audits — external preferred)",
} as const;
const condition = { reference: BETA_CONDITIONS } as const;

/** Whether a drill is a targeted-mail exercise: `targeted-mail` as the schema names it, or as people write it (標的型攻撃メール訓練). */
function isTargetedMailDrill(kind: string | undefined): boolean {
  const text = (kind ?? "")
    .normalize("NFKC")
    .replace(/[\s_]+/gu, "")
    .toLowerCase();
  return text === "targeted-mail" || text === "targetedmail" || text === "targeted-email" || text.includes("標的型");
}

/**
 * β and β' put staff terminals on the internet side; the guideline allows that only with the
 * organisational measures in place: a CSIRT, current training, drills such as targeted-mail
 * exercises, analysis of the internet zone's logs, and security audits (external preferred).
 *
 * The conditions concern the internet zone: log analysis is asked of internet-zone systems, not of,
 * say, the My Number system (review §3). An audit of either kind meets the audit condition: the
 * research says "external preferred", not required, and no currency is asked (review §1.2).
 */
/** The network models whose preconditions this check judges (drills-current leaves "no drills" to it under them). */
export const BETA_MODELS = ["beta", "beta-prime"] as const;

export default defineCheck({
  meta: {
    id: "beta-preconditions",
    area: "zones",
    title: {
      ja: "β・β'モデルを採る団体は、CSIRT・研修・訓練・インターネット接続系のログ分析・監査の条件を満たすこと",
      en: "A municipality on the β or β' model must meet its conditions: a CSIRT, training, drills, analysis of the internet zone's logs, and audits",
    },
    clauses: ["6(3)", "6(1)", "6(5)", "7"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: "ガイドライン（令和2年12月版）「情報システム全体の強靱性の向上」（βモデル・β'モデル採用の条件）",
    severity: "high",
    target: "municipality",
    applicability: { networkModels: [...BETA_MODELS] },
    messages: {
      csirtMissing: {
        ...condition,
        ja: "{{modelJa}}採用の条件である CSIRT が設置されていない",
        en: "Under {{modelEn}} a CSIRT is required, and none is established",
      },
      csirtUnknown: {
        ...condition,
        ja: "{{modelJa}}採用の条件である CSIRT の設置（csirt.established）の記載がない",
        en: "Under {{modelEn}} a CSIRT is required; whether one is established (csirt.established) is not stated",
      },
      trainingOverdue: {
        ...condition,
        ja: "{{modelJa}}採用の条件である研修について、前回の研修（{{lastJa}}）から{{months}}か月を超えている（間隔は推奨される運用。プロファイルの intervals.trainingMonths）",
        en: "Under {{modelEn}} current training is required; the last was on {{lastEn}}, more than {{months}} months ago (the interval is recommended practice: the profile's intervals.trainingMonths)",
      },
      // Fifty-fourth review: a targeted-mail exercise held once, long ago, passed as the condition.
      targetedMailDrillOverdue: {
        ...condition,
        ja: "{{modelJa}}採用の条件である標的型攻撃メール訓練について、前回（{{lastJa}}）から{{months}}か月を超えている（間隔は推奨される運用。プロファイルの intervals.drillMonths）",
        en: "Under {{modelEn}} targeted-mail drills are required; the last was on {{lastEn}}, more than {{months}} months ago (the interval is recommended practice: the profile's intervals.drillMonths)",
      },
      trainingUnknown: {
        ...condition,
        ja: "{{modelJa}}採用の条件である研修の実施日（training.lastDate）の記載がない",
        en: "Under {{modelEn}} current training is required; its date (training.lastDate) is not stated",
      },
      targetedMailDrillMissing: {
        ...condition,
        ja: "{{modelJa}}採用の条件である標的型攻撃メール訓練を実施した記録がない（drills の kind: targeted-mail。評価の基準日より後の予定は記録ではない）",
        en: "Under {{modelEn}} drills are required; no targeted-mail exercise held is recorded (drills, kind: targeted-mail; one planned after the evaluation date is no record)",
      },
      drillsUnknown: {
        ...condition,
        ja: "{{modelJa}}採用の条件である訓練の記録（drills）の記載がない",
        en: "Under {{modelEn}} drills are required; none are listed (drills)",
      },
      logsNotAnalysed: {
        ...condition,
        ja: "{{modelJa}}採用の条件であるログ分析を、インターネット接続系のシステム {{systems}} が行っていない（logging.reviewed）",
        en: "Under {{modelEn}} log analysis is required; these internet-zone systems do not analyse their logs (logging.reviewed): {{systems}}",
      },
      logAnalysisUnknown: {
        ...condition,
        ja: "インターネット接続系のシステム {{systems}} がログを分析しているか（logging.reviewed）の記載がない",
        en: "These internet-zone systems do not state whether they analyse their logs (logging.reviewed): {{systems}}",
      },
      auditMissing: {
        // Clause 7's own words: audits are carried out. None at all breaches the policy under any model, and is
        // also a condition of β; this is the one finding of it (audit-current leaves it here), so it keeps the
        // policy's basis (fortieth review).
        basis: "policy",
        ja: "情報セキュリティ監査を一度も実施していない（audits が空、または評価の基準日より後の予定だけ。基本方針 7）。{{modelJa}}採用の条件でもある（外部監査が望ましい）",
        en: "No security audit has ever been carried out (audits is empty, or lists only audits planned after the evaluation date; clause 7), which is also a condition of {{modelEn}} (an external audit is preferred)",
      },
      auditsUnknown: {
        ...condition,
        ja: "{{modelJa}}採用の条件である情報セキュリティ監査の記録（audits）の記載がない",
        en: "Under {{modelEn}} security audits are required; audits is not stated",
      },
    },
    remediation: {
      ja: "CSIRT を設置し、研修と標的型攻撃メール訓練を定期的に行い、インターネット接続系の通信のログを分析し、情報セキュリティ監査（できれば外部監査）を受けること。満たせない間は、インターネット接続系からの LGWAN接続系の利用などその条件に拠る業務を制限するか、αモデル（α'モデル）に戻すことを検討すること",
      en: "Establish a CSIRT, hold training and targeted-mail exercises on schedule, analyse the internet zone's logs and undergo security audits (external if possible). Until all are met, restrict the work that rests on them (such as using the LGWAN zone from the internet zone) or consider returning to the α (or α') model",
    },
  },
  *evaluate(municipality, ctx) {
    const model = ctx.profile.networkModel;
    const base = { model, modelJa: NETWORK_MODELS[model].ja, modelEn: NETWORK_MODELS[model].en };
    const established = municipality.csirt?.established;
    // Each precondition cites the β model (6(3)) and the measure it belongs to: the CSIRT the
    // organisation (6(1)), training and drills the human measures (6(5)), audits clause 7.
    const organisation: ClauseId[] = ["6(3)", "6(1)"];
    const human: ClauseId[] = ["6(3)", "6(5)"];
    if (established === undefined)
      yield { ...ctx.needsEvidence("csirtUnknown", municipality.csirt === undefined ? [] : ["csirt"], base), clauses: organisation };
    else if (!established) yield { ...ctx.fail("csirtMissing", ["csirt", "established"], base), clauses: organisation };

    const last = municipality.training?.lastDate;
    const months = ctx.profile.intervals.trainingMonths;
    if (last === undefined)
      yield { ...ctx.needsEvidence("trainingUnknown", municipality.training === undefined ? [] : ["training"], base), clauses: human };
    else if (isOlderThanMonths(last, months, ctx.evaluationDate))
      yield { ...ctx.fail("trainingOverdue", ["training", "lastDate"], { ...base, months, ...dateData("last", last) }), clauses: human };

    const drills = municipality.drills;
    if (drills === undefined) yield { ...ctx.needsEvidence("drillsUnknown", [], base), clauses: human };
    else {
      // Held by the evaluation date: a planned one is no record (fifty-eighth review), and one only planned is none held
      // (fifty-ninth review: a β town whose only targeted-mail row was a plan got no finding).
      const targeted = drills.flatMap((drill, i) =>
        isTargetedMailDrill(drill.kind) && isHeld(drill, ctx.evaluationDate) ? [{ drill, i }] : [],
      );
      if (targeted.length === 0) yield { ...ctx.fail("targetedMailDrillMissing", ["drills"], base), clauses: human };
      else {
        const latest = targeted.reduce((a, b) => (b.drill.date > a.drill.date ? b : a));
        const drillMonths = ctx.profile.intervals.drillMonths;
        if (isOlderThanMonths(latest.drill.date, drillMonths, ctx.evaluationDate))
          yield {
            ...ctx.fail("targetedMailDrillOverdue", ["drills", latest.i, "date"], {
              ...base,
              months: drillMonths,
              ...dateData("last", latest.drill.date),
            }),
            clauses: human,
          };
      }
    }

    // Log analysis is a condition on the internet zone's traffic: its systems are judged, and
    // systems of the other zones (the My Number system's log review among them) are not.
    const internet = judgedSystems(ctx).filter((s) => s.zone === "internet");
    const notAnalysed = internet.filter((s) => s.logging?.reviewed === false).map((s) => s.id);
    const unknown = internet.filter((s) => s.logging?.reviewed === undefined).map((s) => s.id);
    if (notAnalysed.length > 0)
      yield { ...ctx.fail("logsNotAnalysed", [], { ...base, systems: notAnalysed.join(", ") }), clauses: ["6(3)"] };
    else if (unknown.length > 0)
      yield { ...ctx.needsEvidence("logAnalysisUnknown", [], { ...base, systems: unknown.join(", ") }), clauses: ["6(3)"] };

    const audits = municipality.audits;
    if (audits === undefined) yield { ...ctx.needsEvidence("auditsUnknown", [], base), clauses: ["6(3)", "7"] };
    // Only planned audits (dated after the evaluation date) are none held (fifty-ninth review).
    else if (!audits.some((audit) => isHeld(audit, ctx.evaluationDate)))
      yield { ...ctx.fail("auditMissing", ["audits"], base), clauses: ["7", "6(3)"] };
  },
});
