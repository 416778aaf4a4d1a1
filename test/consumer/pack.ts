/**
 * Packs the library as `npm publish` would and installs the tarball into a fresh project under the
 * system temp folder, so tests can use it exactly as a consumer does. dist/ is reused when it is
 * complete and newer than the sources (as after `npm run build`), with the tarball the other
 * package users of the run share; otherwise the package is built into the temp folder, leaving the
 * checkout's dist/ alone for other test runs.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packedTarball } from "../../scripts/pack.mjs";

export const ROOT = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");

/** Files `npm run build` writes that the package needs, types included. */
const BUILT = ["index.js", "index.cjs", "index.d.ts", "index.d.cts", "vitest.js", "vitest.cjs", "vitest.d.ts", "vitest.d.cts", "cli.js"];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether dist/ holds a complete build newer than everything it is built from. */
export function distIsFresh(): boolean {
  const inputs = Math.max(
    newestSource(join(ROOT, "src")),
    statSync(join(ROOT, "tsup.config.ts")).mtimeMs,
    statSync(join(ROOT, "package.json")).mtimeMs,
  );
  try {
    return BUILT.every((file) => statSync(join(ROOT, "dist", file)).mtimeMs > inputs);
  } catch {
    return false;
  }
}

/** Environment for child processes: without the variables of the vitest run that started them. */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith("VITEST") || key === "NODE_OPTIONS" || key === "TEST") delete env[key];
  env.NODE_ENV = "production";
  env.npm_config_update_notifier = "false";
  return env;
}

export interface InstalledPackage {
  /** The temp folder holding everything; remove it when done. */
  readonly dir: string;
  /** A project with the tarball installed (and its dependencies zod and yaml, nothing else). */
  readonly app: string;
  readonly tarball: string;
  /** Whether dist/ was reused, and how long each step took, in milliseconds. */
  readonly reusedDist: boolean;
  readonly timings: Readonly<Record<"build" | "pack" | "install", number>>;
}

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return Math.round(performance.now() - start);
}

/**
 * Packs (or reuses the tarball of the current dist/, scripts/pack.mjs) and installs the package
 * into a new temp project. When dist/ is stale the package is built and packed in the temp folder.
 */
export function packAndInstall(): InstalledPackage {
  const dir = mkdtempSync(join(tmpdir(), "secpolicy-consumer-"));
  const app = join(dir, "app");
  const env = cleanEnv();
  const reusedDist = distIsFresh();
  let tarball = "";
  let build = 0;
  let pack: number;
  if (reusedDist) pack = timed(() => (tarball = packedTarball()));
  else {
    const pkg = join(dir, "package");
    mkdirSync(pkg);
    for (const file of ["package.json", "README.md", "LICENSE", "schemas"]) cpSync(join(ROOT, file), join(pkg, file), { recursive: true });
    build = timed(() =>
      execFileSync(
        process.execPath,
        [join(ROOT, "node_modules", "tsup", "dist", "cli-default.js"), "--out-dir", join(pkg, "dist"), "--silent"],
        { cwd: ROOT, env, stdio: "pipe" },
      ),
    );
    pack = timed(() => {
      const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], {
        cwd: pkg,
        env,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
      const [info] = JSON.parse(out) as { filename: string }[];
      tarball = join(dir, info?.filename ?? "");
    });
  }
  const install = timed(() => installInto(app, tarball, { name: "consumer-app", version: "1.0.0", private: true }));
  return { dir, app, tarball, reusedDist, timings: { build, pack, install } };
}

/** Creates a project in `dir` with this package.json and installs the tarball (and its dependencies) into it. */
export function installInto(dir: string, tarball: string, manifest: Record<string, unknown>): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  // Only the registry is reachable: the cache answers for zod and yaml after the checkout's own install.
  execFileSync(
    "npm",
    ["install", tarball, "--no-save", "--no-package-lock", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"],
    {
      cwd: dir,
      env: cleanEnv(),
      stdio: "pipe",
    },
  );
}

/**
 * Creates a project in `dir` with this package.json and the dependencies another project
 * installed (a copy of its node_modules): the same installed files as a second `npm install` of
 * the same tarball, without paying for one.
 */
export function copyInstall(from: string, dir: string, manifest: Record<string, unknown>): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  cpSync(join(from, "node_modules"), join(dir, "node_modules"), { recursive: true, verbatimSymlinks: true });
}

/** Removes the temp folder. */
export function removeInstall(installed: InstalledPackage | undefined): void {
  if (installed !== undefined) rmSync(installed.dir, { recursive: true, force: true });
}
