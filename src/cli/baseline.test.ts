/** Baselines as pure functions: what is recorded, how findings match (as a multiset), and which files are refused. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "../builtin.js";
import { summarise } from "../engine/evaluate.js";
import { parseDescription } from "../input/parse-description.js";
import { addLocations, locateFindings } from "../io/issues.js";
import { parseSource } from "../io/parse.js";
import type { Finding } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { FINGERPRINT_VERSION } from "../report/fingerprint.js";
import { addFingerprints, baselineOf, baselineText, compareWithBaseline, fingerprintFindings, fingerprintName } from "./baseline.js";
import { parseBaseline } from "./baseline-file.js";

const FILE = "examples/delivery-spec.yaml";

function reportOf(text: string, file = FILE): Report {
  const source = parseSource(text, file);
  const parsed = parseDescription(source.value);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const report = evaluate(parsed.value, { evaluationDate: "2026-04-01", locale: "en" });
  return addFingerprints(locateFindings(report, source), file);
}

const spec = readFileSync(new URL("../../examples/delivery-spec.yaml", import.meta.url), "utf8");
const report = reportOf(spec);
const problems = (r: Report) => r.results.filter((f) => f.outcome === "fail" || f.outcome === "needs-evidence");

describe("fingerprintName", () => {
  it("names stdin, paths inside the working folder relatively, and others as given", () => {
    expect(fingerprintName("-", "/ci/checkout")).toBe("<stdin>");
    expect(fingerprintName("<stdin>", "/ci/checkout")).toBe("<stdin>");
    expect(fingerprintName("/ci/checkout/specs/a.yaml", "/ci/checkout")).toBe("specs/a.yaml");
    expect(fingerprintName("./specs/a.yaml", "/ci/checkout")).toBe("specs/a.yaml");
    expect(fingerprintName("/elsewhere/a.yaml", "/ci/checkout")).toBe("/elsewhere/a.yaml");
    expect(fingerprintName("../a.yaml", "/ci/checkout")).toBe("../a.yaml");
  });
});

describe("addFingerprints", () => {
  it("fingerprints every finding a report points at, with the file", () => {
    const pointed = report.results.filter((f) => f.outcome !== "pass" && f.outcome !== "not-applicable");
    expect(pointed.length).toBeGreaterThan(0);
    for (const f of pointed) expect(f.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    const other = reportOf(spec, "copy/delivery-spec.yaml");
    const mine = new Set(problems(report).map((f) => f.fingerprint));
    for (const f of problems(other)) expect(mine.has(f.fingerprint)).toBe(false);
  });
});

describe("in place, as the command does with the report it owns", () => {
  it("gives the same findings, key order included, as the copying route, which leaves its input alone", () => {
    const source = parseSource(spec, FILE);
    const parsed = parseDescription(source.value);
    if (!parsed.ok) throw new Error("invalid");
    const fresh = () => evaluate(parsed.value, { evaluationDate: "2026-04-01", locale: "en" });
    const original = fresh();
    const before = JSON.stringify(original);
    const copied = addFingerprints(locateFindings(original, source), FILE);
    expect(JSON.stringify(original)).toBe(before);
    const owned = fresh();
    const objects = [...owned.results];
    addLocations(owned.results, source);
    fingerprintFindings(owned.results, FILE);
    expect(owned.results.every((f, i) => f === objects[i])).toBe(true);
    expect(owned.results.some((f) => f.location !== undefined && f.fingerprint !== undefined)).toBe(true);
    expect(JSON.stringify(owned)).toBe(JSON.stringify(copied));
  });
});

describe("baselineOf and baselineText", () => {
  it("records every fail and needs-evidence, readable and sorted, with the fingerprint version", () => {
    const baseline = baselineOf(report);
    expect(baseline.fingerprintVersion).toBe(FINGERPRINT_VERSION);
    expect(baseline.findings).toHaveLength(problems(report).length);
    const keys = baseline.findings.map((e) => [e.file, e.checkId, e.target, e.messageId, e.fingerprint].join("\u0000"));
    expect(keys).toEqual([...keys].sort());
    const first = baseline.findings[0];
    expect(first?.file).toBe(FILE);
    expect(first?.target).toMatch(/^[a-zA-Z]+:/);
  });

  it("gives the same text for the same findings in any order, and has no timestamp", () => {
    const reversed = { ...report, results: [...report.results].reverse() };
    expect(baselineText(baselineOf(reversed))).toBe(baselineText(baselineOf(report)));
    expect(baselineText(baselineOf(report))).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it("leaves out waived and error results", () => {
    const base = problems(report)[0] as Finding;
    const odd: Report = {
      ...report,
      results: [
        { ...base, outcome: "waived", fingerprint: "0000000000000001" },
        { ...base, outcome: "error", fingerprint: "0000000000000002" },
      ],
    };
    expect(baselineOf(odd).findings).toEqual([]);
  });
});

describe("compareWithBaseline", () => {
  it("finds nothing new against its own baseline, and recounts the summary", () => {
    const compared = compareWithBaseline(report, baselineOf(report), "b.json");
    expect(compared.baseline).toMatchObject({ file: "b.json", new: 0, unchanged: problems(report).length, absent: 0 });
    // The worst of what is left out is stated, so no format can read as clean over a critical known finding.
    expect(compared.baseline?.unchangedWorst).toBe(
      problems(report).some((f) => f.severity === "critical") ? "critical" : compared.baseline?.unchangedWorst,
    );
    expect(problems(compared)).toEqual([]);
    expect(compared.summary).toEqual(summarise(compared.results));
    expect(compared.summary.byOutcome.pass).toBe(report.summary.byOutcome.pass);
  });

  it("counts identical fingerprints as a multiset: two entries absorb two findings, a third is new", () => {
    const one = problems(report)[0] as Finding;
    const twice: Report = { ...report, results: [one, one, one], summary: summarise([one, one, one]) };
    const baseline = baselineOf({ ...report, results: [one, one] });
    expect(baseline.findings).toHaveLength(2);
    const compared = compareWithBaseline(twice, baseline, "b.json");
    expect(compared.baseline).toMatchObject({ new: 1, unchanged: 2, absent: 0 });
    expect(compared.results).toEqual([{ ...one, baselineState: "new" }]);
    expect(compared.summary.total).toBe(1);
    const fewer = compareWithBaseline({ ...twice, results: [one] }, baseline, "b.json");
    expect(fewer.baseline).toMatchObject({ new: 0, unchanged: 1, absent: 1 });
  });

  it("marks what remains as new and counts entries that went away as absent", () => {
    const [gone, ...rest] = problems(report);
    const baseline = baselineOf({ ...report, results: rest });
    const compared = compareWithBaseline(
      report,
      { ...baseline, findings: [...baseline.findings, { ...baselineOf(report).findings[0]!, fingerprint: "ffffffffffffffff" }] },
      "b.json",
    );
    expect(compared.baseline).toMatchObject({ new: 1, unchanged: rest.length, absent: 1 });
    expect(problems(compared)).toEqual([{ ...gone, baselineState: "new" }]);
  });

  it("never absorbs an error result, even with a matching fingerprint", () => {
    const one = problems(report)[0] as Finding;
    const error: Finding = { ...one, outcome: "error" };
    const compared = compareWithBaseline({ ...report, results: [error] }, baselineOf({ ...report, results: [one] }), "b.json");
    expect(compared.results).toEqual([{ ...error, baselineState: "new" }]);
    expect(compared.baseline).toMatchObject({ new: 1, unchanged: 0, absent: 1 });
  });
});

describe("parseBaseline", () => {
  const sourceOf = (text: string, file = "b.json") => parseSource(text, file);

  it("reads back what baselineText wrote", () => {
    const text = baselineText(baselineOf(report));
    const parsed = parseBaseline(sourceOf(text));
    expect(parsed).toEqual({ ok: true, value: baselineOf(report) });
  });

  it("refuses a foreign JSON file (a report) with located ja/en errors and the way out", () => {
    const parsed = parseBaseline(sourceOf(JSON.stringify(report, null, 2), "report.json"));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const first = parsed.diagnostics[0];
    expect(first?.file).toBe("report.json");
    expect(first?.line).toBeGreaterThan(0);
    expect(first?.message.ja).toContain("ベースラインのファイルとして読めない");
    expect(first?.message.en).toContain("Not a usable baseline file");
    expect(first?.hint?.en).toContain("--write-baseline");
  });

  it("refuses a malformed entry at its line", () => {
    const text = baselineText(baselineOf(report)).replace(/"fingerprint": "[0-9a-f]+"/, '"fingerprint": "xyz"');
    const parsed = parseBaseline(sourceOf(text));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.diagnostics[0]).toMatchObject({ file: "b.json", line: 8, pointer: "/findings/0/fingerprint" });
  });

  it("refuses another fingerprint version at its line, saying to write it again", () => {
    const text = baselineText(baselineOf(report)).replace(FINGERPRINT_VERSION, "secpolicyFinding/v1");
    const parsed = parseBaseline(sourceOf(text));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.diagnostics).toEqual([
      expect.objectContaining({ code: "baseline-fingerprint-version", file: "b.json", line: 5, pointer: "/fingerprintVersion" }),
    ]);
    expect(parsed.diagnostics[0]?.message.en).toContain("secpolicyFinding/v1");
    expect(parsed.diagnostics[0]?.hint?.ja).toContain("--write-baseline");
  });
});
