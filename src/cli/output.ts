/**
 * Writing `--out` the way a careful Unix tool does:
 *
 * - `-` writes to standard output;
 * - a regular file (or a new one) is replaced atomically: the text goes to a temporary file in
 *   the same folder, is flushed, takes the old file's mode (and owner, when running as root), and
 *   is renamed over the target, so readers never see a partial file;
 * - a regular file that cannot be replaced that way (no right to create files in its folder) or
 *   that has other hard links is written in place, so the links and the folder stay as they are;
 * - a symbolic link is followed: its target is written, the link stays a link;
 * - a device, FIFO or socket is written straight through, never replaced;
 * - the temporary file is removed on every failure, and every error names the path and the cause.
 */
import { constants, unlinkSync } from "node:fs";
import * as fsp from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { LocalizedText } from "../model/finding.js";
import type { Diagnostic } from "../io/diagnostic.js";
import { CliError } from "./context.js";

/** The file operations the writer uses; tests pass a wrapper that fails at a chosen step. */
export interface OutputFs {
  lstat: typeof fsp.lstat;
  readlink: typeof fsp.readlink;
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
}

export interface WriteOutputOptions {
  /** `false`: refuse to replace an existing regular file (`init` without `--force`). Default true. */
  readonly overwrite?: boolean;
  /** Where `-` writes. */
  readonly stdout?: { write(text: string | Uint8Array): void };
  /** For tests only. */
  readonly fs?: OutputFs;
}

/** Symbolic links followed before giving up, as the kernel's own limit (ELOOP). */
const MAX_LINKS = 40;

/** Why a file operation failed, in words, for the common error codes. */
const CAUSES: Record<string, LocalizedText> = {
  ENOENT: { ja: "フォルダが存在しない", en: "the folder does not exist" },
  ENOTDIR: { ja: "途中のパスがフォルダではない", en: "a part of the path is not a folder" },
  EACCES: { ja: "書き込む権限がない", en: "permission denied" },
  EPERM: { ja: "操作が許可されていない", en: "operation not permitted" },
  EROFS: { ja: "読み取り専用のファイルシステム", en: "read-only file system" },
  ENOSPC: { ja: "ディスクの空きがない", en: "no space left on the device" },
  EDQUOT: { ja: "ディスク容量の割り当てを超えた", en: "disk quota exceeded" },
  EISDIR: { ja: "フォルダである", en: "it is a folder" },
  ELOOP: { ja: "シンボリックリンクが循環している", en: "too many symbolic links (a loop?)" },
  ENXIO: { ja: "読み手のいないソケットまたは装置", en: "no reader on the socket or device" },
  EIO: { ja: "入出力エラー", en: "input/output error" },
  EBUSY: { ja: "使用中", en: "the file is busy" },
  ETXTBSY: { ja: "実行中のファイル", en: "the file is being executed" },
};

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? "EIO";
}

/** The located, bilingual error for a failed write of `path` (the path as the user wrote it). */
export function outputError(path: string, error: unknown, hint?: LocalizedText): CliError {
  const code = codeOf(error);
  const cause = CAUSES[code] ?? { ja: "書き込みに失敗した", en: "the write failed" };
  return new CliError([
    {
      file: path === "-" ? "secpolicy" : path,
      code: "output-unwritable",
      message:
        path === "-"
          ? { ja: `標準出力に書けない：${cause.ja}（${code}）`, en: `Cannot write the output to standard output: ${cause.en} (${code})` }
          : { ja: `出力先 ${path} に書けない：${cause.ja}（${code}）`, en: `Cannot write the output to ${path}: ${cause.en} (${code})` },
      hint:
        hint ??
        (path === "-"
          ? {
              ja: "出力のリダイレクト先に書き込めること、空き容量があることを確認するか、--out でファイルに書くこと",
              en: "Check that where the output is redirected is writable and has free space, or write to a file with --out",
            }
          : {
              ja: "フォルダが存在し書き込めること、空き容量があることを確認すること",
              en: "Check that the folder exists, is writable and has free space",
            }),
    },
  ]);
}

function fileExists(path: string): CliError {
  return new CliError([
    {
      file: path,
      code: "file-exists",
      message: { ja: `ファイル ${path} が既にある`, en: `The file ${path} already exists` },
      hint: { ja: "別の名前を指定するか --force で上書きすること", en: "Choose another name, or pass --force to overwrite it" },
    },
  ]);
}

async function lstatOrNull(fs: OutputFs, path: string) {
  try {
    return await fs.lstat(path);
  } catch (error) {
    if (codeOf(error) === "ENOENT") return null;
    throw error;
  }
}

/** Output text: one string, or chunks written in turn (a large report never becomes one string). */
export type OutputText = string | Uint8Array | Iterable<string>;

/** Temporary files being written; removed if the process is interrupted or exits before renaming them. */
const pending = new Set<string>();
let hooked = false;

/** Removes pending temporary files on SIGINT, SIGTERM, SIGHUP and exit, then lets the signal end the process as usual. */
function removeOnExit(temp: string): void {
  pending.add(temp);
  if (hooked) return;
  hooked = true;
  const cleanup = () => {
    for (const path of pending) {
      try {
        unlinkSync(path);
      } catch {
        // Already gone.
      }
    }
    pending.clear();
  };
  process.once("exit", cleanup);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      cleanup();
      process.kill(process.pid, signal);
    });
  }
}

/** Writes the whole text to an open handle, flushing regular files to disk. */
async function writeAll(handle: fsp.FileHandle, text: OutputText, flush: boolean): Promise<void> {
  try {
    if (typeof text === "string") await handle.writeFile(text, "utf8");
    else if (text instanceof Uint8Array) await handle.writeFile(text);
    else for (const chunk of text) await handle.write(chunk, null, "utf8");
    if (flush) await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes into an existing file or device without replacing it (no create). */
async function writeThrough(fs: OutputFs, path: string, text: OutputText, truncate: boolean): Promise<void> {
  const flags = constants.O_WRONLY | (truncate ? constants.O_TRUNC : 0);
  await writeAll(await fs.open(path, flags), text, truncate);
}

/**
 * Replaces (or creates) the regular file `path` through a temporary file beside it. Returns false,
 * having changed nothing, when the folder does not let us create the temporary file.
 */
async function replaceAtomically(
  fs: OutputFs,
  path: string,
  text: OutputText,
  existing: { mode: number; uid: number; gid: number } | null,
): Promise<boolean> {
  // node:crypto is taken only here: loading it costs every run a few milliseconds of start-up.
  const random = process.getBuiltinModule("node:crypto").randomBytes(4).toString("hex");
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${random}.tmp`);
  let handle: fsp.FileHandle;
  try {
    // A new file gets 0666 less the umask, as any tool's output does; a replaced one gets its old mode below.
    handle = await fs.open(temp, "wx", 0o666);
    removeOnExit(temp);
  } catch (error) {
    if (existing !== null && ["EACCES", "EPERM", "EROFS"].includes(codeOf(error))) return false;
    throw error;
  }
  try {
    try {
      if (existing !== null) {
        await handle.chmod(existing.mode & 0o7777);
        if (process.getuid?.() === 0) await handle.chown(existing.uid, existing.gid).catch(() => undefined);
      }
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
    await writeAll(handle, text, true);
    await fs.rename(temp, path);
    pending.delete(temp);
    return true;
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    pending.delete(temp);
    throw error;
  }
}

/** Follows symbolic links to the path that is finally written; a dangling link gives its (new) target. */
async function resolveLinks(fs: OutputFs, path: string) {
  let current = path;
  for (let i = 0; i <= MAX_LINKS; i++) {
    const stat = await lstatOrNull(fs, current);
    if (stat === null || !stat.isSymbolicLink()) return { path: current, stat };
    current = resolve(dirname(current), await fs.readlink(current));
  }
  throw Object.assign(new Error("too many symbolic links"), { code: "ELOOP" });
}

/**
 * Checks, before any output is written, that each file can be: its folder exists and is writable, and it is no
 * folder. With several outputs, one that cannot be written would otherwise fail the run after the others were
 * written (fifty-first review: CI could publish a report of a run that exited 2). What only the write itself can tell
 * (a full disk) still fails there.
 *
 * @throws CliError `output-unwritable` for every path that cannot be written, together.
 */
export async function checkOutputPaths(paths: readonly string[]): Promise<void> {
  const problems: Diagnostic[] = [];
  for (const path of new Set(paths)) {
    if (path === "-") continue;
    try {
      const { path: target, stat } = await resolveLinks(fsp, path);
      if (stat?.isDirectory() === true) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
      if (stat === null) {
        const folder = await fsp.stat(dirname(target));
        if (!folder.isDirectory()) throw Object.assign(new Error("not a directory"), { code: "ENOTDIR" });
        await fsp.access(dirname(target), constants.W_OK);
      }
    } catch (error) {
      problems.push(...outputError(path, error).diagnostics);
    }
  }
  if (problems.length > 0) throw new CliError(problems);
}

/**
 * Writes `text` to `path` (see the module comment for what happens with each kind of file).
 *
 * @throws CliError `output-unwritable` naming the path and the cause, or `file-exists`.
 */
export async function writeOutput(path: string, text: OutputText, options: WriteOutputOptions = {}): Promise<void> {
  const fs = options.fs ?? fsp;
  if (path === "-" && options.stdout !== undefined) {
    if (typeof text === "string" || text instanceof Uint8Array) options.stdout.write(text);
    else for (const chunk of text) options.stdout.write(chunk);
    return;
  }
  try {
    const { path: target, stat } = await resolveLinks(fs, path);
    if (stat === null) {
      await replaceAtomically(fs, target, text, null);
      return;
    }
    if (stat.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (!stat.isFile()) {
      // A device, FIFO or socket: write into it, never replace it.
      await writeThrough(fs, target, text, false);
      return;
    }
    if (options.overwrite === false) throw fileExists(path);
    // Other hard links would keep the old text after a rename, so write those in place.
    if (stat.nlink > 1 || !(await replaceAtomically(fs, target, text, stat))) await writeThrough(fs, target, text, true);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw outputError(path, error);
  }
}
