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

/**
 * Returns a copy of `schema` carrying a Japanese and an English description (and optionally an id).
 * It documents a copy because shared schemas (`Id`, `IsoDate`, `Text`, enums) are documented again
 * at each field that uses them: registering the shared instance itself would let the last field's
 * text, and loss of the id, leak into every other use in the published JSON Schemas.
 */
export function doc<T extends z.ZodType>(schema: T, ja: string, en: string, id?: string): T {
  // Passing the def makes a copy without a parent, so it inherits no title or description.
  const copy = schema.clone(schema._zod.def) as T;
  schemaRegistry.add(copy, {
    ...(id === undefined ? {} : { id, title: id }),
    description: `${ja}\n${en}`,
  });
  return copy;
}
