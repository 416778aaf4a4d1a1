/**
 * A register read from spreadsheets, validated and located: the pure half of the spreadsheet
 * path (no files), shared by the command line, the spreadsheet entry and the playground.
 */
import { explainDescription } from "../input/parse-description.js";
import { parseValidDescription } from "../input/parse-valid-description.js";
import type { Diagnostic } from "../io/diagnostic.js";
import type { Description } from "../model/description.js";
import type { Report } from "../model/report.js";
import { type CsvEncoding, decodeCsv, parseCsv } from "./csv.js";
import { type CellRef, cellDiagnostic, cellLabel, cellOf, readSheets, type SheetData } from "./read.js";

/** A CSV file's name and bytes; its sheet is named after the file. */
export interface CsvFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A CSV file read in something other than UTF-8, to tell the user. */
export interface EncodingNotice {
  readonly file: string;
  readonly encoding: CsvEncoding;
}

/** A register read and validated, or the located problems that stopped it. */
export type RegisterResult =
  | {
      readonly ok: true;
      readonly description: Description;
      /** The description as written in the cells, before defaults (for `import`). */
      readonly value: Record<string, unknown>;
      readonly cells: ReadonlyMap<string, CellRef>;
      readonly notices: readonly EncodingNotice[];
    }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly notices: readonly EncodingNotice[] };

/** The sheet a CSV file stands for: its name without folder and `.csv`. */
export function sheetNameOfCsv(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.csv$/i, "");
}

/** Decodes CSV files (UTF-8 or Shift_JIS) into sheets. */
export function csvSheets(files: readonly CsvFile[]): { sheets: SheetData[]; notices: EncodingNotice[] } {
  const notices: EncodingNotice[] = [];
  const sheets = files.map((f) => {
    const decoded = decodeCsv(f.bytes);
    if (decoded.encoding !== "utf-8") notices.push({ file: f.name, encoding: decoded.encoding });
    return { name: sheetNameOfCsv(f.name), file: f.name, rows: parseCsv(decoded.text) };
  });
  return { sheets, notices };
}

/**
 * Reads sheets into a validated description; every problem is located at its cell.
 * `options.references: false` leaves references to ids unchecked, for a register that is one file
 * of a run whose files are joined (the command line judges them on the joined description).
 */
export function registerFromSheets(
  file: string,
  sheets: readonly SheetData[],
  notices: readonly EncodingNotice[] = [],
  options: { readonly references?: boolean } = {},
): RegisterResult {
  const read = readSheets(file, sheets);
  if (read.diagnostics.length > 0) return { ok: false, diagnostics: read.diagnostics, notices };
  const parsed = parseValidDescription(read.value, options) ?? explainDescription(read.value, options);
  if (!parsed.ok) {
    const diagnostics = parsed.issues.map((issue) => {
      const ref = cellOf(read.cells, issue.pointer);
      if (ref === undefined) {
        return {
          file,
          code: issue.code,
          message: issue.message,
          ...(issue.hint === undefined ? {} : { hint: issue.hint }),
          pointer: issue.pointer,
        };
      }
      return cellDiagnostic(
        ref,
        { code: issue.code, message: issue.message, ...(issue.hint === undefined ? {} : { hint: issue.hint }) },
        issue.pointer,
      );
    });
    return { ok: false, diagnostics, notices };
  }
  return { ok: true, description: parsed.value, value: read.value, cells: read.cells, notices };
}

/** Points every reported finding at its row's cell (`location.sheet` / `location.cell`). */
export function locateSheetFindings(report: Report, cells: ReadonlyMap<string, CellRef>): Report {
  const results = report.results.map((finding) => {
    if (finding.outcome === "pass" || finding.outcome === "not-applicable") return finding;
    const ref = cellOf(cells, finding.path);
    if (ref === undefined) return finding;
    return {
      ...finding,
      location: {
        file: ref.file,
        line: ref.row,
        column: ref.column,
        ...(ref.sheet === undefined ? {} : { sheet: ref.sheet }),
        cell: ref.cell,
      },
    };
  });
  return { ...report, results };
}

/** `接続一覧.csv を Shift_JIS として読んだ` in both languages. */
export function noticeText(notice: EncodingNotice): { ja: string; en: string } {
  const name = notice.encoding === "shift_jis" ? "Shift_JIS（Windows-31J）" : notice.encoding;
  return {
    ja: `${notice.file} を ${name} として読んだ（UTF-8 ではなかったため）`,
    en: `Read ${notice.file} as ${notice.encoding === "shift_jis" ? "Shift_JIS (Windows-31J)" : notice.encoding} (it was not UTF-8)`,
  };
}

export { cellLabel };
