import { readFileSync } from "node:fs";
import { validateXML } from "xmllint-wasm";
import { describe, expect, it } from "vitest";
import { evaluationDateNotes, headingNotes } from "./shared.js";
import { evaluatedReport, failedRunReport, handBuiltReport } from "../../test/support/reports.js";
import { formatJunit, xmlAttr, xmlText } from "./junit.js";

/** The Ant JUnit XSD, copied into the repository (see test/fixtures/external-schemas/README.md). */
const XSD = readFileSync(new URL("../../test/fixtures/external-schemas/junit.xsd", import.meta.url), "utf8");

/** libxml2's schema validation, compiled to WebAssembly (xmllint-wasm): no system xmllint needed. */
async function xmllint(xml: string): Promise<{ valid: boolean; errors: string }> {
  const result = await validateXML({ xml: [{ fileName: "report.xml", contents: xml }], schema: [XSD] });
  return { valid: result.valid, errors: result.rawOutput };
}

const junit = (report = handBuiltReport(), locale: "ja" | "en" = "ja") => formatJunit(report, { locale, color: false });

/** The attributes of every element with this name, in document order (enough for our own output). */
function elements(xml: string, name: string): Record<string, string>[] {
  return [...xml.matchAll(new RegExp(`<${name}((?:\\s+[\\w-]+="[^"]*")*)\\s*/?>`, "g"))].map((m) =>
    Object.fromEntries([...(m[1] ?? "").matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );
}

describe("junit format", () => {
  describe("validates against the JUnit XSD with libxml2 (xmllint-wasm)", () => {
    for (const [name, make] of [
      ["evaluated", evaluatedReport],
      ["hand-built", handBuiltReport],
      ["failed-run", failedRunReport],
    ] as const) {
      for (const locale of ["ja", "en"] as const) {
        it(`${name} report (${locale})`, async () => {
          const result = await xmllint(junit(make(), locale));
          expect(result.errors).toContain("validates");
          expect(result.valid).toBe(true);
        });
      }
    }

    it("a report with heading notes (their suite of skipped cases)", async () => {
      const noted = { ...handBuiltReport(), checksNotRun: ["mynumber-terminal-mfa"], municipalityNotDescribed: ["csirt-established"] };
      const xml = junit(noted);
      expect(xml).toContain('classname="secpolicy/notes"');
      expect((await xmllint(xml)).valid).toBe(true);
    });

    it("an empty report", async () => {
      const empty = { ...handBuiltReport(), results: [], unusedWaivers: [] };
      expect((await xmllint(junit(empty))).valid).toBe(true);
    });

    it("and the validator does reject a broken document", async () => {
      const broken = await xmllint(`<?xml version="1.0"?>\n<testsuites><testsuite name="x"/></testsuites>\n`);
      expect(broken.valid).toBe(false);
      expect(broken.errors).toMatch(/testsuite/);
    });
  });

  it("has one test suite per check and one test case per check × target", () => {
    const report = evaluatedReport();
    const xml = junit(report);
    const checks = [...new Set(report.results.map((f) => f.checkId))].sort();
    // The heading notes (the description's own evaluation date, what the run did not judge) follow as one suite of skipped cases.
    const notes = [...evaluationDateNotes(report, "ja"), ...headingNotes(report, "ja")];
    const suites = elements(xml, "testsuite").map((s) => s.name);
    expect(suites).toEqual(notes.length === 0 ? checks : [...checks, "secpolicy/notes"]);
    expect(elements(xml, "testsuite").map((s) => s.id)).toEqual(suites.map((_, i) => String(i)));
    const pairs = new Set(report.results.map((f) => `${f.checkId} ${f.target.path}`));
    expect(elements(xml, "testcase")).toHaveLength(pairs.size + notes.length);
  });

  it("counts failures (fail and needs-evidence) and skips (waived and not-applicable) per suite", () => {
    const xml = junit();
    const suites = Object.fromEntries(elements(xml, "testsuite").map((s) => [s.name, s]));
    expect(suites["lgwan-internet-sanitised"]).toMatchObject({ tests: "1", failures: "1", errors: "0", skipped: "0" });
    expect(suites["mynumber-terminal-mfa"]).toMatchObject({ tests: "2", failures: "0", skipped: "2" });
    expect(suites["acme/backup-encrypted"]).toMatchObject({ tests: "2", failures: "1", skipped: "0" });
    expect(elements(xml, "failure").map((f) => f.type)).toEqual(["fail", "needs-evidence", "fail", "needs-evidence"]);
    expect(xml).toContain('name="juki (/systems/0)"');
    expect(xml).toContain('classname="mynumber-terminal-mfa"');
  });

  it("takes the worst outcome of a check × target and lists every finding in the failure text", () => {
    const xml = junit(evaluatedReport(), "en");
    const link = xml.slice(xml.indexOf('<testcase classname="mynumber-connections-restricted" name="juki-link'));
    const failure = link.slice(0, link.indexOf("</testcase>"));
    expect(failure).toContain('<failure type="fail"');
    // Each finding with its own severity (the suite's property is the check's default).
    expect(failure.match(/\[needs evidence, [a-z]+\]/g)).toHaveLength(2);
    expect(failure.match(/\[fail, [a-z]+\]/g)).toHaveLength(1);
  });

  it("names the waiver in the skip message and the reason for not-applicable", () => {
    const skipped = elements(junit(), "skipped").map((s) => s.message);
    expect(skipped[0]).toContain("例外適用");
    expect(skipped[0]).toContain("決裁-2026-014");
    expect(skipped[1]).toBe("対象外: 領域 lgwan には適用されない");
  });

  it("escapes markup and neutralises characters XML cannot carry", () => {
    expect(xmlText('a<b>&"c"')).toBe('a&lt;b&gt;&amp;"c"');
    expect(xmlAttr('a<b>&"c"\n\t\r')).toBe("a&lt;b&gt;&amp;&quot;c&quot;&#10;&#9;&#13;");
    expect(xmlText("x\u0001y\u001bz\uffff")).toBe("x\\u0001y\\u001bz\\uffff");
    expect(xmlText("lone \ud800 surrogate, pair 😀")).toBe("lone \\ud800 surrogate, pair 😀");
    const xml = junit();
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test asserts that no control character remains
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).not.toContain("<script>");
  });

  it("turns each input error of a failed run into an errored test case", () => {
    const xml = junit(failedRunReport(), "en");
    expect(elements(xml, "testsuite")).toEqual([
      expect.objectContaining({ name: "secpolicy/input", tests: "3", failures: "0", errors: "3", skipped: "0" }),
    ]);
    expect(elements(xml, "testcase").map((c) => c.name)).toEqual(["examples/spec file.yaml:3:5", "&lt;stdin&gt;", "secpolicy check"]);
    expect(elements(xml, "error").map((e) => e.type)).toEqual(["unknown-key", "not-utf8", "evaluation-date-mismatch"]);
    expect(xml).toContain('examples/spec file.yaml:3:5: Unknown field "zonee"\n/systems/0/zonee\nDid you mean "zone"?</error>');
  });

  it("is deterministic: no clock, no host", () => {
    const xml = junit();
    expect(xml).toBe(junit());
    expect(elements(xml, "testsuite")[0]).toMatchObject({ timestamp: "2026-04-01T00:00:00", hostname: "localhost", time: "0" });
  });
});

describe("junit suites' severity", () => {
  it("names the worst severity of a suite's problems beside the check's own (sixty-fourth review)", () => {
    const report = handBuiltReport();
    const xml = junit(report);
    expect(xml).toContain('name="worstSeverity"');
    for (const check of report.checks) {
      const problems = report.results.filter((f) => f.checkId === check.id && (f.outcome === "fail" || f.outcome === "needs-evidence"));
      const suite = xml.slice(
        xml.indexOf(`<testsuite name="${check.id}"`),
        xml.indexOf("</testsuite>", xml.indexOf(`<testsuite name="${check.id}"`)),
      );
      const order = ["critical", "high", "medium", "low"];
      const worst = order.find((s) => problems.some((f) => f.severity === s));
      if (worst === undefined) expect(suite).not.toContain('name="worstSeverity"');
      else expect(suite).toContain(`<property name="worstSeverity" value="${worst}"/>`);
    }
  });
});
