import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import type { Report } from "../../src/model/report.js";
import { ROOT } from "./build.js";
import { runBuiltCli } from "./run-cli.js";

// Each test starts the built command; on a busy machine one start can take seconds.
vi.setConfig({ testTimeout: 30_000 });

/** The demo table of the README: check id, severity, line and clauses of each failure it lists. */
function demoRows(): string[] {
  const readme = readFileSync(`${ROOT}/README.md`, "utf8");
  const block = readme.slice(readme.indexOf("<!-- demo:start -->"), readme.indexOf("<!-- demo:end -->"));
  return block
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| check") && !line.startsWith("|---"))
    .map((line) => {
      const cells = line.split("|").map((cell) => cell.trim());
      return `${cells[1]} ${cells[2]} line ${cells[3]} clauses ${cells[4]}`;
    })
    .sort();
}

describe("README demo", () => {
  it("lists exactly the failures npm start reports for the delivery spec", () => {
    const result = runBuiltCli(["check", "examples/delivery-spec.yaml", "--format", "json", "--exit-zero"]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const failures = report.results
      .filter((f) => f.outcome === "fail")
      .map((f) => `${f.checkId} ${f.severity} line ${f.location?.line} clauses ${f.clauses.join(", ")}`)
      .sort();
    expect(demoRows()).toEqual(failures);
    expect(report.summary.byOutcome["needs-evidence"]).toBe(0);
  });

  it("the compliant inventory has neither failures nor missing evidence", () => {
    const result = runBuiltCli(["check", "examples/inventory.yaml", "--format", "json", "--require-evidence"]);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.results.filter((f) => f.outcome === "fail" || f.outcome === "needs-evidence")).toEqual([]);
    expect(result.code).toBe(0);
  });
});
