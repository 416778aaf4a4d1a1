import type { z } from "zod";
import { Description } from "../model/description.js";
import type { LocalizedText } from "../model/finding.js";
import type { InputIssue } from "./errors.js";
import { toPointer } from "./json-pointer.js";
import { crossReferenceIssues } from "./cross-references.js";
import { suggest } from "./suggest.js";

/** The result of {@link parseDescription}. */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly InputIssue[] };

type Path = (string | number)[];

interface ZodInternals {
  _zod: { def: { type: string; innerType?: ZodInternals; element?: ZodInternals; options?: ZodInternals[]; shape?: Record<string, ZodInternals> } };
}

/** The schemas that may sit at `path` under `schema` (several where a union is crossed). */
function schemasAt(schema: ZodInternals, path: readonly (string | number | symbol)[]): ZodInternals[] {
  let current: ZodInternals[] = [schema];
  for (const segment of [...path, null]) {
    const next: ZodInternals[] = [];
    const queue = [...current];
    while (queue.length > 0) {
      const s = queue.pop() as ZodInternals;
      const def = s._zod.def;
      if ((def.type === "optional" || def.type === "nullable" || def.type === "default") && def.innerType) queue.push(def.innerType);
      else if (def.type === "union" && def.options) queue.push(...def.options);
      else if (segment === null) next.push(s);
      else if (def.type === "array" && typeof segment === "number" && def.element) next.push(def.element);
      else if (def.type === "object" && typeof segment === "string" && def.shape?.[segment]) next.push(def.shape[segment]);
    }
    current = next;
    if (segment === null) break;
  }
  return current;
}

function knownKeys(schema: ZodInternals, path: readonly (string | number | symbol)[]): string[] {
  return schemasAt(schema, path).flatMap((s) => Object.keys(s._zod.def.shape ?? {}));
}

function allowedValues(schema: ZodInternals, path: readonly (string | number | symbol)[]): string[] {
  return schemasAt(schema, path).flatMap((s) => {
    const entries = (s._zod.def as { entries?: Record<string, string> }).entries;
    return entries ? Object.values(entries).map(String) : [];
  });
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
  object: "オブジェクト",
  array: "配列",
  null: "null",
  undefined: "値なし",
};

function jaType(type: string): string {
  return TYPE_JA[type] ?? type;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = Object.hasOwn(current, segment) ? (current as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  return current;
}

/** Turns one zod issue into located issues with Japanese and English text and a hint. */
function translate(schema: ZodInternals, issue: z.core.$ZodIssue, input: unknown): InputIssue[] {
  const path = issue.path.filter((s): s is string | number => typeof s !== "symbol");
  const at = (code: string, message: LocalizedText, hint?: LocalizedText, subPath: Path = path): InputIssue => ({
    path: subPath,
    pointer: toPointer(subPath),
    code,
    message,
    ...(hint === undefined ? {} : { hint }),
  });
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeys(schema, path);
      return issue.keys.map((key) => {
        const close = suggest(key, known);
        return at(
          "unknown-key",
          { ja: `不明な項目 "${key}"`, en: `Unknown field "${key}"` },
          close === undefined
            ? { ja: `使える項目：${known.join(", ")}`, en: `Allowed fields: ${known.join(", ")}` }
            : { ja: `"${close}" の誤りではないか`, en: `Did you mean "${close}"?` },
          [...path, key],
        );
      });
    }
    case "invalid_type": {
      const received = describeValue(valueAt(input, issue.path));
      if (received === "undefined") {
        return [
          at(
            "missing-field",
            { ja: `必須の項目がない（${jaType(issue.expected)}を書く）`, en: `Required field is missing (expected ${issue.expected})` },
            { ja: "この項目を追加すること", en: "Add this field" },
          ),
        ];
      }
      return [
        at(
          "invalid-type",
          { ja: `${jaType(issue.expected)}であるべきところが${jaType(received)}になっている`, en: `Expected ${issue.expected}, received ${received}` },
          issue.expected === "string" && (received === "number" || received === "boolean")
            ? { ja: "引用符で囲んで文字列にすること（例：\"2\"）", en: 'Quote the value to make it a string (e.g. "2")' }
            : undefined,
        ),
      ];
    }
    case "invalid_value": {
      const values = issue.values.map(String);
      const received = valueAt(input, issue.path);
      const close = typeof received === "string" ? suggest(received, values) : undefined;
      return [
        at(
          "invalid-value",
          { ja: `値 ${JSON.stringify(received)} は使えない`, en: `Value ${JSON.stringify(received)} is not allowed` },
          close === undefined
            ? { ja: `使える値：${values.join(", ")}`, en: `Allowed values: ${values.join(", ")}` }
            : { ja: `"${close}" の誤りではないか（使える値：${values.join(", ")}）`, en: `Did you mean "${close}"? (allowed: ${values.join(", ")})` },
        ),
      ];
    }
    case "invalid_format": {
      const date = issue.format === "date";
      return [
        at(
          "invalid-format",
          date
            ? { ja: "日付は YYYY-MM-DD の形で書くこと", en: "Dates are written YYYY-MM-DD" }
            : { ja: `形式が不正（${issue.format}）：${issue.message}`, en: `Invalid format (${issue.format}): ${issue.message}` },
          date ? { ja: "例：2026-04-01", en: "e.g. 2026-04-01" } : undefined,
        ),
      ];
    }
    case "too_small":
    case "too_big": {
      const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
      const what = issue.origin === "array" ? { ja: "要素の数", en: "number of items" } : issue.origin === "string" ? { ja: "文字数", en: "length" } : { ja: "値", en: "value" };
      const rel = issue.code === "too_small" ? { ja: "以上", en: "at least" } : { ja: "以下", en: "at most" };
      return [at(issue.code === "too_small" ? "too-small" : "too-big", { ja: `${what.ja}は${String(bound)}${rel.ja}であること`, en: `The ${what.en} must be ${rel.en} ${String(bound)}` })];
    }
    case "invalid_union": {
      const options = schemasAt(schema, path).flatMap((s) => (s._zod.def.type === "object" ? [Object.keys(s._zod.def.shape ?? {}).join("/")] : []));
      const value = valueAt(input, issue.path);
      const keys = value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];
      return [
        at(
          "invalid-union",
          { ja: "どの書き方にも当てはまらない", en: "Matches none of the accepted forms" },
          keys.length > 0 || options.length > 0
            ? { ja: `書き方の例：{ system: id } または { external: public-internet }（項目：${options.join(" | ")}）`, en: `Write e.g. { system: id } or { external: public-internet } (fields: ${options.join(" | ")})` }
            : undefined,
        ),
      ];
    }
    default: {
      const allowed = allowedValues(schema, path);
      return [at("invalid", { ja: `値が不正：${issue.message}`, en: `Invalid value: ${issue.message}` }, allowed.length > 0 ? { ja: `使える値：${allowed.join(", ")}`, en: `Allowed values: ${allowed.join(", ")}` } : undefined)];
    }
  }
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
  const parsed = parseWith(Description, input);
  if (!parsed.ok) return parsed;
  const issues = crossReferenceIssues(parsed.value);
  return issues.length > 0 ? { ok: false, issues } : parsed;
}
