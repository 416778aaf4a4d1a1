/**
 * The published JSON Schemas (schemas/*.schema.json) and the TypeScript compiled from them
 * (test/types/generated/*.ts), rendered in memory. The generators write these texts; the drift
 * test (test/schemas.test.ts) compares them with the committed files.
 */
import { compile, type Options } from "json-schema-to-typescript";
import { z } from "zod";
import { SecpolicyConfig } from "../src/model/config.js";
import { BaselineDocument } from "../src/model/baseline.js";
import { Description } from "../src/model/description.js";
import { ProfileDocument } from "../src/model/profile.js";
import { schemaRegistry } from "../src/model/registry.js";
import { Report } from "../src/model/report.js";

/**
 * The prefix of every published schema's `$id`: the id is this plus the schema's name
 * (`urn:hitoyoshi-secpolicy:schema:report`). A URN names the schema without pretending to be a
 * URL anyone serves: the project owns no web address for them. The files ship in the package
 * (`hitoyoshi-secpolicy/schemas/*.schema.json`), are printed by `secpolicy schema <name>` and sit
 * under `schemas/` in the repository; point editors at one of those.
 */
export const SCHEMA_BASE = "urn:hitoyoshi-secpolicy:schema:";

/** The `$id` of a published schema file: `report.schema.json` → `urn:hitoyoshi-secpolicy:schema:report`. */
export function schemaId(file: string): string {
  return `${SCHEMA_BASE}${file.replace(/\.schema\.json$/, "")}`;
}

export interface PublishedSchema {
  /** File name under schemas/. */
  readonly file: string;
  /** The model; the schema describes its input form (what users write). */
  readonly schema: z.ZodType;
  /** The registry id of the model, i.e. its name in `$defs`, hoisted to the root. */
  readonly id: string;
  /** The root title. */
  readonly title: string;
}

/** The published schemas. One line per file. */
export const PUBLISHED_SCHEMAS: readonly PublishedSchema[] = [
  { file: "description.schema.json", schema: Description, id: "Description", title: "Description" },
  { file: "profile.schema.json", schema: ProfileDocument, id: "ProfileDocument", title: "Profile" },
  { file: "report.schema.json", schema: Report, id: "Report", title: "Report" },
  { file: "config.schema.json", schema: SecpolicyConfig, id: "SecpolicyConfig", title: "SecpolicyConfig" },
  { file: "baseline.schema.json", schema: BaselineDocument, id: "BaselineDocument", title: "Baseline" },
];

type Json = { [key: string]: unknown };

/** Rewrites `#/$defs/<id>` references to `#` (only a recursive root refers to itself). */
function rewriteRootRefs(node: unknown, id: string): unknown {
  if (Array.isArray(node)) return node.map((item) => rewriteRootRefs(item, id));
  if (node === null || typeof node !== "object") return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === "$ref" && value === `#/$defs/${id}` ? "#" : rewriteRootRefs(value, id);
  }
  return out;
}

/**
 * Rewrites `type: ["string", "number"]` (what zod emits for a union of primitives) as
 * `anyOf: [{ type: "string" }, { type: "number" }]`: the same meaning, but Ajv's strict mode
 * refuses union types unless told `allowUnionTypes`, and users run it with its defaults.
 */
function splitUnionTypes(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(splitUnionTypes);
  if (node === null || typeof node !== "object") return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "type" && Array.isArray(value)) out.anyOf = value.map((type) => ({ type }));
    else out[key] = splitUnionTypes(value);
  }
  return out;
}

/** The JSON Schema object of one published model, with its definition hoisted to the root. */
export function buildSchema(entry: PublishedSchema): Json {
  const generated = z.toJSONSchema(entry.schema, {
    target: "draft-2020-12",
    io: "input",
    metadata: schemaRegistry,
    unrepresentable: "throw",
    cycles: "ref",
    reused: "inline",
  }) as Json;
  const defs = { ...((generated.$defs as Json | undefined) ?? {}) };
  const root = defs[entry.id] as Json | undefined;
  if (root === undefined) {
    throw new Error(
      `Schema ${entry.file}: the model has no registry id "${entry.id}". Give it doc(..., "${entry.id}") in its model file.\n` +
        `スキーマ ${entry.file}：モデルに id "${entry.id}" がない。モデルのファイルで doc(..., "${entry.id}") を付けること。`,
    );
  }
  delete defs[entry.id];
  const { title: _title, description, ...body } = root;
  const sortedDefs = Object.fromEntries(
    Object.keys(defs)
      .sort()
      .map((key) => [key, defs[key]]),
  );
  const schema: Json = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: schemaId(entry.file),
    title: entry.title,
    ...(description === undefined ? {} : { description }),
    ...body,
    ...(Object.keys(sortedDefs).length > 0 ? { $defs: sortedDefs } : {}),
  };
  return splitUnionTypes(rewriteRootRefs(schema, entry.id)) as Json;
}

/** The text of each published schema file, keyed by file name (2-space JSON, trailing newline). */
export function renderSchemas(): Record<string, string> {
  return Object.fromEntries(PUBLISHED_SCHEMAS.map((entry) => [entry.file, `${JSON.stringify(buildSchema(entry), null, 2)}\n`]));
}

/** Options under which the compiled types match `z.input` of the models (see docs/toolchain.md). */
const OPTIONS: Partial<Options> = {
  additionalProperties: false,
  ignoreMinAndMaxItems: true,
  strictIndexSignatures: false,
  unknownAny: true,
  declareExternallyReferenced: true,
  unreachableDefinitions: false,
  enableConstEnums: false,
  inferStringEnumKeysFromValues: false,
  format: true,
  style: { printWidth: 120, singleQuote: false, trailingComma: "all", semi: true, endOfLine: "lf" },
  bannerComment: "// Generated from the published JSON Schema by scripts/published-schemas.ts (npm run gen:schemas). Do not edit by hand.",
};

/** The TypeScript file name for a schema file: `description.schema.json` → `description.ts`. */
export function typesFileOf(schemaFile: string): string {
  return schemaFile.replace(/\.schema\.json$/, ".ts");
}

/** The text of each generated types file, keyed by file name. */
export async function renderSchemaTypes(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of PUBLISHED_SCHEMAS) {
    // The ref parser mutates its input, so each compile gets a fresh copy.
    const schema = buildSchema(entry);
    out[typesFileOf(entry.file)] = await compile(schema as Parameters<typeof compile>[0], entry.title, OPTIONS);
  }
  return out;
}
