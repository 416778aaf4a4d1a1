/** Reading profile files (node-only): JSON or YAML, following `extends` chains. */
import { readFileSync, realpathSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseDocument } from "yaml";
import { SecpolicyError } from "../engine/errors.js";
import type { Profile } from "../model/profile.js";
import { type ResolveProfileOptions, isProfilePath, resolveProfile } from "../profiles/resolve.js";

/** Reads a JSON or YAML file into plain data; YAML warnings (e.g. unknown tags) count as errors. */
function readData(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new SecpolicyError("profile-unreadable", {
      ja: `プロファイルのファイル ${file} を読めない（${(error as NodeJS.ErrnoException).code ?? String(error)}）。パスを確かめること`,
      en: `Cannot read the profile file ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}). Check the path`,
    });
  }
  const document = parseDocument(text, {
    uniqueKeys: true,
    strict: true,
    merge: false,
    schema: "core",
    stringKeys: true,
    prettyErrors: true,
  });
  const problems = [...document.errors, ...document.warnings];
  if (problems.length > 0) {
    const detail = problems.map((p) => p.message).join("\n");
    throw new SecpolicyError("profile-syntax", {
      ja: `プロファイルのファイル ${file} の構文が不正：\n${detail}`,
      en: `The profile file ${file} is not valid JSON or YAML:\n${detail}`,
    });
  }
  return document.toJS({ maxAliasCount: 100 });
}

/** Re-throws a profile error with the file it came from in its message. */
function inFile<T>(file: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof SecpolicyError && error.code === "invalid-profile") {
      throw new SecpolicyError(error.code, { ja: `${file}：${error.localized.ja}`, en: `${file}: ${error.localized.en}` }, error.issues);
    }
    throw error;
  }
}

/**
 * Loads a profile file (JSON or YAML) and resolves it: `extends` may name a built-in profile or
 * another file, relative to the file that names it, and so on down the chain.
 *
 * @throws SecpolicyError when a file cannot be read or parsed, a profile is invalid (the message
 *   names the file; issues carry the JSON pointer), or the `extends` chain loops.
 */
export function loadProfileFile(path: string, options: Pick<ResolveProfileOptions, "checks"> = {}): Profile {
  return load(resolve(path), [], options);
}

function load(file: string, chain: readonly string[], options: Pick<ResolveProfileOptions, "checks">): Profile {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    real = file;
  }
  if (chain.includes(real)) {
    const loop = [...chain, real].join(" → ");
    throw new SecpolicyError("profile-cycle", {
      ja: `プロファイルの extends が循環している：${loop}。どれかの extends を組込みプロファイルか別のファイルにすること`,
      en: `The profiles' extends form a cycle: ${loop}. Point one of them at a built-in profile or another file`,
    });
  }
  const data = readData(real);
  const reference = data !== null && typeof data === "object" && "extends" in data ? (data as { extends: unknown }).extends : undefined;
  const base =
    typeof reference === "string" && isProfilePath(reference)
      ? load(resolve(dirname(real), reference), [...chain, real], options)
      : undefined;
  return inFile(file, () => resolveProfile(data, { ...options, ...(base === undefined ? {} : { base }) }));
}
