/**
 * The whole command line as one CommonJS bundle (dist/cli-bundle.cjs). dist/cli.js, the `bin`,
 * only loads this bundle (through a code cache on Nodes without one of their own, see
 * ./code-cache.ts) and calls {@link start}: the only place that reads the clock, the
 * environment and the terminal.
 */
import { localDate } from "./context.js";
import { run } from "./run.js";

/** Runs the command line on `argv` (the arguments after the script) and sets the exit code. */
export function start(argv: readonly string[]): void {
  // A closed pipe (`secpolicy check … | head`) ends the output quietly instead of crashing.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });

  void run(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    today: () => localDate(new Date()),
  }).then((code) => {
    process.exitCode = code;
  });
}
