/** Helpers for the spreadsheet tests: the examples laid out as sheets, and cell edits by field id. */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { evaluate } from "../../src/builtin.js";
import { parseDescription } from "../../src/input/parse-description.js";
import type { Report } from "../../src/model/report.js";
import type { CellValue } from "../../src/spreadsheet/cells.js";
import { descriptionToSheets } from "../../src/spreadsheet/describe.js";
import type { SheetData } from "../../src/spreadsheet/read.js";

export const ROOT = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");

/** An example description as plain data, without the editor's `$schema` line. */
export function example(name: "inventory" | "delivery-spec"): Record<string, unknown> {
  const value = parse(readFileSync(`${ROOT}/examples/${name}.yaml`, "utf8")) as Record<string, unknown>;
  delete value.$schema;
  return value;
}

/** A description laid out as mutable sheets. */
export function sheetsOf(description: Record<string, unknown>): { name: string; rows: CellValue[][] }[] {
  return descriptionToSheets(description).map((s) => ({ name: s.table.sheet, rows: s.rows.map((r) => [...r]) }));
}

/** The 1-based column of a field id (row 2) on a sheet. */
export function columnOf(sheet: SheetData, id: string): number {
  const index = (sheet.rows[1] ?? []).indexOf(id);
  if (index < 0) throw new Error(`no column ${id} on ${sheet.name}`);
  return index + 1;
}

/** The 1-based row whose `id` column holds `id`. */
export function rowOf(sheet: SheetData, id: string): number {
  const column = columnOf(sheet, "id") - 1;
  const index = sheet.rows.findIndex((r, i) => i >= 2 && r[column] === id);
  if (index < 0) throw new Error(`no row ${id} on ${sheet.name}`);
  return index + 1;
}

export function sheet<T extends SheetData>(sheets: readonly T[], name: string): T {
  const found = sheets.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

/** Sets a cell by sheet name, row id and field id; returns its address (`D12`). */
export function setCell(
  sheets: { name: string; rows: CellValue[][] }[],
  name: string,
  id: string,
  field: string,
  value: CellValue,
): string {
  const s = sheet(sheets, name);
  const row = rowOf(s, id);
  const column = columnOf(s, field);
  (s.rows[row - 1] as CellValue[])[column - 1] = value;
  return `${String.fromCharCode(64 + column)}${row}`;
}

/** What the round trip must keep: check, target and outcome of every result. */
export function outcomes(report: Report): string[] {
  return report.results.map((f) => `${f.checkId} ${f.target.kind}:${f.target.id ?? f.target.path} ${f.outcome}`).sort();
}

/** Evaluates plain description data, as the YAML path does. */
export function evaluatePlain(value: unknown): Report {
  const parsed = parseDescription(value);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.pointer}: ${i.message.en}`).join("\n"));
  return evaluate(parsed.value, { evaluationDate: "2026-04-01", locale: "ja" });
}
