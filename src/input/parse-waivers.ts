/**
 * Reading exceptions (例外措置) kept apart from the description: YAML or JSON text through the one
 * configured reader (src/io: YAML 1.2 core schema only, no duplicate keys, no unknown tags, alias
 * and depth limits), or data already parsed, validated against the `Waiver` model and its rules.
 */
import { z } from "zod";
import { InputError } from "../io/diagnostic.js";
import { parseSource } from "../io/parse.js";
import { Waiver } from "../model/waiver.js";
import { inputIssue } from "./errors.js";
import { type ParseResult, parseWith } from "./parse-description.js";
import { waiverRuleIssues } from "./waiver-rules.js";

/** A file of exceptions kept apart from the description: `{ waivers: [...] }`. */
const WaiversFile = z.strictObject({ $schema: z.string().optional(), waivers: z.array(Waiver) });

/** The name the reader's messages give a text passed to {@link parseWaivers}. */
const TEXT = "<waivers>";

/**
 * Reads exceptions kept apart from the description: a YAML or JSON text, or data already parsed,
 * holding `{ waivers: [...] }` or a bare list. Pure and never throws; pass the result to
 * `evaluate` as `options.waivers`, where check ids and systems are checked against the
 * description. A text is read exactly as a description or profile file is.
 */
export function parseWaivers(value: unknown): ParseResult<Waiver[]> {
  let data = value;
  if (typeof value === "string") {
    try {
      data = parseSource(value, TEXT).value;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return {
        ok: false,
        issues: error.diagnostics.map((d) =>
          inputIssue([], "syntax", {
            reason: d.message,
            ...(d.hint === undefined ? {} : { hint: d.hint }),
            ...(d.line === undefined ? {} : { line: d.line, column: d.column ?? 1 }),
          }),
        ),
      };
    }
  }
  if (Array.isArray(data)) {
    const parsed = parseWith(z.array(Waiver), data);
    if (!parsed.ok) return parsed;
    const issues = parsed.value.flatMap((waiver, i) => waiverRuleIssues(waiver, [i]));
    return issues.length > 0 ? { ok: false, issues } : parsed;
  }
  const parsed = parseWith(WaiversFile, data);
  if (!parsed.ok) return parsed;
  const issues = parsed.value.waivers.flatMap((waiver, i) => waiverRuleIssues(waiver, ["waivers", i]));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.value.waivers };
}
