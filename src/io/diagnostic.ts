import { shown, visible } from "../engine/text.js";
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
  /** On a `more-problems` diagnostic: how many problems of the file it stands for. */
  readonly omitted?: number;
}

/** How many diagnostics are shown per file; the rest are counted in one `more-problems` line. */
export const MAX_DIAGNOSTICS_PER_FILE = 100;

/** The diagnostic that stands for the problems of a file beyond the first {@link MAX_DIAGNOSTICS_PER_FILE}. */
export function moreProblems(file: string, omitted: number, shownCount: number = MAX_DIAGNOSTICS_PER_FILE): Diagnostic {
  return {
    file,
    code: "more-problems",
    message: {
      ja: `ほかに ${omitted} 件の問題がある（最初の ${shownCount} 件だけを表示した）`,
      en: `and ${omitted} more problems (only the first ${shownCount} are shown)`,
    },
    hint: { ja: "表示された問題を直してから再度実行すること", en: "Fix the problems shown and run it again" },
    omitted,
  };
}

/**
 * Keeps the first {@link MAX_DIAGNOSTICS_PER_FILE} diagnostics of each file and counts the rest in
 * one `more-problems` diagnostic per file (after the file's last shown one), so output stays small
 * whatever the input. Linear; already capped lists pass through unchanged.
 */
export function capDiagnostics(diagnostics: readonly Diagnostic[], max: number = MAX_DIAGNOSTICS_PER_FILE): Diagnostic[] {
  const kept = new Map<string, number>();
  const omitted = new Map<string, number>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    if (d.code === "more-problems") {
      omitted.set(d.file, (omitted.get(d.file) ?? 0) + (d.omitted ?? 0));
      continue;
    }
    const n = kept.get(d.file) ?? 0;
    if (n < max) {
      out.push(d);
      kept.set(d.file, n + 1);
    } else omitted.set(d.file, (omitted.get(d.file) ?? 0) + 1);
  }
  if (omitted.size === 0) return out;
  // Each file's count goes right after its last shown diagnostic.
  const last = new Map<string, number>();
  out.forEach((d, i) => last.set(d.file, i));
  const result: Diagnostic[] = [];
  out.forEach((d, i) => {
    result.push(d);
    const n = omitted.get(d.file);
    if (n !== undefined && last.get(d.file) === i) result.push(moreProblems(d.file, n, kept.get(d.file)));
  });
  for (const [file, n] of omitted) if (!kept.has(file)) result.push(moreProblems(file, n, 0));
  return result;
}

/**
 * Renders diagnostics the way compilers do, so editors and CI annotate them:
 * `file:line:column: error[code]: 日本語 / English` followed by a `hint:` line. With a language
 * (the user chose one), only that language is written.
 */
export function formatDiagnostic(d: Diagnostic, lang?: "ja" | "en"): string {
  // Everything shown may carry text from the input: control characters are made visible, so a
  // crafted key or file name cannot drive the terminal (see `visible`).
  const file = shown(d.file, 200);
  const where = d.line === undefined ? file : `${file}:${d.line}:${d.column ?? 1}`;
  const at = d.pointer === undefined || d.pointer === "" ? "" : ` (${shown(d.pointer, 100)})`;
  const say = (t: LocalizedText) => (lang === undefined ? `${text(t.ja)} / ${text(t.en)}` : text(t[lang]));
  const head = `${where}: error[${visible(d.code)}]: ${say(d.message)}${at}`;
  return d.hint === undefined ? head : `${head}\n  hint: ${say(d.hint)}`;
}

/** The hint line that stands for a hint already given in full above it. */
const SAME_HINT: LocalizedText = { ja: "上と同じ", en: "as above" };

/**
 * Renders a list of diagnostics as {@link formatDiagnostic} does one, a hint given in full once: the same hint again (an
 * export whose blank cells all became null gives one error per field, each with the same advice) reads 「上と同じ」.
 */
export function formatDiagnostics(list: readonly Diagnostic[], lang?: "ja" | "en"): string[] {
  const given = new Set<string>();
  return list.map((d) => {
    if (d.hint === undefined) return formatDiagnostic(d, lang);
    const key = `${d.hint.ja}\u0000${d.hint.en}`;
    const repeated = given.has(key);
    given.add(key);
    return formatDiagnostic(repeated ? { ...d, hint: SAME_HINT } : d, lang);
  });
}

/** Message text: values inside are already cut where they are embedded; this is the last guard. */
function text(message: string): string {
  return shown(message, 2000);
}

/** Raised inside the readers; carries the diagnostics to print. */
export class InputError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    const capped = capDiagnostics(diagnostics);
    super(capped.map((d) => `${d.code}: ${d.message.en}`).join("; "));
    this.name = "InputError";
    this.diagnostics = capped;
  }
}
