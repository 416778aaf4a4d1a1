/**
 * Compiles the published JSON Schemas into TypeScript (test/types/generated/*.ts) with
 * json-schema-to-typescript, as a consumer of the schemas would. The type-level test
 * test/types/schema-types.test-d.ts proves these types and the models' `z.input` types are
 * mutually assignable: the schemas say what the TypeScript types say.
 * `npm run gen:schemas` runs this too; `npm run gen:schema-types` runs only this.
 */
import { writeSchemaTypes } from "./generate-schemas.js";

await writeSchemaTypes();
