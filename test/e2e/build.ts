/**
 * Builds dist/cli.js when it is missing or older than the sources, so the e2e tests run the
 * real binary. A lock (scripts/lock.mjs) keeps concurrent test runs from building at the same time.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { withLock } from "../../scripts/lock.mjs";

export const ROOT = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
export const CLI = join(ROOT, "dist", "cli.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  let built: number;
  try {
    built = statSync(CLI).mtimeMs;
  } catch {
    return true;
  }
  const inputs = [
    newestSource(join(ROOT, "src")),
    statSync(join(ROOT, "tsup.config.ts")).mtimeMs,
    statSync(join(ROOT, "package.json")).mtimeMs,
  ];
  return inputs.some((t) => t > built);
}

export function ensureBuilt(): void {
  if (!isStale()) return;
  withLock(join(ROOT, "node_modules", ".cache", "secpolicy-e2e-build.lock"), "build", () => {
    // No type declarations and no clean: faster, and other files in dist stay in place.
    if (isStale())
      execFileSync(process.execPath, [join(ROOT, "node_modules", "tsup", "dist", "cli-default.js"), "--no-dts", "--no-clean", "--silent"], {
        cwd: ROOT,
        stdio: "pipe",
      });
  });
}
