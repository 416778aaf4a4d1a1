import type { BcpScenario } from "../../model/municipality.js";
import { BCP_SCENARIO_LABELS } from "../../model/values/municipality.js";
import { ICT_BCP_GUIDELINE } from "../../policy/guideline.js";
import type { ClauseId } from "../../policy/clauses.js";
import { defineCheck } from "../define-check.js";

/** The scenarios an ICT-BCP must plan for; each answers a threat clause (BCP_SCENARIO_LABELS). */
const REQUIRED: readonly BcpScenario[] = ["disaster", "staff-shortage", "infrastructure-outage", "cyber-attack"];

/**
 * Clause 3 names the threats the measures answer; a continuity plan that plans only for
 * earthquakes leaves staff shortage (3(4)), infrastructure outage (3(5)) and cyber attack (3(1))
 * unplanned. Where the description says no ICT-BCP exists, ict-bcp-covers-critical-systems
 * reports that instead.
 */
export default defineCheck({
  meta: {
    id: "ict-bcp-scenarios",
    area: "operations",
    title: {
      ja: "ICT-BCP は災害・要員不足・インフラ障害・サイバー攻撃の各事象を想定すること",
      en: "The ICT-BCP must plan for disaster, staff shortage, infrastructure outage and cyber attack",
    },
    description: {
      ja: "ICT-BCP は基本方針の文言ではない。基本方針は 3(3)〜(5) で災害・要員不足・インフラの障害を脅威として挙げ、その対策を求めている。計画そのものは、情報セキュリティポリシーのガイドラインとは別の国の文書「地方公共団体におけるICT部門の業務継続計画（BCP）策定に関するガイドライン」による。",
      en: "The ICT-BCP is not the policy's word. The policy names disaster, staff shortage and infrastructure outage as threats (3(3)–(5)) and asks for measures against them; the plan itself comes from a separate national document, the guideline on ICT business continuity plans (not the security-policy guideline).",
    },
    clauses: ["3(3)", "3(4)", "3(5)", "3(1)"],
    threats: ["T1", "T3", "T4", "T5"],
    basis: "guideline",
    guideline: ICT_BCP_GUIDELINE.ja,
    severity: "medium",
    target: "municipality",
    applicability: {
      when: (municipality) => municipality.bcp?.exists !== false,
      condition: {
        ja: "ICT-BCP がないとは記載していない団体（bcp.exists が false でない。計画の有無は別のチェックで判定する）",
        en: "municipalities that do not state they have no ICT-BCP (bcp.exists is not false; whether one exists is another check's question)",
      },
    },
    messages: {
      missingScenarios: {
        ja: "ICT-BCP が次の事象を想定していない：{{missingJa}}（括弧内は基本方針 3 の脅威の条項）",
        en: "The ICT-BCP does not plan for: {{missingEn}} (threat clauses of policy 3 in brackets)",
      },
      bcpUnknown: {
        ja: "ICT-BCP（bcp）の記載がない",
        en: "The description says nothing about an ICT-BCP (bcp)",
      },
      scenariosUnknown: {
        ja: "ICT-BCP が想定する事象（bcp.scenarios）の記載がない",
        en: "The scenarios the ICT-BCP plans for (bcp.scenarios) are not stated",
      },
    },
    remediation: {
      ja: "ICT-BCP に不足している事象（地震・火災等の災害、疾病による要員不足、電力・通信の途絶、サイバー攻撃）への対応を加え、想定する事象（bcp.scenarios）に記録すること",
      en: "Extend the ICT-BCP to the missing scenarios (disasters, staff shortage through disease, power or network outage, cyber attack) and list them in bcp.scenarios",
    },
  },
  *evaluate(municipality, ctx) {
    const bcp = municipality.bcp;
    if (bcp === undefined) {
      yield ctx.needsEvidence("bcpUnknown", ["bcp"]);
      return;
    }
    if (bcp.scenarios === undefined) {
      yield ctx.needsEvidence("scenariosUnknown", ["bcp", "scenarios"]);
      return;
    }
    const planned = new Set(bcp.scenarios);
    const missing = REQUIRED.filter((scenario) => !planned.has(scenario)).map((scenario) => BCP_SCENARIO_LABELS[scenario]);
    // The finding cites the threat clauses of the scenarios left out, the ones its text names.
    if (missing.length > 0)
      yield {
        ...ctx.fail("missingScenarios", ["bcp", "scenarios"], {
          missingJa: missing.map((s) => `${s.ja}（${s.clause}）`).join("、"),
          missingEn: missing.map((s) => `${s.en} (${s.clause})`).join(", "),
        }),
        clauses: missing.map((s) => s.clause as ClauseId),
      };
  },
});
