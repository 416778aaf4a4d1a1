/**
 * CLI start-up against a bare `node -e 0` (issue 18, target 5): `secpolicy check` on the vendor
 * delivery spec within 2.5×, `--help` and `--version` within 1.5×.
 *
 * The commands run interleaved, repetition by repetition (node, check, help, version, node, …),
 * so a burst of load on the machine moves every column alike instead of one; each ratio is the
 * median of a command over the median of `node -e 0`. The first round only warms the file cache
 * and the CLI's code cache (src/cli/code-cache.ts), as any earlier run of the command would.
 *
 *   npx tsx bench/startup.ts [repetitions]     (builds dist/cli.js first when stale)
 *
 * `measureStartup` returns the figures for bench/run.ts.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { CLI, ensureBuilt, ROOT } from "../test/e2e/build.js";

/** One command timed against `node -e 0`. */
export interface StartupRow {
  readonly name: string;
  readonly medianMs: number;
  /** Median of the command over the median of `node -e 0`. */
  readonly ratio: number;
  readonly target: number;
  readonly met: boolean;
}

export interface StartupResult {
  readonly repetitions: number;
  readonly nodeMs: number;
  readonly rows: readonly StartupRow[];
  /** What adds to every start-up on this machine. */
  readonly environment: { readonly node: string; readonly nodeOptions: string; readonly extraCaCerts: string };
}

const COMMANDS: readonly { name: string; args: readonly string[]; target: number }[] = [
  { name: "secpolicy check examples/delivery-spec.yaml", args: ["check", "examples/delivery-spec.yaml"], target: 2.5 },
  { name: "secpolicy --help", args: ["--help"], target: 1.5 },
  { name: "secpolicy --version", args: ["--version"], target: 1.5 },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Milliseconds one run of `node <args>` takes, from spawn to exit; it must exit 0 or 1. */
function once(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    // The environment of the measuring process, so NODE_OPTIONS and friends count as they would for a user.
    env: process.env,
  });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

/** Times the commands interleaved with `node -e 0` (at least 15 repetitions each) and returns the ratios. */
export function measureStartup(repetitions = 21): StartupResult {
  ensureBuilt();
  const runs = Math.max(15, repetitions);
  const node: number[] = [];
  const samples = COMMANDS.map(() => [] as number[]);
  for (let round = 0; round <= runs; round++) {
    const base = once(["-e", "0"]);
    const times = COMMANDS.map((command) => once([CLI, ...command.args]));
    if (round === 0) continue; // warms the file cache and the code cache
    node.push(base);
    times.forEach((ms, i) => samples[i]?.push(ms));
  }
  const nodeMs = median(node);
  return {
    repetitions: runs,
    nodeMs,
    rows: COMMANDS.map((command, i) => {
      const medianMs = median(samples[i] ?? []);
      const ratio = medianMs / nodeMs;
      return { name: command.name, medianMs, ratio, target: command.target, met: ratio <= command.target };
    }),
    environment: {
      node: process.version,
      nodeOptions: process.env.NODE_OPTIONS ?? "",
      extraCaCerts: process.env.NODE_EXTRA_CA_CERTS ?? "",
    },
  };
}

/** The result as lines of text. */
export function startupText(result: StartupResult): string {
  const { environment: env } = result;
  const lines = [
    `Node ${env.node}; NODE_OPTIONS=${JSON.stringify(env.nodeOptions)}; NODE_EXTRA_CA_CERTS=${JSON.stringify(env.extraCaCerts)}`,
    `${result.repetitions} interleaved repetitions, medians; node -e 0: ${result.nodeMs.toFixed(1)} ms`,
    ...result.rows.map(
      (row) =>
        `${row.name.padEnd(46)} ${row.medianMs.toFixed(1).padStart(7)} ms  ${row.ratio.toFixed(2)}× (target ≤ ${row.target}×, ${row.met ? "met" : "not met"})`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repetitions = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  process.stdout.write(startupText(measureStartup(repetitions)));
}
