/**
 * Reading and writing single cells by their column's kind: Japanese labels of enum values as well
 * as ids, はい/いいえ as well as TRUE/FALSE, dates as date cells or `2026-04-01` / `2026/4/1` text.
 */
import { isIsoDate } from "../model/common.js";
import { suggest } from "../input/suggest.js";
import type { Bilingual, CellKind } from "./layout.js";

/** A cell as the workbook reader hands it over (CSV gives strings only). */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A problem with one cell, before it is located. */
export interface CellProblem {
  readonly code: string;
  readonly message: Bilingual;
  readonly hint?: Bilingual;
}

/** A cell read: its value, or the problem with it. */
export type Converted = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: CellProblem };

const TRUE_WORDS = new Set(["true", "yes", "y", "1", "はい", "○", "〇", "◯", "有", "あり", "済"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "いいえ", "×", "✕", "無", "なし", "未"]);
/** Words that, alone in a list cell or a "none" column, say the list is empty. */
const NONE_WORDS = new Set(["なし", "無し", "該当なし", "none", "-", "－", "ー"]);

export const YES = "はい";
export const NO = "いいえ";

/** Whether a cell holds nothing (empty, or only spaces). */
export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function norm(text: string): string {
  return text.normalize("NFKC").trim();
}

function show(value: CellValue): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value);
}

function fail(code: string, message: Bilingual, hint?: Bilingual): Converted {
  return { ok: false, problem: { code, message, ...(hint === undefined ? {} : { hint }) } };
}

/** `YYYY-MM-DD` of a date cell: workbooks store dates without a zone, read as UTC midnight. */
export function isoOfDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date from an Excel serial number (days since 1899-12-30). */
function fromSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  return isoOfDate(new Date(Math.round((serial - 25569) * 86400000)));
}

function dateFromText(text: string): string | undefined {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]0{1,2}:0{2}(?::0{2})?)?$/.exec(norm(text));
  if (m === null) return undefined;
  const iso = `${m[1]}-${(m[2] as string).padStart(2, "0")}-${(m[3] as string).padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** How an enum value is offered in a drop-down: its Japanese label with the id, or the id alone. */
export function enumDisplay(kind: Extract<CellKind, { type: "enum" }>, value: string): string {
  const label = kind.labels[value]?.ja;
  return label === undefined || label === value || label.length > 24 ? value : `${label}（${value}）`;
}

function readEnum(kind: Extract<CellKind, { type: "enum" }>, raw: string): Converted {
  const text = norm(raw);
  const lower = text.toLowerCase();
  const byId = kind.values.find((v) => v.toLowerCase() === lower);
  if (byId !== undefined) return { ok: true, value: byId };
  // 「ラベル（id）」 as the drop-down offers it.
  const inParens = /[（(]\s*([^（）()]+?)\s*[）)]$/.exec(text)?.[1]?.toLowerCase();
  const byParens = inParens === undefined ? undefined : kind.values.find((v) => v.toLowerCase() === inParens);
  if (byParens !== undefined) return { ok: true, value: byParens };
  const byLabel = kind.values.find((v) => {
    const label = kind.labels[v];
    return label !== undefined && (norm(label.ja) === text || label.en.toLowerCase() === lower);
  });
  if (byLabel !== undefined) return { ok: true, value: byLabel };
  const choices = kind.values.map((v) => enumDisplay(kind, v));
  const close = suggest(text, [...kind.values, ...kind.values.map((v) => kind.labels[v]?.ja ?? v)]);
  const closeId = close === undefined ? undefined : (kind.values.find((v) => v === close || kind.labels[v]?.ja === close) ?? close);
  const list = choices.join("、");
  return fail(
    "invalid-value",
    { ja: `${JSON.stringify(raw)} は選択肢にない`, en: `${JSON.stringify(raw)} is not one of the choices` },
    closeId === undefined
      ? { ja: `次のいずれかを選ぶこと：${list}`, en: `Choose one of: ${kind.values.join(", ")}` }
      : {
          ja: `${enumDisplay(kind, closeId)} の誤りではないか（選択肢：${list}）`,
          en: `Did you mean ${closeId}? (choices: ${kind.values.join(", ")})`,
        },
  );
}

/** Splits a list cell at commas (、 , ; and line breaks), never inside brackets. */
export function splitList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = "";
  for (const c of text) {
    if (c === "（" || c === "(") depth++;
    if ((c === "）" || c === ")") && depth > 0) depth--;
    if (depth === 0 && (c === "," || c === "、" || c === "，" || c === ";" || c === "；" || c === "\n" || c === "\r")) {
      items.push(current);
      current = "";
      continue;
    }
    current += c;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== "");
}

/** Reads a non-blank cell by its column's kind. */
export function readCell(kind: CellKind, value: CellValue): Converted {
  switch (kind.type) {
    case "text":
      if (value instanceof Date) return { ok: true, value: isoOfDate(value) };
      return { ok: true, value: typeof value === "string" ? value.trim() : String(value) };
    case "integer":
    case "number": {
      const n = typeof value === "number" ? value : typeof value === "string" ? Number(norm(value).replace(/[,，]/g, "")) : Number.NaN;
      if (typeof value === "boolean" || value instanceof Date || Number.isNaN(n)) {
        return fail(
          "not-a-number",
          { ja: `${show(value)} は数値ではない`, en: `${show(value)} is not a number` },
          { ja: "数字だけを書くこと（単位は見出しのとおり）", en: "Write digits only (the unit is in the header)" },
        );
      }
      if (kind.type === "integer" && !Number.isInteger(n)) {
        return fail("not-an-integer", { ja: `${show(value)} は整数ではない`, en: `${show(value)} is not a whole number` });
      }
      return { ok: true, value: n };
    }
    case "boolean": {
      if (typeof value === "boolean") return { ok: true, value };
      const word = norm(String(value)).toLowerCase();
      if (TRUE_WORDS.has(word)) return { ok: true, value: true };
      if (FALSE_WORDS.has(word)) return { ok: true, value: false };
      return fail(
        "not-a-boolean",
        { ja: `${show(value)} は「はい」「いいえ」のどちらでもない`, en: `${show(value)} is neither yes nor no` },
        { ja: "「はい」か「いいえ」を選ぶこと（TRUE / FALSE も可）", en: "Choose はい (yes) or いいえ (no); TRUE / FALSE work too" },
      );
    }
    case "date": {
      const iso =
        value instanceof Date
          ? isoOfDate(value)
          : typeof value === "number"
            ? fromSerial(value)
            : typeof value === "string"
              ? dateFromText(value)
              : undefined;
      if (iso !== undefined) return { ok: true, value: iso };
      return fail(
        "not-a-date",
        { ja: `${show(value)} を日付として読めない`, en: `${show(value)} cannot be read as a date` },
        {
          ja: "日付のセルに入力するか、2026-04-01 または 2026/4/1 の形で書くこと（和暦・文章は不可）",
          en: "Enter a date cell, or write 2026-04-01 or 2026/4/1 (no era names or words)",
        },
      );
    }
    case "enum":
      return readEnum(kind, String(value));
    case "text-or-false": {
      if (value === false) return { ok: true, value: false };
      const text = typeof value === "string" ? value.trim() : String(value);
      const word = norm(text).toLowerCase();
      if (word === "false" || word === "いいえ" || NONE_WORDS.has(word)) return { ok: true, value: false };
      return { ok: true, value: text };
    }
    case "port": {
      if (typeof value === "string" && norm(value).toLowerCase() === "any") return { ok: true, value: "any" };
      return readCell({ type: "integer" }, value);
    }
    case "list": {
      if (typeof value !== "string") {
        const one = readCell(kind.item, value);
        return one.ok ? { ok: true, value: [one.value] } : one;
      }
      if (NONE_WORDS.has(norm(value).toLowerCase())) return { ok: true, value: [] };
      const out: unknown[] = [];
      for (const item of splitList(value)) {
        const one = readCell(kind.item, item);
        if (!one.ok) return one;
        out.push(one.value);
      }
      return { ok: true, value: out };
    }
    case "none": {
      if (value === true) return { ok: true, value: true };
      const word = norm(String(value)).toLowerCase();
      if (TRUE_WORDS.has(word) || NONE_WORDS.has(word)) return { ok: true, value: true };
      if (value === false || FALSE_WORDS.has(word)) return { ok: true, value: false };
      return fail(
        "not-a-boolean",
        { ja: `${show(value)} は「はい」ではない`, en: `${show(value)} is not yes` },
        {
          ja: "1つもないときだけ「はい」を選び、それ以外は空欄にすること",
          en: "Choose はい (yes) only when there are none; otherwise leave it empty",
        },
      );
    }
  }
}

/** The cell to write for a description's value (the template filler and `descriptionToSheets`). */
export function writeCell(kind: CellKind, value: unknown): CellValue {
  if (value === undefined || value === null) return undefined;
  switch (kind.type) {
    case "boolean":
      return value === true ? YES : value === false ? NO : String(value);
    case "date":
      return typeof value === "string" && isIsoDate(value) ? new Date(`${value}T00:00:00Z`) : String(value);
    case "enum":
      return enumDisplay(kind, String(value));
    case "text-or-false":
      return value === false ? NO : String(value);
    case "integer":
    case "number":
      return typeof value === "number" ? value : String(value);
    case "port":
      return typeof value === "number" ? value : String(value);
    case "list":
      return Array.isArray(value) ? (value.length === 0 ? "なし" : value.map((v) => String(v)).join(", ")) : String(value);
    case "none":
      return value === true ? YES : undefined;
    default:
      return String(value);
  }
}
