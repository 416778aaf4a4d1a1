import { describe, expect, it } from "vitest";
import { evaluatedReport, failedRunReport } from "../../test/support/reports.js";
import type { Finding } from "../model/finding.js";
import { annotation, escapeData, escapeProperty, formatGithub } from "./github.js";
import { evaluationDateNotes, headingNotes } from "./shared.js";
import { formatReport } from "./index.js";

describe("github format", () => {
  it("escapes messages and properties the way GitHub's toolkit does", () => {
    expect(escapeData("100% done\r\nnext")).toBe("100%25 done%0D%0Anext");
    expect(escapeProperty("a,b:c%\n")).toBe("a%2Cb%3Ac%25%0A");
    // % is escaped first, so a text that already looks escaped stays literal.
    expect(escapeData("%0A")).toBe("%250A");
  });

  it("annotates each fail, needs-evidence and error result on one line, and nothing else", () => {
    const report = evaluatedReport();
    const text = formatReport(report, "github", { locale: "en" });
    expect(text).toBe(formatGithub(report, { locale: "en" }));
    const lines = text.trimEnd().split("\n");
    const listed = report.results.filter((f) => ["fail", "needs-evidence", "error"].includes(f.outcome));
    expect(listed.length).toBeGreaterThan(0);
    // The heading notes (the description's own evaluation date, what the run did not judge) come first, a notice each.
    const notes = [...evaluationDateNotes(report, "en"), ...headingNotes(report, "en")];
    expect(evaluationDateNotes(report, "en")).toHaveLength(report.evaluationDateSource === "description" ? 1 : 0);
    expect(lines).toHaveLength(notes.length + listed.length + 1);
    expect(lines.slice(0, notes.length).every((l) => l.startsWith("::notice title=secpolicy::"))).toBe(true);
    expect(lines.slice(0, -1).every((l) => /^::(error|warning|notice) .*title=[^,:]+::/.test(l))).toBe(true);
    expect(lines.at(-1)).not.toMatch(/^::/);
  });

  it("maps severities to commands, capping needs-evidence at warning", () => {
    const base = evaluatedReport().results.find((f) => f.outcome === "fail") as Finding;
    const at = { file: "a b,c.yaml", line: 3, column: 7 };
    const line = (severity: Finding["severity"], outcome: Finding["outcome"]) =>
      annotation({ ...base, severity, outcome, location: at, message: { ja: "一\n二", en: "one\ntwo" } }, "en");
    expect(line("critical", "fail")).toMatch(/^::error file=a b%2Cc\.yaml,line=3,col=7,title=/);
    expect(line("medium", "fail")).toMatch(/^::warning /);
    expect(line("low", "fail")).toMatch(/^::notice /);
    expect(line("critical", "needs-evidence")).toMatch(/^::warning /);
    expect(line("low", "error")).toMatch(/^::error /);
    // A line break inside a message is shown, not obeyed; the one before the remediation is escaped.
    expect(line("high", "fail")).toContain("one\\ntwo");
    expect(base.remediation).toBeDefined();
    expect(line("high", "fail")).toContain("%0AWhat to do: ");
    expect(line("high", "fail")).not.toMatch(/\n/);
    const { location: _drop, ...unlocated } = base;
    expect(annotation(unlocated, "ja")).toMatch(/^::\w+ title=/);
  });

  it("annotates the input errors of a run that could not evaluate", () => {
    const report = failedRunReport();
    const lines = formatGithub(report, { locale: "ja" }).trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("::error "))).toHaveLength(report.errors?.length ?? 0);
    expect(report.errors?.length).toBeGreaterThan(0);
  });
});
