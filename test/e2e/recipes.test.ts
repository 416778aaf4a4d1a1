/**
 * The CI recipes in the repository: the composite GitHub Action (action.yml), whose shell steps
 * run here as a script the way the runner runs them, and the pre-commit hooks
 * (.pre-commit-hooks.yaml), called the way pre-commit calls them, and through `pre-commit try-repo`
 * where Debian's pre-commit is installed (skipped otherwise, with the reason in the test name).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { packedTarball } from "../../scripts/pack.mjs";
import { ensureBuilt, ROOT } from "./build.js";
import { runBuiltCli } from "./run-cli.js";

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  "working-directory"?: string;
}
interface Action {
  outputs: Record<string, { value: string }>;
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as Action;
let temp = "";
let tarball = "";

beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "secpolicy-recipes-"));
  // The package as npm would publish it, from the dist/ the e2e set-up built (packed once per build).
  tarball = packedTarball();
}, 120_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }), 120_000);

/** Evaluates the `${{ … }}` expressions the action uses: inputs, github.action_path, step outputs, always(). */
function expression(text: string, context: Record<string, string>): unknown {
  const js = text
    .replace(/always\(\)/g, "true")
    .replace(/[a-z][\w.-]*\.[\w.-]+/g, (name) => JSON.stringify(context[name] ?? ""))
    .replace(/==/g, "===")
    .replace(/!===/g, "!==");
  return new Function(`return (${js});`)();
}

function substitute(text: string, context: Record<string, string>): string {
  return text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_m, inner: string) => String(expression(inner, context)));
}

function parseOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const at = line.indexOf("=");
    if (at > 0) out[line.slice(0, at)] = line.slice(at + 1);
  }
  return out;
}

/** Runs the action's shell steps like the runner (bash -eo pipefail), skipping the `uses:` steps. */
function runAction(workspace: string, inputs: Record<string, string>) {
  const context: Record<string, string> = { "github.action_path": ROOT };
  for (const [name, input] of Object.entries(action.inputs)) context[`inputs.${name}`] = inputs[name] ?? input.default;
  // One runner temp for every run, as on a self-hosted runner: the second install finds the first.
  const runnerTemp = join(temp, "runner");
  mkdirSync(runnerTemp, { recursive: true });
  const githubPath = join(runnerTemp, "path");
  writeFileSync(githubPath, "");
  const log: { name: string; code: number | null; stdout: string; stderr: string }[] = [];
  for (const step of action.runs.steps) {
    if (step.if !== undefined && !expression(step.if.replace(/^\$\{\{\s*|\s*\}\}$/g, ""), context)) continue;
    if (step.uses !== undefined) continue;
    const output = join(runnerTemp, `output-${log.length}`);
    writeFileSync(output, "");
    const extraPath = readFileSync(githubPath, "utf8").split("\n").filter(Boolean).reverse();
    const env: Record<string, string> = {
      PATH: [...extraPath, process.env.PATH ?? ""].join(delimiter),
      HOME: process.env.HOME ?? runnerTemp,
      RUNNER_TEMP: runnerTemp,
      GITHUB_PATH: githubPath,
      GITHUB_OUTPUT: output,
      npm_config_prefer_offline: "true",
      npm_config_update_notifier: "false",
    };
    for (const [key, value] of Object.entries(step.env ?? {})) env[key] = substitute(value, context);
    const script = join(runnerTemp, `step-${log.length}.sh`);
    writeFileSync(script, substitute(step.run as string, context));
    const cwd = join(workspace, substitute(step["working-directory"] ?? ".", context));
    const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], { cwd, env, encoding: "utf8" });
    log.push({ name: step.name ?? "", code: result.status, stdout: result.stdout, stderr: result.stderr });
    for (const [key, value] of Object.entries(parseOutputs(output))) context[`steps.${step.id}.outputs.${key}`] = value;
    if (result.status !== 0) break;
  }
  return { log, context };
}

describe("the GitHub Action (action.yml)", () => {
  it("is a composite action that sets up Node, installs, checks and uploads SARIF", () => {
    expect(action.runs.using).toBe("composite");
    const uses = action.runs.steps.flatMap((s) => (s.uses === undefined ? [] : [s.uses.replace(/@.*/, "")]));
    expect(uses).toEqual(["actions/setup-node", "github/codeql-action/upload-sarif"]);
    const upload = action.runs.steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif")) as Step;
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
    expect(upload.with?.sarif_file).toBe("${{ inputs.working-directory }}/${{ inputs.sarif-file }}");
  });

  it("runs its steps: annotations, a SARIF file, exit-code 1 and a failing last step for failing findings", () => {
    const workspace = mkdtempSync(join(temp, "ws-"));
    mkdirSync(join(workspace, "specs"));
    writeFileSync(join(workspace, "specs/lgwan.yaml"), readFileSync(join(ROOT, "test/fixtures/cli/lgwan-spec.yaml")));
    const { log, context } = runAction(workspace, { inputs: "specs/*.yaml", args: "--lang en", package: tarball });
    const [install, check, fail] = log;
    expect(install?.code, install?.stderr).toBe(0);
    expect(check?.stdout).toMatch(/^::error file=specs\/lgwan\.yaml,line=\d+,col=\d+,title=lgwan-no-direct-internet::/m);
    expect(context["steps.check.outputs.exit-code"]).toBe("1");
    const sarif = JSON.parse(readFileSync(join(workspace, "secpolicy.sarif"), "utf8"));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toMatch(/(^|\/)specs\/lgwan\.yaml$/);
    expect(fail?.name).toBe("Fail on findings");
    expect(fail?.code).toBe(1);
  }, 300_000);

  it("passes a compliant description and stops with exit code 2 on bad input", () => {
    const workspace = mkdtempSync(join(temp, "ws-"));
    writeFileSync(join(workspace, "inventory.yaml"), readFileSync(join(ROOT, "examples/inventory.yaml")));
    writeFileSync(join(workspace, "secpolicy.config.yaml"), "inputs: [inventory.yaml]\n");
    const good = runAction(workspace, { package: tarball });
    expect(good.context["steps.check.outputs.exit-code"]).toBe("0");
    expect(good.log.map((s) => s.name)).toEqual(["Install hitoyoshi-secpolicy", "Check"]);
    const bad = runAction(workspace, { inputs: "missing/", package: tarball });
    expect(bad.context["steps.check.outputs.exit-code"]).toBe("2");
    expect(bad.log.at(-1)?.code).toBe(2);
  }, 300_000);
});

interface Hook {
  id: string;
  entry: string;
  language: string;
  pass_filenames: boolean;
  files: string;
}

const hooks = parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Hook[];

describe("the pre-commit hooks (.pre-commit-hooks.yaml)", () => {
  it("define secpolicy (the configured inputs) and secpolicy-files (the changed files)", () => {
    expect(hooks.map((h) => h.id)).toEqual(["secpolicy", "secpolicy-files"]);
    for (const hook of hooks) {
      expect(hook.entry).toBe("npx --no-install secpolicy check");
      expect(hook.language).toBe("system");
      expect(new RegExp(hook.files).test("specs/a.yaml")).toBe(true);
    }
  });

  it("run as pre-commit calls them: the entry, then the changed files for secpolicy-files", () => {
    const dir = mkdtempSync(join(temp, "hook-"));
    writeFileSync(join(dir, "a.yaml"), readFileSync(join(ROOT, "test/fixtures/cli/lgwan-spec.yaml")));
    writeFileSync(join(dir, "secpolicy.config.yaml"), "inputs: [a.yaml]\n");
    // The entry is `npx --no-install secpolicy …`: the arguments after the command name.
    const entry = (hooks[0] as Hook).entry.split(" ");
    const entryArgs = entry.slice(entry.indexOf("secpolicy") + 1);
    expect(entryArgs).toEqual(["check"]);
    expect(runBuiltCli(entryArgs, { cwd: dir }).code).toBe(1);
    expect(runBuiltCli([...entryArgs, "a.yaml"], { cwd: dir }).code).toBe(1);
  });

  const preCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
  const available = preCommit.status === 0;
  it.skipIf(!available)(
    "work through pre-commit try-repo (skipped where Debian's pre-commit is not on PATH; .ci/run installs it)",
    () => {
      const dir = mkdtempSync(join(temp, "try-"));
      execFileSync("git", ["init", "-q"], { cwd: dir });
      writeFileSync(join(dir, "a.yaml"), readFileSync(join(ROOT, "test/fixtures/cli/lgwan-spec.yaml")));
      writeFileSync(join(dir, "secpolicy.config.yaml"), "inputs: [a.yaml]\n");
      // The hook runs the project's own install, as `npm install --save-dev` would leave it.
      mkdirSync(join(dir, "node_modules/.bin"), { recursive: true });
      symlinkSync(join(ROOT, "dist/cli.js"), join(dir, "node_modules/.bin/secpolicy"));
      writeFileSync(join(dir, ".gitignore"), "node_modules/\n");
      execFileSync("git", ["add", "."], { cwd: dir });
      const result = spawnSync("pre-commit", ["try-repo", ROOT, "secpolicy", "--all-files"], {
        cwd: dir,
        encoding: "utf8",
        env: { ...process.env, PRE_COMMIT_HOME: join(temp, "pre-commit-home") },
      });
      expect(result.status, result.stdout + result.stderr).toBe(1);
      expect(result.stdout).toContain("lgwan-no-direct-internet");
    },
    600_000,
  );
});
