/**
 * Applicability says why: every `when` of a built-in check carries its reason in both languages,
 * and every `not-applicable` result — from a `when` or from declared zones, network models or
 * classes — says which condition the target does not meet.
 */
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../../scripts/check-catalogue.js";
import { describeApplicability } from "../../src/checks/applicability-text.js";
import { type AnyCheck, defineCheck } from "../../src/checks/define-check.js";
import { builtinChecks } from "../../src/checks/index.js";
import { evaluate } from "../../src/builtin.js";
import { SecpolicyError } from "../../src/input/errors.js";
import { parseDescription } from "../../src/input/parse-description.js";
import type { Finding } from "../../src/model/finding.js";
import { hitoyoshiProfile } from "../../src/profiles/hitoyoshi.js";
import { departmentNamed } from "../support/custom-check.js";
import { description, lgwanSystem, mynumberSystem } from "../support/fixtures.js";

const JAPANESE = /[ぁ-んァ-ン一-龯]/;
const withWhen = builtinChecks.filter((c) => c.meta.applicability?.when !== undefined);

describe("every when has its reason", () => {
  it("there are checks with a when", () => {
    expect(withWhen.length).toBeGreaterThan(20);
  });

  it.each(withWhen.map((c) => [c.meta.id, c] as const))("%s states its condition in Japanese and English", (_id, check) => {
    const condition = check.meta.applicability?.condition;
    expect(condition?.ja).toMatch(JAPANESE);
    expect(condition?.en.trim()).not.toBe("");
    expect(condition?.en).not.toMatch(/[ぁ-ん]/);
    const words = describeApplicability(check.meta.target, check.meta.applicability, hitoyoshiProfile);
    expect(words.ja).toContain(`条件：${condition?.ja}`);
    expect(words.en).toContain(`Condition: ${condition?.en}`);
  });

  it("a custom check with a when but no reason is refused by evaluate", () => {
    const silent = defineCheck({
      ...departmentNamed,
      meta: { ...departmentNamed.meta, id: "acme/silent", applicability: { when: () => false } as never },
    });
    const parsed = parseDescription(description([lgwanSystem()]));
    if (!parsed.ok) throw new Error("fixture");
    let error: unknown;
    try {
      evaluate(parsed.value, { checks: [silent] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SecpolicyError);
    expect((error as SecpolicyError).issues.map((i) => [i.code, i.message.en])).toEqual([
      ["invalid-check", expect.stringContaining("applicability.when has no reason") as unknown as string],
    ]);
  });
});

describe("not-applicable results say why", () => {
  const parsed = parseDescription(
    description([mynumberSystem(), lgwanSystem({ zone: undefined })], { connections: [] }) as Record<string, unknown>,
  );

  it("a when condition's result quotes the condition (or the check's own notice)", async () => {
    const entries = await loadCatalogue();
    const seen = new Map<string, Finding[]>();
    for (const { check, table } of entries) {
      if (check === undefined || table === undefined || check.meta.applicability?.when === undefined) continue;
      for (const testCase of [...table.valid, ...table.invalid]) {
        const input = parseDescription(testCase.description);
        if (!input.ok) continue;
        const profile = testCase.profile ?? table.profile;
        const report = evaluate(input.value, {
          checks: [check as AnyCheck],
          evaluationDate: testCase.evaluationDate ?? table.evaluationDate ?? "2026-04-01",
          ...(profile === undefined ? {} : { profile }),
        });
        const na = report.results.filter((f) => f.outcome === "not-applicable" && f.data?.reason === "condition");
        seen.set(check.meta.id, [...(seen.get(check.meta.id) ?? []), ...na]);
      }
    }
    let shown = 0;
    for (const [id, results] of seen) {
      const rules = withWhen.find((c) => c.meta.id === id)?.meta.applicability;
      for (const f of results) {
        const expected = rules?.notice ?? { ja: rules?.condition?.ja ?? "", en: rules?.condition?.en ?? "" };
        expect(f.message.ja, id).toContain(expected.ja);
        expect(f.message.en, id).toContain(expected.en);
        shown++;
      }
    }
    // The tables exercise the conditions of most checks: the words above are really in results.
    expect(shown).toBeGreaterThan(20);
  });

  it("a declared zone says which zones the check is for and where the target is", () => {
    const zoned = builtinChecks.find(
      (c) => c.meta.target === "system" && c.meta.applicability?.zones?.length === 1 && c.meta.applicability.zones[0] === "mynumber",
    );
    if (zoned === undefined || !parsed.ok) throw new Error("fixture");
    const results = evaluate(parsed.value, { checks: [zoned] }).results.filter((f) => f.outcome === "not-applicable");
    expect(results.map((f) => f.message.en)).toEqual(["Applies only to systems in the My Number zone (this system: no zone stated)"]);
    expect(results[0]?.message.ja).toBe("マイナンバー利用事務系のシステムだけに適用される（このシステム：領域の記載なし）");
  });

  it("a declared network model says which models the check is for and the profile's", () => {
    const modelled = builtinChecks.find((c) => c.meta.target === "system" && c.meta.applicability?.networkModels !== undefined);
    if (modelled === undefined || !parsed.ok) throw new Error("fixture");
    const others = (["alpha", "alpha-prime", "beta", "beta-prime"] as const).filter(
      (m) => !modelled.meta.applicability?.networkModels?.includes(m),
    );
    const model = others[0];
    if (model === undefined) throw new Error("fixture");
    const results = evaluate(parsed.value, { checks: [modelled], profile: { ...hitoyoshiProfile, networkModel: model } }).results;
    const na = results.filter((f) => f.outcome === "not-applicable");
    expect(na.length).toBeGreaterThan(0);
    for (const f of na) {
      expect(f.data?.reason).toBe("network-model");
      expect(f.message.en).toMatch(/^Applies only under the .+ model \(the profile's network model: the α'? model\)$/);
      expect(f.message.ja).toContain("を採る場合だけに適用される");
    }
  });
});
