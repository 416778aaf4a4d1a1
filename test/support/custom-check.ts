import { defineCheck } from "../../src/checks/define-check.js";

/**
 * A small custom check as a user would write one: every system must name its department. Low
 * severity and practice-based, so tests can tell severity thresholds and built-ins apart.
 */
export const departmentNamed = defineCheck({
  meta: {
    id: "acme/department-named",
    area: "organisation",
    title: { ja: "各システムの所管課を記載すること", en: "Every system must name its department" },
    clauses: ["6(1)"],
    threats: ["T3"],
    basis: "practice",
    severity: "low",
    target: "system",
    messages: {
      missing: {
        ja: "システム {{id}} の所管課が記載されていない（推奨される運用）",
        en: "System {{id}} names no department (recommended practice)",
      },
    },
    remediation: { ja: "department に所管課を記載すること", en: "Write the department in department" },
  },
  *evaluate(system, ctx) {
    if (system.department === undefined || system.department === "") yield ctx.fail("missing", [], { id: system.id });
  },
});
