/**
 * Evaluates a description file with the default profile and prints the findings. A stand-in for
 * `secpolicy check` until the command line lands.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { evaluate, parseDescription } from "../src/index.js";

const file = process.argv[2] ?? "examples/delivery-spec.yaml";
const parsed = parseDescription(parse(readFileSync(file, "utf8")));
if (!parsed.ok) {
  for (const issue of parsed.issues) console.error(`${file}: ${issue.pointer || "/"}: ${issue.message.ja} / ${issue.message.en}`);
  process.exit(2);
}
const report = evaluate(parsed.value, { evaluationDate: parsed.value.evaluationDate ?? "2026-04-01" });
for (const f of report.results) {
  if (f.outcome === "pass" || f.outcome === "not-applicable") continue;
  console.log(`${f.outcome.padEnd(14)} ${f.severity.padEnd(8)} ${f.checkId} ${f.path}  [${f.clauses.join(", ")}]\n    ${f.message.ja}\n    ${f.message.en}`);
}
const c = report.summary.byOutcome;
console.log(`\nfail ${c.fail}, needs-evidence ${c["needs-evidence"]}, waived ${c.waived}, pass ${c.pass}, not-applicable ${c["not-applicable"]}`);
