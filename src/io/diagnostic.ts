import type { LocalizedText } from "../model/finding.js";

/** One problem with an input file, located where possible (1-based line and column). */
export interface Diagnostic {
  /** The file as named on the command line (`<stdin>` for `-`). */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** A stable code, e.g. `duplicate-key`, `not-utf8`, `unknown-key`. */
  readonly code: string;
  readonly message: LocalizedText;
  readonly hint?: LocalizedText;
  /** The JSON pointer concerned, when the problem is in the data rather than the syntax. */
  readonly pointer?: string;
}

/**
 * Renders diagnostics the way compilers do, so editors and CI annotate them:
 * `file:line:column: error[code]: 日本語 / English` followed by a `hint:` line. With a language
 * (the user chose one), only that language is written.
 */
export function formatDiagnostic(d: Diagnostic, lang?: "ja" | "en"): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  const pointer = d.pointer !== undefined && d.pointer.length > 100 ? `${d.pointer.slice(0, 97)}…` : d.pointer;
  const at = pointer === undefined || pointer === "" ? "" : ` (${pointer})`;
  const text = (t: LocalizedText) => (lang === undefined ? `${t.ja} / ${t.en}` : t[lang]);
  const head = `${where}: error[${d.code}]: ${text(d.message)}${at}`;
  return d.hint === undefined ? head : `${head}\n  hint: ${text(d.hint)}`;
}

/** Raised inside the readers; carries the diagnostics to print. */
export class InputError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => `${d.code}: ${d.message.en}`).join("; "));
    this.name = "InputError";
    this.diagnostics = diagnostics;
  }
}
