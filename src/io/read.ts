import { readFileSync, statSync } from "node:fs";
import { open } from "node:fs/promises";
import { decodeUtf8 } from "./decode.js";
import { type Diagnostic, InputError } from "./diagnostic.js";
import { DEFAULT_LIMITS, type ParsedSource, parseSource, type ReadLimits } from "./parse.js";

/** The name diagnostics use for standard input. */
export const STDIN_NAME = "<stdin>";

function tooLarge(file: string, limits: ReadLimits): Diagnostic {
  const mib = (limits.maxBytes / 1024 / 1024).toFixed(limits.maxBytes % (1024 * 1024) === 0 ? 0 : 1);
  return {
    file,
    code: "file-too-large",
    message: { ja: `ファイルが大きすぎる（上限 ${mib} MiB）`, en: `The file is too large (limit: ${mib} MiB)` },
    hint: {
      ja: "記述をシステムごとなど複数のファイルに分けて渡すこと",
      en: "Split the description into several files (e.g. per system) and pass them all",
    },
  };
}

async function readBytes(path: string, limits: ReadLimits): Promise<Uint8Array> {
  if (path === "-") {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
      size += buffer.length;
      if (size > limits.maxBytes) throw new InputError([tooLarge(STDIN_NAME, limits)]);
      chunks.push(buffer);
    }
    return Buffer.concat(chunks);
  }
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw unreadable(path, error);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) {
      throw new InputError([
        {
          file: path,
          code: "file-unreadable",
          message: { ja: "フォルダが指定された", en: "This is a folder, not a file" },
          hint: { ja: "記述のファイルを指定すること", en: "Pass a description file" },
        },
      ]);
    }
    if (stat.size > limits.maxBytes) throw new InputError([tooLarge(path, limits)]);
    // Read at most one byte past the limit: files can grow between stat and read.
    const buffer = Buffer.alloc(Math.min(stat.size, limits.maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limits.maxBytes) throw new InputError([tooLarge(path, limits)]);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError([
      {
        file: path,
        code: "file-unreadable",
        message: { ja: `ファイルを読めない（${code ?? "error"}）`, en: `The file cannot be read (${code ?? String(error)})` },
      },
    ]);
  } finally {
    await handle.close();
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

type ReadOptions = { limits?: ReadLimits; format?: "json" | "yaml" };

/** Turns a file's bytes into parsed data: not empty, UTF-8, strictly parsed. */
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
  return sourceFromBytes(await readBytes(path, limits), path === "-" ? STDIN_NAME : path, options, limits);
}

/** {@link readSource} for small files read synchronously (profiles); no standard input. */
export function readSourceSync(path: string, options: ReadOptions = {}): ParsedSource {
  const limits = options.limits ?? DEFAULT_LIMITS;
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      throw new InputError([
        {
          file: path,
          code: "file-unreadable",
          message: { ja: "フォルダが指定された", en: "This is a folder, not a file" },
          hint: { ja: "ファイルを指定すること", en: "Pass a file" },
        },
      ]);
    }
    if (stat.size > limits.maxBytes) throw new InputError([tooLarge(path, limits)]);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw unreadable(path, error);
  }
  return sourceFromBytes(bytes, path, options, limits);
}
