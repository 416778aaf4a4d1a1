/**
 * A description laid out as the register's sheets (the reverse of {@link readSheets}): fills the
 * template from YAML, so a register kept in YAML can be handed to Excel users and read back.
 */
import { type CellValue, writeCell } from "./cells.js";
import { type Column, type Table, workbookTables } from "./layout.js";

/** One sheet to write: the two header rows, then the data rows. */
export interface SheetRows {
  readonly table: Table;
  readonly rows: readonly (readonly CellValue[])[];
}

interface Item {
  readonly object: Record<string, unknown>;
  /** Ids of the ancestors, by table key. */
  readonly keys: ReadonlyMap<string, string>;
}

function getPath(object: unknown, path: readonly string[]): unknown {
  let at = object;
  for (const segment of path) {
    if (typeof at !== "object" || at === null) return undefined;
    at = (at as Record<string, unknown>)[segment];
  }
  return at;
}

function cellFor(column: Column, item: Item): CellValue {
  if (column.parentKey !== undefined) return item.keys.get(column.parentKey);
  const value = getPath(item.object, column.path);
  if (column.kind.type === "none") return Array.isArray(value) && value.length === 0 ? writeCell(column.kind, true) : undefined;
  return writeCell(column.kind, value);
}

/** The header rows of a table: Japanese headers, then field ids. */
export function headerRows(table: Table): CellValue[][] {
  return [table.columns.map((c) => c.header.ja), table.columns.map((c) => c.id)];
}

/** Lays a description (plain data, as parsed from YAML or JSON) out as the register's sheets. */
export function descriptionToSheets(description: Readonly<Record<string, unknown>>): SheetRows[] {
  const items = new Map<string, Item[]>([["", [{ object: description as Record<string, unknown>, keys: new Map() }]]]);
  const out: SheetRows[] = [];
  for (const table of workbookTables()) {
    let mine: Item[];
    if (table.singleton) mine = items.get("") ?? [];
    else {
      mine = [];
      const parentTable = workbookTables().find((t) => t.key === (table.parent ?? "")) as Table;
      for (const parent of items.get(parentTable.key) ?? []) {
        const list = getPath(parent.object, table.relPath);
        if (!Array.isArray(list)) continue;
        const keys = new Map(parent.keys);
        if (parentTable.hasId && typeof parent.object.id === "string") keys.set(parentTable.key, parent.object.id);
        for (const object of list) {
          if (typeof object === "object" && object !== null) mine.push({ object: object as Record<string, unknown>, keys });
        }
      }
      items.set(table.key, mine);
    }
    out.push({ table, rows: [...headerRows(table), ...mine.map((item) => table.columns.map((c) => cellFor(c, item)))] });
  }
  return out;
}
