/** Helpers for checks about who holds a role or owns something. */
import { normaliseName } from "../engine/names.js";

/**
 * Placeholder values that say nobody is assigned. Delivery specs often carry them before the
 * municipality decides; they are a statement that the post is empty, not a missing fact.
 */
const UNASSIGNED = new Set([
  "未定",
  "未設定",
  "未確定",
  "未選任",
  "なし",
  "無し",
  "不在",
  "tbd",
  "tba",
  "n/a",
  "none",
  "unassigned",
  "-",
  "ー",
  "―",
  "—",
]);

/**
 * Whether a stated holder is a placeholder meaning "nobody assigned" (e.g. 未定, TBD), read after
 * the one normalisation of names (engine/names.ts). Compare two holders with `sameName`.
 */
export function isUnassigned(holder: string): boolean {
  return UNASSIGNED.has(normaliseName(holder));
}

/** Words that say a document or arrangement does not exist yet (未策定, 作成中): a reference written so names nothing. */
const NOT_YET = new Set([
  "未策定",
  "未整備",
  "未作成",
  "未締結",
  "未制定",
  "策定中",
  "作成中",
  "検討中",
  "申請中",
  "準備中",
  "調整中",
  "締結予定",
  "予定",
]);

/**
 * Whether a free-text reference (a document, a contact, an assurance, a contract number) is a
 * placeholder that names nothing: the words of {@link isUnassigned} (なし, 未定, TBD, -) and those
 * of a document not made yet (未策定, 作成中, 検討中). The one list every check reading such a
 * reference uses, so 「なし」 never passes one check and fails another.
 */
export function isPlaceholder(text: string): boolean {
  const name = normaliseName(text);
  return UNASSIGNED.has(name) || NOT_YET.has(name);
}
