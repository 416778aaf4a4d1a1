#!/usr/bin/env node
/**
 * Runs package.json scripts in stages: `node scripts/run-steps.mjs typecheck+build,lint+docs:check test:unit,check:package`
 * runs typecheck-then-build beside lint-then-docs:check, then test:unit beside check:package. Arguments
 * are stages, run one after the other; a comma separates lanes that run side by side; `+` chains
 * scripts within a lane (build follows typecheck because it bundles the declaration files the
 * typecheck wrote; see scripts/typecheck.mjs). Each
 * script's output is printed whole when it ends (so outputs never interleave), with its time; the
 * run stops after the first stage in which a script fails, with that script's exit code.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SCRIPTS = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts ?? {};

/**
 * Runs one package.json script with its output captured; resolves with its exit code, output and
 * seconds. The script's command runs in a shell with node_modules/.bin first on PATH, as
 * `npm run` runs it, without starting npm itself for each script (about 0.3 CPU-seconds each).
 * A script with a pre- or post-script goes through `npm run`, which runs those too.
 */
function run(script) {
  const started = performance.now();
  return new Promise((resolve) => {
    const command = SCRIPTS[script];
    if (command === undefined) {
      process.stdout.write(`\n── ${script}: no such script in package.json\n\n`);
      resolve({ script, code: 1, seconds: 0 });
      return;
    }
    const viaNpm = SCRIPTS[`pre${script}`] !== undefined || SCRIPTS[`post${script}`] !== undefined;
    const child = spawn(viaNpm ? `npm run ${script}` : command, {
      cwd: ROOT,
      shell: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        PATH: [join(ROOT, "node_modules", ".bin"), process.env.PATH ?? ""].join(delimiter),
        npm_lifecycle_event: script,
        FORCE_COLOR: process.env.FORCE_COLOR ?? "1",
      },
    });
    const chunks = [];
    child.stdout.on("data", (c) => chunks.push(c));
    child.stderr.on("data", (c) => chunks.push(c));
    child.on("close", (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(Buffer.concat(chunks));
      process.stdout.write(
        `\n── ${script}: ${code === 0 ? "ok" : `failed (${signal ?? `exit code ${code}`})`} in ${seconds.toFixed(1)} s\n\n`,
      );
      resolve({ script, code: code ?? 1, seconds });
    });
  });
}

/** Runs the scripts of one lane one after the other, stopping at the first that fails. */
async function lane(scripts) {
  const results = [];
  for (const script of scripts) {
    const result = await run(script);
    results.push(result);
    if (result.code !== 0) break;
  }
  return results;
}

const stages = process.argv.slice(2).map((arg) =>
  arg
    .split(",")
    .filter(Boolean)
    .map((l) => l.split("+").filter(Boolean)),
);
if (stages.length === 0) {
  console.error(
    "Usage: node scripts/run-steps.mjs <script>[+<script>][,<script>...] ... (space: one stage after the other; comma: side by side; +: one after the other within a lane)",
  );
  process.exit(2);
}
const started = performance.now();
const times = [];
for (const stage of stages) {
  const results = (await Promise.all(stage.map(lane))).flat();
  times.push(...results);
  const failed = results.find((r) => r.code !== 0);
  if (failed !== undefined) {
    console.error(`${failed.script} failed; the steps after its stage did not run.`);
    process.exit(failed.code);
  }
}
const total = (performance.now() - started) / 1000;
console.log(`All steps passed in ${total.toFixed(1)} s (${times.map((t) => `${t.script} ${t.seconds.toFixed(1)} s`).join(", ")}).`);
