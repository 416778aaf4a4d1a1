/**
 * Excel workbooks (.xlsx) through @cj-tech-master/excelts: the template, reading a register, and
 * the findings worklist. This module is the only one that loads the workbook library, and only
 * the spreadsheet entry and the command line's spreadsheet paths import it.
 */
import { type Cell, Workbook, type Worksheet } from "@cj-tech-master/excelts";
import type { Report } from "../model/report.js";
import { type CellValue, enumDisplay, NO, YES } from "./cells.js";
import { descriptionToSheets, type SheetRows } from "./describe.js";
import { AUX_SHEETS, type CellKind, type Column, workbookTables } from "./layout.js";
import { columnLetter, type SheetData } from "./read.js";
import { type WorklistOptions, worklistRows } from "./worklist.js";

/** How many rows of each sheet get input rules (drop-downs, date checks). */
const INPUT_ROWS = 1000;

const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } } as const;
const REQUIRED_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFCE4D6" } } as const;
const ID_FONT = { color: { argb: "FF808080" }, size: 9 } as const;

function toBytes(buffer: ArrayBuffer | Uint8Array): Uint8Array {
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}

function kindText(kind: CellKind): { ja: string; en: string } {
  switch (kind.type) {
    case "text":
      return { ja: "文字列", en: "text" };
    case "integer":
      return { ja: "整数", en: "whole number" };
    case "number":
      return { ja: "数値", en: "number" };
    case "boolean":
      return { ja: "はい／いいえ", en: "yes / no" };
    case "date":
      return { ja: "日付（2026-04-01）", en: "date (2026-04-01)" };
    case "enum":
      return { ja: "選択", en: "choice" };
    case "text-or-false":
      return { ja: "文字列（定めていなければ「いいえ」）", en: "text (いいえ when none is defined)" };
    case "port":
      return { ja: "ポート番号または any", en: "port number or any" };
    case "list": {
      const item = kindText(kind.item);
      return { ja: `${item.ja}をカンマ区切りで複数`, en: `several ${item.en} values, comma-separated` };
    }
    case "none":
      return { ja: "該当なしのとき「はい」", en: "はい (yes) when there are none" };
  }
}

function choicesOf(kind: CellKind): string[] | undefined {
  if (kind.type === "enum") return kind.values.map((v) => enumDisplay(kind, v));
  if (kind.type === "list" && kind.item.type === "enum") {
    const item = kind.item;
    return item.values.map((v) => enumDisplay(item, v));
  }
  return undefined;
}

function writeValue(cell: Cell, value: CellValue): void {
  if (value === undefined || value === null) return;
  cell.value = value;
  if (value instanceof Date) cell.numFmt = "yyyy-mm-dd";
}

/** The choices of every enum, one column each on the hidden list sheet, for the drop-downs. */
function listColumns(): { ranges: Map<string, string>; columns: string[][] } {
  const ranges = new Map<string, string>();
  const byValues = new Map<string, string>();
  const columns: string[][] = [];
  const add = (name: string, values: readonly string[]) => {
    const key = values.join("\u0000");
    const existing = byValues.get(key);
    if (existing !== undefined) {
      ranges.set(name, existing);
      return;
    }
    columns.push([name, ...values]);
    const letter = columnLetter(columns.length);
    const range = `'${AUX_SHEETS.lists}'!$${letter}$2:$${letter}$${values.length + 1}`;
    byValues.set(key, range);
    ranges.set(name, range);
  };
  add("boolean", [YES, NO]);
  add("none", [YES]);
  for (const table of workbookTables()) {
    for (const c of table.columns) {
      const kind = c.kind;
      if (kind.type === "enum")
        add(
          kind.name,
          kind.values.map((v) => enumDisplay(kind, v)),
        );
    }
  }
  return { ranges, columns };
}

function addRules(sheet: Worksheet, column: Column, index: number, lists: Map<string, string>): void {
  const letter = columnLetter(index + 1);
  const range = `${letter}3:${letter}${INPUT_ROWS + 2}`;
  const prompt = { showInputMessage: true, promptTitle: column.header.ja.slice(0, 32), prompt: kindText(column.kind).ja.slice(0, 255) };
  const warn = { showErrorMessage: true, errorStyle: "warning" as const, errorTitle: "入力値の確認" };
  const kind = column.kind;
  if (kind.type === "enum" || kind.type === "boolean" || kind.type === "none") {
    const list = lists.get(kind.type === "enum" ? kind.name : kind.type);
    if (list === undefined) return;
    sheet.dataValidations.add(range, {
      type: "list",
      allowBlank: true,
      formulae: [list],
      ...prompt,
      ...warn,
      error: "一覧から選ぶこと（id をそのまま書いてもよい） / Choose from the list (ids are accepted too)",
    });
  } else if (kind.type === "date") {
    sheet.dataValidations.add(range, {
      type: "date",
      operator: "greaterThan",
      allowBlank: true,
      formulae: [new Date(Date.UTC(1990, 0, 1))],
      ...prompt,
      ...warn,
      error: "日付を入力すること（例：2026-04-01） / Enter a date (e.g. 2026-04-01)",
    });
    sheet.getColumn(index + 1).numFmt = "yyyy-mm-dd";
  } else if (kind.type === "list" && kind.item.type === "enum") {
    const choices = kind.item.values.join(", ");
    sheet.dataValidations.add(range, {
      type: "any" as never,
      allowBlank: true,
      showInputMessage: true,
      promptTitle: column.header.ja.slice(0, 32),
      prompt: `カンマ区切りで複数可：${choices}`.slice(0, 255),
    });
  }
}

function addGuide(workbook: Workbook): void {
  const sheet = workbook.addWorksheet(AUX_SHEETS.guide);
  sheet.columns = [
    { width: 16 },
    { width: 8 },
    { width: 36 },
    { width: 30 },
    { width: 6 },
    { width: 22 },
    { width: 40 },
    { width: 60 },
    { width: 60 },
  ];
  const intro = [
    "情報システム台帳（hitoyoshi-secpolicy）の入力用ブック / Register workbook for hitoyoshi-secpolicy",
    "各シートの1行目は見出し、2行目は項目ID（変更しないこと）。3行目から1行に1件を書く。 / Row 1: headers; row 2: field ids (keep them); one item per row from row 3.",
    "分からない項目は空欄のままでよい（証跡不足として報告される）。選択肢はドロップダウンから選ぶか id を書く。 / Leave unknown facts empty (reported as needs-evidence); pick choices from the drop-downs or type their ids.",
    "点検：secpolicy check 台帳.xlsx ／ YAML へ：secpolicy import 台帳.xlsx > system.yaml",
  ];
  intro.forEach((line, i) => {
    sheet.getCell(`A${i + 1}`).value = line;
  });
  const head = [
    "シート / Sheet",
    "列 / Col",
    "見出し / Header",
    "項目ID / Field id",
    "必須",
    "入力 / Input",
    "選択肢 / Choices",
    "説明",
    "Description",
  ];
  const start = intro.length + 2;
  head.forEach((h, i) => {
    const cell = sheet.getCell(start, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  let r = start + 1;
  for (const table of workbookTables()) {
    table.columns.forEach((column, i) => {
      const kind = kindText(column.kind);
      const values = [
        table.sheet,
        columnLetter(i + 1),
        column.header.ja,
        column.id,
        column.required ? "必須" : "",
        `${kind.ja} / ${kind.en}`,
        choicesOf(column.kind)?.join("、") ?? "",
        column.description.ja,
        column.description.en,
      ];
      values.forEach((v, c) => {
        sheet.getCell(r, c + 1).value = v;
      });
      r++;
    });
  }
  sheet.views = [{ state: "frozen", ySplit: start }];
}

function addDataSheet(workbook: Workbook, data: SheetRows, lists: Map<string, string>): void {
  const { table } = data;
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: "frozen", ySplit: 2 }] });
  table.columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = Math.min(40, Math.max(12, column.header.ja.length * 1.6));
    const header = sheet.getCell(1, i + 1);
    header.value = column.header.ja;
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: "top" };
    header.fill = column.required ? REQUIRED_FILL : HEADER_FILL;
    header.note = `${column.required ? "【必須】" : ""}${column.description.ja}\n${column.description.en}`;
    const id = sheet.getCell(2, i + 1);
    id.value = column.id;
    id.font = ID_FONT;
    addRules(sheet, column, i, lists);
  });
  data.rows.slice(2).forEach((row, r) => {
    row.forEach((value, c) => writeValue(sheet.getCell(r + 3, c + 1), value));
  });
}

/**
 * The register template: a guide sheet explaining every column, one sheet per part of a
 * description with drop-downs for every choice and date rules, and a hidden sheet of choices.
 * With `description`, the sheets are filled with it (YAML → workbook).
 */
export async function templateWorkbook(description?: Readonly<Record<string, unknown>>): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = "hitoyoshi-secpolicy";
  // A fixed date keeps the template byte-stable between runs.
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  addGuide(workbook);
  const { ranges, columns } = listColumns();
  for (const data of descriptionToSheets(description ?? {})) addDataSheet(workbook, data, ranges);
  const lists = workbook.addWorksheet(AUX_SHEETS.lists, { state: "hidden" });
  columns.forEach((values, c) => {
    values.forEach((v, r) => {
      lists.getCell(r + 1, c + 1).value = v;
    });
  });
  return toBytes(await workbook.xlsx.writeBuffer());
}

function plain(value: unknown): CellValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((t) => t.text ?? "").join("");
    if ("result" in v) return plain(v.result);
    if ("formula" in v || "sharedFormula" in v) return undefined;
    if (typeof v.text === "string") return v.text;
    if ("error" in v) return String(v.error);
  }
  return String(value);
}

/** Reads every sheet of a workbook as plain cell values. */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetData[]> {
  const workbook = new Workbook();
  // Input rules are not needed to read values, and expanding them cell by cell is slow.
  await workbook.xlsx.load(bytes as never, { ignoreNodes: ["dataValidations", "conditionalFormatting", "extLst"] } as never);
  const sheets: SheetData[] = [];
  workbook.eachSheet((sheet) => {
    const rows: CellValue[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      rows[n - 1] = values.map(plain);
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    sheets.push({ name: sheet.name, rows });
  });
  return sheets;
}

/** The findings as a worklist workbook: one finding per row, with columns to track remediation. */
export async function worklistWorkbook(report: Report, options: WorklistOptions): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = "hitoyoshi-secpolicy";
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  const title = options.locale === "ja" ? "指摘一覧" : "Findings";
  const sheet = workbook.addWorksheet(title, { views: [{ state: "frozen", ySplit: 1 }] });
  const rows = worklistRows(report, options);
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      const cell = sheet.getCell(r + 1, c + 1);
      cell.value = value;
      if (r === 0) {
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
      } else cell.alignment = { wrapText: true, vertical: "top" };
    });
  });
  const widths = [6, 30, 12, 10, 22, 14, 28, 60, 50, 34, 18, 14, 12, 14];
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  if (rows.length > 1) sheet.autoFilter = `A1:${columnLetter(rows[0]?.length ?? 1)}${rows.length}`;
  return toBytes(await workbook.xlsx.writeBuffer());
}
