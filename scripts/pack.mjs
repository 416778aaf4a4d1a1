/**
 * One `npm pack` of the checkout for everything in a test run that needs the package as it would
 * be published: the package checks (scripts/check-package.mjs), the consumer test and the CI
 * recipes' test. The tarball is kept under node_modules/.cache/secpolicy-pack, named by a
 * fingerprint of what goes into it (the size and modification time of every file under dist/ and
 * schemas/, and of package.json, README.md and LICENSE), so a changed build gets a new one. A lock
 * (scripts/lock.mjs) keeps two processes from packing at once; the second waits and takes the first's.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { withLock } from "./lock.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CACHE = join(ROOT, "node_modules", ".cache", "secpolicy-pack");

/** Size and modification time of each file the package holds, in a stable order. */
function fingerprint() {
  const hash = createHash("sha256");
  const add = (path) => {
    const stat = statSync(path);
    hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else add(path);
    }
  };
  for (const file of ["package.json", "README.md", "LICENSE"]) add(join(ROOT, file));
  walk(join(ROOT, "dist"));
  walk(join(ROOT, "schemas"));
  return hash.digest("hex").slice(0, 16);
}

/**
 * The path of a tarball of the checkout as `npm publish` would pack it (scripts skipped), packed
 * now or reused from an earlier call with the same files. dist/ must be built.
 */
export function packedTarball() {
  return withLock(join(CACHE, "lock"), "pack", () => {
    const target = join(CACHE, `${fingerprint()}.tgz`);
    if (existsSync(target)) return target;
    const temp = mkdtempSync(join(CACHE, "packing-"));
    try {
      execFileSync("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", temp], {
        cwd: ROOT,
        stdio: ["ignore", "ignore", "pipe"],
      });
      const written = readdirSync(temp).find((f) => f.endsWith(".tgz"));
      if (written === undefined) throw new Error("npm pack wrote no tarball");
      // Older tarballs are of builds that are gone.
      for (const old of readdirSync(CACHE)) if (old.endsWith(".tgz")) rmSync(join(CACHE, old), { force: true });
      renameSync(join(temp, written), target);
      return target;
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
}
