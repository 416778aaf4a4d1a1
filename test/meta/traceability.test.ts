/** Every clause of the policy is traced (docs/domain.md §1): cited by a check, implemented by a model element, structural, or organisational with a reason. */
import { describe, expect, it } from "vitest";
import { checksOf, loadCatalogue } from "../../scripts/check-catalogue.js";
import { CLAUSES, isClauseId } from "../../src/policy/clauses.js";
import {
  DUTIES,
  dutyProblems,
  MODEL_ELEMENTS,
  ORGANISATIONAL_CLAUSES,
  traceabilityProblems,
  traceClauses,
} from "../../src/policy/traceability.js";

const checks = checksOf(await loadCatalogue());

describe("traceability of duties (review §6)", () => {
  it("every duty maps to a check that cites its clause, a model element, or a reason", () => {
    const problems = dutyProblems(checks);
    if (problems.length > 0) throw new Error(`${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
  });

  it("lists the six duties of 6(8), and facts with checks for clauses 9 and 10", () => {
    expect(DUTIES.filter((d) => d.clause === "6(8)")).toHaveLength(6);
    for (const clause of ["9", "10"] as const) {
      const [entry] = DUTIES.filter((d) => d.clause === clause);
      expect(entry?.checks?.length).toBeGreaterThan(0);
      expect(entry?.models?.length).toBeGreaterThan(0);
    }
  });

  it("reports a duty with no trace and a check that does not exist", () => {
    expect(dutyProblems([])).toContain(
      'Duty "Select the contractor" of 6(8) names check vendor-selected-with-security-criteria, which does not exist.',
    );
    const lone = DUTIES.find((d) => d.reason !== undefined && d.checks === undefined);
    expect(lone?.clause).toBe("6(8)");
  });

  it("every duty's words are in its clause's text, where the clause's text is held (ignoring elisions)", () => {
    const problems = DUTIES.flatMap((d) => {
      const text = CLAUSES.find((c) => c.id === d.clause)?.text;
      if (text === undefined) return [];
      return d.duty.ja
        .split(/…|、/)
        .filter((part) => part.length >= 4 && !text.replace(/\s/g, "").includes(part.replace(/\s/g, "")))
        .map((part) => `${d.clause}: "${part}" is not in the clause's text`);
    });
    if (problems.length > 0) throw new Error(problems.join("\n"));
  });
});

describe("traceability", () => {
  it("every clause has a trace and no check cites a clause the policy lacks", () => {
    const problems = traceabilityProblems(checks);
    if (problems.length > 0) throw new Error(`${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
    expect(traceClauses(checks)).toHaveLength(CLAUSES.length);
  });

  it("reports a check citing a clause that does not exist", () => {
    const problems = traceabilityProblems([...checks, { meta: { id: "acme/typo", clauses: ["6(10)"] } }]);
    expect(problems.some((p) => p.includes("acme/typo") && p.includes('"6(10)"'))).toBe(true);
  });

  it("reports a clause nothing traces", () => {
    // With no checks, clause 6(4) keeps neither a check, a model element nor an organisational entry.
    expect(traceabilityProblems([]).some((p) => p.startsWith("Clause 6(4) "))).toBe(true);
  });

  it("reports an organisational clause that a check cites", () => {
    const problems = traceabilityProblems([...checks, { meta: { id: "acme/purpose", clauses: ["1"] } }]);
    expect(problems.some((p) => p.startsWith("Clause 1 is marked organisational") && p.includes("acme/purpose"))).toBe(true);
  });

  it("organisational entries name real clauses and give a reason in both languages", () => {
    const problems = Object.entries(ORGANISATIONAL_CLAUSES).flatMap(([id, reason]) => [
      ...(isClauseId(id) ? [] : [`ORGANISATIONAL_CLAUSES names "${id}", which is not a clause. Use an id from src/policy/clauses.ts.`]),
      ...(reason !== undefined && reason.ja.length >= 20 && reason.en.length >= 40
        ? []
        : [
            `The organisational entry of ${id} needs a reason in Japanese and English saying why no check can verify it (src/policy/traceability.ts).`,
          ]),
    ]);
    if (problems.length > 0) throw new Error(problems.join("\n"));
  });

  it("every model element is a real export of the module it names", async () => {
    const problems: string[] = [];
    for (const [clause, elements] of Object.entries(MODEL_ELEMENTS)) {
      if (!isClauseId(clause)) problems.push(`MODEL_ELEMENTS names "${clause}", which is not a clause.`);
      for (const element of elements ?? []) {
        const module = (await import(`../../src/${element.module.replace(/\.ts$/, ".js")}`)) as Record<string, unknown>;
        if (!(element.name in module)) {
          problems.push(
            `MODEL_ELEMENTS["${clause}"] names ${element.name} in src/${element.module}, which does not export it. Fix the entry in src/policy/traceability.ts.`,
          );
        }
      }
    }
    if (problems.length > 0) throw new Error(problems.join("\n"));
  });
});
