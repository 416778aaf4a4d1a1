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

/** Opening and closing brackets registers put notes in: （）()［］[]【】〔〕〈〉《》＜＞<>『』. */
export const OPEN_BRACKETS = "(（[［【〔〈《＜<『";
export const CLOSE_BRACKETS = ")）\\]］】〕〉》＞>』";
/** One note in brackets, its text captured (brackets of any of the kinds above, not nested). */
export const BRACKET_NOTE = new RegExp(`[${OPEN_BRACKETS.replace("[", "\\[")}]([^${CLOSE_BRACKETS}]*)[${CLOSE_BRACKETS}]`, "gu");

/**
 * A name without its notes in brackets (「住基ネット（全国サーバ）」, 「…組合【介護保険課】」 → the name): owning
 * bodies, vendor networks and national systems are told by the name, not by the note a register adds to it
 * (twenty-eighth review: notes in 【】 and 〔〕 were read as part of the name).
 */
export function withoutBracketNotes(text: string, replacement = ""): string {
  return text.replace(BRACKET_NOTE, replacement);
}

/** A company's legal form as written in full or abbreviated: 株式会社, (株), ㈱ (NFKC makes ㈱ (株)), 有限会社… */
/**
 * Words that fill a field with "nothing yet" (normalised: NFKC, no white space, lower case): a post nobody holds,
 * an allow-list not made. Each reading adds the words of its own kind (engine/names.ts, policy/flow-policy.ts).
 */
export const NOTHING_YET_WORDS: readonly string[] = ["なし", "無し", "未設定", "未定", "none", "n/a", "tbd", "-", "ー", "―", "—"];

export const LEGAL_FORM = /株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|一般財団法人|\((株|有|合|資|名|社|財)\)|㈱|㈲/gu;

/**
 * A name with abbreviated legal forms written out, after NFKC (「(株)くまもと電算」 → 「株式会社 くまもと電算」,
 * 「くまもと電算(株)」 → 「くまもと電算 株式会社」): read as a note in brackets, an abbreviation would vanish with
 * the other notes (twenty-eighth review: a company's system stayed in the city's scope).
 */
export function legalFormsSpelledOut(text: string): string {
  const full: Readonly<Record<string, string>> = {
    株: "株式会社",
    有: "有限会社",
    合: "合同会社",
    資: "合資会社",
    名: "合名会社",
    社: "一般社団法人",
    財: "一般財団法人",
  };
  return text.normalize("NFKC").replace(/\((株|有|合|資|名|社|財)\)/gu, (_m, form: string) => ` ${full[form]} `);
}
