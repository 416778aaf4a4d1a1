/**
 * One way to compare the names of people and posts (例外措置の申請者・承認者, role holders), used
 * everywhere a name decides something: waivers, exceptions-valid, roles-not-combined. Names are
 * compared whole and exactly after Unicode normalisation (NFKC), with white space removed and
 * Latin letters in lower case. No part of a name matches the whole: 「課長」 is not 「総務課長」,
 * 「町長」 is not 「副町長」.
 */
import { BRACKET_NOTE, NOTHING_YET_WORDS, withoutBracketNotes } from "../model/values/common.js";

/**
 * Characters a reader cannot see: format characters (zero-width space and joiners, word joiner,
 * byte-order mark, soft hyphen, bidirectional controls) and control characters other than white
 * space. A name containing one is refused where it is an input (waivers) and ignored in comparison.
 */
const INVISIBLE = /[\p{Cf}\p{Co}\p{Cn}]|(?![\t\n\v\f\r])\p{Cc}/gu;

/** The invisible characters of a name, as `U+XXXX` codes in order of appearance (empty when none). */
export function invisibleCharacters(name: string): string[] {
  return [...name.matchAll(INVISIBLE)].map((match) => `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);
}

/**
 * Names already normalised: checks compare the same few holders (posts, departments) for every
 * system. Bounded, so that a long run over many different names cannot fill memory.
 */
const normalised = new Map<string, string>();
const MAX_NORMALISED = 10_000;

/** A name as compared: NFKC, invisible characters and white space removed, lower case. */
export function normaliseName(name: string): string {
  let result = normalised.get(name);
  if (result === undefined) {
    result = name.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/gu, "").toLowerCase();
    if (normalised.size >= MAX_NORMALISED) normalised.clear();
    normalised.set(name, result);
  }
  return result;
}

/** Whether two names are the same name. An empty name (after normalisation) is nobody and matches nothing. */
export function sameName(a: string, b: string): boolean {
  const x = normaliseName(a);
  return x !== "" && x === normaliseName(b);
}

/**
 * Placeholder values that say nobody is assigned. Delivery specs often carry them before the
 * municipality decides; they are a statement that the post is empty, not a missing fact.
 * 「調整中」 and 「検討中」 say of a post what they say of a document (nobody yet): they stood only in
 * the list of documents not made yet, so a CSIRT contact 「（調整中）」 had none while a CISO
 * 「（調整中）」 was someone (thirty-third review).
 */
const UNASSIGNED = new Set([
  ...NOTHING_YET_WORDS,
  // Fifty-first review: 「特になし」 and 「該当なし」 are the commonest ways of writing none in a form.
  "特になし",
  "特に無し",
  "該当なし",
  "該当無し",
  "未確定",
  "未選任",
  "調整中",
  "検討中",
  "不在",
  "tba",
  "unassigned",
]);

/**
 * Whether a stated holder is a placeholder meaning "nobody assigned" (e.g. 未定, TBD), read after
 * the one normalisation of names (above). Compare two holders with `sameName`.
 */
export function isUnassigned(holder: string): boolean {
  // Asked of every holder and reference by many checks: read once per text (a pure reading, bounded).
  const known = unassignedReadings.get(holder);
  if (known !== undefined) return known;
  const read = placeholderIn(holder, (text) => UNASSIGNED.has(normaliseName(text)));
  if (unassignedReadings.size >= 4096) unassignedReadings.clear();
  unassignedReadings.set(holder, read);
  return read;
}

/** Readings of {@link isUnassigned} by text. */
const unassignedReadings = new Map<string, boolean>();

/** Words that make a value a reference to something (a number, a document, a contact), notes included. */
const REFERENCE_WORDS = /号|契約|内線|電話|手順書|規程|要領|マニュアル|参照|含む|兼ね|別紙|請書|注文書|発注書|@|tel/iu;
/** Words that say the thing referred to has ended, is not made yet, or is handed to the contractor. */
const NOTHING_NOTE =
  /満了|未締結|未契約|解約|失効|期限切れ|未策定|未作成|未整備|検討中|入札不調|(受託者|受託事業者|委託先|委託業者)(が|に)(兼ね|一任|任せ)/u;
/** A thing named, then said to be missing: 「契約なし」, 「規程無し」, 「手順書なし」, 「特段の定めなし」. */
const NAMED_NONE = /^[^\d]{1,12}(なし|無し)$/u;

/**
 * Whether `text` is a placeholder by `test`, as written or without its notes in brackets: 「未定（体制見直し中）」
 * and 「なし（口頭発注）」 say what 「未定」 and 「なし」 say (twenty-seventh review: they passed nine checks).
 * With nothing outside the brackets, the first note is the value and the rest are notes to it
 * (「（未定）（令和9年度設置予定）」 is 「未定（令和9年度設置予定）」), and empty brackets say nothing at all.
 * A value that is a 「・」 list whose first item is a placeholder (「未定・調整中」) is one too.
 */
export function placeholderIn(text: string, test: (text: string) => boolean): boolean {
  if (test(text)) return true;
  const bare = withoutBracketNotes(text).trim();
  // A note that names what covers it (「個別契約なし（包括保守契約 第7-101号に含む）」) makes the value a reference, whatever
  // the words before it say (sixty-third review).
  // The thing named as missing: 「契約なし」, 「規程なし（…検討中）」, 「手順書なし」 (sixty-second review: the words of the
  // thing itself made them read as a reference to it). 「なし」 alone is left to the note that may follow it. (Asked of every
  // holder and reference of a description: the cheap test of the ending first.)
  if (/(なし|無し)\s*$/u.test(bare)) {
    const notes = bare === text.trim() ? "" : [...text.matchAll(BRACKET_NOTE)].map((note) => note[1] ?? "").join(" ");
    const notedReference = REFERENCE_WORDS.test(notes) && !NOTHING_NOTE.test(notes);
    if (!notedReference && NAMED_NONE.test(normaliseName(bare))) return true;
  }
  // A note that gives the value (a number, a document, a contact) is no note to drop: 「なし（包括保守契約 第7-101号に
  // 含む）」 names the contract (thirtieth review). A note that says the thing ended, is not made, or is the contractor's
  // (「なし（契約期間満了…）」, 「未定（委託契約で受託者が兼ねる）」) names nothing (sixty-second review).
  // A year or a plan (「未策定（令和9年度策定予定）」) is no such value.
  if (REFERENCE_WORDS.test(text) && !NOTHING_NOTE.test(text)) return false;
  let value = bare;
  if (bare === "") {
    // Nothing but notes: 「（未定）」 and 「【なし】」 say what their words say (thirty-second pass). Empty brackets
    // (「（）」, 「（　）」) name no holder and no contact (thirty-third review: they passed as one).
    const notes = [...text.matchAll(BRACKET_NOTE)].map((note) => (note[1] ?? "").trim());
    const [first] = notes.filter((note) => note !== "");
    if (first === undefined) return notes.length > 0;
    value = first;
  }
  if (value !== text.trim() && test(value)) return true;
  // 「未定・調整中」: the first of the items says the post is empty, as 「未定（調整中）」 does.
  const [item] = value.split(/[・･]/u);
  return item !== undefined && item.trim() !== value && item.trim() !== "" && test(item.trim());
}
