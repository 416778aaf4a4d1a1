/**
 * The published schemas load in the validators people already use, with their usual settings:
 * Ajv 2020 in strict mode with ajv-formats, the ajv-cli command, and yaml-language-server (the
 * YAML support of VS Code and other editors). A schema that only our own test set-up accepts is
 * no use to a vendor who validates "without TypeScript".
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { TextDocument } from "vscode-languageserver-textdocument";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { getLanguageService } from "yaml-language-server/lib/umd/languageservice/yamlLanguageService.js";
import { formatJson } from "../src/report/json.js";
import { PUBLISHED_SCHEMAS } from "../scripts/published-schemas.js";
import { evaluatedReport, handBuiltReport } from "./support/reports.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const schemaFile = (file: string) => join(ROOT, "schemas", file);
const schemas = Object.fromEntries(PUBLISHED_SCHEMAS.map((e) => [e.file, JSON.parse(readFileSync(schemaFile(e.file), "utf8")) as object]));
const examples = ["delivery-spec.yaml", "inventory.yaml"].map((f) => join(ROOT, "examples", f));
const profileFile = join(ROOT, "test/fixtures/cli/profile.yaml");

// ajv-formats is CommonJS: under NodeNext its default import is module.exports, whose `default` is the plugin.
const addFormats = addFormatsModule.default;

/** Inputs that each schema must accept, and one it must reject. */
const brokenWaiverDescription = {
  municipality: { name: "x" },
  systems: [],
  waivers: [
    {
      checkId: "zone-declared",
      target: { system: "not an id!" },
      reason: "r",
      requestedBy: "a",
      approvedBy: "b",
      approvedOn: "2026-01-01",
      expiresOn: "2026-12-31",
      reference: "x",
    },
  ],
};

describe("Ajv 2020 in strict mode with ajv-formats", () => {
  // Ajv's defaults (strict: true, no allowUnionTypes), formats validated by ajv-formats.
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  const validators = Object.fromEntries(Object.entries(schemas).map(([file, schema]) => [file, ajv.compile(schema)]));

  it("uses only formats that JSON Schema defines", () => {
    const formats = [
      ...Object.values(schemas)
        .map((s) => JSON.stringify(s))
        .join("\n")
        .matchAll(/"format":\s*"([^"]+)"/g),
    ].map((m) => m[1]);
    expect(formats.length).toBeGreaterThan(0);
    const standard = ["date", "date-time", "time", "duration", "email", "hostname", "ipv4", "ipv6", "uri", "uri-reference", "uuid"];
    expect(formats.filter((f) => !standard.includes(f as string))).toEqual([]);
  });

  it("accepts the examples, a profile and reports, and rejects a waiver target that is no id", () => {
    const description = validators["description.schema.json"]!;
    for (const file of examples) expect(description(parse(readFileSync(file, "utf8"))), JSON.stringify(description.errors)).toBe(true);
    expect(description(brokenWaiverDescription)).toBe(false);
    expect(JSON.stringify(description.errors)).toContain("/waivers/0/target/system");
    const profile = validators["profile.schema.json"]!;
    expect(profile(parse(readFileSync(profileFile, "utf8"))), JSON.stringify(profile.errors)).toBe(true);
    const report = validators["report.schema.json"]!;
    for (const r of [evaluatedReport(), handBuiltReport()])
      expect(report(JSON.parse(formatJson(r))), JSON.stringify(report.errors)).toBe(true);
  });
});

describe("ajv-cli (the ajv command)", () => {
  const bin = createRequire(import.meta.url).resolve("ajv-cli/dist/index.js");
  const dir = mkdtempSync(join(tmpdir(), "secpolicy-ajv-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ajvCli = (...args: string[]) =>
    spawnSync(process.execPath, [bin, ...args, "--spec=draft2020", "--strict=true", "-c", "ajv-formats"], { cwd: ROOT, encoding: "utf8" });

  it("compiles every published schema", () => {
    const run = ajvCli("compile", "-s", "schemas/*.schema.json");
    for (const { file } of PUBLISHED_SCHEMAS) expect(run.stdout + run.stderr).toContain(`schema schemas/${file} is valid`);
    expect(run.status).toBe(0);
  }, 30_000);

  it("validates the examples and a report, and rejects a broken description", () => {
    const report = join(dir, "report.json");
    writeFileSync(report, formatJson(evaluatedReport()));
    const good = ajvCli("validate", "-s", "schemas/report.schema.json", "-d", report);
    expect(good.stdout + good.stderr).toBe(`${report} valid\n`);
    expect(good.status).toBe(0);
    // The examples and the broken description in one run (one start of the command fewer): ajv
    // gives its verdict per file, and fails the run for the one invalid file.
    const broken = join(dir, "broken.json");
    writeFileSync(broken, JSON.stringify(brokenWaiverDescription));
    const mixed = ajvCli("validate", "-s", "schemas/description.schema.json", ...[...examples, broken].flatMap((f) => ["-d", f]));
    const verdicts = (mixed.stdout + mixed.stderr).split("\n").filter((line) => /^\S+ (valid|invalid)$/.test(line));
    expect(verdicts.sort()).toEqual([...examples.map((f) => `${f} valid`), `${broken} invalid`].sort());
    expect(mixed.stdout + mixed.stderr).toContain("/waivers/0/target/system");
    expect(mixed.status).not.toBe(0);
  }, 60_000);
});

describe("yaml-language-server (editor completion and validation)", () => {
  const requested: string[] = [];
  const service = getLanguageService({
    schemaRequestService: async (uri: string) => {
      requested.push(uri);
      return readFileSync(new URL(uri), "utf8");
    },
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).href },
  });
  service.configure({ validate: true, completion: true, hover: true });
  const doc = (file: string, text: string) => TextDocument.create(pathToFileURL(file).href, "yaml", 1, text);

  it("loads the description schema through the examples' modeline and finds no problem in them", async () => {
    for (const file of examples) {
      const text = readFileSync(file, "utf8");
      expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../schemas/description.schema.json");
      expect(await service.doValidation(doc(file, text), false)).toEqual([]);
    }
    expect(requested).toContain(pathToFileURL(schemaFile("description.schema.json")).href);
  });

  it("reports schema problems in a description, so the schema is really in use", async () => {
    const file = join(ROOT, "examples", "broken.yaml");
    const text = "# yaml-language-server: $schema=../schemas/description.schema.json\nsystems:\n  - id: a\n    zonee: lgwan\n";
    const messages = (await service.doValidation(doc(file, text), false)).map((d) => d.message);
    expect(messages).toContain("Property zonee is not allowed.");
    expect(messages.some((m) => m.includes('"name"'))).toBe(true);
  });

  it("loads the profile and report schemas", async () => {
    const profile = `# yaml-language-server: $schema=../../../schemas/profile.schema.json\n${readFileSync(profileFile, "utf8")}`;
    expect(await service.doValidation(doc(profileFile, profile), false)).toEqual([]);
    const reportFile = join(ROOT, "test", "report.yaml");
    const report = `# yaml-language-server: $schema=../schemas/report.schema.json\n${formatJson(handBuiltReport())}`;
    expect(await service.doValidation(doc(reportFile, report), false)).toEqual([]);
    // A different document (the service caches by URI and version) that breaks the schema.
    const wrong = `# yaml-language-server: $schema=../schemas/report.schema.json\n{"results": 3}\n`;
    const messages = (await service.doValidation(doc(join(ROOT, "test", "wrong-report.yaml"), wrong), false)).map((d) => d.message);
    expect(messages).toContain('Incorrect type. Expected "array".');
  });
});
