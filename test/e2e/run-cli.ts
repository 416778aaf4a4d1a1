import { spawnSync } from "node:child_process";
import { localDate } from "../../src/cli/context.js";
import { run } from "../../src/cli/run.js";
import { CLI, ROOT } from "./build.js";

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliRunOptions {
  /** Variables besides PATH (the run sees no others: no LANG, no colour). */
  readonly env?: Record<string, string>;
  /** The working folder; the project root when not given. */
  readonly cwd?: string;
}

/**
 * Runs the built binary in a child process with a clean environment (no LANG, no colour). For
 * what only a process shows: standard input, the exit status as the shell sees it, the built
 * bundle itself.
 */
export function runBuiltCli(args: readonly string[], options: CliRunOptions & { input?: string | Buffer } = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    env: { PATH: process.env.PATH ?? "", ...options.env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Collects what the command writes, as the bytes a pipe would carry. */
class Captured {
  private readonly chunks: Buffer[] = [];
  write(text: string | Uint8Array): void {
    this.chunks.push(typeof text === "string" ? Buffer.from(text, "utf8") : Buffer.from(text));
  }
  text(): string {
    return Buffer.concat(this.chunks).toString("utf8");
  }
}

let running = false;

/**
 * Runs the command in this process: the same `run(argv, io)` that dist/cli.js wires to the
 * process, with the same clean environment, its output captured as a pipe would carry it (not a
 * terminal), and the working folder changed for the run. Many times faster than starting the
 * built binary, so the command's behaviour can be tested case by case; `runBuiltCli` covers the
 * process itself. Needs a test pool with its own process per worker (vitest's "forks"):
 * threads cannot change the working folder.
 */
export async function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliResult> {
  // One run at a time: the working folder belongs to the whole process.
  if (running) throw new Error("runCli: runs in one process must not overlap (await each run)");
  running = true;
  const stdout = new Captured();
  const stderr = new Captured();
  const before = process.cwd();
  try {
    process.chdir(options.cwd ?? ROOT);
    const code = await run(args, {
      stdout,
      stderr,
      env: { PATH: process.env.PATH ?? "", ...options.env },
      today: () => localDate(new Date()),
    });
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    process.chdir(before);
    running = false;
  }
}
