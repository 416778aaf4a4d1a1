import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { evaluate, parseDescription } from "../src/index.js";

const example = (file: string) => {
  const parsed = parseDescription(parse(readFileSync(new URL(`../examples/${file}`, import.meta.url), "utf8")));
  if (!parsed.ok) throw new Error(`examples/${file} is invalid`);
  return parsed.value;
};

describe("evaluate's results option", () => {
  for (const file of ["delivery-spec.yaml", "inventory.yaml"]) {
    it(`lists only problems but counts everything the same (${file})`, () => {
      const description = example(file);
      const all = evaluate(description);
      const problems = evaluate(description, { results: "problems" });
      expect(problems.summary).toEqual(all.summary);
      expect(problems.results).toEqual(
        all.results.filter((r) => r.outcome === "fail" || r.outcome === "needs-evidence" || r.outcome === "waived"),
      );
      expect(all.results.some((r) => r.outcome === "pass")).toBe(true);
    });
  }

  it("freezes what results share, so one report cannot change another", () => {
    const description = example("delivery-spec.yaml");
    const first = evaluate(description);
    const text = JSON.stringify(evaluate(description));
    const pass = first.results.find((r) => r.outcome === "pass");
    expect(pass).toBeDefined();
    expect(() => {
      (pass!.clauses as string[]).push("1");
    }).toThrow(TypeError);
    expect(() => {
      pass!.message.ja = "changed";
    }).toThrow(TypeError);
    expect(JSON.stringify(evaluate(description))).toBe(text);
  });
});
