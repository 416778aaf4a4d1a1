/** Reading profile files (node-only): JSON or YAML with the safe reader, following `extends` chains. */
import { realpathSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { SecpolicyError } from "../input/errors.js";
import { shown } from "../engine/text.js";
import type { Profile } from "../model/profile.js";
import { isProfilePath, type ResolveProfileOptions, resolveProfile } from "../profiles/resolve.js";
import { type Diagnostic, InputError } from "./diagnostic.js";
import { issuesToDiagnostics } from "./issues.js";
import type { ParsedSource } from "./parse.js";
import { readSourceSync } from "./read.js";

/**
 * A profile file that cannot be used: a {@link SecpolicyError} that also says where, as
 * diagnostics with the file, line and column of each problem.
 */
export class ProfileFileError extends SecpolicyError {
  /** Each problem with its file and, where known, line and column. */
  readonly diagnostics: readonly Diagnostic[];

  constructor(code: string, error: Pick<SecpolicyError, "localized" | "issues">, diagnostics: readonly Diagnostic[]) {
    super(code, error.localized, error.issues);
    this.name = "ProfileFileError";
    this.diagnostics = diagnostics;
  }
}

/**
 * Loads a profile file (JSON or YAML, read with the same limits and strictness as descriptions)
 * and resolves it: `extends` may name a built-in profile or another file, relative to the file
 * that names it, and so on down the chain.
 *
 * @throws ProfileFileError when a file cannot be read or parsed, a profile is invalid (the
 *   message names the file; the diagnostics carry line and column), or the `extends` chain loops.
 */
export function loadProfileFile(path: string, options: Pick<ResolveProfileOptions, "checks"> = {}): Profile {
  return load(path, [], options);
}

/** The files each loaded profile was read from: its own and those its `extends` chain reached. */
const chainFiles = new WeakMap<Profile, readonly string[]>();

/**
 * The files a profile loaded by {@link loadProfileFile} was read from, its own first, then every
 * base its `extends` chain reached: an output written over one would destroy it (ninth review).
 */
export function profileFiles(profile: Profile): readonly string[] {
  return chainFiles.get(profile) ?? [];
}

/**
 * The file an `extends` names, which must lie inside the folder of the profile that names it
 * (sub-folders included, symbolic links resolved): a profile cannot make the command read
 * `/etc/passwd`, a device or a file elsewhere on the machine.
 */
function insideFolder(display: string, real: string, reference: string, source: ParsedSource): string {
  const target = join(dirname(display), reference);
  const folder = dirname(real);
  let resolved = resolve(dirname(real), reference);
  try {
    resolved = realpathSync(resolved);
  } catch {
    // A missing file is reported by the reader, once it is known to be inside.
  }
  const rel = relative(folder, resolved);
  if (!isAbsolute(reference) && rel !== "" && !rel.startsWith("..") && !isAbsolute(rel)) {
    // Read what was checked: through the folder as named when it is the same folder, else the real one.
    let named = "";
    try {
      named = realpathSync(dirname(display));
    } catch {
      // Reported by the reader.
    }
    return named === folder ? target : join(folder, reference);
  }
  const message = {
    ja: `extends のファイル ${shown(reference, 80, "ja")} がこのプロファイルのフォルダの外にある`,
    en: `extends names ${shown(reference)}, which is outside the folder of this profile`,
  };
  const hint = {
    ja: "継承するプロファイルを同じフォルダ（またはその下）に置き、相対パスで指定すること",
    en: "Put the base profile in the same folder (or below it) and name it by a relative path",
  };
  throw new ProfileFileError("extends-outside", { localized: message, issues: [] }, [
    { file: display, ...(source.locate("/extends") ?? {}), code: "extends-outside", message, hint, pointer: "/extends" },
  ]);
}

/**
 * The profile an `extends` names. A base that does not exist is reported at the `extends` line of
 * the profile that names it: the missing file alone does not say which profile asked for it.
 */
function loadBase(
  display: string,
  real: string,
  reference: string,
  source: ReturnType<typeof readSourceSync>,
  chain: readonly string[],
  options: Pick<ResolveProfileOptions, "checks">,
): Profile {
  const path = insideFolder(display, real, reference, source);
  try {
    return load(path, [...chain, real], options);
  } catch (error) {
    if (!(error instanceof ProfileFileError) || error.code !== "file-not-found") throw error;
    const message = {
      ja: `extends の継承元のプロファイル ${shown(reference, 80, "ja")} が見つからない`,
      en: `The profile that extends names, ${shown(reference)}, does not exist`,
    };
    const hint = {
      ja: "このプロファイルのフォルダからの相対パスか、組込みプロファイルの id（hitoyoshi-2026-03）を書くこと",
      en: "Give a path relative to this profile's folder, or a built-in profile's id (hitoyoshi-2026-03)",
    };
    throw new ProfileFileError("extends-not-found", { localized: message, issues: [] }, [
      { file: display, ...(source.locate("/extends") ?? {}), code: "extends-not-found", message, hint, pointer: "/extends" },
    ]);
  }
}

/** `display` is the path as the user wrote it (or as reached through `extends`), for messages. */
function load(display: string, chain: readonly string[], options: Pick<ResolveProfileOptions, "checks">): Profile {
  let real = resolve(display);
  try {
    real = realpathSync(real);
  } catch {
    // A missing file is reported by the reader below.
  }
  if (chain.includes(real)) {
    const loop = [...chain, real].join(" → ");
    const message = {
      ja: `プロファイルの extends が循環している：${loop}`,
      en: `The profiles' extends form a cycle: ${loop}`,
    };
    const hint = {
      ja: "どれかの extends を組込みプロファイルか別のファイルにすること",
      en: "Point one of them at a built-in profile or another file",
    };
    throw new ProfileFileError("profile-cycle", { localized: message, issues: [] }, [
      { file: display, code: "profile-cycle", message, hint },
    ]);
  }
  let source: ReturnType<typeof readSourceSync>;
  try {
    source = readSourceSync(display);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const first = error.diagnostics[0];
    const detail = first === undefined ? { ja: "", en: "" } : first.message;
    throw new ProfileFileError(
      first?.code ?? "profile-unreadable",
      {
        localized: {
          ja: `プロファイルのファイル ${display} を読めない：${detail.ja}`,
          en: `Cannot read the profile file ${display}: ${detail.en}`,
        },
        issues: [],
      },
      error.diagnostics,
    );
  }
  const data = source.value;
  const reference = data !== null && typeof data === "object" && !Array.isArray(data) ? (data as { extends?: unknown }).extends : undefined;
  const base =
    typeof reference === "string" && isProfilePath(reference) ? loadBase(display, real, reference, source, chain, options) : undefined;
  try {
    const profile = resolveProfile(data, { ...options, ...(base === undefined ? {} : { base }) });
    chainFiles.set(profile, [display, ...(base === undefined ? [] : profileFiles(base))]);
    return profile;
  } catch (error) {
    if (!(error instanceof SecpolicyError)) throw error;
    const diagnostics =
      error.issues.length > 0 ? issuesToDiagnostics(source, error.issues) : [{ file: display, code: error.code, message: error.localized }];
    throw new ProfileFileError(
      error.code,
      { localized: { ja: `${display}：${error.localized.ja}`, en: `${display}: ${error.localized.en}` }, issues: error.issues },
      diagnostics,
    );
  }
}
