/** Reading a waivers file (node-only): JSON or YAML with the safe reader, validated by `parseWaivers`. */
import { parseWaivers } from "../input/parse-waivers.js";
import { InputError } from "../io/diagnostic.js";
import { issuesToDiagnostics } from "../io/issues.js";
import { readSourceSync } from "../io/read.js";
import type { Waiver } from "../model/waiver.js";

/**
 * Reads a waivers file (`{ waivers: [...] }` or a bare list, JSON or YAML, with the same limits
 * and strictness as descriptions) and validates it with `parseWaivers`. Pass the result to
 * `evaluate(description, { waivers })`.
 *
 * @throws InputError when the file cannot be read or parsed, or a waiver is invalid; its
 *   diagnostics carry the file, line and column of each problem.
 */
export function loadWaiversFile(path: string): Waiver[] {
  const source = readSourceSync(path);
  const parsed = parseWaivers(source.value);
  if (!parsed.ok) throw new InputError(issuesToDiagnostics(source, parsed.issues));
  return parsed.value;
}
