/**
 * Runs every code sample of the guides (docs/guides/<lang>/*.md), so the guides cannot drift from
 * the library. Conventions inside a guide:
 *
 * - `<!-- file: NAME -->` on the line before a fence saves the block as NAME in the guide's folder,
 *   where later blocks can read or import it.
 * - ```yaml blocks must be valid descriptions (`<!-- fragment -->` before one checks YAML syntax only).
 * - ```ts blocks run: a block saved as `*.test.ts` runs as a test file (with vitest, or with
 *   `node --test` when it imports node:test); any other unnamed block runs as a script; a named
 *   module must be imported by another block of its guide.
 * - Other fences (sh, text) are not run.
 *
 * `hitoyoshi-secpolicy` resolves to the built package in dist/, as a reader's install would (tsconfig
 * paths for tsx, an alias for vitest; built first when stale): loading one bundle instead of
 * transforming src/ module by module in each child process.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseDescription } from "../src/input/parse-description.js";
import { ensureBuilt } from "./e2e/build.js";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");
const GUIDES = join(ROOT, "docs", "guides");
const TSX = join(ROOT, "node_modules", "tsx", "dist", "esm", "index.mjs");
const VITEST = join(ROOT, "node_modules", "vitest", "vitest.mjs");

interface Block {
  /** `en/testing.md:42`: where the fence opens. */
  readonly where: string;
  readonly guide: string;
  readonly lang: string;
  readonly kind: "ts" | "yaml";
  readonly body: string;
  readonly file?: string;
  readonly fragment: boolean;
}

/** The ts and yaml blocks of a guide, with their markers. */
function blocksOf(lang: string, guide: string): Block[] {
  const lines = readFileSync(join(GUIDES, lang, guide), "utf8").split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(ts|yaml)\s*$/.exec(lines[i] ?? "");
    if (open === null) {
      if (/^```/.test(lines[i] ?? "")) while (++i < lines.length && !/^```\s*$/.test(lines[i] ?? ""));
      continue;
    }
    const markers = [lines[i - 1] ?? "", lines[i - 2] ?? ""].join("\n");
    const file = /<!-- file: (\S+) -->/.exec(markers)?.[1];
    const start = i;
    const body: string[] = [];
    while (++i < lines.length && !/^```\s*$/.test(lines[i] ?? "")) body.push(lines[i] ?? "");
    blocks.push({
      where: `${lang}/${guide}:${start + 1}`,
      guide,
      lang,
      kind: open[1] as "ts" | "yaml",
      body: `${body.join("\n")}\n`,
      ...(file === undefined ? {} : { file }),
      fragment: markers.includes("<!-- fragment -->"),
    });
  }
  return blocks;
}

const languages = readdirSync(GUIDES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const blocks = languages.flatMap((lang) =>
  readdirSync(join(GUIDES, lang))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .flatMap((guide) => blocksOf(lang, guide)),
);
const isTs = (b: Block) => b.kind === "ts";

const work = join(ROOT, `.tmp-guides-${process.pid}`);
const dirOf = (b: Block) => join(work, b.lang, b.guide.replace(/\.md$/, ""));
/** Where each block is saved: its own name, or `sample-<line>.ts` for a script. */
const pathOf = (b: Block) => join(dirOf(b), b.file ?? `sample-${b.where.split(":")[1]}.${isTs(b) ? "ts" : "yaml"}`);

const yamlBlocks = blocks.filter((b) => !isTs(b));
const tsBlocks = blocks.filter(isTs);
const scripts = tsBlocks.filter((b) => b.file === undefined);
const tests = tsBlocks.filter((b) => b.file?.endsWith(".test.ts"));
const nodeTests = tests.filter((b) => /from "node:test"/.test(b.body));
const vitestTests = tests.filter((b) => !nodeTests.includes(b));
const modules = tsBlocks.filter((b) => b.file !== undefined && !b.file.endsWith(".test.ts"));

/** Outcome per script, by `where`, from one tsx process that imports them in turn. */
let scriptResults: Record<string, string> = {};
let vitestRun: { status: number | null; output: string; results: Record<string, string[]> } = { status: null, output: "", results: {} };
const nodeTestRuns: Record<string, { status: number | null; output: string }> = {};

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, TSX_TSCONFIG_PATH: join(work, "tsconfig.json"), NODE_ENV: "test" };
  for (const key of Object.keys(e)) if (key.startsWith("VITEST")) delete e[key];
  return e;
}

const BUILT = { main: join(ROOT, "dist", "index.js"), vitest: join(ROOT, "dist", "vitest.js") };

beforeAll(() => {
  ensureBuilt();
  for (const b of blocks) {
    mkdirSync(dirname(pathOf(b)), { recursive: true });
    writeFileSync(pathOf(b), b.body);
  }
  writeFileSync(join(work, "package.json"), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(work, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        module: "NodeNext",
        moduleResolution: "NodeNext",
        target: "ES2022",
        paths: { "hitoyoshi-secpolicy": [BUILT.main], "hitoyoshi-secpolicy/vitest": [BUILT.vitest] },
      },
    }),
  );

  // Scripts: one process; each runs in its guide's folder, as a reader would run it.
  const runner = [
    "const results = {};",
    ...scripts.map(
      (b) =>
        `process.chdir(${JSON.stringify(dirOf(b))}); try { await import(${JSON.stringify(pathOf(b))}); results[${JSON.stringify(b.where)}] = "ok"; } catch (e) { results[${JSON.stringify(b.where)}] = String(e?.stack ?? e); }`,
    ),
    'process.stdout.write("\\n@@results@@" + JSON.stringify(results));',
  ].join("\n");
  writeFileSync(join(work, "run-scripts.mjs"), runner);
  const run = spawnSync(process.execPath, ["--import", TSX, join(work, "run-scripts.mjs")], {
    cwd: work,
    env: env(),
    encoding: "utf8",
    timeout: 60_000,
  });
  const marker = run.stdout.lastIndexOf("@@results@@");
  scriptResults = marker === -1 ? {} : (JSON.parse(run.stdout.slice(marker + 11)) as Record<string, string>);
  if (marker === -1)
    scriptResults = Object.fromEntries(scripts.map((b) => [b.where, `the script runner failed:\n${run.stdout}\n${run.stderr}`]));

  // vitest samples: one child vitest run over them, each file in its guide's folder.
  if (vitestTests.length > 0) {
    const config = {
      resolve: {
        // The first alias that matches wins, so the subpath comes first.
        alias: [
          { find: "hitoyoshi-secpolicy/vitest", replacement: BUILT.vitest },
          { find: "hitoyoshi-secpolicy", replacement: BUILT.main },
        ],
      },
      // One process for the few sample files: they load the library once between them.
      test: {
        include: vitestTests.map((b) => relative(work, pathOf(b))),
        pool: "forks",
        maxWorkers: 1,
        isolate: false,
        setupFiles: ["./setup.mjs"],
      },
    };
    // The samples read files next to them: each test file's folder is entered before it runs.
    writeFileSync(
      join(work, "setup.mjs"),
      'import { expect } from "vitest";\nimport { dirname } from "node:path";\nconst file = expect.getState().testPath;\nif (file) process.chdir(dirname(file));\n',
    );
    writeFileSync(join(work, "vitest.config.mjs"), `export default ${JSON.stringify(config, null, 2)};\n`);
    const child = spawnSync(
      process.execPath,
      [VITEST, "run", "--root", work, "--reporter=json", "--outputFile=results.json", "--no-color"],
      {
        cwd: work,
        env: env(),
        encoding: "utf8",
        timeout: 90_000,
      },
    );
    let results: Record<string, string[]> = {};
    try {
      const json = JSON.parse(readFileSync(join(work, "results.json"), "utf8")) as {
        testResults: {
          name: string;
          status: string;
          message?: string;
          assertionResults: { status: string; title: string; failureMessages: string[] }[];
        }[];
      };
      results = Object.fromEntries(
        json.testResults.map((r) => [
          r.name,
          r.assertionResults.length === 0
            ? [`no tests ran: ${r.message ?? r.status}`]
            : r.assertionResults
                .filter((a) => a.status !== "passed")
                .map((a) => `${a.title} (${a.status}): ${a.failureMessages.join("\n")}`),
        ]),
      );
    } catch {}
    vitestRun = { status: child.status, output: `${child.stdout}\n${child.stderr}`, results };
  }

  for (const b of nodeTests) {
    const child = spawnSync(process.execPath, ["--import", TSX, "--test", "--test-reporter=spec", pathOf(b)], {
      cwd: dirOf(b),
      env: env(),
      encoding: "utf8",
      timeout: 60_000,
    });
    nodeTestRuns[b.where] = { status: child.status, output: `${child.stdout}\n${child.stderr}` };
  }
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("guides", () => {
  it("exist in every language with the same files", () => {
    const files = languages.map((lang) =>
      readdirSync(join(GUIDES, lang))
        .filter((f) => f.endsWith(".md"))
        .sort(),
    );
    expect(languages).toEqual(["en", "ja"]);
    expect(files[1], "Every English guide needs a Japanese version with the same file name, and the reverse").toEqual(files[0]);
    expect(files[0]).toEqual(expect.arrayContaining(["getting-started.md", "delivery-spec.md", "testing.md", "custom-checks.md"]));
  });

  it("have samples", () => {
    expect(scripts.length).toBeGreaterThan(0);
    expect(yamlBlocks.length).toBeGreaterThan(0);
  });

  describe.each(yamlBlocks.map((b) => [b.where, b] as const))("YAML sample %s", (_where, b) => {
    it(b.fragment ? "is valid YAML" : "is a valid description", () => {
      const value = parse(b.body) as unknown;
      if (b.fragment) return;
      const parsed = parseDescription(value);
      expect(parsed.ok ? [] : parsed.issues.map((i) => `${i.pointer}: ${i.message.en}`)).toEqual([]);
    });
  });

  describe.each(scripts.map((b) => [b.where, b] as const))("script %s", (where) => {
    it("runs without throwing", () => {
      expect(scriptResults[where]).toBe("ok");
    });
  });

  describe.each(vitestTests.map((b) => [b.where, b] as const))("vitest sample %s", (_where, b) => {
    it("passes under vitest", () => {
      const failures = vitestRun.results[pathOf(b)];
      expect(failures, `vitest did not report on ${b.file}:\n${vitestRun.output}`).toBeDefined();
      expect(failures).toEqual([]);
    });
  });

  describe.each(nodeTests.map((b) => [b.where, b] as const))("node:test sample %s", (where) => {
    it("passes under node --test", () => {
      const run = nodeTestRuns[where];
      expect(run?.status, run?.output).toBe(0);
    });
  });

  describe.each(modules.map((b) => [b.where, b] as const))("module sample %s", (_where, b) => {
    it("is imported by another sample of its guide, so it runs", () => {
      const stem = (b.file ?? "").replace(/\.ts$/, "");
      const importers = tsBlocks.filter((o) => o !== b && o.lang === b.lang && o.guide === b.guide && o.body.includes(`"./${stem}.js"`));
      expect(importers.map((o) => o.where)).not.toEqual([]);
    });
  });
});
