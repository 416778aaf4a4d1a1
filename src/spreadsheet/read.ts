/**
 * Turns the sheets of a workbook (or CSV files named after them) into a description, remembering
 * for every JSON pointer the cell it came from, so validation errors and findings point at
 * `台帳.xlsx › 接続一覧 › D12`. Pure: the file formats are read elsewhere.
 */
import { toPointer } from "../engine/json-pointer.js";
import { suggest } from "../input/suggest.js";
import type { Diagnostic } from "../io/diagnostic.js";
import { type CellProblem, type CellValue, isBlank, readCell } from "./cells.js";
import { AUX_SHEETS, type Bilingual, type Column, type Table, workbookTables } from "./layout.js";
import { WORKLIST_HEADERS } from "./worklist.js";

/** One sheet as read: `rows[0]` is row 1. */
export interface SheetData {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  /** The file the sheet came from, when it is not the workbook (a CSV file per sheet). */
  readonly file?: string;
}

/** A cell of the workbook. */
export interface CellRef {
  /** The workbook, or the CSV file of the sheet. */
  readonly file: string;
  /** The sheet; absent for a CSV file, which is one sheet. */
  readonly sheet?: string;
  /** `D12`. */
  readonly cell: string;
  readonly row: number;
  readonly column: number;
  /** The column's header, when the cell is a field's. */
  readonly header?: Bilingual;
  readonly fieldId?: string;
}

/** What {@link readSheets} found: the plain description, where each pointer came from, and the problems. */
export interface SheetsResult {
  /** The description as plain data (before validation), or undefined when cells could not be read. */
  readonly value: Record<string, unknown>;
  /** Where each JSON pointer came from. */
  readonly cells: ReadonlyMap<string, CellRef>;
  readonly diagnostics: readonly Diagnostic[];
}

/** `A`, `B`, … `Z`, `AA` for a 1-based column. */
export function columnLetter(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `台帳.xlsx › 接続一覧 › D12`, or `接続一覧.csv › D12` for a CSV file. */
export function cellLabel(ref: Pick<CellRef, "file" | "sheet" | "cell">): string {
  return ref.sheet === undefined ? `${ref.file} › ${ref.cell}` : `${ref.file} › ${ref.sheet} › ${ref.cell}`;
}

function refOf(file: string, sheet: SheetData, row: number, column: number, col?: Column): CellRef {
  return {
    file: sheet.file ?? file,
    ...(sheet.file === undefined ? { sheet: sheet.name } : {}),
    cell: `${columnLetter(column)}${row}`,
    row,
    column,
    ...(col === undefined ? {} : { header: col.header, fieldId: col.id }),
  };
}

/** A diagnostic at a cell, naming the column by its Japanese header and field id. */
export function cellDiagnostic(ref: CellRef, problem: CellProblem, pointer?: string): Diagnostic {
  const what =
    ref.header === undefined
      ? { ja: "", en: "" }
      : { ja: `「${ref.header.ja}」（${ref.fieldId}）：`, en: `"${ref.header.en}" (${ref.fieldId}): ` };
  return {
    file: cellLabel(ref),
    code: problem.code,
    message: { ja: `${what.ja}${problem.message.ja}`, en: `${what.en}${problem.message.en}` },
    ...(problem.hint === undefined ? {} : { hint: problem.hint }),
    ...(pointer === undefined ? {} : { pointer }),
  };
}

function normName(text: string): string {
  return text.normalize("NFKC").trim().toLowerCase();
}

/** A row read from a sheet, before it is placed in the description. */
interface Row {
  readonly table: Table;
  readonly sheet: SheetData;
  readonly row: number;
  readonly object: Record<string, unknown>;
  /** Parent keys by ancestor table key. */
  readonly keys: Map<string, { value: string; ref: CellRef }>;
  /** Relative JSON paths to cells. */
  readonly cells: Map<string, CellRef>;
  readonly rowRef: CellRef;
  /** Child lists marked as empty ("該当なし"), with the cell that says so. */
  readonly none: Map<string, CellRef>;
  pointer?: string;
}

function setPath(object: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let at = object;
  for (const [i, segment] of path.entries()) {
    if (i === path.length - 1) {
      at[segment] = value;
      return;
    }
    const next = at[segment];
    if (typeof next !== "object" || next === null || Array.isArray(next)) at[segment] = {};
    at = at[segment] as Record<string, unknown>;
  }
}

function getPath(object: Record<string, unknown>, path: readonly string[]): unknown {
  let at: unknown = object;
  for (const segment of path) {
    if (typeof at !== "object" || at === null) return undefined;
    at = (at as Record<string, unknown>)[segment];
  }
  return at;
}

interface HeaderMap {
  readonly columns: Map<number, Column>;
  readonly dataStart: number;
}

/** Maps a sheet's columns to the table's by the field ids of row 2, else the Japanese headers of row 1. */
function readHeader(file: string, sheet: SheetData, table: Table, diagnostics: Diagnostic[]): HeaderMap {
  const headers = sheet.rows[0] ?? [];
  const ids = sheet.rows[1] ?? [];
  const byId = new Map(table.columns.map((c) => [c.id.toLowerCase(), c]));
  const byHeader = new Map<string, Column>();
  for (const c of table.columns) {
    byHeader.set(normName(c.header.ja), c);
    byHeader.set(normName(c.header.en), c);
  }
  const text = (v: CellValue) => (isBlank(v) ? "" : String(v).trim());
  const hasIdRow = ids.some((v) => byId.has(text(v).toLowerCase()));
  const dataStart = hasIdRow ? 3 : 2;
  const columns = new Map<number, Column>();
  const seen = new Map<string, number>();
  const width = Math.max(headers.length, hasIdRow ? ids.length : 0);
  for (let c = 0; c < width; c++) {
    const id = hasIdRow ? text(ids[c]) : "";
    const header = text(headers[c]).replace(/[*＊]$/, "");
    const column = byId.get(id.toLowerCase()) ?? byHeader.get(normName(header));
    const at = refOf(file, sheet, hasIdRow && id !== "" ? 2 : 1, c + 1);
    if (column === undefined) {
      const hasData = sheet.rows.slice(dataStart - 1).some((r) => !isBlank(r[c]));
      if (id === "" && header === "" && !hasData) continue;
      const word = id !== "" ? id : header;
      const close = suggest(word, id !== "" ? table.columns.map((x) => x.id) : table.columns.map((x) => x.header.ja));
      diagnostics.push(
        cellDiagnostic(at, {
          code: "unknown-column",
          message: {
            ja: `シート「${table.sheet}」に列 ${JSON.stringify(word)} はない（この列の値は読まれない）`,
            en: `Sheet "${table.sheet}" has no column ${JSON.stringify(word)} (its values would be lost)`,
          },
          hint:
            close === undefined
              ? {
                  ja: "テンプレート（secpolicy init --template xlsx）の見出しと項目IDを使うこと。不要な列は削除すること",
                  en: "Use the headers and field ids of the template (secpolicy init --template xlsx); delete columns you do not need",
                }
              : { ja: `${close} の誤りではないか`, en: `Did you mean ${close}?` },
        }),
      );
      continue;
    }
    const previous = seen.get(column.id);
    if (previous !== undefined) {
      diagnostics.push(
        cellDiagnostic(at, {
          code: "duplicate-column",
          message: {
            ja: `列「${column.header.ja}」（${column.id}）が ${columnLetter(previous + 1)} 列と重複している`,
            en: `Column "${column.header.en}" (${column.id}) repeats column ${columnLetter(previous + 1)}`,
          },
          hint: { ja: "どちらかの列を削除すること", en: "Delete one of the two columns" },
        }),
      );
      continue;
    }
    seen.set(column.id, c);
    columns.set(c, column);
  }
  return { columns, dataStart };
}

function readRows(file: string, sheet: SheetData, table: Table, diagnostics: Diagnostic[]): Row[] {
  const { columns, dataStart } = readHeader(file, sheet, table, diagnostics);
  const rows: Row[] = [];
  const dataRows = sheet.rows.slice(dataStart - 1);
  const hasData = dataRows.some((r) => r.some((v) => !isBlank(v)));
  if (hasData) {
    const present = new Set([...columns.values()].map((c) => c.id));
    for (const column of table.columns) {
      if (!column.required || present.has(column.id)) continue;
      diagnostics.push(
        cellDiagnostic(refOf(file, sheet, 1, 1), {
          code: "missing-column",
          message: {
            ja: `シート「${table.sheet}」に必須の列「${column.header.ja}」（${column.id}）がない`,
            en: `Sheet "${table.sheet}" lacks the required column "${column.header.en}" (${column.id})`,
          },
          hint: {
            ja: "テンプレート（secpolicy init --template xlsx）からこの列を写して加えること",
            en: "Copy the column from the template (secpolicy init --template xlsx)",
          },
        }),
      );
    }
  }
  // The description's own sheet always has its one row, so its cells can be pointed at.
  const rowsToRead = table.singleton && !hasData ? [[]] : dataRows;
  for (const [i, cells] of rowsToRead.entries()) {
    if (hasData && !cells.some((v) => !isBlank(v))) continue;
    const rowNumber = dataStart + i;
    const row: Row = {
      table,
      sheet,
      row: rowNumber,
      object: {},
      keys: new Map(),
      cells: new Map(),
      rowRef: refOf(file, sheet, rowNumber, 1),
      none: new Map(),
    };
    for (const [c, column] of columns) {
      const ref = refOf(file, sheet, rowNumber, c + 1, column);
      if (column.parentKey === undefined) row.cells.set(toPointer(column.path), ref);
      const value = cells[c];
      if (isBlank(value)) continue;
      const converted = readCell(column.kind, value);
      if (!converted.ok) {
        diagnostics.push(cellDiagnostic(ref, converted.problem));
        continue;
      }
      if (column.parentKey !== undefined) row.keys.set(column.parentKey, { value: String(converted.value), ref });
      else if (column.kind.type === "none") {
        if (converted.value === true) row.none.set(column.path.join("."), ref);
      } else setPath(row.object, column.path, converted.value);
    }
    rows.push(row);
  }
  return rows;
}

/** Matches sheets to tables; unknown sheets with content are reported with a did-you-mean. */
function matchSheets(file: string, sheets: readonly SheetData[], diagnostics: Diagnostic[]): Map<Table, SheetData> {
  const tables = workbookTables();
  const matched = new Map<Table, SheetData>();
  const names = tables.map((t) => t.sheet);
  const find = (name: string) =>
    tables.find(
      (t) =>
        normName(t.sheet) === name ||
        (t.key !== "" && normName(t.key) === name) ||
        (OLD_SHEET_NAMES[t.key] !== undefined && normName(OLD_SHEET_NAMES[t.key] as string) === name),
    );
  for (const sheet of sheets) {
    let name = normName(sheet.name);
    // A CSV file may carry the workbook's name first, as LibreOffice writes it: 台帳-接続一覧.csv.
    const suffix = /[-_]([^-_]+)$/.exec(name)?.[1];
    if (sheet.file !== undefined && find(name) === undefined && suffix !== undefined) name = suffix;
    const table = find(name);
    if (table === undefined) {
      if (name === normName(AUX_SHEETS.guide) || name === normName(AUX_SHEETS.lists)) continue;
      // A worklist this command wrote (`--format xlsx`) beside the register is an earlier output, not a
      // table (twenty-eighth review: the next run over the folder stopped on it).
      if (isWorklistSheet(sheet)) continue;
      if (!sheet.rows.some((r) => r.some((v) => !isBlank(v)))) continue;
      const close = suggest(sheet.name.trim(), names);
      diagnostics.push({
        file: sheet.file ?? `${file} › ${sheet.name}`,
        code: "unknown-sheet",
        message: {
          ja: `シート「${sheet.name}」は台帳のどの表でもない（内容は読まれない）`,
          en: `Sheet "${sheet.name}" is none of the register's tables (its content would be lost)`,
        },
        hint:
          close === undefined
            ? { ja: `使えるシート：${names.join("、")}`, en: `Sheets: ${names.join(", ")}` }
            : { ja: `「${close}」の誤りではないか`, en: `Did you mean "${close}"?` },
      });
      continue;
    }
    if (matched.has(table)) {
      diagnostics.push({
        file: sheet.file ?? `${file} › ${sheet.name}`,
        code: "duplicate-sheet",
        message: { ja: `シート「${table.sheet}」が2つある`, en: `Sheet "${table.sheet}" appears twice` },
        hint: { ja: "1つにまとめること", en: "Merge them into one" },
      });
      continue;
    }
    matched.set(table, sheet);
  }
  return matched;
}

/**
 * Reads the sheets of a register into a description. `file` names the workbook (or the folder of
 * CSV files) in locations.
 */
export function readSheets(file: string, sheets: readonly SheetData[]): SheetsResult {
  const diagnostics: Diagnostic[] = [];
  const matched = matchSheets(file, sheets, diagnostics);
  const cells = new Map<string, CellRef>();
  const rowsByTable = new Map<string, Row[]>();
  for (const table of workbookTables()) {
    const sheet = matched.get(table);
    rowsByTable.set(table.key, sheet === undefined ? [] : readRows(file, sheet, table, diagnostics));
  }
  const rootRows = rowsByTable.get("") ?? [];
  for (const extra of rootRows.slice(1)) {
    diagnostics.push(
      cellDiagnostic(extra.rowRef, {
        code: "extra-row",
        message: {
          ja: `シート「${extra.table.sheet}」に書けるのは1行だけ（3行目）`,
          en: `Sheet "${extra.table.sheet}" holds a single row (row 3)`,
        },
        hint: { ja: "1行にまとめること", en: "Put everything in one row" },
      }),
    );
  }
  const root: Row = rootRows[0] ?? {
    table: workbookTables()[0] as Table,
    sheet: { name: "", rows: [] },
    row: 3,
    object: {},
    keys: new Map(),
    cells: new Map(),
    rowRef: { file, cell: "A3", row: 3, column: 1 },
    none: new Map(),
  };
  root.pointer = "";
  const place = (row: Row) => {
    cells.set(row.pointer as string, row.rowRef);
    for (const [rel, ref] of row.cells) if (!cells.has(`${row.pointer}${rel}`)) cells.set(`${row.pointer}${rel}`, ref);
  };
  place(root);
  const placed = new Map<string, Row[]>([["", [root]]]);
  for (const table of workbookTables()) {
    if (table.singleton) continue;
    const parentKey = table.parent ?? "";
    const parents = placed.get(parentKey) ?? [];
    const parentTable = workbookTables().find((t) => t.key === parentKey) as Table;
    const mine: Row[] = [];
    for (const row of rowsByTable.get(table.key) ?? []) {
      const parent = findParent(row, parentTable, parents, diagnostics);
      if (parent === undefined) continue;
      const list = getPath(parent.object, table.relPath);
      const items = Array.isArray(list) ? list : [];
      if (!Array.isArray(list)) setPath(parent.object, table.relPath, items);
      row.pointer = `${parent.pointer}${toPointer([...table.relPath, items.length])}`;
      items.push(row.object);
      place(row);
      mine.push(row);
    }
    placed.set(table.key, mine);
    // "None" marks on the parents: an explicit empty list, unless rows were given.
    const sheet = matched.get(table);
    for (const parent of parents) {
      const ref = parent.none.get(table.relPath.join("."));
      if (ref === undefined) {
        // A missing list is pointed at the first row of its own sheet.
        if (sheet !== undefined && parent.pointer === "")
          cells.set(`${parent.pointer}${toPointer(table.relPath)}`, refOf(file, sheet, 3, 1));
        continue;
      }
      const list = getPath(parent.object, table.relPath);
      if (Array.isArray(list) && list.length > 0) {
        diagnostics.push(
          cellDiagnostic(ref, {
            code: "none-but-rows",
            message: {
              ja: `「該当なし」とあるが、シート「${table.sheet}」に${list.length}行ある`,
              en: `Marked as none, but sheet "${table.sheet}" has ${list.length} row(s) for it`,
            },
            hint: { ja: "どちらかを直すこと", en: "Correct one of them" },
          }),
        );
      } else setPath(parent.object, table.relPath, []);
    }
  }
  return { value: root.object, cells, diagnostics };
}

function findParent(row: Row, parentTable: Table, parents: readonly Row[], diagnostics: Diagnostic[]): Row | undefined {
  if (parentTable.singleton) return parents[0];
  // Narrow by each ancestor key in turn (system, then terminal group…).
  let candidates = parents;
  const key = row.keys.get(parentTable.key);
  if (key === undefined) {
    if (candidates.length === 1) return candidates[0];
    diagnostics.push(
      cellDiagnostic(row.rowRef, {
        code: "missing-parent",
        message: {
          ja: `この行がどの${parentTable.item.ja}のものか分からない（${parentTable.item.ja}IDが空欄）`,
          en: `This row does not say which ${parentTable.item.en} it belongs to (the ${parentTable.item.en} id is empty)`,
        },
        hint: {
          ja: `シート「${parentTable.sheet}」の ID を書くこと`,
          en: `Write an id from sheet "${parentTable.sheet}"`,
        },
      }),
    );
    return undefined;
  }
  for (const [ancestor, { value }] of row.keys) {
    if (ancestor === parentTable.key) continue;
    const narrowed = candidates.filter((p) => {
      const own = p.keys.get(ancestor)?.value;
      return own === undefined || own === value;
    });
    candidates = narrowed;
  }
  const match = candidates.filter((p) => p.object.id === key.value);
  if (match.length >= 1) return match[0];
  const close = suggest(
    key.value,
    candidates.map((p) => String(p.object.id ?? "")),
  );
  diagnostics.push(
    cellDiagnostic(key.ref, {
      code: "unknown-parent",
      message: {
        ja: `${parentTable.item.ja} ${JSON.stringify(key.value)} はシート「${parentTable.sheet}」にない`,
        en: `${parentTable.item.en} ${JSON.stringify(key.value)} is not on sheet "${parentTable.sheet}"`,
      },
      hint:
        close === undefined
          ? { ja: `シート「${parentTable.sheet}」の ID を書くこと`, en: `Write an id from sheet "${parentTable.sheet}"` }
          : { ja: `${close} の誤りではないか`, en: `Did you mean ${close}?` },
    }),
  );
  return undefined;
}

/** The cell a JSON pointer came from: the deepest recorded pointer that contains it. */
export function cellOf(cells: ReadonlyMap<string, CellRef>, pointer: string): CellRef | undefined {
  let at = pointer;
  for (;;) {
    const ref = cells.get(at);
    if (ref !== undefined) return ref;
    if (at === "") return undefined;
    at = at.slice(0, at.lastIndexOf("/"));
  }
}

/** Whether every sheet with content is a worklist the command wrote. */
export function isWorklistOnly(sheets: readonly SheetData[]): boolean {
  const filled = sheets.filter((sheet) => sheet.rows.some((r) => r.some((v) => !isBlank(v))));
  return filled.length > 0 && filled.every(isWorklistSheet);
}

/** Whether a sheet is a worklist the command wrote: its first row is the worklist's headers, in either language. */
function isWorklistSheet(sheet: SheetData): boolean {
  const first = sheet.rows[0]?.map((v) => (isBlank(v) ? "" : String(v).trim())) ?? [];
  return Object.values(WORKLIST_HEADERS).some((headers) => headers.every((h, i) => first[i] === h));
}

/**
 * The names earlier templates gave the findings sheets (cut from the field's description), still read so a
 * register filled from such a template is not refused (thirtieth review).
 */
const OLD_SHEET_NAMES: Readonly<Record<string, string>> = {
  "municipality.drills.findings": "指摘事項ごとの改善期限と完了日（あれば openFinding",
  "municipality.audits.findings": "指摘事項ごとの改善期限と完了日（あれば openFind（2）",
  "municipality.selfInspections.findings": "指摘事項ごとの改善期限と完了日（あれば openFind（3）",
};
