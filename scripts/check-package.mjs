#!/usr/bin/env node
/**
 * `npm run check:package`: lints the package as `npm publish` would pack it with publint (strict)
 * and Are the Types Wrong (node16 profile), both on one tarball (scripts/pack.mjs), which the
 * tests that install the package share; each tool would otherwise run `npm pack` itself.
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { packedTarball } from "./pack.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "node_modules", ".bin");

/** Runs a command in the project folder with its output passed through; returns its exit code. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit" });
  if (result.error !== undefined) throw result.error;
  return result.status ?? 1;
}

const tarball = packedTarball();
const publint = run(join(BIN, "publint"), ["run", tarball, "--strict"]);
const attw = run(join(BIN, "attw"), [tarball, "--profile", "node16"]);
process.exitCode = publint !== 0 ? publint : attw;
