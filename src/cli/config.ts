/**
 * The configuration file of `secpolicy check`: found upward from the working directory (as
 * ESLint and Spectral find theirs), read with the safe reader (src/io) and validated against the
 * model behind schemas/config.schema.json, with located, bilingual errors. Paths written in it are
 * relative to its folder; they are rewritten here relative to the working directory, so a file
 * and the equivalent flags name the same files the same way (and give the same report).
 */
import { statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import type { InputIssue } from "../input/errors.js";
import { toPointer } from "../engine/json-pointer.js";
import { suggest } from "../input/suggest.js";
import { InputError } from "../io/diagnostic.js";
import { issuesToDiagnostics } from "../io/issues.js";
import type { ParsedSource } from "../io/parse.js";
import { readSource } from "../io/read.js";
import type { SecpolicyConfig } from "../model/config.js";
import { CliError } from "./context.js";

/** The names looked for in each folder, in this order; `package.json` counts only with a `secpolicy` key. */
export const CONFIG_FILES = ["secpolicy.config.yaml", "secpolicy.config.yml", "secpolicy.config.json", "package.json"] as const;

/** A configuration read from a file, its paths already relative to the working directory. */
export interface LoadedConfig {
  /** The configuration file as shown in messages. */
  readonly file: string;
  readonly config: SecpolicyConfig;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Whether a package.json has a `secpolicy` key (one that cannot be read is passed over here). */
async function packageHasConfig(path: string): Promise<boolean> {
  try {
    const value = (await readSource(path)).value;
    return value !== null && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, "secpolicy");
  } catch {
    return false;
  }
}

/** The configuration file for `cwd`: the first candidate in `cwd`, then in each parent folder. */
export async function findConfig(cwd: string): Promise<string | undefined> {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILES) {
      const path = join(dir, name);
      if (!isFile(path)) continue;
      if (name !== "package.json" || (await packageHasConfig(path))) return path;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** `path` as shown to the user: relative to the working directory. */
function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === "" ? "." : rel;
}

/**
 * A path written in the configuration (relative to the file's folder) made relative to the
 * working directory. Globs are rewritten the same way, with forward slashes.
 */
export function rebase(cwd: string, configDir: string, path: string): string {
  if (path === "-" || isAbsolute(path)) return path;
  if (!/[*?[\]{}]/.test(path)) {
    // A plain path: the shortest way from the working directory, as a user would type it.
    const rel = relative(cwd, resolve(configDir, path)).replaceAll("\\", "/");
    return rel === "" ? "." : rel;
  }
  const base = relative(cwd, configDir).replaceAll("\\", "/");
  const tail = path.replace(/^(\.\/)+/, "");
  if (base === "") return tail === "" || tail === "." ? "." : tail;
  return tail === "" || tail === "." ? base : `${base}/${tail}`;
}

function located(source: ParsedSource, prefix: string, issues: readonly InputIssue[]): CliError {
  return new CliError(
    issuesToDiagnostics(
      source,
      prefix === ""
        ? issues
        : issues.map((i) => ({
            ...i,
            pointer: `${prefix}${i.pointer}`,
            ...(i.related === undefined ? {} : { related: `${prefix}${i.related}` }),
          })),
    ),
  );
}

/** Issues with check ids that name no check, each with a "did you mean". */
function unknownChecks(config: SecpolicyConfig, checkIds: readonly string[]): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const key of ["checks", "skipChecks"] as const) {
    for (const [i, id] of (config[key] ?? []).entries()) {
      if (checkIds.includes(id)) continue;
      const close = suggest(id, checkIds);
      issues.push({
        path: [key, i],
        pointer: toPointer([key, i]),
        code: "unknown-check",
        message: { ja: `チェック ${JSON.stringify(id)} はない`, en: `There is no check ${JSON.stringify(id)}` },
        hint:
          close === undefined
            ? { ja: "secpolicy checks で一覧を確認すること", en: "List the checks with secpolicy checks" }
            : { ja: `${close} の誤りではないか`, en: `Did you mean ${close}?` },
      });
    }
  }
  return issues;
}

/**
 * Reads, validates and rebases a configuration file. `checkIds` are the ids `checks` and
 * `skipChecks` may name.
 *
 * @throws CliError with located diagnostics.
 */
export async function loadConfig(path: string, cwd: string, checkIds: readonly string[]): Promise<LoadedConfig> {
  const file = displayPath(cwd, resolve(cwd, path));
  const absolute = resolve(cwd, path);
  let source: ParsedSource;
  try {
    const read = await readSource(absolute);
    // Named as the user sees it (relative to the working folder), whatever the process's own folder.
    source = {
      file,
      format: read.format,
      value: read.value,
      locate: (pointer) => read.locate(pointer),
      locateAll: (pointers) => read.locateAll(pointers),
    };
  } catch (error) {
    if (error instanceof InputError) throw new CliError(error.diagnostics.map((d) => (d.file === absolute ? { ...d, file } : d)));
    throw error;
  }
  const inPackage = /(^|[\\/])package\.json$/.test(file);
  const prefix = inPackage ? "/secpolicy" : "";
  const value = inPackage ? (source.value as Record<string, unknown> | null)?.secpolicy : source.value;
  // The schema loads only when there is a configuration to validate (issue 18, target 5).
  const [{ parseWith }, { SecpolicyConfig: schema }] = await Promise.all([
    import("../input/parse-description.js"),
    import("../model/config.js"),
  ]);
  const parsed = parseWith(schema, value);
  if (!parsed.ok) throw located(source, prefix, parsed.issues);
  const config = parsed.value;
  const issues = unknownChecks(config, checkIds);
  if (issues.length > 0) throw located(source, prefix, issues);

  const at = (p: string) => rebase(cwd, dirname(absolute), p);
  return {
    file,
    config: {
      ...config,
      ...(config.inputs === undefined ? {} : { inputs: config.inputs.map(at) }),
      ...(config.profile === undefined ? {} : { profile: at(config.profile) }),
      ...(config.waivers === undefined ? {} : { waivers: at(config.waivers) }),
      ...(config.baseline === undefined ? {} : { baseline: at(config.baseline) }),
      ...(config.outputs === undefined
        ? {}
        : { outputs: config.outputs.map((o) => (o.out === undefined || o.out === "-" ? o : { ...o, out: at(o.out) })) }),
    },
  };
}

/** Finds and loads the configuration, unless `--no-config`; `--config FILE` names it. */
export async function resolveConfig(
  options: { config?: string | undefined; noConfig?: boolean | undefined },
  cwd: string,
  checkIds: readonly string[],
): Promise<LoadedConfig | undefined> {
  if (options.noConfig === true) {
    if (options.config !== undefined) {
      throw new CliError([
        {
          file: "secpolicy check",
          code: "config-and-no-config",
          message: { ja: "--config と --no-config は同時に指定できない", en: "--config and --no-config cannot both be given" },
          hint: { ja: "どちらか一方にすること", en: "Give one of them" },
        },
      ]);
    }
    return undefined;
  }
  if (options.config !== undefined) {
    if (!isFile(resolve(cwd, options.config))) {
      throw new CliError([
        {
          file: options.config,
          code: "config-not-found",
          message: { ja: "設定ファイルが見つからない", en: "No such configuration file" },
          hint: {
            ja: "パスを確認すること（secpolicy init --template config で作れる）",
            en: "Check the path (secpolicy init --template config writes one)",
          },
        },
      ]);
    }
    return loadConfig(options.config, cwd, checkIds);
  }
  const found = await findConfig(cwd);
  return found === undefined ? undefined : loadConfig(found, cwd, checkIds);
}
