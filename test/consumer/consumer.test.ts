/**
 * Uses the package as published: packed with `npm pack`, installed from the tarball into a project
 * under the system temp folder, then loaded from ESM, from CommonJS, from a vitest suite with the
 * matchers and from a type-checked TypeScript file. A custom check runs beside the built-in ones
 * in each. Timings of each step go to the test output.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanEnv, copyInstall, type InstalledPackage, packAndInstall, removeInstall, ROOT } from "./pack.js";

const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

const system = (terminal: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id: "juki",
  name: "住民記録システム",
  ownerBody: "市長部局",
  department: "市民課",
  zone: "mynumber",
  businessFunctions: ["resident-records"],
  dataAssets: [
    {
      id: "residents",
      name: "住民票データ",
      confidentiality: "C3",
      integrity: "I2",
      availability: "A2",
      personalInformation: true,
      myNumber: true,
    },
  ],
  terminalGroups: [{ id: "mn-pc", name: "マイナンバー系端末", authenticationFactors: ["password", "biometric"], ...terminal }],
  ...extra,
});
const DESCRIPTIONS = {
  good: { evaluationDate: "2026-04-01", systems: [system({ externalMedia: "blocked" })] },
  bad: { evaluationDate: "2026-04-01", systems: [system({ externalMedia: "allowed" })] },
  noDepartment: { evaluationDate: "2026-04-01", systems: [system({ externalMedia: "blocked" }, { department: undefined })] },
};

/** A custom check as a consumer writes it, in plain JavaScript. */
const CUSTOM_CHECK = `defineCheck({
  meta: {
    id: "acme/department-named",
    area: "organisation",
    title: { ja: "各システムの所管課を記載すること", en: "Every system must name its department" },
    clauses: ["6(1)"],
    threats: ["T3"],
    basis: "practice",
    severity: "low",
    target: "system",
    messages: { missing: { ja: "システム {{id}} の所管課が記載されていない（推奨される運用）", en: "System {{id}} names no department (recommended practice)" } },
    remediation: { ja: "所管課を記載すること", en: "Write the department" },
  },
  *evaluate(system, ctx) {
    if (system.department === undefined) yield ctx.fail("missing", [], { id: system.id });
  },
})`;

/** The body shared by the ESM and CommonJS scripts: it prints what it observed as JSON. */
const SCRIPT_BODY = `
const descriptions = ${JSON.stringify(DESCRIPTIONS)};
const departmentNamed = ${CUSTOM_CHECK};
const checks = [...lib.builtinChecks, departmentNamed];
const parsed = lib.parseDescription(descriptions.good);
const report = lib.evaluate(parsed.value);
let thrown;
try { lib.assertCompliant(descriptions.bad); } catch (error) { thrown = error; }
const custom = lib.evaluate(lib.parseDescription(descriptions.noDepartment).value, { checks }).results.filter((f) => f.checkId === "acme/department-named");
const toComply = testing.matchers.toComply.call({ isNot: false }, descriptions.noDepartment, { checks });
const zoneDeclared = lib.builtinChecks.find((c) => c.meta.id === "zone-declared");
const tableCase = testing.runCheckCase(zoneDeclared, { name: "good", description: descriptions.good });
console.log(JSON.stringify({
  version: lib.VERSION,
  fails: report.summary.byOutcome.fail,
  thrown: { isComplianceError: thrown instanceof lib.ComplianceError, isSecpolicyError: thrown instanceof lib.SecpolicyError, checks: thrown.findings.map((f) => f.checkId) },
  custom: custom.map((f) => [f.outcome, f.path, f.message.en]),
  matcher: { pass: toComply.pass, message: toComply.message() },
  tableCase: tableCase.ok,
  schemaId: schema.$id,
}));
`;

/**
 * Printed after the observations by the ES module script: whether the entries loaded (a function
 * `evaluate`), and what the ES module build's evaluate says to the CommonJS build's checks, both
 * builds loaded in the one process as a program mixing them would.
 */
const ESM_EXTRA = `
import { createRequire } from "node:module";
const cjs = createRequire(import.meta.url)("hitoyoshi-secpolicy");
let mixed;
try { lib.evaluate({ systems: [] }, { evaluationDate: "2026-04-01", checks: cjs.builtinChecks }); mixed = "accepted"; }
catch (e) { mixed = { code: e.code, issues: [...new Set(e.issues.map((i) => i.code))], en: e.issues[0].message.en }; }
console.log(JSON.stringify({ loaded: typeof lib.evaluate, vitestLoaded: typeof testing.matchers, mixed }));
`;

const ESM = `import * as lib from "hitoyoshi-secpolicy";
import * as testing from "hitoyoshi-secpolicy/vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
const schema = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve("hitoyoshi-secpolicy/schemas/description.schema.json")), "utf8"));
const { defineCheck } = lib;
${SCRIPT_BODY}
${ESM_EXTRA}`;

const CJS = `const lib = require("hitoyoshi-secpolicy");
const testing = require("hitoyoshi-secpolicy/vitest");
const schema = require("hitoyoshi-secpolicy/schemas/description.schema.json");
const { defineCheck } = lib;
${SCRIPT_BODY}
console.log(JSON.stringify({ loaded: typeof lib.evaluate, vitestLoaded: typeof testing.matchers }));
`;

/** A vitest suite as a consumer writes it, in TypeScript: it is run and type-checked. */
const VITEST_SUITE = `import { builtinChecks, defineCheck } from "hitoyoshi-secpolicy";
import { matchers } from "hitoyoshi-secpolicy/vitest";
import { describe, expect, it } from "vitest";

expect.extend(matchers);

const descriptions = ${JSON.stringify(DESCRIPTIONS)};
const departmentNamed = ${CUSTOM_CHECK};
const checks = [...builtinChecks, departmentNamed];

describe("our delivery spec", () => {
  it("complies", () => {
    expect(descriptions.good).toComply();
    expect(descriptions.good).toPassCheck("mynumber-terminal-export-blocked");
    expect({ spec: descriptions.good }).toEqual({ spec: expect.toComply() });
  });
  it("catches the violation", () => {
    expect(descriptions.bad).toViolate("mynumber-terminal-export-blocked", { messageId: "exportAllowed", path: "/systems/0/terminalGroups/0/externalMedia" });
    expect(descriptions.bad).not.toComply({ failOn: "critical" });
  });
  it("runs our own check", () => {
    expect(descriptions.noDepartment).toViolate("acme/department-named", { checks });
    expect(descriptions.noDepartment).toComply({ checks, failOn: "medium" });
  });
});

// Never called: the type checker must reject these.
export function rejected(): void {
  // @ts-expect-error: failOn takes a severity
  expect(descriptions.good).toComply({ failOn: "urgent" });
  // @ts-expect-error: the check id is required
  expect(descriptions.good).toViolate();
}
`;

const FAILING_SUITE = `import { matchers } from "hitoyoshi-secpolicy/vitest";
import { expect, it } from "vitest";

expect.extend(matchers);

it("is expected to fail, printing the finding", () => {
  expect(${JSON.stringify(DESCRIPTIONS.bad)}).toComply();
});
`;

let installed: InstalledPackage | undefined;

beforeAll(() => {
  installed = packAndInstall();
  const { reusedDist, timings } = installed;
  console.info(
    `consumer: ${reusedDist ? "reused dist" : "built"} in ${timings.build} ms, packed in ${timings.pack} ms, installed in ${timings.install} ms`,
  );
}, 180_000);

// Removing the installed copy deletes thousands of files; on a loaded 2-core machine that can take
// longer than the default hook timeout, which would fail a run whose tests all passed.
afterAll(() => removeInstall(installed), 120_000);

function app(): string {
  if (installed === undefined) throw new Error("the package was not installed");
  return installed.app;
}

function node(args: readonly string[]): string {
  return execFileSync(process.execPath, args, { cwd: app(), env: cleanEnv(), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

interface Observed {
  version: string;
  fails: number;
  thrown: { isComplianceError: boolean; isSecpolicyError: boolean; checks: string[] };
  custom: [string, string, string][];
  matcher: { pass: boolean; message: string };
  tableCase: boolean;
  schemaId: string;
}

function expectObserved(output: string): void {
  const observed = JSON.parse(output) as Observed;
  expect(observed).toEqual({
    version: VERSION,
    fails: 0,
    thrown: { isComplianceError: true, isSecpolicyError: true, checks: ["mynumber-terminal-export-blocked"] },
    custom: [["fail", "/systems/0", "System juki names no department (recommended practice)"]],
    matcher: { pass: false, message: expect.stringContaining("fail [low] acme/department-named at /systems/0") },
    tableCase: true,
    schemaId: expect.stringMatching(/description/),
  });
}

describe("the published package", () => {
  it("contains only dist, schemas, README, LICENSE and package.json", () => {
    const listing = execFileSync("tar", ["-tzf", installed?.tarball ?? ""], { encoding: "utf8" });
    const tops = new Set(
      listing
        .trim()
        .split("\n")
        .map((p) => p.split("/")[1]),
    );
    expect([...tops].sort()).toEqual(["LICENSE", "README.md", "dist", "package.json", "schemas"]);
  });

  // One process for each module system: the ES module script (with a check of the two builds
  // mixed) and the CommonJS script, run once each; the tests below read what they printed.
  const outputs = new Map<string, string[]>();
  function output(file: "esm.mjs" | "cjs.cjs"): string[] {
    let lines = outputs.get(file);
    if (lines === undefined) {
      writeFileSync(join(app(), file), file === "esm.mjs" ? ESM : CJS);
      lines = node([file]).trimEnd().split("\n");
      outputs.set(file, lines);
    }
    return lines;
  }
  /** The last line a script printed: whether its entries loaded (and for ESM, the mixed builds). */
  const extra = (file: "esm.mjs" | "cjs.cjs") =>
    JSON.parse(output(file).at(-1) ?? "") as {
      loaded: string;
      vitestLoaded: string;
      mixed?: { code: string; issues: string[]; en: string };
    };

  it("loads with require and import, the ./vitest entry included, without vitest installed", () => {
    expect(extra("cjs.cjs")).toEqual({ loaded: "function", vitestLoaded: "object" });
    expect(extra("esm.mjs")).toMatchObject({ loaded: "function", vitestLoaded: "object" });
    expect(existsSync(join(app(), "node_modules", "vitest"))).toBe(false);
  });

  it("says what happened when the CommonJS build's checks reach the ES module build's evaluate", () => {
    const seen = extra("esm.mjs").mixed;
    expect(seen?.code).toBe("invalid-checks");
    expect(seen?.issues).toEqual(["foreign-builtin-check"]);
    expect(seen?.en).toContain("the CommonJS and ES module builds used together");
  });

  it("works from ESM, with a custom check, the matchers and the ./schemas/* subpath", () => {
    expectObserved(output("esm.mjs")[0] ?? "");
  });

  it("works from CommonJS, with a custom check, the matchers and the ./schemas/* subpath", () => {
    expectObserved(output("cjs.cjs")[0] ?? "");
  });

  describe("in a consumer's vitest suite", () => {
    let suite = "";
    beforeAll(() => {
      // A second project, with vitest beside the package as in a real one; the first has no vitest.
      suite = join(installed?.dir ?? "", "with-vitest");
      const start = performance.now();
      copyInstall(installed?.app ?? "", suite, { name: "with-vitest", version: "1.0.0", private: true, type: "module" });
      console.info(`consumer: copied the install into the second project in ${Math.round(performance.now() - start)} ms`);
      symlinkSync(join(ROOT, "node_modules", "vitest"), join(suite, "node_modules", "vitest"), "dir");
      writeFileSync(join(suite, "compliance.test.ts"), VITEST_SUITE);
      writeFileSync(join(suite, "failing.test.ts"), FAILING_SUITE);
      writeFileSync(
        join(suite, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            target: "ES2022",
            module: "NodeNext",
            moduleResolution: "NodeNext",
            strict: true,
            noEmit: true,
            // Library declarations are checked too: the matchers' augmentation of vitest must
            // compile against vitest's own types (it once failed with TS2320 here).
            skipLibCheck: false,
            types: [],
          },
          include: ["compliance.test.ts"],
        }),
      );
    }, 60_000);

    it("passes with the matchers, and fails readably where the description violates the policy", () => {
      const run = spawnSync(
        process.execPath,
        [
          join(ROOT, "node_modules", "vitest", "vitest.mjs"),
          "run",
          "--root",
          suite,
          "--reporter=json",
          "--outputFile=results.json",
          "--no-color",
          // Threads: lighter to start than a process per file, and nothing here changes the working folder.
          "--pool=threads",
        ],
        { cwd: suite, env: cleanEnv(), encoding: "utf8", timeout: 60_000 },
      );
      interface TestResult {
        title: string;
        status: string;
        failureMessages: string[];
      }
      const results = JSON.parse(readFileSync(join(suite, "results.json"), "utf8")) as {
        testResults: { name: string; assertionResults: TestResult[] }[];
      };
      const byFile = new Map(results.testResults.map((r) => [r.name.split("/").pop() ?? "", r.assertionResults]));
      expect(byFile.get("compliance.test.ts")?.map((t) => [t.title, t.status])).toEqual([
        ["complies", "passed"],
        ["catches the violation", "passed"],
        ["runs our own check", "passed"],
      ]);
      const failing = byFile.get("failing.test.ts")?.[0];
      expect(failing?.status).toBe("failed");
      expect(failing?.failureMessages.join("\n")).toContain(
        "fail [critical] mynumber-terminal-export-blocked at /systems/0/terminalGroups/0/externalMedia",
      );
      expect(run.status).toBe(1);
    }, 90_000);

    // With TypeScript 7 (the `typescript` a consumer installs today; this project keeps 6 beside it
    // for the tools that need its JavaScript API), over vitest's declarations too (skipLibCheck off).
    // One checker thread, as scripts/typecheck.mjs runs it: beside the other test files its
    // parallel checkers cost a quarter more CPU for the same verdict.
    it("type-checks: the matchers are typed through vitest's Matchers", () => {
      const tsc = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript-7", "bin", "tsc"), "-p", suite, "--singleThreaded"], {
        cwd: suite,
        env: cleanEnv(),
        encoding: "utf8",
        timeout: 170_000,
      });
      expect(tsc.stdout + tsc.stderr).toBe("");
      expect(tsc.status).toBe(0);
    }, 180_000);
  });
});
