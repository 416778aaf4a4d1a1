import { z } from "zod";

/** Metadata carried into the published JSON Schemas. */
export interface SchemaMeta {
  id?: string;
  title?: string;
  description?: string;
}

/**
 * The library's own registry of schema metadata (never zod's global one), from which the
 * published JSON Schemas take their titles, ids and bilingual descriptions.
 */
export const schemaRegistry = z.registry<SchemaMeta>();

/** Attaches a Japanese and an English description (and optionally an id) to a schema. */
export function doc<T extends z.ZodType>(schema: T, ja: string, en: string, id?: string): T {
  schemaRegistry.add(schema, {
    ...(id === undefined ? {} : { id, title: id }),
    description: `${ja}\n${en}`,
  });
  return schema;
}
