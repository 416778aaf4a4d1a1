/**
 * vitest globalSetup: build dist/cli.js once before the e2e tests when it is missing or stale.
 * Skipped when the run is filtered to files outside test/e2e, so unit-test runs stay fast.
 */
import { ensureBuilt } from "./build.js";

function e2eInScope(argv: readonly string[]): boolean {
  const filters = argv
    .slice(2)
    .filter(
      (arg, i, all) => !arg.startsWith("-") && !["run", "watch", "related", "bench"].includes(arg) && !(all[i - 1] ?? "").match(/^--[a-z]/),
    );
  return filters.length === 0 || filters.some((f) => /e2e/.test(f) || /^(\.\/)?test\/?$/.test(f));
}

export default function setup(): void {
  if (e2eInScope(process.argv)) ensureBuilt();
}
