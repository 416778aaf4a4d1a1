import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONFIG_FORMATS } from "../model/config.js";
import { REPORT_FORMATS } from "../report/index.js";
import { parseFormatSpec, resolveSettings } from "./check-settings.js";
import { findConfig, loadConfig, rebase } from "./config.js";
import { CliError } from "./context.js";

let temp = "";
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), "secpolicy-config-"));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const IDS = ["screen-lock", "log-retention"];
const lang = { lang: "ja" as const, fromFlag: false };

describe("configuration formats", () => {
  it("cover every report format, plus the worklists", () => {
    expect([...CONFIG_FORMATS].sort()).toEqual([...REPORT_FORMATS, "csv", "xlsx"].sort());
  });
});

describe("rebase", () => {
  it("makes a path in the configuration relative to the working folder", () => {
    expect(rebase("/p", "/p", "./a.yaml")).toBe("a.yaml");
    expect(rebase("/p/sub", "/p", "descriptions/a.yaml")).toBe("../descriptions/a.yaml");
    expect(rebase("/p", "/p/conf", "../specs")).toBe("specs");
    expect(rebase("/p", "/p/conf", "specs/**/*.yaml")).toBe("conf/specs/**/*.yaml");
    expect(rebase("/p", "/p", ".")).toBe(".");
    expect(rebase("/p", "/q", "/abs/a.yaml")).toBe("/abs/a.yaml");
    expect(rebase("/p", "/q", "-")).toBe("-");
  });
});

describe("findConfig", () => {
  it("takes the nearest folder's file, in the documented order, and package.json only with a secpolicy key", async () => {
    const root = join(temp, "find");
    mkdirSync(join(root, "a/b"), { recursive: true });
    writeFileSync(join(root, "secpolicy.config.json"), "{}");
    writeFileSync(join(root, "a/package.json"), '{"name":"x"}');
    expect(await findConfig(join(root, "a/b"))).toBe(join(root, "secpolicy.config.json"));
    writeFileSync(join(root, "a/package.json"), '{"name":"x","secpolicy":{}}');
    expect(await findConfig(join(root, "a/b"))).toBe(join(root, "a/package.json"));
    writeFileSync(join(root, "a/secpolicy.config.yml"), "{}\n");
    writeFileSync(join(root, "a/secpolicy.config.yaml"), "{}\n");
    expect(await findConfig(join(root, "a/b"))).toBe(join(root, "a/secpolicy.config.yaml"));
  });
});

describe("loadConfig", () => {
  it("locates a wrong value inside package.json's secpolicy key", async () => {
    const dir = join(temp, "pkg");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), '{\n  "name": "x",\n  "secpolicy": {\n    "failOn": "hihg"\n  }\n}\n');
    const error = await loadConfig("package.json", dir, IDS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    const [d] = (error as CliError).diagnostics;
    expect(d).toMatchObject({ file: "package.json", line: 4, pointer: "/secpolicy/failOn" });
  });
});

describe("parseFormatSpec and outputs", () => {
  it("reads FORMAT and FORMAT:FILE", () => {
    expect(parseFormatSpec("json")).toEqual({ format: "json", out: undefined, explicit: false });
    expect(parseFormatSpec("sarif:out/a.sarif")).toEqual({ format: "sarif", out: "out/a.sarif", explicit: true });
    expect(parseFormatSpec("github:-")).toEqual({ format: "github", out: undefined, explicit: true });
    expect(() => parseFormatSpec("sarif:")).toThrow(CliError);
    expect(() => parseFormatSpec("sarf")).toThrow(CliError);
  });

  it("lets -o fill the one format without a file, and lets flags replace the file's outputs", () => {
    const config = { outputs: [{ format: "json" as const, out: "r.json" }, { format: "text" as const }] };
    const fromFile = resolveSettings({}, ["a.yaml"], config, lang, IDS);
    expect(fromFile.outputs).toEqual([
      { format: "json", out: "r.json" },
      { format: "text", out: undefined },
    ]);
    const flags = resolveSettings({ format: ["sarif", "github:g.txt"], out: "s.sarif" }, ["a.yaml"], config, lang, IDS);
    expect(flags.outputs).toEqual([
      { format: "sarif", out: "s.sarif" },
      { format: "github", out: "g.txt" },
    ]);
    expect(() => resolveSettings({ format: ["json:a", "sarif:b"], out: "c" }, ["a.yaml"], undefined, lang, IDS)).toThrow(/ambiguous/);
  });

  it("prefers --lang, then the file's lang, then the environment", () => {
    expect(resolveSettings({}, ["a"], { lang: "en" }, { lang: "ja", fromFlag: true }, IDS).lang).toBe("ja");
    expect(resolveSettings({}, ["a"], { lang: "en" }, { lang: "ja", fromFlag: false }, IDS).lang).toBe("en");
    expect(resolveSettings({}, ["a"], {}, { lang: "ja", fromFlag: false }, IDS).lang).toBe("ja");
  });
});
