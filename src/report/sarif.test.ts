import { readFileSync } from "node:fs";
import AjvDraft04 from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { evaluatedReport, failedRunReport, handBuiltReport } from "../../test/support/reports.js";
import { fnv1a64 } from "./fingerprint.js";
import { FINGERPRINT_KEY, fileUri, formatSarif } from "./sarif.js";

/** The official schema, copied into the repository (see test/fixtures/external-schemas/README.md). */
const schemaFile = new URL("../../test/fixtures/external-schemas/sarif-schema-2.1.0.json", import.meta.url);
const schema = JSON.parse(readFileSync(schemaFile, "utf8").replace(/^\uFEFF/, "")) as object;

/** Real checks for the formats the SARIF schema uses, so a malformed URI fails the test. */
// A CommonJS package: under NodeNext the default import is module.exports, whose `default` is the class.
const Ajv04 = AjvDraft04.default;
const ajv = new Ajv04({ allErrors: true, strict: false });
ajv.addFormat("uri", (s: string) => URL.canParse(s));
ajv.addFormat("uri-reference", (s: string) => URL.canParse(s, "file:///base/") && !/[\s\\]/.test(s));
ajv.addFormat("date-time", (s: string) => !Number.isNaN(Date.parse(s)));
const validate = ajv.compile(schema);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  kind: string;
  message: { text: string };
  locations: {
    physicalLocation?: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
    logicalLocations: { fullyQualifiedName: string; name: string }[];
  }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; status: string; justification: string }[];
  codeFlows?: { threadFlows: { locations: { importance: string; location: { logicalLocations: { name: string }[] } }[] }[] }[];
  properties: Record<string, unknown>;
}
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; name: string; properties: Record<string, unknown>; help: { text: string } }[] } };
    language: string;
    results: SarifResult[];
  }[];
}

const sarif = (report = handBuiltReport(), locale: "ja" | "en" = "ja") =>
  JSON.parse(formatSarif(report, { locale, color: false })) as SarifLog;

describe("sarif format", () => {
  it("is checked by a validator that rejects a broken log", () => {
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(
      validate({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, level: "fatal" }] }] }),
    ).toBe(false);
  });

  for (const [name, make] of [
    ["evaluated", evaluatedReport],
    ["hand-built", handBuiltReport],
    ["failed-run", failedRunReport],
  ] as const) {
    for (const locale of ["ja", "en"] as const) {
      it(`is valid SARIF 2.1.0 for the ${name} report (${locale})`, () => {
        const log = sarif(make(), locale);
        expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
        expect(log.runs[0]!.language).toBe(locale);
      });
    }
  }

  it("has one rule per check in the report, with clauses, threats, basis, area and severity", () => {
    const report = handBuiltReport();
    const run = sarif(report).runs[0]!;
    const ids = [...new Set(report.results.map((f) => f.checkId))].sort();
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(ids);
    const custom = run.tool.driver.rules.find((r) => r.id === "acme/backup-encrypted")!;
    expect(custom.name).toBe("AcmeBackupEncrypted");
    expect(custom.properties).toMatchObject({
      clauses: ["6(6)"],
      threats: ["T1", "T2"],
      basis: "practice",
      area: "technical",
      severity: "medium",
    });
    // The custom check's title comes from its pass result; practice is never called the policy.
    expect(custom.help.text).toContain("バックアップを暗号化すること");
    expect(custom.help.text).toContain("推奨される運用（基本方針の文言ではない）");
    const builtin = run.tool.driver.rules.find((r) => r.id === "lgwan-internet-sanitised")!;
    expect(builtin.help.text).toContain("6(3)② LGWAN接続系");
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
  });

  it("reports fail, needs-evidence and waived only, each with a level", () => {
    const report = handBuiltReport();
    const results = sarif(report).runs[0]!.results;
    expect(results).toHaveLength(report.results.filter((f) => ["fail", "needs-evidence", "waived"].includes(f.outcome)).length);
    const by = (id: string) => results.find((r) => r.ruleId === id)!;
    expect(by("lgwan-internet-sanitised").level).toBe("error"); // critical fail
    expect(by("acme/backup-encrypted").level).toBe("warning"); // medium fail
    expect(by("zone-declared").level).toBe("warning"); // high, but needs-evidence: capped at warning
    expect(by("acme/inventory-complete").level).toBe("note"); // low needs-evidence
    expect(by("zone-declared").message.text.startsWith("証跡不足: ")).toBe(true);
    for (const r of results) expect(r.kind).toBe("fail");
  });

  it("marks waived results as externally suppressed with the waiver's justification", () => {
    const waived = sarif().runs[0]!.results.find((r) => r.ruleId === "mynumber-terminal-mfa")!;
    expect(waived.level).toBe("error");
    expect(waived.suppressions).toHaveLength(1);
    expect(waived.suppressions![0]).toMatchObject({ kind: "external", status: "accepted" });
    expect(waived.suppressions![0]!.justification).toContain("決裁-2026-014");
    expect(waived.suppressions![0]!.justification).toContain("生体認証装置の納品待ち");
    for (const r of sarif().runs[0]!.results.filter((x) => x.ruleId !== "mynumber-terminal-mfa")) expect(r.suppressions).toBeUndefined();
  });

  it("locates results physically when known and always logically by JSON pointer", () => {
    const results = sarif().runs[0]!.results;
    const located = results.find((r) => r.ruleId === "lgwan-internet-sanitised")!.locations[0]!;
    expect(located.physicalLocation).toEqual({
      artifactLocation: { uri: "examples/delivery-spec.yaml" },
      region: { startLine: 12, startColumn: 5 },
    });
    expect(located.logicalLocations[0]!.fullyQualifiedName).toBe("/connections/0/sanitisation");
    const windows = results.find((r) => r.ruleId === "acme/backup-encrypted")!.locations[0]!;
    expect(windows.physicalLocation!.artifactLocation.uri).toBe("examples/spec%20file.yaml");
    const unlocated = results.find((r) => r.ruleId === "zone-declared")!.locations[0]!;
    expect(unlocated.physicalLocation).toBeUndefined();
    expect(unlocated.logicalLocations[0]).toMatchObject({ fullyQualifiedName: "/systems/2/zone", name: "zone" });
  });

  it("writes the message in the chosen language and keeps the other in properties", () => {
    const ja = sarif(handBuiltReport(), "ja").runs[0]!.results.find((r) => r.ruleId === "lgwan-internet-sanitised")!;
    const en = sarif(handBuiltReport(), "en").runs[0]!.results.find((r) => r.ruleId === "lgwan-internet-sanitised")!;
    expect(ja.message.text).toContain("無害化せずに");
    expect(ja.properties["message.en"]).toContain("without sanitisation");
    expect(en.message.text).toContain("without sanitisation");
    expect(en.properties["message.ja"]).toContain("無害化せずに");
  });

  it("turns a network path into a code flow, marking hops that must change", () => {
    const flow = sarif().runs[0]!.results.find((r) => r.ruleId === "lgwan-internet-sanitised")!.codeFlows![0]!.threadFlows[0]!;
    expect(flow.locations.map((l) => l.location.logicalLocations[0]!.name)).toEqual(["web-mail", "groupware"]);
    expect(flow.locations.map((l) => l.importance)).toEqual(["essential", "important"]);
  });

  it("gives stable fingerprints that ignore the locale, the outcome and the target's position", () => {
    const report = handBuiltReport();
    const fp = (log: SarifLog, id: string) => log.runs[0]!.results.find((r) => r.ruleId === id)!.partialFingerprints[FINGERPRINT_KEY];
    const base = sarif(report, "ja");
    expect(fp(base, "lgwan-internet-sanitised")).toMatch(/^[0-9a-f]{16}$/);
    expect(fp(sarif(report, "en"), "lgwan-internet-sanitised")).toBe(fp(base, "lgwan-internet-sanitised"));
    const moved = {
      ...report,
      results: report.results.map((f) =>
        f.checkId === "mynumber-terminal-mfa" && f.outcome === "waived"
          ? {
              ...f,
              outcome: "fail" as const,
              waiver: undefined,
              target: { ...f.target, path: "/systems/7" },
              path: "/systems/7/terminalGroups/0",
            }
          : f,
      ),
    };
    expect(fp(sarif(moved), "mynumber-terminal-mfa")).toBe(fp(base, "mynumber-terminal-mfa"));
    const hashes = base.runs[0]!.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it("says whether the run could evaluate its inputs", () => {
    const ok = JSON.parse(formatSarif(handBuiltReport(), { locale: "ja", color: false }));
    expect(ok.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
  });

  it("reports the input errors of a failed run as located tool execution notifications", () => {
    const log = JSON.parse(formatSarif(failedRunReport(), { locale: "en", color: false }));
    const run = log.runs[0];
    expect(run.results).toEqual([]);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    const [located, stdin, usage] = run.invocations[0].toolExecutionNotifications;
    expect(located).toMatchObject({
      level: "error",
      descriptor: { id: "unknown-key" },
      message: { text: 'Unknown field "zonee" (Did you mean "zone"?)' },
      locations: [
        { physicalLocation: { artifactLocation: { uri: "examples/spec%20file.yaml" }, region: { startLine: 3, startColumn: 5 } } },
      ],
      properties: { file: "examples/spec file.yaml", pointer: "/systems/0/zonee", "message.ja": '不明な項目 "zonee"' },
    });
    expect(stdin.locations).toBeUndefined();
    expect(stdin.properties.file).toBe("<stdin>");
    expect(usage.descriptor.id).toBe("evaluation-date-mismatch");
    expect(usage.locations).toBeUndefined();
  });

  it("hashes with FNV-1a 64 (published test vectors)", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });

  it("turns file paths into URI references", () => {
    expect(fileUri("examples/a.yaml")).toBe("examples/a.yaml");
    expect(fileUri("./examples/a.yaml")).toBe("examples/a.yaml");
    expect(fileUri("dir\\sub dir\\a#1.yaml")).toBe("dir/sub%20dir/a%231.yaml");
    expect(fileUri("/srv/spec.yaml")).toBe("file:///srv/spec.yaml");
    expect(fileUri("C:\\specs\\仕様.yaml")).toBe("file:///C:/specs/%E4%BB%95%E6%A7%98.yaml");
    expect(fileUri("a:b.yaml")).toBe("a%3Ab.yaml");
  });

  it("lists no results, but every rule, for a report without problems", () => {
    const report = evaluatedReport();
    const clean = { ...report, results: report.results.filter((f) => f.outcome === "pass" || f.outcome === "not-applicable") };
    const log = sarif(clean);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules.length).toBeGreaterThan(0);
  });
});
