import { describe, expect, it } from "vitest";
import { formatDate } from "../../src/engine/dates.js";
import { evaluate } from "../../src/builtin.js";
import { SecpolicyError } from "../../src/input/errors.js";
import { parseDescription } from "../../src/input/parse-description.js";
import { isIsoDate, IsoDate } from "../../src/model/common.js";
import type { Description } from "../../src/model/description.js";
import { Report } from "../../src/model/report.js";
import { Waiver } from "../../src/model/waiver.js";
import { description, lgwanSystem } from "../support/fixtures.js";

const IMPOSSIBLE = [
  "2026-02-31",
  "2026-02-29",
  "2023-02-29",
  "2026-04-31",
  "2026-13-01",
  "2026-00-10",
  "2026-1-01",
  "2026-01-01T00:00:00Z",
  " 2026-01-01",
];
const REAL = ["2026-02-28", "2024-02-29", "2000-02-29", "2026-12-31", "2026-04-30"];

function parsed(extra: Record<string, unknown> = {}): Description {
  const result = parseDescription(description([lgwanSystem()], extra));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function thrown(run: () => unknown): SecpolicyError {
  try {
    run();
  } catch (error) {
    if (error instanceof SecpolicyError) return error;
    throw error;
  }
  throw new Error("did not throw");
}

describe("one date rule", () => {
  it("accepts real calendar dates and refuses impossible ones, in isIsoDate and the IsoDate schema alike", () => {
    for (const date of REAL) {
      expect(isIsoDate(date), date).toBe(true);
      expect(IsoDate.safeParse(date).success, date).toBe(true);
    }
    for (const date of IMPOSSIBLE) {
      expect(isIsoDate(date), date).toBe(false);
      expect(IsoDate.safeParse(date).success, date).toBe(false);
    }
    expect(isIsoDate(20260401)).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });

  it("evaluate refuses an impossible evaluationDate option with a bilingual error naming it (regression: it returned a report failing the Report schema)", () => {
    const error = thrown(() => evaluate(parsed(), { evaluationDate: "2026-02-31" }));
    expect(error.code).toBe("evaluation-date");
    expect(error.localized.en).toContain('options.evaluationDate "2026-02-31" is not a real date');
    expect(error.localized.ja).toContain("実在する日付");
  });

  it("evaluate refuses an impossible date in a description that skipped validation, and says where it came from", () => {
    const unchecked = { ...parsed(), evaluationDate: "2026-04-31" } as Description;
    const error = thrown(() => evaluate(unchecked));
    expect(error.code).toBe("evaluation-date");
    expect(error.localized.en).toContain('evaluationDate "2026-04-31"');
    expect(error.localized.en).not.toContain("options.");
  });

  it("still asks for a date when there is none", () => {
    const { evaluationDate: _, ...undated } = parsed();
    const error = thrown(() => evaluate(undated));
    expect(error.code).toBe("evaluation-date");
    expect(error.localized.en).toContain("Give the evaluation date");
  });

  it("the report of a real date, a leap day, satisfies the Report schema", () => {
    const report = evaluate(parsed(), { evaluationDate: "2028-02-29" });
    expect(report.evaluationDate).toBe("2028-02-29");
    expect(Report.safeParse(report).success).toBe(true);
  });

  it("descriptions and waivers refuse impossible dates through the same rule", () => {
    const result = parseDescription(description([lgwanSystem()], { evaluationDate: "2026-02-30" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => [i.pointer, i.code])).toEqual([["/evaluationDate", "invalid-format"]]);
    const waiver = {
      id: "w1",
      checkId: "x",
      reason: "r",
      requestedBy: "a",
      approvedBy: "b",
      approvedOn: "2026-04-01",
      expiresOn: "2026-09-31",
    };
    const checked = Waiver.safeParse(waiver);
    expect(checked.success).toBe(false);
    expect(checked.error?.issues.map((i) => i.path.join("/"))).toContain("expiresOn");
  });

  it("formatDate leaves a string that is not a real date as it is", () => {
    expect(formatDate("2026-02-31")).toBe("2026-02-31");
    expect(formatDate("2026-02-28")).toBe("2026年2月28日");
  });
});
