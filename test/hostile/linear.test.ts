/**
 * Issue 17, "linear and bounded": inputs that used to take minutes or crash now finish quickly
 * and print a bounded amount. Time bounds are generous (a loaded CI machine) but far below what
 * the quadratic code took.
 */
import { describe, expect, it } from "vitest";
import { parseDescription } from "../../src/input/parse-description.js";
import { editDistance, SUGGEST_MAX_LENGTH, suggest } from "../../src/input/suggest.js";
import { capDiagnostics, type Diagnostic, formatDiagnostic, InputError, MAX_DIAGNOSTICS_PER_FILE } from "../../src/io/diagnostic.js";
import { issuesToDiagnostics } from "../../src/io/issues.js";
import { parseSource } from "../../src/io/parse.js";
import { CliError } from "../../src/cli/context.js";
import { hugeWaiverCheckId, manyDanglingReferences, manyDuplicateIds, manyUnknownKeys } from "./generate.js";

function timed<T>(body: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = body();
  return { value, ms: performance.now() - start };
}

/** Reads, validates and turns issues into diagnostics, as the CLI does. */
function diagnose(text: string): Diagnostic[] {
  try {
    const source = parseSource(text, "big.yaml");
    const parsed = parseDescription(source.value);
    return parsed.ok ? [] : issuesToDiagnostics(source, parsed.issues);
  } catch (error) {
    if (error instanceof InputError) return [...error.diagnostics];
    throw error;
  }
}

describe("did-you-mean is bounded", () => {
  it("gives no suggestion for a huge word, at once", () => {
    const word = "x".repeat(1_000_000);
    const { value, ms } = timed(() => suggest(word, [`${"x".repeat(999_999)}y`, "zone"]));
    expect(value).toBeUndefined();
    expect(ms).toBeLessThan(200);
  });

  it("still suggests for short typos, and up to the length limit", () => {
    expect(suggest("zoen", ["name", "zone"])).toBe("zone");
    const long = "a".repeat(SUGGEST_MAX_LENGTH - 1);
    expect(suggest(`${long}b`, [`${long}c`])).toBe(`${long}c`);
    expect(suggest(`${long}bb`, [`${long}bc`])).toBeUndefined();
  });

  it("compares a bounded number of candidates however long the list", () => {
    const candidates = Array.from({ length: 200_000 }, (_, i) => `system-${String(i).padStart(6, "0")}`);
    const { ms } = timed(() => {
      for (let i = 0; i < 200; i++) suggest(`sytsem-${String(i).padStart(6, "0")}`, candidates);
    });
    expect(ms).toBeLessThan(5_000);
  });

  it("keeps the banded edit distance exact below its limit", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("kitten", "sitting", 2)).toBe(3);
    expect(editDistance("zoen", "zone", 1)).toBe(1);
    expect(editDistance("abcdef", "badcfe", 10)).toBe(3);
  });
});

describe("diagnostics are capped per file", () => {
  const d = (file: string, i: number): Diagnostic => ({ file, code: "x", message: { ja: `${i}`, en: `${i}` } });

  it("keeps the first hundred of each file and counts the rest", () => {
    const list = [...Array.from({ length: 250 }, (_, i) => d("a.yaml", i)), d("b.yaml", 0)];
    const capped = capDiagnostics(list);
    expect(capped).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 2);
    const more = capped.find((x) => x.code === "more-problems");
    expect(more?.file).toBe("a.yaml");
    expect(more?.message.en).toBe("and 150 more problems (only the first 100 are shown)");
    expect(more?.message.ja).toContain("ほかに 150 件");
    // Capping twice changes nothing.
    expect(capDiagnostics(capped)).toEqual(capped);
  });

  it("reports 300,000 diagnostics without overflowing the stack (was error[internal])", () => {
    const many = Array.from({ length: 300_000 }, (_, i) => d("a.yaml", i));
    const error = new CliError(many);
    expect(error.diagnostics).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    expect(error.diagnostics.at(-1)?.omitted).toBe(299_900);
  });
});

describe("big hostile files are linear", () => {
  it("40,000 unknown keys: a hundred located diagnostics and a count, in seconds (was ~115 s and 17 MiB)", () => {
    const { value, ms } = timed(() => diagnose(manyUnknownKeys(40_000)));
    expect(value).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    expect(value[0]).toMatchObject({ code: "unknown-key", line: 3, column: 1 });
    expect(value.at(-1)?.message.en).toContain("and 39900 more problems");
    expect(value.map((d) => formatDiagnostic(d)).join("\n").length).toBeLessThan(100_000);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);

  it("6,000 references to missing systems (was ~143 s)", () => {
    const { value, ms } = timed(() => diagnose(manyDanglingReferences(6_000)));
    expect(value[0]).toMatchObject({ code: "dangling-reference" });
    expect(value.at(-1)?.message.en).toContain("and 5900 more problems");
    expect(ms).toBeLessThan(30_000);
  }, 60_000);

  it("a 1,000,000-character waiver check id is refused quickly and shown cut (was 30–60 s)", () => {
    const { value, ms } = timed(() => diagnose(hugeWaiverCheckId(1_000_000)));
    const text = value.map((d) => formatDiagnostic(d)).join("\n");
    expect(text.length).toBeLessThan(10_000);
    expect(ms).toBeLessThan(10_000);
  }, 60_000);

  it("duplicate ids far past the cap", () => {
    const value = diagnose(manyDuplicateIds(2_000));
    expect(value).toHaveLength(MAX_DIAGNOSTICS_PER_FILE + 1);
    expect(value[0]).toMatchObject({ code: "duplicate-id" });
  }, 60_000);

  it("duplicate keys are still found, located, without yaml's quadratic check", () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join("\n");
    const { value, ms } = timed(() => diagnose(`${keys}\nk7: 2\n`));
    expect(value).toEqual([expect.objectContaining({ code: "duplicate-key", line: 20_001, column: 1 })]);
    expect(value[0]?.message.en).toBe('Key "k7" appears twice in the same mapping');
    expect(ms).toBeLessThan(15_000);
  }, 60_000);
});
