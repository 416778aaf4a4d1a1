/** The calendar date rule without zod; `../common.ts` builds the `IsoDate` schema and re-exports {@link isIsoDate}. */

/** Text in Japanese and English, as every label, title and message of the library carries it. */
export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

/**
 * `YYYY-MM-DD` naming a day that exists (no 2026-02-31, no 2023-02-29): the very pattern zod's
 * `z.iso.date()` tests, which the `IsoDate` schema is built from. test/zod-free-check.test.ts keeps
 * the two equal, so a date the schema accepts is one this accepts, and no other.
 */
export const CALENDAR_DATE_PATTERN =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD`. Every place that accepts a date
 * (the model's dates, `evaluate`'s option, the CLI's `--as-of`, spreadsheet cells, date
 * formatting) asks this, or the `IsoDate` schema, which tests the same pattern.
 */
export function isIsoDate(value: unknown): value is string {
  return typeof value === "string" && CALENDAR_DATE_PATTERN.test(value);
}

/**
 * A name without its notes in brackets (「住基ネット（全国サーバ）」 → 「住基ネット」): owning bodies, vendor
 * networks and national systems are told by the name, not by the note a register adds to it.
 */
export function withoutBracketNotes(text: string, replacement = ""): string {
  return text.replace(/[(（[［][^)）\]］]*[)）\]］]/gu, replacement);
}
