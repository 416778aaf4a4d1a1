/**
 * The whole command line as one CommonJS bundle (dist/cli-bundle.cjs). dist/cli.js, the `bin`,
 * only loads this bundle (through a code cache on Nodes without one of their own, see
 * ./code-cache.ts) and calls {@link start}: the only place that reads the clock, the
 * environment and the terminal.
 */
import { formatDiagnostic } from "../io/diagnostic.js";
import { EXIT, localDate } from "./context.js";
import { outputError } from "./output.js";
import { run } from "./run.js";

/** Runs the command line on `argv` (the arguments after the script) and sets the exit code. */
export function start(argv: readonly string[]): void {
  // A closed pipe (`secpolicy check … | head`) ends the output quietly instead of crashing. Any
  // other failure to write the report (a full disk, `> /dev/full`) is an error of its own, said in
  // words with exit code 2 — never a stack trace, and never exit 1, which means findings.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    for (const d of outputError("-", error).diagnostics) process.stderr.write(`${formatDiagnostic(d, undefined)}\n`);
    process.exit(EXIT.usage);
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
