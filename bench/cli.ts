/**
 * CLI start-up benchmark: `secpolicy check` on the vendor delivery spec against a bare
 * `node -e 0`, and on a generated 1k-system YAML inventory. Spawns each command N times from one
 * process (the first run of each, not counted, also writes the CLI's code cache), reports medians
 * and ratios, and rewrites its section of docs/benchmarks.md (between the cli-bench markers;
 * other sections belong to the main benchmark).
 *
 *   npx tsx bench/cli.ts [runs]        (builds dist/cli.js first when stale)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { CLI, ensureBuilt, ROOT } from "../test/e2e/build.js";
import { generateInventory } from "./generate.js";

const RUNS = Number(process.argv[2] ?? 15);
const TARGET = 2.5;
const START = "<!-- cli-bench:start -->";
const END = "<!-- cli-bench:end -->";

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function time(args: readonly string[]): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "pipe"],
      env: { PATH: process.env.PATH ?? "" },
    });
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}`);
    if (i > 0) samples.push(elapsed); // the first run warms the file cache
  }
  return median(samples);
}

ensureBuilt();
const temp = mkdtempSync(join(tmpdir(), "secpolicy-bench-"));
try {
  const inventory = join(temp, "inventory-1k.yaml");
  writeFileSync(inventory, stringify(generateInventory(1000)));
  const size = readFileSync(inventory).length;
  const rows = [
    { name: "`node -e 0`", ms: time(["-e", "0"]) },
    { name: "`secpolicy --version`", ms: time([CLI, "--version"]) },
    { name: "`secpolicy check examples/delivery-spec.yaml`", ms: time([CLI, "check", "examples/delivery-spec.yaml"]) },
    {
      name: "`secpolicy check examples/delivery-spec.yaml --format sarif`",
      ms: time([CLI, "check", "examples/delivery-spec.yaml", "--format", "sarif"]),
    },
    {
      name: `\`secpolicy check\` on a generated 1k-system inventory (${(size / 1024).toFixed(0)} KiB YAML)`,
      ms: time([CLI, "check", inventory, "--format", "json"]),
    },
  ];
  const bare = rows[0]?.ms ?? 1;
  const spec = rows[2]?.ms ?? 0;
  const ratio = spec / bare;
  const table = [
    "| command | median (ms) | × bare node |",
    "|---|---:|---:|",
    ...rows.map((r) => `| ${r.name} | ${r.ms.toFixed(1)} | ${(r.ms / bare).toFixed(2)} |`),
  ].join("\n");
  const verdict =
    ratio <= TARGET
      ? `Target met: the delivery spec takes ${ratio.toFixed(2)}× a bare node start (target ≤ ${TARGET}×).`
      : `Target missed: the delivery spec takes ${ratio.toFixed(2)}× a bare node start (target ≤ ${TARGET}×).`;
  const section = `${START}
## CLI start-up

Measured by \`npx tsx bench/cli.ts ${RUNS}\`: median of ${RUNS} runs after one warm-up, each a
fresh child process with only PATH in its environment (no NODE_EXTRA_CA_CERTS, which adds to
every Node start), one command's runs after another, on Node ${process.version} (${cpus().length} CPUs).
The target rows of the table above come from \`bench/startup.ts\` instead: the commands
interleaved run by run, in the environment the benchmark was started in. ${verdict}

${table}

Where the time goes (\`node --cpu-prof\` of \`check\` on the spec): Node's own start; on Node
20, which has no compile cache for ES modules, the commands run from one CommonJS bundle
(\`dist/cli-bundle.cjs\`) compiled from a V8 code cache that the first run writes (the warm-up
run above writes it; NODE_DISABLE_COMPILE_CACHE=1 measures without it), so what is left is
reading the bundle and its cache, running the modules' top level (defining the checks and the
engine; zod is not evaluated for a valid description) and the run itself: parsing the YAML with source positions,
evaluating, formatting, and the garbage collection all of that causes. \`--version\` and
\`--help\` load only their own small ES modules and start close to a bare node. For the
1k-system inventory the YAML parser (with source positions) and its garbage collection are the
largest cost; the same inventory as JSON is parsed natively and located by one linear scan.
${END}`;
  const doc = join(ROOT, "docs", "benchmarks.md");
  const current = existsSync(doc) ? readFileSync(doc, "utf8") : "# Benchmarks\n";
  const next =
    current.includes(START) && current.includes(END)
      ? current.slice(0, current.indexOf(START)) + section + current.slice(current.indexOf(END) + END.length)
      : `${current.replace(/\n*$/, "\n\n")}${section}\n`;
  writeFileSync(doc, next);
  console.log(table);
  console.log(verdict);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
