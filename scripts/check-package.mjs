#!/usr/bin/env node
/**
 * `npm run check:package`: packs the package once, as `npm publish` would, and lints that one
 * tarball with publint (strict) and Are the Types Wrong (node16 profile). Each tool would otherwise
 * run `npm pack` itself. The tarball is written to a temp folder and removed afterwards.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "node_modules", ".bin");

/** Runs a command in the project folder (output passed through unless `stdio` says otherwise); returns its exit code. */
function run(command, args, stdio = "inherit") {
  const result = spawnSync(command, args, { cwd: ROOT, stdio });
  if (result.error !== undefined) throw result.error;
  return result.status ?? 1;
}

const temp = mkdtempSync(join(tmpdir(), "secpolicy-pack-"));
let code = 1;
try {
  code = run("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", temp], ["ignore", "ignore", "inherit"]);
  const tarball = readdirSync(temp).find((f) => f.endsWith(".tgz"));
  if (code === 0 && tarball === undefined) {
    console.error("npm pack wrote no tarball");
    code = 1;
  }
  if (code === 0 && tarball !== undefined) {
    const path = join(temp, tarball);
    const publint = run(join(BIN, "publint"), ["run", path, "--strict"]);
    const attw = run(join(BIN, "attw"), [path, "--profile", "node16"]);
    code = publint !== 0 ? publint : attw;
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
process.exitCode = code;
