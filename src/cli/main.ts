/**
 * The `secpolicy` command line (built to dist/cli.js). Wires the process to {@link run}: the
 * only place that reads the clock, the environment and the terminal.
 */
import module from "node:module";
import { localDate } from "./context.js";
import { run } from "./run.js";

// Node 22.1 and later keep the compiled code of the modules loaded from here on (the commands,
// zod, yaml, the checks) on disk between runs; older Nodes have no such function, and a cache that
// cannot be used is only slower, never wrong. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
try {
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
} catch {
  // A cache directory that cannot be created: start without it.
}

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
