#!/usr/bin/env node
/**
 * `tsc` with one incremental build-info file for the whole project
 * (node_modules/.cache/tsc/project.tsbuildinfo), shared by `npm run typecheck` and vitest's type
 * tests (vitest.config.ts names this script as its checker). vitest passes a build-info file of
 * its own; it is replaced, so the type tests reuse what the typecheck step already checked
 * instead of checking the whole project a second time. Every other argument goes to tsc as is.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const buildInfo = join(root, "node_modules", ".cache", "tsc", "project.tsbuildinfo");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

const args = [];
const given = process.argv.slice(2);
for (let i = 0; i < given.length; i++) {
  if (given[i] === "--tsBuildInfoFile") i++;
  else if (given[i] !== "--incremental") args.push(given[i]);
}
const result = spawnSync(process.execPath, [tsc, "--incremental", "--tsBuildInfoFile", buildInfo, ...args], { stdio: "inherit" });
process.exit(result.status ?? 1);
