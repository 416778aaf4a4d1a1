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
interface SarifRule {
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri?: string;
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
    // The custom check's title comes from the report's checks; practice is never called the policy.
    expect(custom.help.text).toContain("バックアップを暗号化すること");
    expect(custom.help.text).toContain("推奨される運用（基本方針の文言ではない）");
    const builtin = run.tool.driver.rules.find((r) => r.id === "lgwan-internet-sanitised")!;
    expect(builtin.help.text).toContain("6(3)② LGWAN接続系");
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
  });

  it("gives each result the clauses of its own finding, which may be fewer than its rule's", () => {
    const report = handBuiltReport();
    const wide = report.results.findIndex((f) => f.outcome === "fail" && f.clauses.length > 1);
    expect(wide).toBeGreaterThanOrEqual(0);
    const narrowed = report.results.map((f, i) => (i === wide ? { ...f, clauses: f.clauses.slice(1) } : f));
    const run = sarif({ ...report, results: narrowed }).runs[0]!;
    const listed = narrowed.filter((f) => ["fail", "needs-evidence", "waived"].includes(f.outcome));
    expect(run.results.map((r) => r.properties.clauses)).toEqual(listed.map((f) => f.clauses));
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
    // A missing fact is for a person to review; fails and waived failures are failures.
    for (const r of results) expect(r.kind).toBe(r.properties.outcome === "needs-evidence" ? "review" : "fail");
    expect(by("zone-declared").kind).toBe("review");
    expect(by("lgwan-internet-sanitised").kind).toBe("fail");
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
      artifactLocation: { uri: "examples/delivery-spec.yaml", uriBaseId: "%SRCROOT%" },
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
        {
          physicalLocation: {
            artifactLocation: { uri: "examples/spec%20file.yaml", uriBaseId: "%SRCROOT%" },
            region: { startLine: 3, startColumn: 5 },
          },
        },
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

  it("describes a custom check by its own metadata, not by its results", () => {
    // Only the fail is listed (problems mode): no pass result carries the title any more.
    const base = handBuiltReport();
    const report = { ...base, results: base.results.filter((f) => f.outcome !== "pass") };
    for (const locale of ["ja", "en"] as const) {
      const log = sarif(report, locale);
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
      const rule = log.runs[0]!.tool.driver.rules.find((r) => r.id === "acme/backup-encrypted") as unknown as SarifRule;
      const title = locale === "ja" ? "バックアップを暗号化すること" : "Backups must be encrypted";
      expect(rule.shortDescription.text).toBe(title);
      expect(rule.fullDescription.text).toBe(
        locale === "ja"
          ? "持ち出されたバックアップ媒体から情報が漏れないよう、暗号化して保管する"
          : "Backups are stored encrypted so that a lost backup medium leaks nothing",
      );
      expect(rule.help.text).toContain(locale === "ja" ? "対応: バックアップを暗号化すること" : "What to do: Encrypt the backup");
      expect(rule.help.text).toContain(locale === "ja" ? "推奨される運用" : "recommended practice");
      expect(rule.helpUri).toBe("https://acme.example/secpolicy/backup-encrypted");
      expect(rule.properties).toMatchObject({ origin: "custom", version: "2.0.1" });
    }
  });

  it("links every built-in rule to its docs page for this version, and the tool to its home page", () => {
    const log = JSON.parse(formatSarif(evaluatedReport(), { locale: "en", color: false }));
    const driver = log.runs[0].tool.driver;
    expect(driver.informationUri).toBe("https://github.com/hitoyoshi-secpolicy/hitoyoshi-secpolicy#readme");
    expect(driver.rules.length).toBeGreaterThan(0);
    for (const rule of driver.rules) {
      expect(rule.helpUri).toBe(
        `https://github.com/hitoyoshi-secpolicy/hitoyoshi-secpolicy/blob/v${driver.version}/docs/checks/${rule.id}.md`,
      );
    }
  });

  it("lists a rule for every check that ran, also one with nothing listed", () => {
    const report = evaluatedReport();
    const problems = { ...report, results: report.results.filter((f) => f.outcome !== "pass" && f.outcome !== "not-applicable") };
    const rules = sarif(problems).runs[0]!.tool.driver.rules.map((r) => r.id);
    expect(rules).toEqual(report.checks.map((c) => c.id));
  });

  it("names the analysis in automationDetails: by profile by default, or as given", () => {
    const report = handBuiltReport();
    const plain = JSON.parse(formatSarif(report, { locale: "ja", color: false }));
    expect(plain.runs[0].automationDetails).toEqual({ id: "hitoyoshi-secpolicy/hitoyoshi-2026-03/" });
    const named = JSON.parse(formatSarif(report, { locale: "ja", color: false, automationId: "secpolicy/juki/2026-04" }));
    expect(named.runs[0].automationDetails).toEqual({ id: "secpolicy/juki/2026-04" });
    expect(validate(named), JSON.stringify(validate.errors)).toBe(true);
  });

  it("makes relative paths relative to %SRCROOT%, which sourceRoot names, and keeps absolute ones as file URIs", () => {
    const base = handBuiltReport();
    const absolute = base.results.map((f) =>
      f.checkId === "zone-declared" ? { ...f, location: { file: "/srv/specs/a.yaml", line: 2, column: 3 } } : f,
    );
    const log = JSON.parse(formatSarif({ ...base, results: absolute }, { locale: "en", color: false, sourceRoot: "/srv/checkout" }));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const run = log.runs[0];
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///srv/checkout/" } });
    const at = (id: string) => run.results.find((r: SarifResult) => r.ruleId === id).locations[0].physicalLocation.artifactLocation;
    expect(at("lgwan-internet-sanitised")).toEqual({ uri: "examples/delivery-spec.yaml", uriBaseId: "%SRCROOT%" });
    expect(at("zone-declared")).toEqual({ uri: "file:///srv/specs/a.yaml" });
    // Without a source root, %SRCROOT% is described, not resolved.
    const described = JSON.parse(formatSarif(base, { locale: "en", color: false })).runs[0].originalUriBaseIds["%SRCROOT%"];
    expect(described.uri).toBeUndefined();
    expect(described.description.text).toContain("folder");
  });

  it("locates findings read from standard input only when stdinFilename names them", () => {
    const base = handBuiltReport();
    const fromStdin = {
      ...base,
      results: base.results.map((f) => (f.location === undefined ? f : { ...f, location: { ...f.location, file: "<stdin>" } })),
    };
    const unnamed = sarif(fromStdin).runs[0]!.results.find((r) => r.ruleId === "lgwan-internet-sanitised")!;
    expect(unnamed.locations[0]!.physicalLocation).toBeUndefined();
    expect(unnamed.properties.file).toBe("<stdin>");
    const named = JSON.parse(formatSarif(fromStdin, { locale: "ja", color: false, stdinFilename: "specs/juki.yaml" }));
    expect(validate(named), JSON.stringify(validate.errors)).toBe(true);
    const located = named.runs[0].results.find((r: SarifResult) => r.ruleId === "lgwan-internet-sanitised");
    expect(located.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "specs/juki.yaml", uriBaseId: "%SRCROOT%" },
      region: { startLine: 12, startColumn: 5 },
    });
    expect(JSON.stringify(named)).not.toContain("%3Cstdin%3E");
  });

  it("states the baseline state of findings that carry one, and uses their own fingerprint", () => {
    const base = handBuiltReport();
    const report = {
      ...base,
      results: base.results.map((f) =>
        f.checkId === "lgwan-internet-sanitised"
          ? { ...f, baselineState: "new" as const, fingerprint: "0123456789abcdef" }
          : f.checkId === "zone-declared"
            ? { ...f, baselineState: "unchanged" as const }
            : f,
      ),
    };
    const log = sarif(report);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const by = (id: string) => log.runs[0]!.results.find((r) => r.ruleId === id) as SarifResult & { baselineState?: string };
    expect(by("lgwan-internet-sanitised").baselineState).toBe("new");
    expect(by("lgwan-internet-sanitised").partialFingerprints[FINGERPRINT_KEY]).toBe("0123456789abcdef");
    expect(by("zone-declared").baselineState).toBe("unchanged");
    expect(by("acme/backup-encrypted").baselineState).toBeUndefined();
  });
});
