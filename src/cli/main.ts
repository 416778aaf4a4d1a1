/**
 * The `secpolicy` command line (built to dist/cli.js, the package's `bin`): it only chooses how
 * to load the command line (./start.ts) and starts it.
 *
 * Compiling the code a command runs is a large part of a short run. Node 22.1 and later keep the
 * compiled code of the modules loaded from here on (the commands, zod, yaml, the checks) on disk
 * between runs. Older Nodes have no such cache for ES modules, so there a command (`check`,
 * `init`, …) runs from the same sources built as one CommonJS file, dist/cli-bundle.cjs,
 * compiled through a code cache of its own (./code-cache.ts). `--help`, `--version` and anything
 * that is not a command load only the small ES modules they need, as before. Both ways run the
 * same code; NODE_DISABLE_COMPILE_CACHE=1 turns either cache off.
 */
import { requireWithCodeCache } from "./code-cache.js";
import { tooOldNode } from "./node-version.js";

interface CommandLine {
  start(argv: readonly string[]): void;
}

/**
 * The commands (as src/cli/run.ts dispatches them), each with a code cache of its own. Spelled out
 * here rather than imported: a module shared with run.ts becomes a chunk of its own, one more
 * module for every start to load. test/e2e/compile-cache.test.ts keeps the two lists equal.
 */
const COMMANDS = new Set(["check", "init", "import", "schema", "checks", "explain"]);

/** The command `argv` names, looking past `--lang` and its value as run.ts does; undefined for anything else. */
function commandOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--lang") i++;
    else if (!arg.startsWith("--lang=")) return COMMANDS.has(arg) ? arg : undefined;
  }
  return undefined;
}

const tooOld = tooOldNode(process.versions.node);
if (tooOld !== undefined) {
  process.stderr.write(tooOld);
  process.exit(2);
}

const argv = process.argv.slice(2);
const module = process.getBuiltinModule("node:module") as { enableCompileCache?: () => unknown };
const command = commandOf(argv);
if (module.enableCompileCache !== undefined || command === undefined) {
  try {
    module.enableCompileCache?.();
  } catch {
    // A cache directory that cannot be created: start without it.
  }
  // No top-level await, so this file stays small and loads nothing else before it must.
  void import("./start.js").then((cli) => cli.start(argv));
} else {
  const bundle = process.getBuiltinModule("node:path").join(import.meta.dirname, "cli-bundle.cjs");
  requireWithCodeCache<CommandLine>(bundle, command, process.env).start(argv);
}
