/**
 * The benchmark harness of issue 18: every ratio with its target, met or not, in one run.
 *
 *   npm run bench                 full run (several minutes): sizes 100 → 100k, memory runs, the
 *                                 peer, writes the generated section of docs/benchmarks.md
 *   npm run bench -- --quick      sizes 100, 1k and 10k with few repetitions, no memory runs; prints only
 *   npm run bench -- --sizes=1000 --reps=9    chosen sizes; prints only
 *   npm run bench -- --write      also write docs/benchmarks.md after a partial run
 *   --reps=100:7,1000:5,10000:1   repetitions per size (or one number for all)
 *   --memory-runs=core            only the memory runs the targets need (no all-results or JSON-out rows)
 *
 * Timing: each size runs in its own child process (with `--expose-gc`), and within it the steps
 * being compared are interleaved repetition by repetition (A, B, C, A, B, C, …, the start rotating),
 * medians per step — so load on a shared machine moves every column, not one. Memory: each
 * measured pipeline runs alone in a child process whose peak RSS is read at exit: the library's
 * rows run bench/pipeline.ts bundled by esbuild as the package ships code, with plain node; the CLI
 * rows run the built `dist/cli.js`. The timing children run the sources through tsx (esbuild's
 * transpilation of the same modules the build bundles).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, type as osType, release } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildSync } from "esbuild";
import { stringify } from "yaml";
import { generateInventory } from "./generate.js";
import { exponent } from "./interleave.js";
import type { MemoryResult, TimingResult } from "./measure.js";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DOC = join(ROOT, "docs/benchmarks.md");
const START = "<!-- engine-bench:start -->";
const END = "<!-- engine-bench:end -->";
const MEASURE = join(HERE, "measure.ts");
const RSS_PROBE = join(HERE, "rss-probe.cjs");

const { values } = parseArgs({
  options: {
    quick: { type: "boolean" },
    sizes: { type: "string" },
    reps: { type: "string" },
    "memory-runs": { type: "string" },
    write: { type: "boolean" },
    memory: { type: "boolean" },
  },
});
const quick = values.quick === true;
const FULL_SIZES = [100, 1_000, 10_000, 100_000];
const sizes = values.sizes?.split(",").map(Number) ?? (quick ? [100, 1_000, 10_000] : FULL_SIZES);
const FULL_REPS: Readonly<Record<number, number>> = { 100: 21, 1000: 11, 10000: 3, 100000: 1 };
const QUICK_REPS: Readonly<Record<number, number>> = { 100: 7, 1000: 5, 10000: 2, 100000: 1 };
const givenReps = new Map(
  (values.reps ?? "")
    .split(",")
    .filter((part) => part.includes(":"))
    .map((part) => part.split(":").map(Number) as [number, number]),
);
const repsOf = (size: number) =>
  givenReps.get(size) ??
  (values.reps !== undefined && !values.reps.includes(":") ? Number(values.reps) : ((quick ? QUICK_REPS : FULL_REPS)[size] ?? 1));
const coreMemoryOnly = values["memory-runs"] === "core";
const fullRun = values.sizes === undefined && !quick;
const memoryRuns = values.memory ?? fullRun;

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : "–");
const mb = (n: number) => `${Math.round(n)} MB`;

/** Runs the measuring module in a child process; its last stdout line is the JSON result. */
function child<T>(args: readonly string[], extraNodeArgs: readonly string[] = []): T {
  const run = spawnSync(process.execPath, [...process.execArgv, "--expose-gc", ...extraNodeArgs, MEASURE, ...args], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
    cwd: ROOT,
  });
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    throw new Error(`bench child ${args.join(" ")} failed (exit ${run.status})`);
  }
  const last = run.stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(last) as T;
}

const PIPELINE = join(HERE, "pipeline.ts");

/**
 * Runs bench/pipeline.ts as the package ships code: bundled by esbuild (packages left to
 * node_modules) and run by plain node, so that nothing but the pipeline is in the process.
 */
let pipelineBuilt = false;
function pipelineChild(file: string, mode: "problems" | "all"): MemoryResult {
  // Inside the repository, so that the bundle's imports of zod and yaml resolve to its node_modules.
  const bundle = join(ROOT, "node_modules/.cache/secpolicy-bench/pipeline.mjs");
  if (!pipelineBuilt) {
    pipelineBuilt = true;
    buildSync({
      entryPoints: [PIPELINE],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      outfile: bundle,
      logLevel: "warning",
    });
  }
  const run = spawnSync(process.execPath, ["--max-old-space-size=16384", bundle, file, mode], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
    cwd: ROOT,
  });
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    throw new Error(`bench pipeline ${file} ${mode} failed (exit ${run.status})`);
  }
  return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "") as MemoryResult;
}

/** The environment the figures belong to; what adds to Node's start-up is named. */
function environment(): string {
  const cpu = cpus();
  const load = existsSync("/proc/loadavg") ? readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ") : "unknown";
  return [
    `Node ${process.version} on ${osType()} ${release()}, ${cpu[0]?.model ?? "unknown CPU"} × ${cpu.length}`,
    `load average at the start ${load}`,
    `NODE_OPTIONS=${JSON.stringify(process.env.NODE_OPTIONS ?? "")}`,
    `NODE_EXTRA_CA_CERTS=${process.env.NODE_EXTRA_CA_CERTS === undefined ? "unset" : "set"}`,
  ].join("; ");
}

function verdict(value: number, limit: number): string {
  if (!Number.isFinite(value)) return "not measured";
  return value <= limit ? "**met**" : "not met";
}

// ---------------------------------------------------------------------------------------------
// Timing

const timings: TimingResult[] = [];
for (const size of sizes) {
  const started = performance.now();
  const result = child<TimingResult>(
    ["timing", String(size), String(repsOf(size)), quick ? "quick" : "full"],
    ["--max-old-space-size=16384"],
  );
  timings.push(result);
  const m = result.medians;
  process.stdout.write(
    `${size} systems (${result.repetitions} reps, ${((performance.now() - started) / 1000).toFixed(0)} s): ` +
      Object.entries(m)
        .map(([k, v]) => `${k} ${f1(v)}`)
        .join(", ") +
      " ms\n",
  );
}

// ---------------------------------------------------------------------------------------------
// Memory: one pipeline per process

interface MemoryRow extends MemoryResult {
  readonly label: string;
}
const memory: MemoryRow[] = [];
let temp: string | undefined;
if (memoryRuns) {
  temp = mkdtempSync(join(tmpdir(), "secpolicy-bench-"));
  const files: Record<string, string> = {};
  const write = (name: string, size: number, format: "json" | "yaml") => {
    const data = generateInventory(size);
    const path = join(temp as string, name);
    writeFileSync(path, format === "json" ? JSON.stringify(data) : stringify(data));
    files[name] = path;
  };
  write("10k.json", 10_000, "json");
  write("10k.yaml", 10_000, "yaml");
  write("100k.json", 100_000, "json");
  const runs: [string, string, "problems" | "all"][] = [
    ["library, 10k systems, JSON, problems", "10k.json", "problems"],
    ["library, 10k systems, YAML, problems", "10k.yaml", "problems"],
    ["library, 100k systems, JSON, problems", "100k.json", "problems"],
    ...(coreMemoryOnly ? [] : [["library, 100k systems, JSON, all results", "100k.json", "all"] as [string, string, "all"]]),
  ];
  for (const [label, file, mode] of runs) {
    const result = pipelineChild(files[file] as string, mode);
    memory.push({ label, ...result });
    process.stdout.write(`${label}: ${f1(result.ms / 1000)} s, peak RSS ${mb(result.maxRssMb)}\n`);
  }
  // The command line on the same 100k file, problems only (text format), and as JSON.
  const cli = join(ROOT, "dist/cli.js");
  if (existsSync(cli)) {
    for (const [label, args] of [
      ["CLI, 100k systems, JSON in, text out (problems)", ["--format", "text"]],
      ...(coreMemoryOnly
        ? []
        : [["CLI, 100k systems, JSON in, JSON out --results problems", ["--format", "json", "--results", "problems"]] as const]),
    ] as const) {
      const started = performance.now();
      const run = spawnSync(
        process.execPath,
        ["-r", RSS_PROBE, cli, "check", files["100k.json"] as string, "--as-of", "2026-04-01", "--max-input-mib", "1024", ...args],
        { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "ignore", "pipe"] },
      );
      const ms = performance.now() - started;
      const rss = /secpolicy-bench-maxrss (\d+)/.exec(run.stderr ?? "");
      const ok = run.status === 0 || run.status === 1;
      memory.push({
        label,
        ms,
        maxRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN,
        listed: 0,
        total: 0,
        note: ok ? `exit ${run.status}` : `exit ${run.status}: ${(run.stderr ?? "").split("\n").find((l) => l.trim() !== "") ?? ""}`,
      });
      process.stdout.write(`${label}: ${f1(ms / 1000)} s, peak RSS ${rss ? mb(Number(rss[1]) / 1024) : "?"} (exit ${run.status})\n`);
    }
  } else process.stdout.write("dist/cli.js is not built (npm run build): CLI memory rows skipped\n");
  rmSync(temp, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// CLI start-up (issue 18, target 5) belongs to bench/startup.ts (helper C2). HOOK: when that module
// exists it is loaded here and its rows join the report; until then the section says so.

interface StartupRow {
  readonly name: string;
  readonly ms: number;
  readonly ratio?: number;
  readonly target?: number;
}
let startup: readonly StartupRow[] | undefined;
const startupModule = join(HERE, "startup.ts");
if (existsSync(startupModule) && !quick) {
  // bench/startup.ts exports measureStartup(repetitions): { rows: { name, medianMs, ratio, target }[] } (interleaved with node -e 0).
  const loaded = (await import(startupModule)) as Record<string, unknown>;
  const measure = loaded.measureStartup as
    | ((repetitions?: number) => { rows: readonly { name: string; medianMs: number; ratio: number; target: number }[] })
    | undefined;
  if (typeof measure === "function") {
    startup = measure(quick ? 15 : 21).rows.map((row) => ({
      name: `\`${row.name}\``,
      ms: row.medianMs,
      ratio: row.ratio,
      target: row.target,
    }));
  }
}

// ---------------------------------------------------------------------------------------------
// Rendering

const bySize = new Map(timings.map((t) => [t.size, t]));
const at = (size: number) => bySize.get(size);
const m = (size: number, step: string) => at(size)?.medians[step] ?? Number.NaN;
const validation = (size: number) => m(size, "parseDescription");
const ratioAll = (size: number) => (validation(size) + m(size, "evaluate all")) / m(size, "JSON.parse");
const ratioProblems = (size: number) => (validation(size) + m(size, "evaluate problems")) / m(size, "JSON.parse");
/** (parseDescription + the step) ÷ JSON.parse, from the run without forced collections. */
const steadyRatio = (size: number, step: string) => {
  const steady = timings.find((t) => t.size === size)?.steady;
  if (steady === undefined) return Number.NaN;
  return ((steady.parseDescription ?? Number.NaN) + (steady[step] ?? Number.NaN)) / (steady["JSON.parse"] ?? Number.NaN);
};

function timingTable(pick: (t: TimingResult) => Record<string, number>): string[] {
  const steps = [...new Set(timings.flatMap((t) => Object.keys(pick(t))))];
  return [
    `| systems | connections | JSON | YAML | reps | ${steps.join(" | ")} |`,
    `|---:|---:|---:|---:|---:|${steps.map(() => "---:").join("|")}|`,
    ...timings.map(
      (t) =>
        `| ${t.size} | ${t.connections} | ${f1(t.jsonBytes / 1e6)} MB | ${t.yamlBytes === undefined ? "–" : `${f1(t.yamlBytes / 1e6)} MB`} | ${t.repetitions} | ${steps.map((s) => f1(pick(t)[s] ?? Number.NaN)).join(" | ")} |`,
    ),
  ];
}

function targetsTable(): string[] {
  const rows: string[] = ["| # | target | measured | met |", "|---|---|---|---|"];
  rows.push(
    `| 1 | (parseDescription + evaluate) ÷ JSON.parse at 1k systems ≤ 3, every result listed | ${f2(ratioAll(1000))} | ${verdict(ratioAll(1000), 3)} |`,
    `| 1 | the same in problems mode ≤ 2 | ${f2(ratioProblems(1000))} | ${verdict(ratioProblems(1000), 2)} |`,
    `| 1 | (stated) the same in a process that evaluates again and again, no forced collection before each step: every result listed / problems mode | ${f2(steadyRatio(1000, "evaluate all"))} / ${f2(steadyRatio(1000, "evaluate problems"))} | – |`,
    `| 2 | schema validation as the library does it (the precompiled validator; zod only for invalid input) ÷ Ajv at 1k ≤ 2 | ${f2(m(1000, "precompiled") / m(1000, "Ajv"))} (zod alone ${f2(m(1000, "zod safeParse") / m(1000, "Ajv"))}; all of parseDescription, cross references included, ${f2(validation(1000) / m(1000, "Ajv"))}) | ${verdict(m(1000, "precompiled") / m(1000, "Ajv"), 2)} |`,
  );
  const lib = memory.find((r) => r.label.startsWith("library, 100k") && r.label.endsWith("problems"));
  const libAll = memory.find((r) => r.label.startsWith("library, 100k") && r.label.endsWith("all results"));
  const cliRows = memory.filter((r) => r.label.startsWith("CLI, 100k"));
  rows.push(
    `| 3 | peak RSS at 100k systems ≤ 1 GB, library, problems mode (read, validate, evaluate, locate) | ${lib === undefined ? "not measured" : `${mb(lib.maxRssMb)} in ${f1(lib.ms / 1000)} s`} | ${lib === undefined ? "not measured" : verdict(lib.maxRssMb, 1000)} |`,
    ...cliRows.map(
      (r) =>
        `| 3 | peak RSS at 100k systems ≤ 1 GB, ${r.label} | ${Number.isFinite(r.maxRssMb) ? `${mb(r.maxRssMb)} in ${f1(r.ms / 1000)} s (${r.note})` : `failed: ${r.note}`} | ${verdict(r.maxRssMb, 1000)} |`,
    ),
    `| 3 | (stated) peak RSS at 100k systems, library, all results | ${libAll === undefined ? "not measured" : `${mb(libAll.maxRssMb)} in ${f1(libAll.ms / 1000)} s`} | – |`,
  );
  const yamlRatio = m(10_000, "read YAML, located") / m(10_000, "JSON.parse");
  const packageRatio = m(1000, "read YAML, yaml package") / m(1000, "JSON.parse");
  const memJson = memory.find((r) => r.label.startsWith("library, 10k systems, JSON"));
  const memYaml = memory.find((r) => r.label.startsWith("library, 10k systems, YAML"));
  const memRatio = memJson && memYaml ? memYaml.maxRssMb / memJson.maxRssMb : Number.NaN;
  rows.push(
    `| 4 | reading YAML and locating every problem ÷ JSON.parse at 10k ≤ 10 | ${f2(yamlRatio)} (reading alone ${f2(m(10_000, "read YAML") / m(10_000, "JSON.parse"))}; JSON read and located ${f2(m(10_000, "read JSON, located") / m(10_000, "JSON.parse"))}; the yaml package's document at 1k ${f2(packageRatio)}) | ${verdict(yamlRatio, 10)} |`,
    `| 4 | peak RSS of the YAML path ÷ the JSON path at 10k (read + validate + evaluate problems) ≤ 3 | ${memJson && memYaml ? `${f2(memRatio)} (${mb(memYaml.maxRssMb)} / ${mb(memJson.maxRssMb)})` : "not measured"} | ${verdict(memRatio, 3)} |`,
  );
  if (startup === undefined) rows.push("| 5 | CLI start-up | see bench/startup.ts (helper C2); not part of this run | – |");
  else
    for (const r of startup)
      rows.push(
        `| 5 | ${r.name}${r.target === undefined ? "" : ` ≤ ${r.target}× node -e 0`} | ${f1(r.ms)} ms${r.ratio === undefined ? "" : `, ${f2(r.ratio)}×`} | ${r.ratio === undefined || r.target === undefined ? "–" : verdict(r.ratio, r.target)} |`,
      );
  const present = FULL_SIZES.filter((s) => bySize.has(s));
  for (let i = 1; i < present.length; i++) {
    const a = present[i - 1] as number;
    const b = present[i] as number;
    for (const [label, fn] of [
      ["all results", ratioAll],
      ["problems", ratioProblems],
    ] as const) {
      const ta = fn(a) * m(a, "JSON.parse");
      const tb = fn(b) * m(b, "JSON.parse");
      const e = exponent(a, ta, b, tb);
      rows.push(`| 6 | scaling exponent of parseDescription + evaluate (${label}), ${a} → ${b} ≤ 1.1 | ${f2(e)} | ${verdict(e, 1.1)} |`);
    }
  }
  rows.push("| 7 | npm test on a clean clone ≤ 90 s | see “Test suite” below (measured by a clean-clone run, not by this script) | – |");
  for (const size of [1000, 10_000]) {
    const cedarMs = m(size, "Cedar rule");
    const ours = m(size, "library rule");
    if (Number.isFinite(cedarMs))
      rows.push(
        `| 8 | one zone rule at ${size} systems: Cedar ÷ this library (stated, no target) | ${f2(cedarMs / ours)} (Cedar ${f1(cedarMs)} ms, library ${f1(ours)} ms) | – |`,
      );
  }
  return rows;
}

function memoryTable(): string[] {
  if (memory.length === 0) return [];
  return [
    "| pipeline (one process each) | wall clock | peak RSS | results listed / counted |",
    "|---|---:|---:|---:|",
    ...memory.map(
      (r) => `| ${r.label} | ${f1(r.ms / 1000)} s | ${mb(r.maxRssMb)} | ${r.total === 0 ? (r.note ?? "") : `${r.listed} / ${r.total}`} |`,
    ),
  ];
}

const peerNote = timings.find((t) => t.peer !== undefined)?.peer;
const section = [
  `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. ${environment()}.`,
  "",
  "Median **CPU** milliseconds (user + system of the process, the garbage collector's threads included) of interleaved repetitions: the steps alternate within each repetition, the heap is collected before each step. The ratios below use these; CPU time does not count waiting for a core, so it holds on a shared machine. `parseDescription` = zod validation plus cross references (what the library does with input); `read JSON` = reading a JSON file's bytes as the command does (in pieces, decoding included; strict, duplicate keys refused), `read YAML` = `parseSource` on the decoded text (the same strictness); positions are found on demand; `…, located` adds the one pass that finds where every problem of the report is, as the command does before printing; `read YAML, yaml package` = the same reading and locating through the `yaml` package's document alone (the route of any YAML outside the plain block subset; measured up to 1k).",
  "",
  ...timingTable((t) => t.medians),
  "",
  "The same runs, median wall-clock milliseconds:",
  "",
  ...timingTable((t) => t.wall),
  "",
  ...targetsTable(),
  "",
  ...memoryTable(),
  ...(peerNote === undefined
    ? []
    : [
        "",
        `Peer: Cedar ${peerNote.cedarVersion} (\`@cedar-policy/cedar-wasm\`), one request per direction of each connection, against this library's \`${peerNote.checkId}\` check alone (problems mode). On the 1k inventory Cedar denies ${peerNote.cedarDenied} of ${peerNote.cedarRequests} requests; the library's check fails ${peerNote.libraryFailures} connections (it also judges approvals, national systems and the LGWAN side, which the one-line Cedar rule does not).`,
      ]),
].join("\n");

process.stdout.write(`\n${section}\n`);
if (fullRun || values.write === true) {
  const current = readFileSync(DOC, "utf8");
  const block = `${START}\n${section}\n${END}`;
  const next =
    current.includes(START) && current.includes(END)
      ? current.slice(0, current.indexOf(START)) + block + current.slice(current.indexOf(END) + END.length)
      : `${current.trimEnd()}\n\n## Engine\n\n${block}\n`;
  writeFileSync(DOC, next);
  process.stdout.write(`\nwrote ${DOC}\n`);
}
