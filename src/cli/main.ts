/**
 * The `secpolicy` command line (built to dist/cli.js). Wires the process to {@link run}: the
 * only place that reads the clock, the environment and the terminal.
 */
import { localDate } from "./context.js";
import { run } from "./run.js";

// A closed pipe (`secpolicy check … | head`) ends the output quietly instead of crashing.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

// No top-level await, so the entry could also be bundled as CommonJS.
void run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  today: () => localDate(new Date()),
}).then((code) => {
  process.exitCode = code;
});
