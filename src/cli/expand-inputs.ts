/**
 * Expands the inputs of `secpolicy check`: files as given; a folder to every description file
 * inside it (.yaml, .yml, .json and Excel workbooks, at any depth); a quoted glob
 * (`'specs/**\/*.yaml'`) to its matches. Each folder's or glob's matches are sorted by code unit
 * (the same order on every platform) and a file named twice is checked once. Inside a folder,
 * each folder holding CSV sheets is one register (a sheet per file), read beside the other
 * description files (twenty-first review: a register at the top hid every YAML file beside it, and
 * one in a subfolder was skipped). Reports and baselines an earlier run wrote there are left out,
 * each named once. A folder or glob that matches nothing is an error, never an empty pass. The
 * glob library loads only when a folder or glob is given.
 */
import { closeSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { shown } from "../engine/text.js";
import type { Diagnostic } from "../io/diagnostic.js";
import { CliError } from "./context.js";

/** The file extensions a folder is searched for. */
export const DESCRIPTION_EXTENSIONS = ["yaml", "yml", "json", "xlsx", "xlsm"] as const;

/** Files in a folder that are never descriptions. */
const NOT_DESCRIPTIONS = ["**/node_modules/**", "**/package.json", "**/package-lock.json", "**/secpolicy.config.*"];

const GLOB_CHARS = /[*?[\]{}]/;

function kindOf(path: string): "file" | "folder" | "missing" {
  try {
    return statSync(path).isDirectory() ? "folder" : "file";
  } catch {
    return "missing";
  }
}

/**
 * Whether a JSON or SARIF file is a report, a SARIF log or a baseline an earlier run wrote (a look
 * at its first 4 KiB): never a description.
 */
export function isEarlierOutput(path: string): boolean {
  if (!/\.(json|sarif|csv)$/i.test(path)) return false;
  try {
    const fd = openSync(path, "r");
    const buffer = Buffer.alloc(4096);
    let length = 0;
    try {
      length = readSync(fd, buffer, 0, buffer.length, 0);
    } finally {
      closeSync(fd);
    }
    const head = buffer.subarray(0, length).toString("utf8");
    // A CSV worklist this command wrote (`--format csv`), by its header row (twenty-eighth review: the
    // next run over the folder stopped on it).
    if (/\.csv$/i.test(path)) return /^\uFEFF?"?No\."?,"?(チェック|Check)"?,"?(結果|Outcome)"?,/u.test(head);
    // By the keys such files carry, not by a word in a URL (twenty-second review: a description whose
    // $schema URL held "sarif" was skipped; twenty-fourth: a baseline's key comes after "tool").
    return /"(reportVersion|baselineVersion)"\s*:/.test(head) || /^\s*\{[\s\S]*?"version"\s*:\s*"2\.1\.0"[\s\S]*?"runs"\s*:/.test(head);
  } catch {
    return false;
  }
}

/** The real path of a file (symbolic links resolved), or its absolute path when it cannot be resolved. */
function realOrResolved(cwd: string, path: string): string {
  const absolute = resolve(cwd, path);
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Escapes glob syntax in a literal folder name. */
function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!@+\\]/g, "\\$&");
}

function noMatch(input: string, folder: boolean): Diagnostic {
  const name = shown(input, 200);
  return folder
    ? {
        file: input,
        code: "no-descriptions",
        message: {
          ja: `フォルダ ${shown(input, 200, "ja")} に記述のファイル（.${DESCRIPTION_EXTENSIONS.join(" .")}）がない`,
          en: `The folder ${name} holds no description files (.${DESCRIPTION_EXTENSIONS.join(" .")})`,
        },
        hint: {
          ja: "フォルダのパスを確認すること。何も評価しない実行は合格にしない",
          en: "Check the folder; a run that checks nothing is not a pass",
        },
      }
    : {
        file: input,
        code: "no-match",
        message: {
          ja: `パターン ${shown(input, 200, "ja")} に一致するファイルがない`,
          en: `No file matches the pattern ${name}`,
        },
        hint: {
          ja: "パターンとフォルダを確認すること（シェルに展開させないよう引用符で囲む）。何も評価しない実行は合格にしない",
          en: "Check the pattern and the folder (quote it so the shell leaves it alone); a run that checks nothing is not a pass",
        },
      };
}

/**
 * Expands inputs (relative to `cwd`) into the files to read, in a stable order. `exclude` are
 * files that a folder or glob never yields (the profile, waivers and outputs of the same run);
 * `onSkip` hears of each one a folder or glob did match.
 *
 * @throws CliError listing every folder or pattern that matched nothing.
 */
export async function expandInputs(
  inputs: readonly string[],
  cwd: string,
  exclude: readonly string[] = [],
  onSkip?: (file: string) => void,
  /** Hears of each earlier report, SARIF log or baseline a folder or glob matched and left out. */
  onEarlierOutput?: (file: string) => void,
): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  // Files are told apart by their real paths: a file reached twice (a symbolic link beside it in
  // the folder, a link to a parent folder) is read and reported once.
  const skip = new Set(exclude.map((p) => realOrResolved(cwd, p)));
  const problems: Diagnostic[] = [];
  const add = (file: string) => {
    const key = file === "-" ? file : realOrResolved(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(file);
  };
  for (const input of inputs) {
    const kind = input === "-" ? "file" : kindOf(resolve(cwd, input));
    // A missing file without glob characters is read (and reported as missing) as it is.
    if (kind === "file" || (kind === "missing" && !GLOB_CHARS.test(input))) {
      add(input);
      continue;
    }
    const folder = kind === "folder";
    const base = input.replaceAll("\\", "/").replace(/\/+$/, "");
    const pattern = folder ? `${escapeGlob(base === "" ? "/" : base)}/**/*.{${[...DESCRIPTION_EXTENSIONS, "csv"].join(",")}}` : base;
    const { glob } = await import("tinyglobby");
    const matches = await glob(pattern, {
      cwd,
      onlyFiles: true,
      dot: false,
      expandDirectories: false,
      // 「VENDOR-SPEC.YAML」 is a description as much as 「spec.yaml」 (twenty-eighth review: it was skipped unsaid).
      caseSensitiveMatch: !folder,
      ignore: folder ? NOT_DESCRIPTIONS : ["**/node_modules/**"],
      absolute: isAbsolute(input),
    });
    const kept = matches.filter((m) => {
      const skipped = skip.has(realOrResolved(cwd, m));
      if (skipped) onSkip?.(m);
      else if (isEarlierOutput(resolve(cwd, m))) {
        onEarlierOutput?.(m);
        return false;
      }
      return !skipped;
    });
    // In a folder, the CSV sheets of each folder are one register: the folder is read, not each sheet.
    const entries = folder ? [...new Set(kept.map((m) => (/\.csv$/i.test(m) ? dirname(m) : m)))] : kept;
    if (entries.length === 0) {
      problems.push(noMatch(input, folder));
      continue;
    }
    for (const match of entries.sort(compare)) add(match);
  }
  if (problems.length > 0) throw new CliError(problems);
  return out;
}
