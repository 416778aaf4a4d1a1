import type { Municipality } from "../../model/municipality.js";
import { defineCheck } from "../define-check.js";

type Scenario = NonNullable<NonNullable<Municipality["bcp"]>["scenarios"]>[number];

/** The scenarios an ICT-BCP must plan for, each with the threat clause it answers. */
const REQUIRED: readonly (readonly [Scenario, string])[] = [
  ["disaster", "3(3)"],
  ["staff-shortage", "3(4)"],
  ["infrastructure-outage", "3(5)"],
  ["cyber-attack", "3(1)"],
];

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
    clauses: ["6(7)", "3(1)", "3(3)", "3(4)", "3(5)"],
    threats: ["T1", "T3", "T4", "T5"],
    basis: "guideline",
    guideline: "総務省「地方公共団体におけるICT部門の業務継続計画（BCP）策定に関するガイドライン」",
    severity: "medium",
    target: "municipality",
    applicability: { when: (municipality) => municipality.bcp?.exists !== false },
    messages: {
      missingScenarios: {
        ja: "ICT-BCP が想定していない事象がある：{{missing}}（基本方針 3 の脅威）",
        en: "The ICT-BCP does not plan for: {{missing}} (threats of policy clause 3)",
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
      ja: "ICT-BCP に不足している事象（地震・火災等の災害、疾病による要員不足、電力・通信の途絶、サイバー攻撃）への対応を加え、bcp.scenarios に記録すること",
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
    const missing = REQUIRED.filter(([scenario]) => !planned.has(scenario)).map(([scenario, clause]) => `${scenario} (${clause})`);
    if (missing.length > 0) yield ctx.fail("missingScenarios", ["bcp", "scenarios"], { missing: missing.join(", ") });
  },
});
