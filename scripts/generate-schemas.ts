/**
 * Writes the published JSON Schemas (schemas/*.schema.json) from the zod models, and the
 * TypeScript types compiled from them (test/types/generated/*.ts). Run `npm run gen:schemas` after
 * changing a model; test/schemas.test.ts fails when a committed file differs from what the models
 * generate. Output is deterministic, so running it again changes nothing.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderSchemas, renderSchemaTypes } from "./published-schemas.js";

export const schemasDir = fileURLToPath(new URL("../schemas/", import.meta.url));
export const typesDir = fileURLToPath(new URL("../test/types/generated/", import.meta.url));

function writeAll(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
}

/** Writes schemas/*.schema.json. */
export function writeSchemas(): void {
  writeAll(schemasDir, renderSchemas());
}

/** Writes test/types/generated/*.ts. */
export async function writeSchemaTypes(): Promise<void> {
  writeAll(typesDir, await renderSchemaTypes());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeSchemas();
  await writeSchemaTypes();
}
