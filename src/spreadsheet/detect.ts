/**
 * Which command-line inputs are spreadsheets. Loaded by the command eagerly, so it imports
 * nothing: the workbook library loads only when a spreadsheet is actually read or written.
 */
import { statSync } from "node:fs";

const WORKBOOK = /\.(xlsx|xlsm)$/i;
const CSV = /\.csv$/i;

/** Whether a path names a workbook, a CSV file or a folder (of CSV files, one per sheet). */
export function isSpreadsheetInput(path: string): boolean {
  if (WORKBOOK.test(path) || CSV.test(path)) return true;
  if (path === "-") return false;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether a path names a workbook (as opposed to CSV). */
export function isWorkbookPath(path: string): boolean {
  return WORKBOOK.test(path);
}

/**
 * Groups the inputs of one run: CSV files given side by side are the sheets of one register
 * (placed where the first of them was); every other input stands alone.
 */
export function groupInputs(paths: readonly string[]): (string | readonly string[])[] {
  const csv = paths.filter((p) => CSV.test(p));
  const out: (string | readonly string[])[] = [];
  let placed = false;
  for (const path of paths) {
    if (!CSV.test(path)) out.push(path);
    else if (!placed) {
      out.push(csv.length === 1 ? path : csv);
      placed = true;
    }
  }
  return out;
}
