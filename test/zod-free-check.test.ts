/**
 * `secpolicy check` on valid input builds no zod schema (issue 18, target 5): zod building the
 * model schemas was a tenth of the command's start-up, although valid input never reaches zod
 * (the precompiled validator accepts it). The checks, the engine, the report and the command line
 * take their constants from the zod-free src/model/values/*; the schemas load only to explain
 * invalid input or to read a configuration, profile, waivers or baseline file.
 *
 * Two guards: the modules a `check` run loads before it reads its input (everything the command
 * imports statically) import no zod, and the built command, run on the delivery spec, never
 * evaluates zod at all, while the same command on an invalid description does.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regexes } from "zod/v4/core";
import { BUILTIN_DEFAULTS, evaluate } from "../src/builtin.js";
import { COMMAND_LINE_DEFAULTS, evaluate as commandLineEvaluate } from "../src/cli/engine.js";
import { parseDescription } from "../src/input/parse-description.js";
import { IsoDate } from "../src/model/common.js";
import { CALENDAR_DATE_PATTERN, isIsoDate } from "../src/model/values/common.js";
import { CLI, ensureBuilt, ROOT } from "./e2e/build.js";
import { departmentNamed } from "./support/custom-check.js";
import { description, mynumberSystem } from "./support/fixtures.js";

/** Where a run of the command starts (dist/cli.js and dist/cli-bundle.cjs are built from these) and the command it loads. */
const ROOTS = ["src/cli/main.ts", "src/cli/start.ts", "src/cli/commands/check.ts"];

/** The import graph under the roots, as esbuild resolves it (type-only imports are gone, as in the build). */
async function importGraph(): Promise<Metafile> {
  const result = await build({
    entryPoints: ROOTS.map((root) => join(ROOT, root)),
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    splitting: true,
    format: "esm",
    platform: "node",
    outdir: join(ROOT, ".tmp", "zod-free-check"),
    // Packages are leaves here: what matters is which of our modules import them.
    packages: "external",
    logLevel: "silent",
  });
  return result.metafile;
}

/** Every module reached from the roots by static imports, each with the chain that reaches it. */
function staticallyReached(metafile: Metafile): Map<string, string[]> {
  const chains = new Map<string, string[]>();
  const queue = ROOTS.map((root) => [root]);
  while (queue.length > 0) {
    const chain = queue.shift() as string[];
    const file = chain.at(-1) as string;
    if (chains.has(file) || metafile.inputs[file] === undefined) continue;
    chains.set(file, chain);
    for (const imported of metafile.inputs[file].imports) {
      // A dynamic import() loads its module only when the run gets there.
      if (imported.kind !== "dynamic-import") queue.push([...chain, imported.path]);
    }
  }
  return chains;
}

const importsZod = (metafile: Metafile, file: string): boolean =>
  (metafile.inputs[file]?.imports ?? []).some((i) => i.path === "zod" || i.path.startsWith("zod/"));

describe("the check command's own modules", () => {
  let metafile: Metafile;
  beforeAll(async () => {
    metafile = await importGraph();
  });

  it("import no zod: the constants come from src/model/values, the schemas load only when needed", () => {
    const reached = staticallyReached(metafile);
    // The walk covers what a run evaluates: the checks, the engine, the policy and the formatters.
    for (const file of ["src/checks/index.ts", "src/engine/evaluate.ts", "src/policy/flow-policy.ts", "src/report/index.ts"]) {
      expect(reached.has(file), file).toBe(true);
    }
    const offending = [...reached].filter(([file]) => importsZod(metafile, file)).map(([, chain]) => chain.join(" → "));
    expect(offending).toEqual([]);
  });

  it("reach the schemas only through dynamic imports (which the walk above rightly leaves out)", () => {
    const all = Object.keys(metafile.inputs);
    const schemaModules = all.filter((file) => importsZod(metafile, file));
    // Without the dynamic imports the graph would not hold these at all: the guard sees real schema modules.
    expect(schemaModules).toEqual(expect.arrayContaining(["src/model/zone.ts", "src/model/description.ts", "src/model/config.ts"]));
    const dynamic = all.flatMap(
      (file) => metafile.inputs[file]?.imports.filter((i) => i.kind === "dynamic-import").map((i) => i.path) ?? [],
    );
    expect(dynamic).toEqual(
      expect.arrayContaining(["src/input/parse-description.ts", "src/cli/baseline-file.ts", "src/io/profile-file.ts"]),
    );
  });
});

/**
 * dist/cli.js runs a command from the ES modules where Node has `module.enableCompileCache`
 * (22.1 and later), else from the CommonJS bundle (src/cli/main.ts); each way is taken here
 * whatever the running Node, by adding or removing that function before the command starts.
 */
const WAYS = [
  { way: "the CommonJS bundle (Nodes before 22.1)", modules: false, setup: "delete node.enableCompileCache;" },
  {
    way: "the ES modules (Node 22.1 and later)",
    modules: true,
    // Node's own cache stays off (NODE_DISABLE_COMPILE_CACHE); the call only marks the way taken.
    setup: "node.enableCompileCache = () => { globalThis.__esModulesWay = true; return {}; };",
  },
];

describe.each(WAYS)("the built command, through $way,", ({ setup, modules }) => {
  let dir: string;
  let probe: string;
  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), "secpolicy-zod-free-"));
    probe = join(dir, "probe.cjs");
    // zod's core sets this global when it is first evaluated (zod/v4/core/core.js).
    writeFileSync(
      probe,
      [
        'const node = require("node:module");',
        setup,
        'const said = (name, value) => "\\n" + name + ": " + value;',
        'process.on("exit", () => process.stderr.write(said("ES modules", globalThis.__esModulesWay === true) + said("zod evaluated", globalThis.__zod_globalConfig !== undefined) + "\\n"));',
      ].join("\n"),
    );
    writeFileSync(join(dir, "invalid.yaml"), "municipality: 3\nsystems: []\n");
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, ["--require", probe, CLI, ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: "1", NO_COLOR: "1" },
    });
    return { status: result.status, stderr: result.stderr };
  };

  it("checks the delivery spec without evaluating zod", () => {
    const result = run("check", "examples/delivery-spec.yaml", "--as-of", "2026-04-01");
    expect([0, 1]).toContain(result.status);
    expect(result.stderr).toContain(`ES modules: ${modules}`);
    expect(result.stderr).toContain("zod evaluated: false");
  });

  it("loads zod to explain an invalid description (the probe does see zod)", () => {
    const result = run("check", join(dir, "invalid.yaml"));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("municipality");
    expect(result.stderr).toContain(`ES modules: ${modules}`);
    expect(result.stderr).toContain("zod evaluated: true");
  });
});

describe("the zod-free replacements", () => {
  it("isIsoDate tests the pattern zod's z.iso.date() tests, the one the IsoDate schema is built from", () => {
    expect(CALENDAR_DATE_PATTERN.source).toBe(regexes.date.source);
    expect(CALENDAR_DATE_PATTERN.flags).toBe(regexes.date.flags);
    const samples: unknown[] = [
      "",
      "2026-4-1",
      "2026-04-01T00:00:00Z",
      " 2026-04-01",
      "20260401",
      "0000-01-01",
      20260401,
      null,
      new Date(0),
    ];
    for (const year of ["1900", "2000", "2023", "2024", "2100"]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) samples.push(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
      }
    }
    const disagree = samples.filter((s) => isIsoDate(s) !== IsoDate.safeParse(s).success);
    expect(disagree).toEqual([]);
    // Every real day of the five years (2000 and 2024 are leap years, 1900 and 2100 not), and 0000-01-01.
    expect(samples.filter((s) => isIsoDate(s)).length).toBe(365 * 3 + 366 * 2 + 1);
  });

  it("the command line's engine is the package's, less the schema of custom checks' metadata", () => {
    const { checkMetaSchema, ...wiring } = BUILTIN_DEFAULTS;
    expect(checkMetaSchema).toBeDefined();
    expect(COMMAND_LINE_DEFAULTS).toStrictEqual(wiring);
    expect(COMMAND_LINE_DEFAULTS.checks).toBe(BUILTIN_DEFAULTS.checks);
  });

  it("the command line's engine refuses a custom check it cannot validate, instead of running it unchecked", () => {
    const input = parseDescription(description([mynumberSystem()]));
    if (!input.ok) throw new Error("fixture invalid");
    expect(() => commandLineEvaluate(input.value, { checks: [departmentNamed] })).toThrow(
      "Check acme/department-named is not built in, and this evaluate was wired without the schema of check metadata",
    );
    // The package's evaluate validates and runs it.
    expect(evaluate(input.value, { checks: [departmentNamed] }).results.length).toBeGreaterThan(0);
  });
});
