/**
 * The counts a report prints add up to its total when a check could not judge a target (fifth
 * review: a crashing check left the text summary two results short, the JSON counted them).
 */
import { expect, it } from "vitest";
import { builtinChecks, defineCheck, evaluate, parseDescription } from "../src/index.js";
import { formatMarkdown } from "../src/report/markdown.js";
import { formatText } from "../src/report/text.js";
import { departmentNamed } from "./support/custom-check.js";
import { description, mynumberSystem } from "./support/fixtures.js";

const crashing = defineCheck({
  ...departmentNamed,
  meta: { ...departmentNamed.meta, id: "acme/crashing" },
  evaluate: () => {
    throw new Error("boom");
  },
});

it("names check errors in the text and Markdown summaries, so the counts add up to the total", () => {
  const parsed = parseDescription(description([mynumberSystem()]));
  if (!parsed.ok) throw new Error("fixture invalid");
  const report = evaluate(parsed.value, { checks: [...builtinChecks, crashing] });
  expect(report.summary.byOutcome.error).toBe(1);
  const text = formatText(report, { locale: "ja", color: false });
  const line = text.split("\n").find((l) => l.startsWith("結果 ")) ?? "";
  const numbers = [...line.matchAll(/ (\d+)(?=、|$)/g)].map((m) => Number(m[1]));
  expect(line).toContain("チェックのエラー 1");
  expect(numbers.reduce((a, b) => a + b, 0)).toBe(report.summary.total);
  expect(formatMarkdown(report, { locale: "en", color: false })).toMatch(/\| check error \| 1 \|/);
});
