/** Every clause of the policy is traced (docs/domain.md §1): cited by a check, implemented by a model element, structural, or organisational with a reason. */
import { describe, expect, it } from "vitest";
import { checksOf, loadCatalogue } from "../../scripts/check-catalogue.js";
import { CLAUSES, isClauseId } from "../../src/policy/clauses.js";
import { MODEL_ELEMENTS, ORGANISATIONAL_CLAUSES, traceabilityProblems, traceClauses } from "../../src/policy/traceability.js";

const checks = checksOf(await loadCatalogue());

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
    const problems = traceabilityProblems([...checks, { meta: { id: "acme/standards-exist", clauses: ["9"] } }]);
    expect(problems.some((p) => p.startsWith("Clause 9 is marked organisational") && p.includes("acme/standards-exist"))).toBe(true);
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
