/**
 * CSV files, one per sheet: reading them in UTF-8 (with or without BOM) or in Shift_JIS as Excel
 * writes it on Japanese Windows (detected, and named so the user knows), and writing the worklist
 * in UTF-8 with a BOM so Excel opens it right. No dependency: Node's TextDecoder knows Shift_JIS.
 */
import type { Report } from "../model/report.js";
import { type WorklistOptions, worklistRows } from "./worklist.js";

/** The encodings a CSV file is read in. */
export type CsvEncoding = "utf-8" | "shift_jis";

/** A CSV file's text and the encoding it was read in. */
export interface DecodedCsv {
  readonly text: string;
  readonly encoding: CsvEncoding;
  readonly bom: boolean;
}

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), Shift_JIS (Windows-31J) otherwise. */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "utf-8", bom };
  } catch {
    return { text: new TextDecoder("shift_jis").decode(bytes), encoding: "shift_jis", bom: false };
  }
}

/** Parses CSV (RFC 4180: quotes, doubled quotes, line breaks inside quotes; CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") {
      quoted = true;
      i++;
    } else if (c === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (c === "\r" || c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows as CSV text with CRLF line ends (what Excel writes and expects). */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quote).join(",")).join("\r\n") + "\r\n";
}

/** The findings worklist as CSV: UTF-8 with a BOM, formula-like cells neutralised. */
export function worklistCsv(report: Report, options: WorklistOptions): string {
  return `\uFEFF${toCsv(worklistRows(report, options))}`;
}
