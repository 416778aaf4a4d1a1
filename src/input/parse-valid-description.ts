/**
 * The fast path of {@link parseDescription}, without zod (issue 18, target 5): the validator
 * precompiled from the published schema recognises valid input, and the cross references are
 * checked here. Only input it refuses needs the zod schemas, to explain why; callers that can wait
 * for a module (the command line) load ./parse-description.ts for that alone, so a run on valid
 * input builds no schema.
 */
import { isValidDescription } from "../engine/precompiled.js";
import type { Description } from "../model/description.js";
import { type CrossReferenceOptions, crossReferenceIssues } from "./cross-references.js";
import type { ParseResult, parseDescription } from "./parse-description.js";

/**
 * What {@link parseDescription} returns for input the precompiled validator accepts (the
 * description, or its cross-reference issues); `undefined` for input it refuses, which only
 * `parseDescription` can explain.
 */
export function parseValidDescription(input: unknown, options: CrossReferenceOptions = {}): ParseResult<Description> | undefined {
  if (!isValidDescription(input)) return undefined;
  const issues = crossReferenceIssues(input, options);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: input };
}
