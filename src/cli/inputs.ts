/**
 * Glue between the safe readers (src/io) and the library's pure loaders for profiles and
 * waivers. Kept thin: every rule lives in the library; this only reads files and locates issues.
 */
import { dirname, resolve } from "node:path";
import { SecpolicyError } from "../engine/errors.js";
import { fromPointer, toPointer } from "../engine/json-pointer.js";
import { parseWaivers } from "../engine/waivers.js";
import { issuesToDiagnostics } from "../io/issues.js";
import type { ParsedSource } from "../io/parse.js";
import { readSource } from "../io/read.js";
import type { Profile } from "../model/profile.js";
import type { Waiver } from "../model/waiver.js";
import { isProfilePath, resolveProfile } from "../profiles/resolve.js";
import { CliError } from "./context.js";

/**
 * Reads a profile file and resolves it with `resolveProfile`; `extends` may name a built-in
 * profile or another file (relative to the file naming it). Issues are located in the file.
 */
export async function loadProfile(path: string, chain: readonly string[] = []): Promise<Profile> {
  const full = resolve(path);
  if (chain.includes(full)) {
    throw new CliError([
      {
        file: path,
        code: "profile-cycle",
        message: {
          ja: `プロファイルの extends が循環している：${[...chain, full].join(" → ")}`,
          en: `The profiles' extends form a cycle: ${[...chain, full].join(" → ")}`,
        },
        hint: {
          ja: "どれかの extends を組込みプロファイルか別のファイルにすること",
          en: "Point one of them at a built-in profile or another file",
        },
      },
    ]);
  }
  const source = await readSource(path);
  const value = source.value;
  const reference =
    value !== null && typeof value === "object" && !Array.isArray(value) ? (value as { extends?: unknown }).extends : undefined;
  const base =
    typeof reference === "string" && isProfilePath(reference)
      ? await loadProfile(resolve(dirname(full), reference), [...chain, full])
      : undefined;
  try {
    return resolveProfile(value, base === undefined ? {} : { base });
  } catch (error) {
    if (error instanceof SecpolicyError) throw new CliError(locatedOrWhole(source, error));
    throw error;
  }
}

function locatedOrWhole(source: ParsedSource, error: SecpolicyError) {
  return error.issues.length > 0
    ? issuesToDiagnostics(source, error.issues)
    : [{ file: source.file, code: error.code, message: error.localized }];
}

/** A waivers file after validation, with what is needed to locate later problems in it. */
export interface LoadedWaivers {
  readonly source: ParsedSource;
  readonly waivers: readonly Waiver[];
  /** `""` for a bare list, `/waivers` for `{ waivers: [...] }`. */
  readonly prefix: string;
}

/** Reads and validates a waivers file with `parseWaivers`. */
export async function loadWaivers(path: string): Promise<LoadedWaivers> {
  const source = await readSource(path);
  const parsed = parseWaivers(source.value);
  if (!parsed.ok) throw new CliError(issuesToDiagnostics(source, parsed.issues));
  return { source, waivers: parsed.value, prefix: Array.isArray(source.value) ? "" : "/waivers" };
}

/**
 * Locates issues `evaluate` raised about the joined waiver list (`/waivers/i/...`): the
 * description's own waivers come first, then those of the waivers file.
 */
export function waiverIssueDiagnostics(
  error: SecpolicyError,
  description: ParsedSource,
  ownCount: number,
  file: LoadedWaivers | undefined,
) {
  return error.issues.flatMap((issue) => {
    const [head, index, ...rest] = fromPointer(issue.pointer);
    const i = Number(index);
    if (file === undefined || head !== "waivers" || !Number.isInteger(i) || i < ownCount) return issuesToDiagnostics(description, [issue]);
    const pointer = `${file.prefix}${toPointer([i - ownCount, ...rest])}`;
    return issuesToDiagnostics(file.source, [{ ...issue, pointer }]);
  });
}
