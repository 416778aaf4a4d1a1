import { closeSync, constants, fstatSync, openSync, readlinkSync, readSync, statSync } from "node:fs";
import { open, stat } from "node:fs/promises";
import { shown } from "../engine/text.js";
import { decodeUtf8, withoutBom } from "./decode.js";
import { type Diagnostic, InputError } from "./diagnostic.js";
import { packBytes } from "./packed-bytes.js";
import { DEFAULT_LIMITS, formatByName, type ParsedSource, parseJsonBytes, parseSource, type ReadLimits } from "./parse.js";

/** The name diagnostics use for standard input. */
export const STDIN_NAME = "<stdin>";

function tooLarge(file: string, limits: ReadLimits): Diagnostic {
  const mib = (limits.maxBytes / 1024 / 1024).toFixed(limits.maxBytes % (1024 * 1024) === 0 ? 0 : 1);
  return {
    file,
    code: "file-too-large",
    message: { ja: `ファイルが大きすぎる（上限 ${mib} MiB）`, en: `The file is too large (limit: ${mib} MiB)` },
    hint: {
      ja: "上限を上げるか（secpolicy check --max-input-mib <MiB>）、ファイルを分けること（一度に渡したファイルやフォルダは一つの記述として合わせて判定するので、ファイルをまたぐ接続も判定される）",
      en: "Raise the limit (secpolicy check --max-input-mib <MiB>) or split the file: files and folders given together are judged as one description, links between the files included",
    },
  };
}

function folder(path: string, what: "description" | "file"): InputError {
  return new InputError([
    {
      file: path,
      code: "file-unreadable",
      message: { ja: "フォルダが指定された", en: "This is a folder, not a file" },
      hint:
        what === "description"
          ? { ja: "記述のファイルを指定すること", en: "Pass a description file" }
          : { ja: "ファイルを指定すること", en: "Pass a file" },
    },
  ]);
}

function readError(path: string, error: unknown): InputError {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new InputError([
    {
      file: path,
      code: "file-unreadable",
      message: { ja: `ファイルを読めない（${code ?? "error"}）`, en: `The file cannot be read (${code ?? String(error)})` },
    },
  ]);
}

/** Size of the chunks in which streams (pipes, FIFOs, devices) are read. */
const CHUNK = 64 * 1024;

/** How long a FIFO may wait for its writer before the reader says that it is waiting. */
export const FIFO_NOTICE_MS = 1000;

/** The line said on standard error while a FIFO has no writer (the reading goes on waiting). */
export function fifoWaitingNotice(file: string, lang?: "ja" | "en"): string {
  const ja = "名前付きパイプ（FIFO）に書き手がいないため、書き込まれるのを待っている（中止は Ctrl-C）";
  const en = "waiting for a writer on this named pipe (FIFO); press Ctrl-C to stop";
  return `${shown(file, 200)}: ${lang === "ja" ? ja : lang === "en" ? en : `${ja} / ${en}`}\n`;
}

/** Says on standard error that a FIFO is waiting for a writer (when the caller gives no `onWaiting`). */
function sayWaiting(file: string): void {
  process.stderr.write(fifoWaitingNotice(file));
}

/**
 * Whether `path` is a named pipe on disk (mkfifo), which blocks its reader until a writer opens
 * it. An anonymous pipe reached through /dev/fd (`<(…)`, `/dev/stdin` from a pipe) is a FIFO too,
 * but opening it never waits, so it is read like any stream.
 */
function isNamedFifo(stats: { isFIFO(): boolean }, path: string): boolean {
  if (!stats.isFIFO()) return false;
  try {
    return !readlinkSync(path).startsWith("pipe:");
  } catch {
    return true; // not a link: the FIFO itself
  }
}

/** Blocks the thread for `ms` (synchronous reading only). */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Collects chunks up to the limit; one byte more is an error, whatever the source claims its size is. */
class Collector {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  constructor(
    private readonly file: string,
    private readonly limits: ReadLimits,
  ) {}
  add(chunk: Buffer): void {
    this.size += chunk.length;
    if (this.size > this.limits.maxBytes) throw new InputError([tooLarge(this.file, this.limits)]);
    this.chunks.push(chunk);
  }
  bytes(): Uint8Array {
    const out = releasable(this.size);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** `ArrayBuffer` with the options argument of ES2024 (Node 20 has it; the ES2023 types do not). */
const ResizableArrayBuffer = ArrayBuffer as unknown as new (length: number, options: { maxByteLength: number }) => ArrayBuffer;

/**
 * Room for `size` bytes that {@link release} can hand back to the system at once: a large
 * file's bytes, packed for locating, need not wait for a full garbage collection to go.
 */
function releasable(size: number): Uint8Array {
  return new Uint8Array(new ResizableArrayBuffer(size, { maxByteLength: size }));
}

/** Frees the memory of bytes from {@link releasable}; the caller keeps no view of them. */
function release(bytes: Uint8Array): void {
  const buffer = bytes.buffer as ArrayBuffer & { readonly resizable?: boolean; resize?(length: number): void };
  if (buffer.resizable === true) buffer.resize?.(0);
}

async function readBytes(path: string, limits: ReadLimits, onWaiting?: (file: string) => void): Promise<Uint8Array> {
  if (path === "-") {
    const collected = new Collector(STDIN_NAME, limits);
    for await (const chunk of process.stdin) collected.add(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return collected.bytes();
  }
  let handle: Awaited<ReturnType<typeof open>>;
  // Opening a named FIFO waits until a writer opens it: say so after a moment rather than hang silently.
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const stats = await stat(path).catch(() => undefined);
    if (stats !== undefined && isNamedFifo(stats, path)) {
      timer = setTimeout(() => (onWaiting ?? sayWaiting)(path), FIFO_NOTICE_MS);
    }
    handle = await open(path, "r");
  } catch (error) {
    throw unreadable(path, error);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw folder(path, "description");
    if (!stat.isFile()) {
      // A pipe, FIFO, `<(…)` or device: read as a stream from the current position (no seeking,
      // which pipes refuse with ESPIPE), with the same limit as standard input.
      const collected = new Collector(path, limits);
      for (;;) {
        const buffer = Buffer.alloc(CHUNK);
        const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
        if (bytesRead === 0) break;
        collected.add(buffer.subarray(0, bytesRead));
      }
      return collected.bytes();
    }
    if (stat.size > limits.maxBytes) throw new InputError([tooLarge(path, limits)]);
    // Read at most one byte past the limit: files can grow between stat and read.
    const buffer = releasable(Math.min(stat.size, limits.maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limits.maxBytes) throw new InputError([tooLarge(path, limits)]);
    return buffer.subarray(0, length);
  } catch (error) {
    throw readError(path, error);
  } finally {
    await handle.close();
  }
}

/**
 * A named FIFO read without blocking the thread in `open` (which would wait for a writer with no
 * way to say so): opened non-blocking, then polled. No data and no writer: keep waiting, and say
 * so after {@link FIFO_NOTICE_MS}; no data but a writer: wait for it; end of data after a
 * writer: done. (A writer that opens and closes between two polls without writing is missed, and
 * the reader goes on waiting for the next one.)
 */
function readFifoSync(path: string, limits: ReadLimits, onWaiting: (file: string) => void): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    const collected = new Collector(path, limits);
    const buffer = Buffer.alloc(CHUNK);
    let writer = false;
    let waited = 0;
    for (;;) {
      let bytesRead: number;
      try {
        bytesRead = readSync(fd, buffer, 0, CHUNK, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
        writer = true;
        sleepSync(5);
        continue;
      }
      if (bytesRead > 0) {
        writer = true;
        collected.add(Buffer.from(buffer.subarray(0, bytesRead)));
      } else if (writer) break;
      else {
        if (waited < FIFO_NOTICE_MS && waited + 20 >= FIFO_NOTICE_MS) onWaiting(path);
        waited += 20;
        sleepSync(20);
      }
    }
    return collected.bytes();
  } catch (error) {
    throw readError(path, error);
  } finally {
    closeSync(fd);
  }
}

/** {@link readBytes} without waiting: regular files, and streams read to their end with the same limit. */
function readBytesSync(path: string, limits: ReadLimits, onWaiting?: (file: string) => void): Uint8Array {
  let named = false;
  try {
    named = isNamedFifo(statSync(path), path);
  } catch {
    // Reported by open below.
  }
  if (named) return readFifoSync(path, limits, onWaiting ?? sayWaiting);
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw folder(path, "file");
    if (stat.isFile() && stat.size > limits.maxBytes) throw new InputError([tooLarge(path, limits)]);
    // Regular files are read up to one byte past the limit (they can grow); streams chunk by chunk.
    const collected = new Collector(path, limits);
    for (;;) {
      const buffer = Buffer.alloc(stat.isFile() ? Math.min(stat.size, limits.maxBytes) + 1 : CHUNK);
      const bytesRead = readSync(fd, buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      collected.add(buffer.subarray(0, bytesRead));
    }
    return collected.bytes();
  } catch (error) {
    throw readError(path, error);
  } finally {
    closeSync(fd);
  }
}

function unreadable(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  return new InputError([
    code === "ENOENT"
      ? {
          file: path,
          code: "file-not-found",
          message: { ja: "ファイルが見つからない", en: "No such file" },
          hint: { ja: "パスを確認すること", en: "Check the path" },
        }
      : {
          file: path,
          code: "file-unreadable",
          message: { ja: `ファイルを読めない（${code ?? "error"}）`, en: `The file cannot be read (${code ?? String(error)})` },
          hint: { ja: "読み取り権限とパスを確認すること", en: "Check the path and read permission" },
        },
  ]);
}

type ReadOptions = {
  limits?: ReadLimits;
  /**
   * From how many bytes a JSON file's bytes are packed for locating and released (default
   * {@link PACK_FROM}); for the tests.
   *
   * @internal
   */
  packFrom?: number;
  format?: "json" | "yaml";
  /**
   * Called once when a named FIFO has had no writer for {@link FIFO_NOTICE_MS} (reading goes on
   * waiting). Default: {@link fifoWaitingNotice} in both languages on standard error.
   */
  onWaiting?: (file: string) => void;
};

/** Whether the file is read as JSON: so named or told, or, without a YAML name, starting with `{`. */
function isJson(body: Uint8Array, file: string, format: "json" | "yaml" | undefined): boolean {
  const named = format ?? formatByName(file);
  if (named !== undefined) return named === "json";
  let i = 0;
  while (body[i] === 0x20 || body[i] === 0x0a || body[i] === 0x0d || body[i] === 0x09) i++;
  return body[i] === 0x7b;
}

/**
 * From this size on, a JSON file's bytes are kept packed for locating (io/packed-bytes.ts) and
 * released once read: at 270 MB (100,000 systems) they were the largest thing in memory after the
 * data. Below it, packing would cost more time than the memory is worth.
 */
const PACK_FROM = 32 * 1024 * 1024;

/** Turns a file's bytes (from {@link releasable}) into parsed data: not empty, UTF-8, strictly parsed. */
function sourceFromBytes(bytes: Uint8Array, file: string, options: ReadOptions, limits: ReadLimits): ParsedSource {
  if (bytes.length === 0) {
    throw new InputError([
      {
        file,
        code: "empty-file",
        message: { ja: "ファイルが空", en: "The file is empty" },
        hint: { ja: "secpolicy init で雛形を作ること", en: "Start from the template: secpolicy init" },
      },
    ]);
  }
  // JSON is read from the bytes in pieces, so a large file never exists as one string beside its
  // data; anything that route leaves alone is decoded whole below.
  const body = withoutBom(bytes);
  if (isJson(body, file, options.format)) {
    const pack = bytes.length >= (options.packFrom ?? PACK_FROM);
    const source = parseJsonBytes(body, file, limits, undefined, pack ? packBytes : undefined);
    if (source !== undefined) {
      if (pack) release(bytes);
      return source;
    }
  }
  const decoded = decodeUtf8(bytes, file);
  if (!decoded.ok) throw new InputError([decoded.diagnostic]);
  return parseSource(decoded.text, file, { limits, ...(options.format === undefined ? {} : { format: options.format }) });
}

/**
 * Reads a JSON or YAML file (or standard input for `-`) safely: size limit, UTF-8 only (BOM
 * accepted), strict parsing. Positions are computed later, only for what gets reported.
 *
 * @throws InputError with located, bilingual diagnostics.
 */
export async function readSource(path: string, options: ReadOptions = {}): Promise<ParsedSource> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  return sourceFromBytes(await readBytes(path, limits, options.onWaiting), path === "-" ? STDIN_NAME : path, options, limits);
}

/**
 * {@link readSource} for small files read synchronously (profiles); no standard input. Pipes,
 * FIFOs and devices are read as streams with the same size limit, so `/dev/zero` is refused at
 * the limit instead of filling memory.
 */
export function readSourceSync(path: string, options: ReadOptions = {}): ParsedSource {
  const limits = options.limits ?? DEFAULT_LIMITS;
  return sourceFromBytes(readBytesSync(path, limits, options.onWaiting), path, options, limits);
}
