/**
 * Glue between the safe readers (src/io) and the library's pure loaders for profiles and
 * waivers. Kept thin: every rule lives in the library; this only reads files and locates issues.
 */
import type { SecpolicyError } from "../engine/errors.js";
import { fromPointer, toPointer } from "../engine/json-pointer.js";
import { parseWaivers } from "../engine/waivers.js";
import { issuesToDiagnostics } from "../io/issues.js";
import type { ParsedSource } from "../io/parse.js";
import { ProfileFileError, loadProfileFile } from "../io/profile-file.js";
import { readSource } from "../io/read.js";
import type { Profile } from "../model/profile.js";
import type { Waiver } from "../model/waiver.js";
import { CliError } from "./context.js";

/** Reads a profile file with `loadProfileFile`; its problems become located diagnostics. */
export function loadProfile(path: string): Profile {
  try {
    return loadProfileFile(path);
  } catch (error) {
    if (error instanceof ProfileFileError) throw new CliError(error.diagnostics);
    throw error;
  }
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
