/**
 * The systems the policy judges are read once per evaluation (kept by the evaluation's index), and read again for a new
 * evaluation: a description changed in place between two evaluations is not judged by an old reading.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../builtin.js";
import type { Description } from "../model/description.js";
import { hitoyoshiProfile } from "../profiles/hitoyoshi.js";
import { judgedSet } from "./shared.js";

describe("judgedSet", () => {
  const description = {
    evaluationDate: "2026-04-01",
    systems: [
      { id: "a", name: "A", zone: "lgwan", ownerBody: "市長部局" },
      { id: "b", name: "B", zone: "lgwan", ownerBody: "球磨広域行政組合" },
    ],
  } as unknown as Description;

  it("reads once per index and again for another", () => {
    const index = {};
    const first = judgedSet({ description, profile: hitoyoshiProfile, index });
    expect([...first].map((s) => s.id)).toEqual(["a"]);
    expect(judgedSet({ description, profile: hitoyoshiProfile, index })).toBe(first);
    (description.systems[1] as { ownerBody: string }).ownerBody = "市長部局";
    expect([...judgedSet({ description, profile: hitoyoshiProfile, index: {} })].map((s) => s.id)).toEqual(["a", "b"]);
  });

  it("is read anew by each evaluation", () => {
    const d = structuredClone(description) as Description & { systems: { ownerBody: string }[] };
    d.systems[1]!.ownerBody = "球磨広域行政組合";
    const outside = (r: ReturnType<typeof evaluate>) => (r.systemsOutsideScope ?? []).map((s) => s.id);
    expect(outside(evaluate(d))).toEqual(["b"]);
    d.systems[1]!.ownerBody = "市長部局";
    expect(outside(evaluate(d))).toEqual([]);
  });
});
