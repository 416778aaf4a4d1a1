/**
 * Making user-supplied strings safe to show: one helper for every place that puts a name, key,
 * id or value from an input file into a message, an error or a terminal report.
 */

/** Values longer than this are cut in messages, with their length stated. */
export const SHOWN_MAX_LENGTH = 80;

/**
 * Makes a string safe to print: control characters, line separators and bidirectional overrides
 * become visible escapes (`\u001b` is shown as `\u001b`, a newline as `\n`), so a crafted name
 * in a description cannot move the cursor, recolour a terminal, set its title or reorder what a
 * reviewer reads.
 */
export function visible(text: string): string {
  // Zero-width and direction marks too (fourteenth review), but not the zero-width joiner of emoji sequences.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point: they are made visible
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b\u200c\u200e\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, (ch) => {
    if (ch === "\n") return "\\n";
    if (ch === "\r") return "\\r";
    if (ch === "\t") return "\\t";
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

/**
 * Cuts a long value for a message, stating its full length: `abc…（全 1000000 文字）` in
 * Japanese, `abc… (1000000 characters)` in English. Short values are returned as they are.
 */
export function clip(text: string, max: number = SHOWN_MAX_LENGTH, lang: "ja" | "en" = "en"): string {
  if (text.length <= max) return text;
  let end = max;
  // Never split a surrogate pair.
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return lang === "ja" ? `${text.slice(0, end)}…（全 ${text.length} 文字）` : `${text.slice(0, end)}… (${text.length} characters)`;
}

/** {@link clip} then {@link visible}: a user-supplied value ready for a terminal. */
export function shown(text: string, max: number = SHOWN_MAX_LENGTH, lang: "ja" | "en" = "en"): string {
  return visible(clip(text, max, lang));
}
