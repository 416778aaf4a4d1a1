import { judgedSystems } from "../shared.js";
import type { System } from "../../model/system.js";
import { ICT_BCP_GUIDELINE } from "../../policy/guideline.js";
import { defineCheck } from "../define-check.js";

/** Whether a system must be in the ICT-BCP: `yes` with A2 data, `no` when every asset is A1, `unknown` otherwise. */
function needsContinuity(system: System): "yes" | "no" | "unknown" {
  const assets = system.dataAssets ?? [];
  if (assets.some((asset) => asset.availability === "A2")) return "yes";
  return assets.length > 0 && assets.every((asset) => asset.availability !== undefined) ? "no" : "unknown";
}

/**
 * Systems whose loss would hinder residents' rights or administration (A2) must be planned for
 * against disaster, staff shortage and infrastructure outage (3(3)–(5)). The ICT-BCP is the
 * guideline's vehicle for that; the policy names the threats, not the plan.
 */
export default defineCheck({
  meta: {
    id: "ict-bcp-covers-critical-systems",
    area: "operations",
    title: {
      ja: "可用性2の情報資産を持つシステムを、すべて ICT-BCP の対象とすること",
      en: "Every system holding availability 2 data must be covered by the ICT-BCP",
    },
    description: {
      ja: "ICT-BCP は基本方針の文言ではない。基本方針は 3(3)〜(5) で災害・要員不足・インフラの障害を脅威として挙げ、その対策を求めている。計画そのものは、情報セキュリティポリシーのガイドラインとは別の国の文書「地方公共団体におけるICT部門の業務継続計画（BCP）策定に関するガイドライン」による。",
      en: "The ICT-BCP is not the policy's word. The policy names disaster, staff shortage and infrastructure outage as threats (3(3)–(5)) and asks for measures against them; the plan itself comes from a separate national document, the guideline on ICT business continuity plans (not the security-policy guideline).",
    },
    clauses: ["3(3)", "3(4)", "3(5)"],
    threats: ["T3", "T4", "T5"],
    basis: "guideline",
    guideline: ICT_BCP_GUIDELINE.ja,
    severity: "high",
    target: "municipality",
    messages: {
      noBcp: {
        ja: "ICT-BCP がないが、可用性2（A2）の情報資産を持つシステムがある：{{systems}}",
        en: "There is no ICT-BCP, yet systems hold availability A2 data ({{systems}})",
      },
      notCovered: {
        ja: "可用性2（A2）の情報資産を持つシステム {{system}} が ICT-BCP の対象（bcp.coveredSystems）に含まれていない",
        en: "System {{system}} holds availability A2 data but is not in the ICT-BCP's bcp.coveredSystems",
      },
      bcpUnknown: {
        ja: "ICT-BCP（bcp）の記載がない。可用性2（A2）の情報資産を持つ、または可用性が不明なシステムがある：{{systems}}",
        en: "The description says nothing about an ICT-BCP (bcp), yet systems hold availability A2 data or have no availability class ({{systems}})",
      },
      coverageUnknown: {
        ja: "ICT-BCP が対象とするシステム（bcp.coveredSystems）の記載がない",
        en: "The systems the ICT-BCP covers (bcp.coveredSystems) are not listed",
      },
      availabilityUnknown: {
        ja: "システム {{system}} は ICT-BCP の対象外だが、情報資産の可用性の記載がないため、対象とすべきか判断できない",
        en: "System {{system}} is not in the ICT-BCP, and without availability classes on its data it cannot be confirmed whether it must be",
      },
    },
    remediation: {
      ja: "可用性 A2 のシステムを ICT-BCP の対象システム（bcp.coveredSystems）に加え、代替手段・復旧手順・要員の代替を定めること。可用性が不明なシステムは情報資産に可用性を記載すること",
      en: "Add every A2 system to bcp.coveredSystems with fallbacks, recovery steps and deputies; give the data of unclassified systems an availability class",
    },
  },
  *evaluate(municipality, ctx) {
    const critical: string[] = [];
    const unknown: string[] = [];
    for (const system of judgedSystems(ctx)) {
      const need = needsContinuity(system);
      if (need === "yes") critical.push(system.id);
      else if (need === "unknown") unknown.push(system.id);
    }
    if (critical.length === 0 && unknown.length === 0) return;
    const bcp = municipality.bcp;
    if (bcp === undefined) {
      yield ctx.needsEvidence("bcpUnknown", ["bcp"], { systems: [...critical, ...unknown].join(", ") });
      return;
    }
    if (bcp.exists === false && critical.length > 0) {
      yield ctx.fail("noBcp", ["bcp", "exists"], { systems: critical.join(", ") });
      return;
    }
    // With no plan (and no A2 system), only the unclassified systems remain in question.
    if (bcp.exists !== false && bcp.coveredSystems === undefined) {
      yield ctx.needsEvidence("coverageUnknown", ["bcp", "coveredSystems"]);
      return;
    }
    const covered = new Set(bcp.exists === false ? [] : bcp.coveredSystems);
    for (const id of critical) if (!covered.has(id)) yield ctx.fail("notCovered", ["bcp", "coveredSystems"], { system: id });
    for (const id of unknown)
      if (!covered.has(id)) yield ctx.needsEvidence("availabilityUnknown", ["bcp", "coveredSystems"], { system: id });
  },
});
