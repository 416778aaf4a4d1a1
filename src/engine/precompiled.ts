/**
 * The fast path of description validation (issue 18): the validator Ajv compiled at build time
 * from the published schema (src/engine/generated, `npm run gen:validator`; no Ajv at run time).
 * It only answers valid or not; zod explains invalid input. test/precompiled-validator.test.ts
 * keeps the generated module current and checks that both agree on validity.
 */
import type { Description } from "../model/description.js";
import { validate } from "./generated/description-validator.js";

/** Whether `input` is a valid description by the published schema (cross references not included). */
export function isValidDescription(input: unknown): input is Description {
  return validate(input);
}
