/**
 * The command line's spreadsheet paths, loaded on demand: reading a register from a workbook,
 * CSV files or a folder of CSV files; writing the template and the worklist.
 */
import { readdirSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { CliError, type CliIo } from "../cli/context.js";
import type { CrossReferenceOptions } from "../input/cross-references.js";
import type { Diagnostic } from "../io/diagnostic.js";
import type { ParsedSource } from "../io/parse.js";
import type { Description } from "../model/description.js";
import type { Report } from "../model/report.js";
import { isWorkbookPath } from "./detect.js";
import { declaredUncompressedSize } from "./zip-size.js";
import { type CsvFile, csvSheets, locateSheetFindings, noticeText, type RegisterResult, registerFromSheets } from "./register.js";
import { readWorkbook, worklistWorkbook } from "./xlsx.js";
import { worklistCsv } from "./csv.js";
import { isWorklistOnly } from "./read.js";

/** The same limit as for YAML and JSON files. */
const MAX_BYTES = 20 * 1024 * 1024;
/** What a workbook may unpack to: its sheets' XML and shared strings (a 10,000-system workbook unpacks to well under this). */
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

function fail(file: string, code: string, message: Diagnostic["message"], hint?: Diagnostic["hint"]): CliError {
  return new CliError([{ file, code, message, ...(hint === undefined ? {} : { hint }) }]);
}

async function readBytes(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code === "ENOENT"
      ? fail(
          path,
          "file-not-found",
          { ja: "ファイルが見つからない", en: "No such file" },
          { ja: "パスを確認すること", en: "Check the path" },
        )
      : fail(path, "file-unreadable", { ja: `ファイルを読めない（${code}）`, en: `The file cannot be read (${code})` });
  }
  if (size > MAX_BYTES) {
    throw fail(path, "file-too-large", { ja: "ファイルが大きすぎる（上限 20 MiB）", en: "The file is too large (limit: 20 MiB)" });
  }
  if (size === 0) {
    throw fail(
      path,
      "empty-file",
      { ja: "ファイルが空", en: "The file is empty" },
      { ja: "secpolicy init --template xlsx で雛形を作ること", en: "Start from the template: secpolicy init --template xlsx" },
    );
  }
  return new Uint8Array(await readFile(path));
}

function csvFilesOf(folder: string): string[] {
  const names = readdirSync(folder)
    .filter((n) => /\.csv$/i.test(n))
    .sort();
  if (names.length === 0) {
    throw fail(
      folder,
      "no-sheets",
      { ja: "フォルダに CSV ファイルがない", en: "The folder holds no CSV files" },
      {
        ja: "シートごとに「シート名.csv」（例：接続一覧.csv）として保存したフォルダを指定すること",
        en: "Pass a folder of CSV files named after the sheets (e.g. 接続一覧.csv)",
      },
    );
  }
  return names.map((n) => join(folder, n));
}

/** Whether a workbook is a worklist this command wrote (`--format xlsx`), not a register; unreadable ones are not. */
export async function isWorklistWorkbook(path: string): Promise<boolean> {
  try {
    return isWorklistOnly(await readWorkbook(await readBytes(path)));
  } catch {
    return false;
  }
}

/** Reads a workbook, one CSV file, several CSV files or a folder of them. */
export async function readRegister(
  input: string | readonly string[],
  options: CrossReferenceOptions = {},
): Promise<{ file: string; result: RegisterResult }> {
  if (typeof input === "string" && isWorkbookPath(input)) {
    const bytes = await readBytes(input);
    // A workbook is a ZIP archive: what it unpacks to is bounded too, before anything is inflated.
    const unpacked = declaredUncompressedSize(bytes);
    if (unpacked !== undefined && unpacked > MAX_UNPACKED_BYTES) {
      throw fail(
        input,
        "file-too-large",
        {
          ja: `ブックを展開すると大きすぎる（${Math.ceil(unpacked / 1024 / 1024)} MiB。上限 ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB）`,
          en: `The workbook unpacks to too much (${Math.ceil(unpacked / 1024 / 1024)} MiB; limit: ${MAX_UNPACKED_BYTES / 1024 / 1024} MiB)`,
        },
        {
          ja: "記述の内容だけを Excel で保存し直すか、システムごとに分けること",
          en: "Save only the description's content from Excel again, or split it by system",
        },
      );
    }
    let sheets: Awaited<ReturnType<typeof readWorkbook>>;
    try {
      sheets = await readWorkbook(bytes);
    } catch (error) {
      throw fail(
        input,
        "invalid-workbook",
        { ja: "Excel ブック（.xlsx）として読めない", en: `The file cannot be read as an Excel workbook (.xlsx): ${String(error)}` },
        { ja: "Excel で「Excel ブック（*.xlsx）」として保存し直すこと", en: 'Save it again from Excel as "Excel Workbook (*.xlsx)"' },
      );
    }
    return { file: input, result: registerFromSheets(input, sheets, [], options) };
  }
  const paths = typeof input === "string" ? (statSync(input).isDirectory() ? csvFilesOf(input) : [input]) : input;
  const files: CsvFile[] = [];
  for (const path of paths) files.push({ name: path, bytes: await readBytes(path) });
  const { sheets, notices } = csvSheets(files);
  const file = typeof input === "string" ? input : paths.map((p) => basename(p)).join(", ");
  return { file, result: registerFromSheets(file, sheets, notices, options) };
}

/** A register read for `check`: the description, a source for located issues, and how to locate findings. */
export interface RegisterInput {
  readonly source: ParsedSource;
  readonly description: Description;
  readonly locate: (report: Report) => Report;
}

/** Reads a register for the command line: notices go to standard error, problems become a CliError. */
export async function registerInput(
  input: string | readonly string[],
  io: Pick<CliIo, "stderr">,
  options: CrossReferenceOptions = {},
): Promise<RegisterInput & { value: Record<string, unknown> }> {
  const { file, result } = await readRegister(input, options);
  for (const notice of result.notices) {
    const text = noticeText(notice);
    io.stderr.write(`secpolicy: 注意：${text.ja} / note: ${text.en}\n`);
  }
  if (!result.ok) throw new CliError(result.diagnostics);
  const { cells, description, value } = result;
  const position = (pointer: string) => {
    let at = pointer;
    for (;;) {
      const ref = cells.get(at);
      if (ref !== undefined) return { line: ref.row, column: ref.column };
      if (at === "") return undefined;
      at = at.slice(0, at.lastIndexOf("/"));
    }
  };
  // Issues raised later (by evaluate) are located by row and column in the file.
  const source: ParsedSource = {
    file,
    format: "json",
    value,
    locate: position,
    locateAll: (pointers) => {
      const out = new Map<string, { line: number; column: number }>();
      for (const p of pointers) {
        const at = position(p);
        if (at !== undefined) out.set(p, at);
      }
      return out;
    },
  };
  return { source, description, value, locate: (report) => locateSheetFindings(report, cells) };
}

/** Refuses to write a binary file to a terminal. */
export function refuseTerminal(io: Pick<CliIo, "stdout">, command: string, what: { ja: string; en: string }): void {
  if (io.stdout.isTTY !== true) return;
  throw new CliError([
    {
      file: `secpolicy ${command}`,
      code: "binary-to-terminal",
      message: { ja: `${what.ja}（バイナリ）を端末には出力しない`, en: `Not writing ${what.en} (binary) to a terminal` },
      hint: {
        ja: `ファイルにリダイレクトするか --out で指定すること（例：secpolicy ${command} … > 台帳.xlsx）`,
        en: `Redirect to a file or pass --out (e.g. secpolicy ${command} … > register.xlsx)`,
      },
    },
  ]);
}

/** The worklist for `check --format csv|xlsx` (an xlsx workbook never goes to a terminal). */
export async function worklistOutput(
  report: Report,
  format: "csv" | "xlsx",
  locale: "ja" | "en",
  io: Pick<CliIo, "stdout">,
  toFile: boolean,
): Promise<string | Uint8Array> {
  if (format === "csv") return worklistCsv(report, { locale });
  if (!toFile) refuseTerminal(io, "check --format xlsx", { ja: "Excel ブック", en: "an Excel workbook" });
  return worklistWorkbook(report, { locale });
}
