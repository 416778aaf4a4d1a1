/**
 * The workbook layout, derived from the zod models: every list of objects in a description is a
 * sheet, nested objects are flattened into columns (`hosting.kind`), lists of plain values are
 * one cell. Walking the schemas (and their bilingual docs in the schema registry) means a field
 * added to a model appears in the template, the reader and the explanation sheet by itself.
 */
import type { z } from "zod";
import { BUSINESS_FUNCTIONS } from "../model/business-function.js";
import { Description } from "../model/description.js";
import { EXTERNAL_ENDPOINTS } from "../model/endpoint.js";
import { SECURITY_ROLES, STAFF_CATEGORIES } from "../model/organisation.js";
import { schemaRegistry } from "../model/registry.js";
import { ZONES } from "../model/zone.js";
import type { Bilingual } from "../model/values/common.js";

export type { Bilingual } from "../model/values/common.js";

/** What a cell holds and how it is read. */
export type CellKind =
  | { readonly type: "text" }
  | { readonly type: "integer" }
  | { readonly type: "number" }
  | { readonly type: "boolean" }
  | { readonly type: "date" }
  | {
      readonly type: "enum";
      readonly name: string;
      readonly values: readonly string[];
      readonly labels: Readonly<Record<string, Bilingual>>;
    }
  /** Text, or `false` for "none defined" (e.g. socialMediaAccounts.operatingProcedure). */
  | { readonly type: "text-or-false" }
  /** A port number or `any`. */
  | { readonly type: "port" }
  /** Several values in one cell, separated by commas. */
  | { readonly type: "list"; readonly item: CellKind }
  /** In a parent sheet: "this list is empty" (はい), telling an empty list from an absent one. */
  | { readonly type: "none" };

/** One column of a sheet: a field of the row's object, or a parent key. */
export interface Column {
  /** The field's path inside one row's object, dotted: `hosting.kind`; `systems.id` for a parent key. */
  readonly id: string;
  readonly path: readonly string[];
  /** The short header (row 1 of the sheet). */
  readonly header: Bilingual;
  /** The field's full documentation. */
  readonly description: Bilingual;
  readonly kind: CellKind;
  /** Required whenever the sheet has rows. */
  readonly required: boolean;
  /** A parent-key column: the id of the row of `parentTable` this row belongs to. */
  readonly parentKey?: string;
}

/** One sheet: a list of objects in a description (or the description itself). */
export interface Table {
  /** Dotted path of list fields from the description: `""` (the description itself), `systems`, `systems.terminalGroups`. */
  readonly key: string;
  /** Where the list sits inside the parent row's object (`["municipality", "roles"]`). */
  readonly relPath: readonly string[];
  readonly sheet: string;
  /** What one row is, for messages: システム / system. */
  readonly item: Bilingual;
  readonly parent?: string;
  readonly columns: readonly Column[];
  /** The description itself: exactly one row. */
  readonly singleton: boolean;
  /** Whether rows carry an `id` other sheets refer to. */
  readonly hasId: boolean;
}

/** Japanese sheet names of the known lists; a list not named here is named from its documentation. */
const SHEETS: Readonly<Record<string, { sheet: string; item: Bilingual }>> = {
  "": { sheet: "基本情報", item: { ja: "基本情報", en: "general information" } },
  "municipality.roles": { sheet: "体制", item: { ja: "役割", en: "role" } },
  "municipality.drills": { sheet: "訓練", item: { ja: "訓練", en: "drill" } },
  // Named, not cut from the field's documentation (「指摘事項ごとの改善期限と完了日（あれば openFind（2）」).
  "municipality.drills.findings": { sheet: "訓練の指摘事項", item: { ja: "訓練の指摘事項", en: "drill finding" } },
  "municipality.audits": { sheet: "監査", item: { ja: "監査", en: "audit" } },
  "municipality.audits.findings": { sheet: "監査の指摘事項", item: { ja: "監査の指摘事項", en: "audit finding" } },
  "municipality.selfInspections": { sheet: "自己点検", item: { ja: "自己点検", en: "self-inspection" } },
  "municipality.selfInspections.findings": {
    sheet: "自己点検の指摘事項",
    item: { ja: "自己点検の指摘事項", en: "self-inspection finding" },
  },
  systems: { sheet: "システム一覧", item: { ja: "システム", en: "system" } },
  "systems.dataAssets": { sheet: "情報資産", item: { ja: "情報資産", en: "data asset" } },
  "systems.terminalGroups": { sheet: "端末群", item: { ja: "端末群", en: "terminal group" } },
  "systems.terminalGroups.software": { sheet: "端末ソフトウェア", item: { ja: "端末のソフトウェア", en: "terminal software" } },
  "systems.servers": { sheet: "サーバ", item: { ja: "サーバ", en: "server" } },
  "systems.servers.software": { sheet: "サーバソフトウェア", item: { ja: "サーバのソフトウェア", en: "server software" } },
  connections: { sheet: "接続一覧", item: { ja: "接続", en: "connection" } },
  vendors: { sheet: "委託先・契約", item: { ja: "委託先", en: "vendor" } },
  "vendors.subcontractors": { sheet: "再委託先", item: { ja: "再委託先", en: "subcontractor" } },
  cloudServices: { sheet: "クラウドサービス", item: { ja: "クラウドサービス", en: "cloud service" } },
  socialMediaAccounts: { sheet: "SNSアカウント", item: { ja: "SNSアカウント", en: "social media account" } },
  evidence: { sheet: "証跡", item: { ja: "証跡", en: "evidence" } },
  waivers: { sheet: "例外措置", item: { ja: "例外措置", en: "exception" } },
};

/** Fields of the description left out of the workbook (editor hints only). */
const SKIPPED = new Set(["$schema"]);

/** Labels kept beside the enums in the models; other enums take theirs from their documentation. */
const KNOWN_LABELS: readonly Readonly<Record<string, Bilingual>>[] = [
  Object.fromEntries(Object.entries(ZONES).map(([id, info]) => [id, info.label])),
  EXTERNAL_ENDPOINTS,
  BUSINESS_FUNCTIONS,
  STAFF_CATEGORIES,
  SECURITY_ROLES,
];

type Internals = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

function def(schema: z.ZodType) {
  return (schema as Internals)._zod.def;
}

function docOf(schema: z.ZodType | undefined): Bilingual | undefined {
  if (schema === undefined) return undefined;
  const description = schemaRegistry.get(schema)?.description;
  if (description === undefined) return undefined;
  const [ja = "", ...rest] = description.split("\n");
  return { ja, en: rest.join(" ") };
}

function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  while (def(inner).type === "optional" || def(inner).type === "default" || def(inner).type === "nullable") {
    optional = true;
    inner = def(inner).innerType as z.ZodType;
  }
  return { inner, optional };
}

/** A header from a field's documentation: the words before the list of values or the first full stop. */
function shortLabel(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "（" || c === "(") depth++;
    else if ((c === "）" || c === ")") && depth > 0) depth--;
    else if (depth === 0 && (c === "：" || c === "。" || c === "；" || ((c === ":" || c === ";" || c === ".") && text[i + 1] === " "))) {
      return text.slice(0, i).trim();
    }
  }
  return text.trim();
}

/** Shorter prefixes for objects whose documentation is a sentence. */
const PREFIXES: Readonly<Record<string, Bilingual>> = {
  municipality: { ja: "団体", en: "Municipality" },
};

/** Headers of undocumented fields. */
const FALLBACK_LABELS: Readonly<Record<string, Bilingual>> = {
  name: { ja: "名称", en: "Name" },
};

function labelsFor(values: readonly string[], docs: readonly (Bilingual | undefined)[]): Record<string, Bilingual> {
  const known = KNOWN_LABELS.find((record) => values.every((v) => v in record) && Object.keys(record).length === values.length);
  if (known !== undefined) {
    return Object.fromEntries(values.map((v) => [v, { ja: known[v]?.ja ?? v, en: known[v]?.en ?? v }]));
  }
  const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const labels: Record<string, Bilingual> = {};
  for (const value of values) {
    let ja = value;
    let en = value;
    for (const doc of docs) {
      if (doc === undefined) continue;
      const mJa = new RegExp(`(?:^|[：:、,，]\\s*)${escapeRe(value)}（([^（）"]+)）`).exec(doc.ja);
      if (mJa?.[1] !== undefined && ja === value) ja = mJa[1];
      const mEn = new RegExp(`(?:^|[：:、,，]\\s*)${escapeRe(value)} \\(([^()"]+)\\)`).exec(doc.en);
      if (mEn?.[1] !== undefined && en === value) en = mEn[1];
    }
    labels[value] = { ja, en };
  }
  return labels;
}

function kindOf(schema: z.ZodType, docs: readonly (Bilingual | undefined)[], name: string): CellKind {
  const d = def(schema);
  switch (d.type) {
    case "string":
      return (schema as unknown as { format?: string }).format === "date" ? { type: "date" } : { type: "text" };
    case "number":
      return (schema as unknown as { isInt?: boolean }).isInt === true ? { type: "integer" } : { type: "number" };
    case "boolean":
      return { type: "boolean" };
    case "enum": {
      const values = (schema as unknown as { options: string[] }).options;
      return { type: "enum", name, values, labels: labelsFor(values, [docOf(schema), ...docs]) };
    }
    case "literal": {
      const values = (d.values as unknown[]).map(String);
      return { type: "enum", name, values, labels: labelsFor(values, docs) };
    }
    case "union": {
      const options = (d.options as z.ZodType[]).map((o) => unwrap(o).inner);
      const types = options.map((o) => def(o).type);
      if (types.includes("literal") && options.some((o) => (def(o).values as unknown[] | undefined)?.includes(false)))
        return { type: "text-or-false" };
      if (types.includes("number") && options.some((o) => (def(o).values as unknown[] | undefined)?.includes("any")))
        return { type: "port" };
      return { type: "text" };
    }
    default:
      return { type: "text" };
  }
}

interface Shape {
  readonly fields: Record<string, z.ZodType>;
  /** A union of objects: every field is optional, since the other form leaves it empty. */
  readonly union: boolean;
}

function objectShape(schema: z.ZodType): Shape | undefined {
  const d = def(schema);
  if (d.type === "object") return { fields: d.shape as Record<string, z.ZodType>, union: false };
  if (d.type === "union") {
    const options = (d.options as z.ZodType[]).map((o) => unwrap(o).inner);
    if (options.length > 0 && options.every((o) => def(o).type === "object")) {
      const merged: Record<string, z.ZodType> = {};
      for (const option of options) {
        for (const [key, field] of Object.entries(def(option).shape as Record<string, z.ZodType>)) {
          if (!(key in merged)) merged[key] = field;
        }
      }
      return { fields: merged, union: true };
    }
  }
  return undefined;
}

function sheetNameFor(key: string, doc: Bilingual | undefined): { sheet: string; item: Bilingual } {
  const known = SHEETS[key];
  if (known !== undefined) return known;
  const ja = shortLabel(doc?.ja ?? key)
    .replace(/[[\]:*?/\\]/g, "")
    .slice(0, 31);
  return { sheet: ja === "" ? key.slice(0, 31) : ja, item: { ja, en: shortLabel(doc?.en ?? key) } };
}

function joinLabel(prefix: Bilingual | undefined, label: Bilingual): Bilingual {
  if (prefix === undefined) return label;
  return {
    ja: label.ja.startsWith(prefix.ja) ? label.ja : `${prefix.ja}・${label.ja}`,
    en: label.en.toLowerCase().startsWith(prefix.en.toLowerCase()) ? label.en : `${prefix.en}: ${label.en}`,
  };
}

/**
 * Builds the tables of the workbook from the Description schema, in sheet order: parents before
 * their children.
 */
function buildTables(): Table[] {
  const tables: Table[] = [];
  // Sheet names are cut to Excel's 31 characters, so two long labels can meet: number the later one.
  const names = new Map<string, { sheet: string; item: Bilingual }>();
  const used = new Set<string>();
  const nameOf = (key: string, doc: Bilingual | undefined) => {
    const known = names.get(key);
    if (known !== undefined) return known;
    const base = sheetNameFor(key, doc);
    let sheet = base.sheet;
    for (let n = 2; used.has(sheet); n++) sheet = `${base.sheet.slice(0, 31 - String(n).length - 2)}（${n}）`;
    used.add(sheet);
    const named = { sheet, item: base.item };
    names.set(key, named);
    return named;
  };
  const visit = (key: string, relPath: readonly string[], shape: Shape, doc: Bilingual | undefined, parent?: Table) => {
    const { sheet, item } = nameOf(key, doc);
    const columns: Column[] = [];
    const children: (() => void)[] = [];
    if (parent !== undefined) {
      // Parent keys: the ids of every ancestor with ids, outermost first.
      const chain: Table[] = [];
      for (let t: Table | undefined = parent; t !== undefined; t = tables.find((x) => x.key === t?.parent)) {
        if (t.hasId) chain.unshift(t);
      }
      for (const ancestor of chain) {
        columns.push({
          id: `${ancestor.key}.id`,
          path: [],
          header: { ja: `${ancestor.item.ja}ID`, en: `${ancestor.item.en} id` },
          description: {
            ja: `この行が属する${ancestor.item.ja}（シート「${ancestor.sheet}」の ID）。${ancestor.item.ja}が1つだけなら空欄でよい`,
            en: `The ${ancestor.item.en} this row belongs to (an id from sheet "${ancestor.sheet}"); may stay empty when there is only one`,
          },
          kind: { type: "text" },
          required: false,
          parentKey: ancestor.key,
        });
      }
    }
    const walk = (
      fields: Readonly<Record<string, z.ZodType>>,
      path: readonly string[],
      prefix: Bilingual | undefined,
      required: boolean,
    ) => {
      for (const [name, field] of Object.entries(fields)) {
        if (key === "" && path.length === 0 && SKIPPED.has(name)) continue;
        const { inner, optional } = unwrap(field);
        const fieldDoc = docOf(field) ?? docOf(inner);
        const label =
          fieldDoc === undefined
            ? (FALLBACK_LABELS[name] ?? { ja: name, en: name })
            : { ja: shortLabel(fieldDoc.ja), en: shortLabel(fieldDoc.en) };
        const header = name === "id" && path.length === 0 ? { ja: "ID", en: "Id" } : joinLabel(prefix, label);
        const fieldPath = [...path, name];
        const isRequired = required && !optional;
        const nested = objectShape(inner);
        const kind = def(inner).type;
        if (nested !== undefined) {
          const shortPrefix = key === "" && path.length === 0 ? PREFIXES[name] : undefined;
          walk(nested.fields, fieldPath, shortPrefix ?? header, isRequired && !nested.union);
          continue;
        }
        if (kind === "array") {
          const element = unwrap(def(inner).element as z.ZodType).inner;
          const elementShape = objectShape(element);
          if (elementShape !== undefined) {
            const childKey = [key, ...fieldPath].filter((s) => s !== "").join(".");
            const childDoc = fieldDoc;
            const childName = nameOf(childKey, childDoc).sheet;
            columns.push({
              id: fieldPath.join("."),
              path: fieldPath,
              header: { ja: `${header.ja}：該当なし`, en: `${header.en}: none` },
              description: {
                ja: `${header.ja}が1つもないときに「はい」（行はシート「${childName}」に書く）。空欄は「記載なし」`,
                en: `"yes" when there are no ${header.en} at all (rows go on sheet "${childName}"); empty means not stated`,
              },
              kind: { type: "none" },
              required: false,
            });
            children.push(() => visit(childKey, fieldPath, elementShape, childDoc, self()));
            continue;
          }
          const docs = [fieldDoc, docOf(element)];
          columns.push({
            id: fieldPath.join("."),
            path: fieldPath,
            header,
            description: fieldDoc ?? header,
            kind: { type: "list", item: kindOf(element, docs, fieldPath.join(".")) },
            required: isRequired,
          });
          continue;
        }
        columns.push({
          id: fieldPath.join("."),
          path: fieldPath,
          header,
          description: fieldDoc ?? header,
          kind: kindOf(inner, [fieldDoc], fieldPath.join(".")),
          required: isRequired,
        });
      }
    };
    walk(shape.fields, [], undefined, !shape.union);
    const table: Table = {
      key,
      relPath,
      sheet,
      item,
      ...(parent === undefined ? {} : { parent: parent.key }),
      columns: dedupeHeaders(columns),
      singleton: key === "",
      hasId: columns.some((c) => c.id === "id"),
    };
    const self = () => table;
    tables.push(table);
    for (const child of children) child();
  };
  visit("", [], { fields: def(Description).shape as Record<string, z.ZodType>, union: false }, docOf(Description));
  return tables;
}

/** Two columns never share a header: the later one gets its field id in brackets. */
function dedupeHeaders(columns: Column[]): Column[] {
  const seen = new Set<string>();
  return columns.map((column) => {
    if (!seen.has(column.header.ja)) {
      seen.add(column.header.ja);
      return column;
    }
    const header = { ja: `${column.header.ja}（${column.id}）`, en: `${column.header.en} (${column.id})` };
    seen.add(header.ja);
    return { ...column, header };
  });
}

let cached: readonly Table[] | undefined;

/** The workbook's tables, built once from the models. */
export function workbookTables(): readonly Table[] {
  cached ??= buildTables();
  return cached;
}

/** Sheets the template adds that hold no data. */
export const AUX_SHEETS = { guide: "説明", lists: "選択肢" } as const;
