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
