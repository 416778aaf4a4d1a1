/**
 * Glue between the safe readers (src/io) and the library's pure loaders for profiles and
 * waivers. Kept thin: every rule lives in the library; this only reads files and locates issues.
 * The loaders, which validate with zod, load only when a profile or waivers file is given, so a
 * run without them builds no schema (issue 18, target 5).
 */
import type { SecpolicyError } from "../input/errors.js";
import { fromPointer, toPointer } from "../engine/json-pointer.js";
import { addLocations, issuesToDiagnostics } from "../io/issues.js";
import type { ParsedSource } from "../io/parse.js";
import { readSource } from "../io/read.js";
import type { Finding } from "../model/finding.js";
import type { Profile } from "../model/profile.js";
import type { Report } from "../model/report.js";
import type { Waiver } from "../model/waiver.js";
import { CliError } from "./context.js";

/** The files a loaded profile was read from, its `extends` chain included (see `profileFiles`). */
export async function loadedProfileFiles(profile: Profile): Promise<readonly string[]> {
  const { profileFiles } = await import("../io/profile-file.js");
  return profileFiles(profile);
}

/** Reads a profile file with `loadProfileFile`; its problems become located diagnostics. */
export async function loadProfile(path: string): Promise<Profile> {
  const { ProfileFileError, loadProfileFile } = await import("../io/profile-file.js");
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
  const { parseWaivers } = await import("../input/parse-waivers.js");
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

/**
 * Adds locations to the reported findings: those about an exception from the waivers file
 * (`/waivers/i/...` past the description's own) point into that file, with the pointer rewritten
 * to the file's own (`/i/...` or `/waivers/i/...`); everything else points into the description.
 * The findings themselves are changed: the command owns the report it has just evaluated.
 */
export function locateReport(report: Report, description: ParsedSource, ownCount: number, file: LoadedWaivers | undefined): void {
  // The command owns the report it has just evaluated: locations are set on its findings, not on copies.
  addLocations(report.results, description);
  if (file === undefined) return;
  const inFile = (path: string): string | undefined => {
    if (!path.startsWith("/waivers/")) return undefined;
    const [, index, ...rest] = fromPointer(path);
    const i = Number(index);
    return Number.isInteger(i) && i >= ownCount ? `${file.prefix}${toPointer([i - ownCount, ...rest])}` : undefined;
  };
  const moved = report.results.flatMap((f) => {
    const pointer = f.location === undefined ? undefined : inFile(f.path);
    return pointer === undefined ? [] : [{ finding: f as { path: string; location?: Finding["location"] }, pointer }];
  });
  if (moved.length === 0) return;
  const positions = file.source.locateAll(moved.map((m) => m.pointer));
  for (const { finding, pointer } of moved) {
    finding.path = pointer;
    finding.location = { file: file.source.file, ...(positions.get(pointer) ?? { line: 1, column: 1 }) };
  }
}
