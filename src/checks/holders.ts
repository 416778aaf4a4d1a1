/** Helpers for checks about who holds a role or owns something. */
import { isUnassigned, normaliseName } from "../engine/names.js";

/** Whether a stated holder is a placeholder meaning "nobody assigned" (e.g. 未定, TBD); see engine/names.ts. */
export { isUnassigned } from "../engine/names.js";

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
  return isUnassigned(text) || NOT_YET.has(normaliseName(text));
}

/**
 * What a cloud service states about its assurance, as cloud-assurance and the click-through check
 * both read it: `assured` (ISMAP, or other assurance that is not a placeholder), `none` (not ISMAP
 * and a list of other assurance that names none: a known gap), `otherUnknown` (not ISMAP, other
 * assurance not stated), `unknown` (ISMAP not stated).
 */
export function assuranceState(service: {
  readonly ismap?: boolean;
  readonly otherAssurance?: readonly string[];
}): "assured" | "none" | "otherUnknown" | "unknown" {
  // 「なし」 or 「検討中」 in the list is a statement that there is none.
  if (service.ismap === true || (service.otherAssurance ?? []).some((a) => !isPlaceholder(a))) return "assured";
  if (service.ismap !== false) return "unknown";
  return service.otherAssurance === undefined ? "otherUnknown" : "none";
}
