import type { z } from "zod";
import type { InputErrorCode } from "./catalogue.js";
import { Description } from "../model/description.js";
import { NETWORK_MODELS } from "../model/values/network-model.js";
import type { LocalizedText } from "../model/finding.js";
import { schemaRegistry } from "../model/registry.js";
import { type CrossReferenceOptions, crossReferenceIssues } from "./cross-references.js";
import { parseValidDescription } from "./parse-valid-description.js";
import type { InputIssue } from "./errors.js";
import { toPointer } from "../engine/json-pointer.js";
import { codeFor, codeForJapaneseName, codeForOtherSpelling } from "./japanese-names.js";
import { suggest } from "./suggest.js";
import { clip } from "../engine/text.js";
import { dateHint } from "./date-reading.js";
import { isUnassigned } from "../engine/names.js";

/** The result of {@link parseDescription}. */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly InputIssue[] };

type Path = (string | number)[];
type Segment = string | number | symbol;

interface ZodDef {
  type: string;
  innerType?: ZodInternals;
  element?: ZodInternals;
  options?: ZodInternals[];
  shape?: Record<string, ZodInternals>;
  entries?: Record<string, string | number>;
  values?: unknown[];
  check?: string;
  format?: string;
  checks?: { _zod: { def: { check: string; value?: unknown; inclusive?: boolean } } }[];
}

interface ZodInternals {
  _zod: { def: ZodDef };
}

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"]);

/** The schemas at the end of `path`, unwrapped, with unions spread into their options. */
function schemasAt(schema: ZodInternals, path: readonly Segment[]): ZodInternals[] {
  return fieldsAt(schema, path).flatMap((field) => spread(field));
}

/** Unwraps optional/default wrappers and spreads unions into their options. */
function spread(schema: ZodInternals): ZodInternals[] {
  const out: ZodInternals[] = [];
  const queue = [schema];
  while (queue.length > 0) {
    const s = queue.shift() as ZodInternals;
    const def = s._zod.def;
    if (WRAPPERS.has(def.type) && def.innerType) queue.push(def.innerType);
    else if (def.type === "union" && def.options) queue.push(...def.options);
    else out.push(s);
  }
  return out;
}

/** The schemas of the field at the end of `path`, as declared (wrappers kept, so their docs are found). */
function fieldsAt(schema: ZodInternals, path: readonly Segment[]): ZodInternals[] {
  let current: ZodInternals[] = [schema];
  for (const segment of path) {
    const next: ZodInternals[] = [];
    for (const s of current.flatMap((c) => spread(c))) {
      const def = s._zod.def;
      if (def.type === "array" && typeof segment === "number" && def.element) next.push(def.element);
      else if (def.type === "object" && typeof segment === "string" && def.shape && Object.hasOwn(def.shape, segment)) {
        next.push(def.shape[segment] as ZodInternals);
      }
    }
    current = next;
  }
  return current;
}

/** The values an enum or literal field at `path` accepts (none for a free field). */
function valuesAt(schema: ZodInternals, path: readonly Segment[]): string[] {
  return schemasAt(schema, path).flatMap((s) => {
    const def = s._zod.def;
    return def.type === "enum"
      ? Object.values(def.entries ?? {}).map(String)
      : def.type === "literal"
        ? (def.values ?? []).map(String)
        : [];
  });
}

/**
 * A value as it goes into an example of the right shape: the code it certainly stands for when the
 * field takes codes (「文書管理」 in a list of business functions is document-management), so the
 * example followed literally gives no second error (seventy-ninth review).
 */
function asExampleValue(schema: ZodInternals, path: readonly Segment[], value: string): string {
  const digits = value.normalize("NFKC").trim();
  if (/^\d+$/.test(digits)) return digits;
  const values = valuesAt(schema, path);
  return (values.length === 0 ? undefined : codeFor(value, values)) ?? value;
}

function knownKeys(schema: ZodInternals, path: readonly Segment[]): string[] {
  return [...new Set(schemasAt(schema, path).flatMap((s) => Object.keys(s._zod.def.shape ?? {})))];
}

/** The bilingual description of the field at `path`, from the library's schema registry. */
function fieldDoc(schema: ZodInternals, path: readonly Segment[]): LocalizedText | undefined {
  for (const field of fieldsAt(schema, path)) {
    let s: ZodInternals | undefined = field;
    while (s !== undefined) {
      const text = schemaRegistry.get(s as unknown as z.ZodType)?.description;
      if (text !== undefined) {
        const [ja = "", en = ja] = text.split("\n");
        return { ja, en };
      }
      s = WRAPPERS.has(s._zod.def.type) ? s._zod.def.innerType : undefined;
    }
  }
  return undefined;
}

/** Whether the field at `path` is a calendar date (the `IsoDate` schema, `YYYY-MM-DD`). */
function isDateField(schema: ZodInternals, path: readonly Segment[]): boolean {
  return fieldsAt(schema, path).some((field) => {
    let s: ZodInternals | undefined = field;
    while (s !== undefined) {
      if ((s._zod.def as { format?: unknown }).format === "date") return true;
      s = WRAPPERS.has(s._zod.def.type) ? s._zod.def.innerType : undefined;
    }
    return false;
  });
}

/**
 * What to write for a text given where an object belongs: the text under the object's name or reference key, the key
 * that most often holds such a text (「契約: 第7-215号」 is `contract: { reference: 第7-215号 }`), or under its first key.
 */
function textAsObjectHint(schema: ZodInternals, path: readonly Segment[], value: string): LocalizedText {
  const keys = knownKeys(schema, path);
  const key = ["name", "reference"].find((k) => keys.includes(k)) ?? keys[0];
  if (key === undefined) return { ja: "「項目: 値」の組で書くこと", en: "Write key: value pairs" };
  const others = keys.filter((k) => k !== key);
  const more = others.length === 0 ? undefined : others.slice(0, 6).join(", ") + (others.length > 6 ? ", …" : "");
  // The text under a key that takes codes: its code (hosting: LGWAN-ASP is { kind: lgwan-asp }), or, when it has none, the codes to choose from.
  const values = valuesAt(schema, [...path, key]);
  const code = values.length === 0 ? value : codeFor(value, values);
  const shownJa = code === undefined ? "…" : clip(code, 40, "ja");
  const shownEn = code === undefined ? "…" : clip(code, 40);
  const choice =
    code === undefined
      ? { ja: `。${key} に書ける値：${quoteList(values)}`, en: `; ${key} takes ${quoteList(values)}` }
      : { ja: "", en: "" };
  return {
    ja: `「項目: 値」の組で書くこと（例：{ ${key}: ${shownJa} }${choice.ja}${more === undefined ? "" : `。ほかに書ける項目：${more}`}）`,
    en: `Write key: value pairs (e.g. { ${key}: ${shownEn} }${choice.en}${more === undefined ? "" : `; other keys: ${more}`})`,
  };
}

/**
 * A connection end written with its terminal group or server but not its system (`{ terminalGroup: mn-pc }`): the
 * system that has that part, by id, when one does (seventieth review: every first draft left the system out).
 */
function ownerOfPartHint(input: unknown, path: readonly PropertyKey[]): LocalizedText | undefined {
  if (path[path.length - 1] !== "system" || path[0] !== "connections") return undefined;
  const end = valueAt(input, path.slice(0, -1)) as { terminalGroup?: unknown; server?: unknown } | undefined;
  const part = typeof end?.terminalGroup === "string" ? end.terminalGroup : typeof end?.server === "string" ? end.server : undefined;
  if (part === undefined) return undefined;
  const key = typeof end?.terminalGroup === "string" ? "terminalGroups" : "servers";
  const systems = (input as { systems?: unknown }).systems;
  const owners = (Array.isArray(systems) ? systems : []).filter(
    (system): system is { id: string } =>
      typeof system?.id === "string" &&
      Array.isArray(system[key]) &&
      (system[key] as unknown[]).some((p) => (p as { id?: unknown })?.id === part),
  );
  if (owners.length !== 1) return undefined;
  const owner = (owners[0] as { id: string }).id;
  const which = key === "terminalGroups" ? "terminalGroup" : "server";
  return {
    ja: `${part} はシステム ${owner} のもの。{ system: ${owner}, ${which}: ${part} } と書くこと`,
    en: `${part} belongs to system ${owner}: write { system: ${owner}, ${which}: ${part} }`,
  };
}

function isOptional(schema: ZodInternals): boolean {
  const type = schema._zod.def.type;
  return type === "optional" || type === "default" || type === "prefault";
}

/** A short bilingual sketch of what a schema accepts, e.g. `{ system, terminalGroup?, server? }` or `"any"`. */
function describeForm(schema: ZodInternals): LocalizedText {
  const def = schema._zod.def;
  switch (def.type) {
    case "object": {
      const fields = Object.entries(def.shape ?? {}).map(([key, field]) => (isOptional(field) ? `${key}?` : key));
      const text = `{ ${fields.join(", ")} }`;
      return { ja: text, en: text };
    }
    case "enum": {
      const text = Object.values(def.entries ?? {})
        .map((v) => JSON.stringify(v))
        .join(" | ");
      return { ja: text, en: text };
    }
    case "literal": {
      const text = (def.values ?? []).map((v) => JSON.stringify(v)).join(" | ");
      return { ja: text, en: text };
    }
    case "number": {
      const checks = (def.checks ?? []).map((c) => c._zod.def);
      const min = checks.find((c) => c.check === "greater_than")?.value;
      const max = checks.find((c) => c.check === "less_than")?.value;
      const integer = def.check === "number_format" || checks.some((c) => c.check === "number_format");
      const range = min !== undefined && max !== undefined ? `${String(min)}〜${String(max)}` : "";
      const rangeEn = min !== undefined && max !== undefined ? ` from ${String(min)} to ${String(max)}` : "";
      return integer ? { ja: `${range}の整数`, en: `an integer${rangeEn}` } : { ja: `${range}の数値`, en: `a number${rangeEn}` };
    }
    default:
      return { ja: jaType(def.type), en: enType(def.type) };
  }
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

const TYPE_JA: Record<string, string> = {
  string: "文字列",
  number: "数値",
  int: "整数",
  boolean: "真偽値（true/false）",
  object: "オブジェクト（項目: 値 の組）",
  array: "配列（リスト）",
  null: "null（空の値）",
  undefined: "値なし",
  bigint: "整数",
  symbol: "シンボル",
  function: "関数",
};

const TYPE_EN: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "a boolean (true/false)",
  object: "an object (key: value pairs)",
  array: "an array (list)",
  null: "null",
  undefined: "nothing",
  bigint: "a bigint",
  symbol: "a symbol",
  function: "a function",
};

function jaType(type: string): string {
  return TYPE_JA[type] ?? type;
}

function enType(type: string): string {
  return TYPE_EN[type] ?? type;
}

function valueAt(input: unknown, path: readonly Segment[]): unknown {
  let current = input;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = Object.hasOwn(current, segment) ? (current as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  return current;
}

/** A value shown inside a message: short, and never a whole subtree. */
function show(value: unknown): string {
  if (typeof value === "string")
    return value.length > 60 ? `${JSON.stringify(value.slice(0, 57))}… (${value.length} characters)` : JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Date" : `Date(${value.toISOString().slice(0, 10)})`;
  if (Array.isArray(value)) {
    // A short list of plain values is shown as written (「zone: [lgwan]」), a longer one by its brackets only.
    const plain = value.length <= 5 && value.every((item) => item === null || ["string", "number", "boolean"].includes(typeof item));
    const items = plain ? value.map(show).join(", ") : "";
    return plain && items.length <= 60 ? `[${items}]` : "[…]";
  }
  if (typeof value === "object") return "{…}";
  return describeValue(value);
}

/** Words for yes and no in a true/false field, as people fill in a form (seventy-ninth review: 「はい」「○」 "yes"). */
const YES = /^(?:はい|yes|y|true|○|〇|◯|有|有り|あり|する|済|済み|1)$/iu;
const NO = /^(?:いいえ|no|n|false|×|✕|✖|無|無し|なし|しない|0)$/iu;

/** What to write for a word or number given where true or false belongs, with what the field asks. */
function booleanHint(value: string | number, doc: LocalizedText | undefined): LocalizedText {
  const word = String(value).normalize("NFKC").trim();
  const meant = YES.test(word) ? "true" : NO.test(word) ? "false" : undefined;
  const rule = {
    ja: "この項目は true か false で書く。はい・yes・○ は true、いいえ・no・× は false",
    en: "this field takes true or false: yes, はい, ○ are true; no, いいえ, × are false",
  };
  // 「true 」 from a spreadsheet cell: the word is right, the space around it is not.
  const spaced = typeof value === "string" && value !== value.trim() && (word === "true" || word === "false");
  const head =
    meant === undefined
      ? { ja: `true か false で書くこと（${rule.ja}）`, en: `Write true or false (${rule.en})` }
      : spaced
        ? { ja: `前後の空白を除いて ${meant} と書くこと`, en: `Write ${meant} without the spaces around it` }
        : {
            ja: `「${clip(String(value), 20, "ja")}」は ${meant} と書くこと（${rule.ja}）`,
            en: `Write ${show(value)} as ${meant} (${rule.en})`,
          };
  return doc === undefined ? head : { ja: `${head.ja}。${doc.ja}`, en: `${head.en}. ${doc.en}` };
}

/**
 * What to do about a field left blank or written null (seventy-fourth review: exports write blank cells as null): leave
 * an optional field out; a required one needs its value, so leaving it out would only give a second error.
 */
function nullHint(schema: ZodInternals, path: readonly Segment[]): LocalizedText {
  const export_ = {
    ja: "表計算ソフトや台帳の書き出しで空欄が null になっていないか確かめること",
    en: "check whether an export turned blank cells into null",
  };
  const values = valuesAt(schema, path);
  if (fieldsAt(schema, path).some(isOptional)) {
    const leaveOut = {
      ja: `値がなければ項目ごと省くこと（null は書けない。${export_.ja}）`,
      en: `Leave the field out when it has no value (null cannot be written; ${export_.en})`,
    };
    // A coded field left blank was most often forgotten: its codes first.
    return values.length === 0
      ? leaveOut
      : {
          ja: `次から1つを書くこと：${quoteList(values)}。${leaveOut.ja}`,
          en: `Write one of ${quoteList(values)}; ${leaveOut.en.charAt(0).toLowerCase()}${leaveOut.en.slice(1)}`,
        };
  }
  const doc = fieldDoc(schema, path);
  const what =
    values.length > 0
      ? { ja: `次から1つを書くこと：${quoteList(values)}`, en: `Write one of ${quoteList(values)}` }
      : doc !== undefined
        ? { ja: `値を書くこと（この項目：${doc.ja}）`, en: `Write its value (this field: ${doc.en})` }
        : { ja: "値を書くこと", en: "Write its value" };
  return { ja: `${what.ja}（必須の項目。${export_.ja}）`, en: `${what.en} (a required field; ${export_.en})` };
}

/**
 * A number written as text (「"443"」, or 「４４３」 in full-width digits, which YAML reads as text): the
 * number to write (seventy-ninth review: Ｃ３ was read, ４４３ was not).
 */
function numberHint(value: unknown): LocalizedText | undefined {
  if (typeof value !== "string") return undefined;
  const digits = value.normalize("NFKC").trim();
  if (!/^-?\d+(?:\.\d+)?$/.test(digits)) return undefined;
  return digits !== value.trim()
    ? { ja: `全角の数字は半角で書くこと（例：${digits}）`, en: `Write the number in ASCII digits (e.g. ${digits})` }
    : { ja: `引用符を外して数値で書くこと（例：${digits}）`, en: `Write the number without quotes (e.g. ${digits})` };
}

/**
 * A list given where one value belongs (「zone: [lgwan]」): write the value alone (seventy-ninth review). `values` are
 * the field's codes, if it takes codes; the one item of the list is shown as the code it stands for.
 */
function oneValueHint(path: readonly (string | number)[], list: readonly unknown[], values: readonly string[]): LocalizedText {
  const key = path[path.length - 1];
  const only = list.length === 1 && (typeof list[0] === "string" || typeof list[0] === "number") ? String(list[0]) : undefined;
  const value = only === undefined ? undefined : values.length === 0 ? only : (codeFor(only, values) ?? suggest(only, values));
  if (value === undefined) {
    return values.length === 0
      ? { ja: "一覧にせず1つの値で書くこと", en: "Write one value, not a list" }
      : {
          ja: `一覧にせず、次から1つを書くこと：${quoteList(values)}`,
          en: `Write one value, not a list: one of ${quoteList(values)}`,
        };
  }
  const example = typeof key === "string" ? `${clip(key)}: ${clip(value, 40)}` : clip(value, 40);
  return { ja: `一覧にせず1つの値で書くこと（例：${example}）`, en: `Write one value, not a list (e.g. ${example})` };
}

/** The field a path ends at, as users see it: `zone`, `ports[1]`; undefined at the top level. */
function fieldLabel(path: readonly (string | number)[]): string | undefined {
  let label = "";
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i] as string | number;
    if (typeof segment === "number") label = `[${segment}]${label}`;
    else return `${clip(segment)}${label}`;
  }
  return label === "" ? undefined : label;
}

function quoteList(values: readonly string[]): string {
  return values.join(", ");
}

/** Turns one zod issue into located issues with Japanese and English text and a hint. */
function translate(schema: ZodInternals, issue: z.core.$ZodIssue, input: unknown): InputIssue[] {
  const path = issue.path.filter((s): s is string | number => typeof s !== "symbol");
  const field = fieldLabel(path);
  const at = (code: InputErrorCode, message: LocalizedText, hint?: LocalizedText, subPath: Path = path): InputIssue => ({
    path: subPath,
    pointer: toPointer(subPath),
    code,
    message,
    ...(hint === undefined ? {} : { hint }),
  });
  const explain = (prefix: LocalizedText): LocalizedText | undefined => {
    const docText = fieldDoc(schema, path);
    return docText === undefined ? undefined : { ja: `${prefix.ja}${docText.ja}`, en: `${prefix.en}${docText.en}` };
  };
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeys(schema, path);
      return issue.keys.map((key) => {
        // A key that begins with a full-width space is a line indented with one: YAML reads it as
        // a key of the mapping above, with the spaces in its name.
        const trimmed = key.replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
        if (trimmed !== key && /[\u3000]/.test(key)) {
          const close = suggest(trimmed, [...known, ...knownKeys(schema, path.slice(0, -2))]) ?? trimmed;
          return at(
            "unknown-key",
            {
              ja: `不明な項目 "${clip(key, 80, "ja")}"（全角スペースを含む）`,
              en: `Unknown field "${clip(key)}" (it holds full-width spaces)`,
            },
            {
              ja: `字下げに全角スペースを使っていないか確かめること。字下げは半角スペースで書く（"${clip(close, 40, "ja")}" のつもりなら）`,
              en: `Check the indentation for full-width spaces (U+3000); indent with ASCII spaces (if you meant "${clip(close, 40)}")`,
            },
            [...path, key],
          );
        }
        const close = suggest(key, known) ?? japaneseKey(key, known);
        return at(
          "unknown-key",
          { ja: `不明な項目 "${clip(key, 80, "ja")}"`, en: `Unknown field "${clip(key)}"` },
          // YAML 1.1's merge key, which YAML 1.2 (the core schema read here) does not have: the anchor's fields are not merged.
          key === "<<"
            ? {
                ja: "YAML のマージキー（<<: *アンカー）は使えない（YAML 1.2 にはない）。アンカーの項目をこの場所に書き出すこと",
                en: "YAML merge keys (<<: *anchor) are not supported (YAML 1.2 has none); write the anchor's fields out here",
              }
            : // An extension key of docker-compose or OpenAPI style, kept as a place for YAML anchors (fortieth review).
              /^x-/iu.test(key)
              ? {
                  ja: "x- で始まる拡張項目は使えない。YAML のアンカーを置くためなら、アンカーは最初に使う場所で定義すること（例：remoteMaintenance: &hoshu { … }、2件目から remoteMaintenance: *hoshu）",
                  en: "Extension fields (x-…) are not allowed. To keep YAML anchors, define each anchor where it is first used (e.g. remoteMaintenance: &upkeep { … }, then remoteMaintenance: *upkeep)",
                }
              : close === undefined
                ? { ja: `使える項目：${quoteList(known)}`, en: `Allowed fields: ${quoteList(known)}` }
                : { ja: `"${close}" の誤りではないか`, en: `Did you mean "${close}"?` },
          [...path, key],
        );
      });
    }
    case "invalid_type": {
      const value = valueAt(input, issue.path);
      const received = describeValue(value);
      if (path.length === 0 && received === "undefined") {
        return [
          at(
            "invalid-type",
            { ja: "入力が空", en: "The input is empty" },
            { ja: "ファイルの先頭から「項目: 値」の形で書くこと", en: "Write the file as key: value pairs from the top" },
          ),
        ];
      }
      if (path.length === 0) {
        return [
          at(
            "invalid-type",
            {
              ja: `入力の最上位は${jaType(issue.expected)}であること（受け取った値：${jaType(received)}）`,
              en: `The top level of the input must be ${enType(issue.expected)}, not ${enType(received)}`,
            },
            { ja: "ファイルの先頭から「項目: 値」の形で書くこと", en: "Write the file as key: value pairs from the top" },
          ),
        ];
      }
      if (received === "undefined") {
        return [
          at(
            "missing-field",
            {
              ja: `必須の項目 "${field}" がない（${jaType(issue.expected)}を書く）`,
              en: `Required field "${field}" is missing (expected ${enType(issue.expected)})`,
            },
            ownerOfPartHint(input, issue.path) ??
              explain({ ja: "追加すること：", en: "Add it: " }) ?? { ja: "この項目を追加すること", en: "Add this field" },
          ),
        ];
      }
      const quote = issue.expected === "string" && (received === "number" || received === "boolean");
      // YAML 1.1 readers (js-yaml and others) turn unquoted dates into Date objects.
      const date = issue.expected === "string" && value instanceof Date && !Number.isNaN(value.getTime());
      if (date) {
        const text = value.toISOString().slice(0, 10);
        return [
          at(
            "invalid-type",
            { ja: `"${field}" は文字列であること（日付オブジェクトになっている）`, en: `"${field}" must be a string, not a Date object` },
            {
              ja: `日付は文字列 "${text}" として渡すこと（YAML 1.1 の読み込み器は日付を変換する）`,
              en: `Pass dates as strings such as "${text}" (YAML 1.1 readers convert them)`,
            },
          ),
        ];
      }
      // null for a blank cell, as spreadsheet and asset-tool exports write it (seventy-fourth review): not "none" (a missing
      // fact is asked for, a stated none is judged), so the field is to be left out.
      if (value === null) {
        return [
          at(
            "invalid-type",
            {
              ja: `"${field}" の値が書かれていない（空欄または null。${jaType(issue.expected)}を書く）`,
              en: `"${field}" has no value (blank or null; expected ${enType(issue.expected)})`,
            },
            nullHint(schema, path),
          ),
        ];
      }
      // A list written as one value (「finance」, 「"22, 443"」): show it in brackets (twenty-ninth review).
      const none = issue.expected === "array" && typeof value === "string" && isUnassigned(value);
      const listed =
        issue.expected === "array" && !none && (typeof value === "string" || typeof value === "number")
          ? String(value)
              // Items separated by commas keep their spaces (「ISO/IEC 27001, SOC 2 Type II」; eighty-third review); spaces
              // separate items only where no comma does (「22 443」).
              .split(/[,、，]/u.test(String(value)) ? /\s*[,、，]\s*/u : /\s+/u)
              .filter((item) => item !== "")
              .map((item) => clip(asExampleValue(schema, [...path, 0], item), 40))
              .join(", ")
          : undefined;
      // A number too large to hold (「1e400」 reads as Infinity): not "a number, not a number" (eighty-third review).
      if (issue.expected === "number" && typeof value === "number" && !Number.isFinite(value)) {
        return [
          at(
            "invalid-type",
            {
              ja: `"${field}" の数値が大きすぎて扱えない（受け取った値：${show(value)}）`,
              en: `"${field}" is a number too large to hold (${show(value)})`,
            },
            { ja: "有限の数（例：24）を書くこと", en: "Write a finite number, e.g. 24" },
          ),
        ];
      }
      return [
        at(
          "invalid-type",
          {
            ja: `"${field}" は${jaType(issue.expected)}であること（受け取った値：${show(value)}）`,
            en: `"${field}" must be ${enType(issue.expected)}, not ${enType(received)} (${show(value)})`,
          },
          issue.expected === "boolean" && (typeof value === "string" || typeof value === "number")
            ? booleanHint(value, explain({ ja: "この項目：", en: "This field: " }))
            : Array.isArray(value) && issue.expected !== "object"
              ? oneValueHint(path, value, [])
              : issue.expected === "number" && numberHint(value) !== undefined
                ? numberHint(value)
                : // A number in a date field (20260401, or a spreadsheet's day number): quoting it would only give a second error.
                  quote && received === "number" && isDateField(schema, path)
                  ? dateHint(value)
                  : quote
                    ? {
                        ja: `引用符で囲んで文字列にすること（例："${String(value)}"）`,
                        en: `Quote the value to make it a string (e.g. "${String(value)}")`,
                      }
                    : none
                      ? { ja: `ないときは空の一覧で書くこと（${field}: []）`, en: `Write an empty list when there are none (${field}: [])` }
                      : listed !== undefined
                        ? {
                            ja: `1つでも角括弧で囲んだ一覧で書くこと（例：${field}: [${listed}]）`,
                            en: `Write a list in brackets, even of one item (e.g. ${field}: [${listed}])`,
                          }
                        : issue.expected === "object" && typeof value === "string"
                          ? textAsObjectHint(schema, issue.path as Segment[], value)
                          : explain({ ja: "この項目：", en: "This field: " }),
        ),
      ];
    }
    case "invalid_value": {
      const values = issue.values.map(String);
      const received = valueAt(input, issue.path);
      const code = typeof received === "string" ? codeForJapaneseName(received, values) : undefined;
      // A sibling list's code: the connection's closed-line is the maintenance line's closed (seventy-ninth review).
      const sibling = typeof received === "string" && code === undefined ? codeForOtherSpelling(received, values) : undefined;
      // A class written as its bare number (「3」) is C3 in the older scheme and 3A, 3B or 3C in the
      // October 2024 one: name them all rather than the nearest spelling (「1」) (eleventh review).
      const written = typeof received === "string" || typeof received === "number" ? String(received).normalize("NFKC").trim() : "";
      // 「機密性3」 is the same class number with its property's name in front.
      const bare = written.replace(/^機密性/u, "");
      const classes = /^[1-9]$/.test(bare)
        ? values.filter((v) => v === bare || v === `C${bare}` || new RegExp(`^${bare}[A-Z]$`).test(v))
        : [];
      // A code cut short (「closed」 for closed-line) names the one code it begins (twenty-ninth review).
      const started = typeof received === "string" && received.length >= 3 ? values.filter((v) => v.startsWith(received)) : [];
      const close =
        typeof received === "string" && code === undefined && classes.length === 0
          ? started.length === 1
            ? started[0]
            : suggest(received, values)
          : undefined;
      const quoted = (typeof received === "number" || typeof received === "boolean") && values.includes(String(received));
      // Left blank (「zone:」) or null: no value, said without the word null (seventy-ninth review).
      if (received === null) {
        return [
          at(
            "invalid-value",
            { ja: `"${field}" の値が書かれていない（空欄または null）`, en: `"${field}" has no value (blank or null)` },
            nullHint(schema, path),
          ),
        ];
      }
      if (Array.isArray(received)) {
        return [
          at(
            "invalid-value",
            {
              ja: `"${field}" は1つの値であること（一覧 ${show(received)} になっている）`,
              en: `"${field}" takes one value, not a list (${show(received)})`,
            },
            oneValueHint(path, received, values),
          ),
        ];
      }
      return [
        at(
          "invalid-value",
          { ja: `"${field}" に値 ${show(received)} は使えない`, en: `"${field}" cannot be ${show(received)}` },
          quoted
            ? {
                ja: `引用符で囲んで文字列にすること："${String(received)}"`,
                en: `Quote the value to make it a string: "${String(received)}"`,
              }
            : classes.length > 0
              ? {
                  ja: `分類「${bare}」は、プロファイルの区分（classificationScheme）の記号で書くこと：${schemeList(classes, "ja")}（使える値：${quoteList(values)}）`,
                  en: `Write class ${bare} in the classes of the profile's scheme (classificationScheme): ${schemeList(classes, "en")} (allowed: ${quoteList(values)})`,
                }
              : code !== undefined
                ? {
                    ja: `「${String(received)}」はコードの "${code}" で書くこと（使える値：${quoteList(values)}）`,
                    en: `Write ${show(received)} as its code "${code}" (allowed: ${quoteList(values)})`,
                  }
                : sibling !== undefined
                  ? {
                      ja: `この項目では ${show(received)} を "${sibling}" と書くこと（使える値：${quoteList(values)}）`,
                      en: `Here ${show(received)} is written "${sibling}" (allowed: ${quoteList(values)})`,
                    }
                  : field === "external" && typeof received === "string" && close === undefined
                    ? {
                        // A network written by its own name (「保守センター」): the kind, with the name beside it (twenty-ninth review).
                        ja: `ネットワークの種類（${quoteList(values)}）と名前（service）に分けて書くこと（例：{ external: vendor-network, service: ${clip(received, 40, "ja")} }）`,
                        en: `Write the kind of network (${quoteList(values)}) and its name under service (e.g. { external: vendor-network, service: ${clip(received, 40)} })`,
                      }
                    : close === undefined
                      ? { ja: `使える値：${quoteList(values)}`, en: `Allowed values: ${quoteList(values)}` }
                      : {
                          ja: `"${close}" の誤りではないか（使える値：${quoteList(values)}）`,
                          en: `Did you mean "${close}"? (allowed: ${quoteList(values)})`,
                        },
        ),
      ];
    }
    case "invalid_format": {
      const received = valueAt(input, issue.path);
      if (issue.format === "date") {
        return [
          at(
            "invalid-format",
            {
              ja: `"${field}" の日付 ${show(received)} が不正。実在する日を YYYY-MM-DD の形で書くこと`,
              en: `"${field}": ${show(received)} is not a valid date; write a real date as YYYY-MM-DD`,
            },
            dateHint(received, typeof path[path.length - 1] === "string" ? (path[path.length - 1] as string) : undefined),
          ),
        ];
      }
      return [
        at(
          "invalid-format",
          { ja: `"${field}" の値 ${show(received)} の形式が不正`, en: `"${field}": ${show(received)} has the wrong form` },
          explain({ ja: "この項目：", en: "This field: " }) ?? { ja: issue.message, en: issue.message },
        ),
      ];
    }
    case "too_small":
    case "too_big": {
      const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
      const inclusive = issue.inclusive !== false;
      const what =
        issue.origin === "array"
          ? { ja: "要素の数", en: "number of items" }
          : issue.origin === "string"
            ? { ja: "文字数", en: "length" }
            : { ja: "値", en: "value" };
      const rel =
        issue.code === "too_small"
          ? inclusive
            ? { ja: "以上", en: "at least" }
            : { ja: "より大きい", en: "more than" }
          : inclusive
            ? { ja: "以下", en: "at most" }
            : { ja: "未満", en: "less than" };
      const received = valueAt(input, issue.path);
      const shown = typeof received === "number" ? `（受け取った値：${String(received)}）` : "";
      const shownEn = typeof received === "number" ? ` (received ${String(received)})` : "";
      return [
        at(
          issue.code === "too_small" ? "too-small" : "too-big",
          {
            ja: `"${field ?? ""}" の${what.ja}は${String(bound)}${rel.ja}であること${shown}`,
            en: `The ${what.en} of "${field ?? ""}" must be ${rel.en} ${String(bound)}${shownEn}`,
          },
          explain({ ja: "この項目：", en: "This field: " }),
        ),
      ];
    }
    case "invalid_union":
      return translateUnion(schema, issue, input, path, at);
    default: {
      return [
        at(
          "invalid",
          { ja: `"${field ?? ""}" の値が不正`, en: `"${field ?? ""}" is invalid: ${issue.message}` },
          explain({ ja: "この項目：", en: "This field: " }),
        ),
      ];
    }
  }
}

type At = (code: InputErrorCode, message: LocalizedText, hint?: LocalizedText, subPath?: Path) => InputIssue;

/**
 * A value matching no option of a union. For an object, the option sharing the most fields with
 * it is taken to be what the author meant, and that option's problems are reported; otherwise the
 * accepted forms are listed (with a suggestion for a string close to an accepted value).
 */
function translateUnion(schema: ZodInternals, issue: z.core.$ZodIssueInvalidUnion, input: unknown, path: Path, at: At): InputIssue[] {
  const value = valueAt(input, issue.path);
  const field = fieldLabel(path) ?? "";
  const options = schemasAt(schema, path);
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const keys = Object.keys(value);
    let best: { overlap: number; errors: z.core.$ZodIssue[] } | undefined;
    for (const errors of issue.errors) {
      if (errors.some((e) => e.path.length === 0 && e.code === "invalid_type")) continue;
      const unknown = new Set(errors.flatMap((e) => (e.path.length === 0 && e.code === "unrecognized_keys" ? e.keys : [])));
      const overlap = keys.filter((k) => !unknown.has(k)).length;
      if (best === undefined || overlap > best.overlap || (overlap === best.overlap && errors.length < best.errors.length)) {
        best = { overlap, errors };
      }
    }
    if (best !== undefined && best.overlap > 0) {
      return best.errors.flatMap((inner) =>
        translate(schema, { ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue, input),
      );
    }
  }
  const forms = options.map(describeForm);
  const known = options.flatMap((o) => Object.keys(o._zod.def.shape ?? {}));
  const accepted = options.flatMap((o) => {
    const def = o._zod.def;
    return def.type === "enum"
      ? Object.values(def.entries ?? {}).map(String)
      : def.type === "literal"
        ? (def.values ?? []).map(String)
        : [];
  });
  const objectKeys = value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];
  const closeKey = objectKeys.map((k) => [k, suggest(k, known)] as const).find(([, close]) => close !== undefined);
  const closeValue = typeof value === "string" ? suggest(value, accepted) : undefined;
  // A number written as text, in full-width digits (「４４３」) or quoted, where a number is one of the forms.
  const number = options.some((o) => o._zod.def.type === "number") ? numberHint(value) : undefined;
  const formsJa = forms.map((f) => f.ja).join(" または ");
  const formsEn = forms.map((f) => f.en).join(" or ");
  // Not there at all: a missing field, said as every other missing field is.
  if (value === undefined) {
    return [
      at(
        "missing-field",
        { ja: `必須の項目 "${field}" がない`, en: `Required field "${field}" is missing` },
        { ja: `追加すること：${formsJa}`, en: `Add it: ${formsEn}` },
      ),
    ];
  }
  return [
    at(
      "invalid-union",
      {
        ja: `"${field}" がどの書き方にも当てはまらない（受け取った値：${show(value)}）`,
        en: `"${field}" matches none of the accepted forms (received ${show(value)})`,
      },
      number !== undefined
        ? { ja: `${number.ja}（書き方：${formsJa}）`, en: `${number.en} (forms: ${formsEn})` }
        : closeKey !== undefined
          ? {
              ja: `"${closeKey[0]}" は "${closeKey[1]}" の誤りではないか（書き方：${formsJa}）`,
              en: `Did you mean "${closeKey[1]}" instead of "${closeKey[0]}"? (forms: ${formsEn})`,
            }
          : closeValue !== undefined
            ? { ja: `"${closeValue}" の誤りではないか（書き方：${formsJa}）`, en: `Did you mean "${closeValue}"? (forms: ${formsEn})` }
            : { ja: `書き方：${formsJa}`, en: `Write it as ${formsEn}` },
    ),
  ];
}

/** Validates any value against a zod schema and turns failures into bilingual, located issues. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.infer<S>> {
  try {
    const result = schema.safeParse(input);
    if (result.success) return { ok: true, value: result.data };
    const issues = result.error.issues.flatMap((issue) => translate(schema as unknown as ZodInternals, issue, input));
    return { ok: false, issues };
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          path: [],
          pointer: "",
          code: "unreadable",
          message: { ja: `入力を検証できない：${String(error)}`, en: `The input could not be validated: ${String(error)}` },
          hint: { ja: "JSON または YAML のデータを渡すこと", en: "Pass plain JSON or YAML data" },
        },
      ],
    };
  }
}

/**
 * Validates a system description (any JSON value, e.g. from `JSON.parse` or a YAML parser).
 * Never throws: it returns the typed description, or every issue found with its path, a message
 * in Japanese and English and a hint. Unknown fields are reported, with a suggestion where one is
 * close; duplicate ids and references to unknown ids are reported too.
 */
export function parseDescription(input: unknown): ParseResult<Description> {
  // Valid input is recognised by the validator precompiled from the published schema (several
  // times faster than zod); zod runs when it says no, to explain why in the usual messages.
  return parseValidDescription(input) ?? explainDescription(input);
}

/**
 * {@link parseDescription} by zod alone: for input the precompiled validator refused, which this
 * explains in the usual messages (the command line calls it after its own fast path).
 *
 * @internal
 */
export function explainDescription(input: unknown, options: CrossReferenceOptions = {}): ParseResult<Description> {
  const parsed = parseWith(Description, input);
  if (!parsed.ok) return { ok: false, issues: parsed.issues.map(withDescriptionHint) };
  const issues = crossReferenceIssues(parsed.value, options);
  return issues.length > 0 ? { ok: false, issues } : parsed;
}

/** A key naming the network model, as people write it. */
const NETWORK_MODEL_KEY = /^(?:network[-_ ]?model|ネットワークモデル)$/iu;

/**
 * Where a network model goes: the profile, which names its base, id and version besides the model
 * (a profile file without id or version is refused, so the example has them).
 */
const NETWORK_MODEL_HINT: LocalizedText = {
  ja: `ネットワークモデルは記述ではなくプロファイル（--profile で指定するファイル）の networkModel に書く（例：extends: hitoyoshi-2026-03、id: town-beta、version: "1.0.0"、networkModel: beta。値は ${Object.keys(NETWORK_MODELS).join("・")} のいずれか）`,
  en: `The network model is set in the profile (the file given with --profile), not in the description: e.g. extends: hitoyoshi-2026-03, id: town-beta, version: "1.0.0" and networkModel: beta (one of ${Object.keys(NETWORK_MODELS).join(", ")})`,
};

/**
 * Hints only a description needs, added to the issues of the generic translation: a network model
 * written in the description, at the top or under municipality, is the profile's (thirty-second
 * review: a first-time vendor on a β town's project wrote it there and got only the allowed fields).
 */
function withDescriptionHint(issue: InputIssue): InputIssue {
  const key = issue.path.at(-1);
  if (issue.code !== "unknown-key" || typeof key !== "string") return issue;
  return NETWORK_MODEL_KEY.test(key.normalize("NFKC").trim()) ? { ...issue, hint: NETWORK_MODEL_HINT } : issue;
}

/**
 * Field names people write in Japanese, with the key they mean. Only a key allowed where it is
 * written is suggested: 「名前」 is `name` in a system and nothing in a connection.
 */
const JAPANESE_KEYS: ReadonlyMap<string, readonly string[]> = new Map([
  ["領域", ["zone"]],
  ["ゾーン", ["zone"]],
  ["名前", ["name"]],
  ["名称", ["name"]],
  ["システム", ["systems"]],
  ["情報システム", ["systems"]],
  ["情報資産", ["dataAssets"]],
  ["端末", ["terminalGroups"]],
  ["端末群", ["terminalGroups"]],
  ["サーバ", ["servers"]],
  ["サーバー", ["servers"]],
  ["接続", ["connections"]],
  ["委託先", ["vendors"]],
  ["事業者", ["vendors"]],
  ["クラウドサービス", ["cloudServices"]],
  ["外部サービス", ["cloudServices"]],
  ["機密性", ["confidentiality"]],
  ["完全性", ["integrity"]],
  ["可用性", ["availability"]],
  ["評価日", ["evaluationDate"]],
  ["所管課", ["department"]],
  ["管理者", ["owner", "administrator"]],
  ["体制", ["roles"]],
  ["例外措置", ["waivers"]],
  ["証跡", ["evidence"]],
]);

/** The allowed key a Japanese field name stands for, if exactly one. */
function japaneseKey(key: string, known: readonly string[]): string | undefined {
  const keys = (JAPANESE_KEYS.get(key.normalize("NFKC").trim()) ?? []).filter((k) => known.includes(k));
  return keys.length === 1 ? keys[0] : undefined;
}

/** Classes named with their scheme: 「C3（従来の区分）、3A・3B・3C（令和6年10月の区分）」. */
function schemeList(classes: readonly string[], lang: "ja" | "en"): string {
  const legacy = classes.filter((c) => c.startsWith("C"));
  const r6 = classes.filter((c) => !c.startsWith("C"));
  const part = (list: readonly string[], ja: string, en: string) =>
    list.length === 0 ? [] : [lang === "ja" ? `${list.join("・")}（${ja}）` : `${list.join(", ")} (${en})`];
  return [...part(legacy, "従来の区分 legacy", "legacy scheme"), ...part(r6, "令和6年10月の区分 r6", "October 2024 scheme, r6")].join(
    lang === "ja" ? "、" : "; ",
  );
}
