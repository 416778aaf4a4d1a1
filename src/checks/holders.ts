/** Helpers for checks about who holds a role or owns something. */
import type { CloudService } from "../model/cloud-service.js";
import type { Description } from "../model/description.js";
import { CONFIDENTIALITY_RANK } from "../model/values/asset-class.js";
import type { ConfidentialityClass } from "../model/asset-class.js";
import { isUnassigned, normaliseName, placeholderIn } from "../engine/names.js";
import { LEGAL_FORM, withoutBracketNotes } from "../model/values/common.js";

/** Whether a stated holder is a placeholder meaning "nobody assigned" (e.g. 未定, TBD); see engine/names.ts. */
export { isUnassigned } from "../engine/names.js";

/**
 * Words that say a document or arrangement does not exist yet (未策定, 作成中): a reference written so
 * names nothing. Words that say it of a post as well (調整中, 検討中) are in {@link isUnassigned}'s list.
 */
const NOT_YET = new Set([
  "未策定",
  "未整備",
  "未作成",
  "未締結",
  "未制定",
  "策定中",
  "作成中",
  "申請中",
  "準備中",
  "締結予定",
  "予定",
  // Ended, not made (sixty-second review: 「未契約」, 「契約満了」, 「解約済み」 passed as contract references).
  "未契約",
  "契約満了",
  "契約期間満了",
  "解約",
  "解約済",
  "解約済み",
  "失効",
  "期限切れ",
  "契約期限切れ",
  // Ordered by word of mouth: no written contract (sixty-third review).
  "口頭発注",
  "口頭契約",
  "口頭依頼",
]);

/**
 * Whether a free-text reference (a document, a contact, an assurance, a contract number) is a
 * placeholder that names nothing: the words of {@link isUnassigned} (なし, 未定, TBD, -) and those
 * of a document not made yet (未策定, 作成中, 検討中). The one list every check reading such a
 * reference uses, so 「なし」 never passes one check and fails another.
 */
export function isPlaceholder(text: string): boolean {
  return isUnassigned(text) || placeholderIn(text, (t) => NOT_YET.has(normaliseName(t)));
}

/**
 * Words that say no contract is in force now: the old one ran out or was ended and use goes on (「契約満了後も継続利用」
 * 「契約切れ」「期間満了」「契約解除済み」「後継契約なし」), the new one is not made yet (「締結準備中」「延長手続中」
 * 「見積依頼中」「入札中」「決裁中」「起案中」「協議中」「7月締結見込み」「締結（予定）」「契約予定」「契約未了」), not
 * concluded (「未締結」「仮契約」「議決待ち」), a draft (「契約書（案）」「契約書案」「ドラフト」; seventy-eighth review), or use
 * before it (「暫定利用」) (sixty-seventh to seventy-third reviews).
 */
const NOT_IN_FORCE =
  /満了後も(?:継続|利用|保守|使用)|契約切れ|期限切れ|期間満了(?![日予])|契約(?:を)?解除|解除済|解除した|後継契約(?:は)?(?:なし|無し)|(?:契約|締結|更新|手続き?)未了|解約|失効|契約満了|未締結|未契約|仮契約|議決待ち|議決前|決裁待ち|決裁中|押印待ち|起案中|協議中|暫定利用|前年度契約を準用|手続中|手続き中|準備中|(?:締結|契約)\s*[(（【「［[]?\s*(?:予定|見込)|締結(?:する|の)予定|締結に向け|見積依頼中|見積中|入札中|契約書?\s*(?:の)?\s*(?:最終)?(?:案|素案|草案|ドラフト)(?![件内])|未署名|署名待ち|\bdraft\b/iu;
/** Words that say the contract was concluded, which outweigh the words above in their clause. */
const CONCLUDED = /締結済|締結した|移行済|に伴う(?:新規|新)契約|を経て(?:本|新)?契約/u;
/** A clause about another contract than this one: the next (「次年度契約は入札中」) or the previous (「旧契約は期間満了」). */
const OTHER_CONTRACT = /次年度|次期|来年度|翌年度|次回|旧契約|前契約|前年度|従前/u;
/** A note that is itself a lapse word (「第7-103号（未締結）」). */
const LAPSE_NOTE =
  /^(?:未締結|未契約|契約切れ|期限切れ|期間満了|契約満了|解約済み?|失効|契約未了|締結準備中|手続き?中|決裁中|決裁待ち|起案中|協議中|入札中|見積中|議決待ち|案|素案|草案|最終案|ドラフト|draft|未署名)$/iu;
/** A clause that names the old contract as what is in use now (「旧契約で継続利用中」「前年度契約で継続」). */
const ON_OLD_CONTRACT = /(?:旧契約|前年度契約|前契約)で(?:継続|利用|保守|運用)/u;
/** A note that says there is no contract document at all (「試行導入（無償、契約書なし）」). */
const NO_DOCUMENT_NOTE = /契約書?(?:は)?(?:なし|無し)|契約(?:は)?(?:ない|していない)/u;
/** Words that say the writer does not know the reference (「契約番号不明（財政課に照会中）」), in its own words. */
const REFERENCE_NOT_KNOWN = /不明|照会中|調査中/u;

/**
 * What a contract's reference says of the contract: `none` (a placeholder such as 「なし」「未定」, or its own words say
 * the contract ran out, was ended, or is not made yet), `unknown` (the writer does not know it), or `stated`. The
 * reference is read in its own words, its notes in brackets left out (they speak of the previous contract, the next one,
 * or how this one was made) except a note that is a lapse word itself or qualifies the word before it (「締結（予定）」),
 * clause by clause: a clause about this contract that says it lapsed or is not made decides, unless it or a later clause
 * says the contract was concluded. A note that there is no contract document at all, beside words that name no contract, is none too.
 */
export function contractReading(reference: string): "none" | "unknown" | "stated" {
  // Asked of a vendor's reference for every system it works on: read once per text (a pure reading, bounded).
  let read = contractReadings.get(reference);
  if (read === undefined) {
    read = readContract(reference);
    if (contractReadings.size >= 4096) contractReadings.clear();
    contractReadings.set(reference, read);
  }
  return read;
}

/** Readings of {@link contractReading} by text. */
const contractReadings = new Map<string, "none" | "unknown" | "stated">();

function readContract(reference: string): "none" | "unknown" | "stated" {
  const text = reference.normalize("NFKC");
  const own = withoutBracketNotes(text).trim() || text;
  const all = own
    .split(/[。、,;；/／]/u)
    .map((c) => c.trim())
    .filter((c) => c !== "");
  if (all.some((c) => ON_OLD_CONTRACT.test(c))) return "none";
  const clauses = all.filter((c) => !OTHER_CONTRACT.test(c));
  const notes = [...text.matchAll(/[(（【「［[]([^()（）【】「」［］[\]]*)[)）】」］\]]/gu)].map((m) => (m[1] ?? "").trim());
  // Told in order: a lapse clause counts unless a later clause (or its own) says the contract was concluded
  // (「仮契約→3月議会で議決、本契約に移行済み」).
  const lastLapse = clauses.findLastIndex((c) => NOT_IN_FORCE.test(c) && !CONCLUDED.test(c));
  const lastConcluded = clauses.findLastIndex((c) => CONCLUDED.test(c));
  const lapsed =
    lastLapse > lastConcluded || /(?:締結|契約)\s*[(（【「［[]\s*(?:予定|見込)/u.test(text) || notes.some((n) => LAPSE_NOTE.test(n));
  if (lapsed) return "none";
  if (isPlaceholder(reference)) return "none";
  if (notes.some((n) => NO_DOCUMENT_NOTE.test(n)) && !/契約|号|no\.?\s*\d/iu.test(own)) return "none";
  if (clauses.some((c) => REFERENCE_NOT_KNOWN.test(c) && !CONCLUDED.test(c))) return "unknown";
  return "stated";
}

/** Words that say a contract was renewed or carries on: 「…により更新済み」「1年ごと自動更新」「第8-044号で継続」. */
const RENEWED = /更新済|自動更新|により更新|で更新|更新した|で継続|により継続|延長済|により延長|で延長|延長した/u;
/** The same words denied, or a term said to have ended: 「自動更新なし」「更新しない」「更新手続き未了」「…で終了」. */
const NOT_RENEWED =
  /自動更新(?:条項)?(?:は)?(?:なし|無し|しない|せず|行わない)|更新(?:は)?(?:しない|せず|なし|無し|未了|手続|予定|拒絶)|不更新|延長(?:は)?(?:しない|せず|なし|無し|手続|予定)|停止|打ち?切|解約|解除|終了|満了。|廃止/u;

/**
 * Whether a contract's reference says the contract was renewed or carries on, and not that it was not, nor that the
 * next one is still to be made. 「長期継続契約」 is a kind of contract, no renewal (sixty-ninth review).
 */
export function saysRenewed(reference: string): boolean {
  const text = reference.normalize("NFKC").replaceAll("長期継続契約", "");
  return RENEWED.test(text) && !NOT_RENEWED.test(text) && !NOT_IN_FORCE.test(text);
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

/** The most confidential information a cloud service holds: what it states, or a hosted asset above that. */
export interface HandledClass {
  readonly cls: ConfidentialityClass | undefined;
  /** Set when a system on the service holds an asset above the service's own statement. */
  readonly above?: { readonly system: string; readonly asset: string };
}

const handledCache = new WeakMap<Description, Map<string, { system: string; asset: string; cls: ConfidentialityClass }>>();

/**
 * The class a cloud service handles, as the cloud checks judge it: the service's own
 * `highestConfidentiality`, unless a system hosted on it (`hosting.cloudServiceId`) holds an asset
 * of a higher class (sixteenth review: a click-through AI service written as C1 passed every cloud
 * check while a system on it held a C2 welfare record). The assets, not the service's row, say
 * what the service receives. One pass over the systems per description.
 */
export function handledConfidentiality(service: CloudService, description: Description): HandledClass {
  let byService = handledCache.get(description);
  if (byService === undefined) {
    byService = new Map();
    for (const system of description.systems) {
      const id = system.hosting?.cloudServiceId;
      if (id === undefined) continue;
      for (const asset of system.dataAssets ?? []) {
        const cls = asset.confidentiality;
        if (cls === undefined) continue;
        const seen = byService.get(id);
        const candidate = { system: system.id, asset: asset.name ?? asset.id, cls };
        // The highest class; between equals, the first by system id and asset, so the order of the lists never matters.
        if (
          seen === undefined ||
          CONFIDENTIALITY_RANK[cls] > CONFIDENTIALITY_RANK[seen.cls] ||
          (CONFIDENTIALITY_RANK[cls] === CONFIDENTIALITY_RANK[seen.cls] &&
            (candidate.system < seen.system || (candidate.system === seen.system && candidate.asset < seen.asset)))
        )
          byService.set(id, candidate);
      }
    }
    handledCache.set(description, byService);
  }
  const stated = service.highestConfidentiality;
  const hosted = byService.get(service.id);
  if (hosted === undefined || (stated !== undefined && CONFIDENTIALITY_RANK[stated] >= CONFIDENTIALITY_RANK[hosted.cls]))
    return { cls: stated };
  return { cls: hosted.cls, above: { system: hosted.system, asset: hosted.asset } };
}

/** Words of a company's legal form, left out when a vendor's name is looked for in other text. */

/**
 * The vendor of the description whose name (without its legal form, three characters or more)
 * appears in a text: 「人吉OAサービス 田中（常駐SE）」 names 人吉OAサービス有限会社. A short or
 * generic name is never looked for, so a person's surname alone matches no company.
 */
export function vendorNamedIn(
  text: string,
  vendors: readonly { readonly id: string; readonly name: string }[],
): { id: string; name: string } | undefined {
  const haystack = normaliseName(text);
  if (haystack === "") return undefined;
  // The longest name found, then the first by id: the order of the list never matters.
  let found: { vendor: { id: string; name: string }; length: number } | undefined;
  for (const vendor of vendors) {
    const core = normaliseName(vendor.name.normalize("NFKC").replace(LEGAL_FORM, ""));
    const length = [...core].length;
    if (length < 3 || !haystack.includes(core)) continue;
    if (found === undefined || length > found.length || (length === found.length && vendor.id < found.vendor.id))
      found = { vendor, length };
  }
  return found?.vendor;
}

/** The municipality's supervisor of a contractor, named after it: 「委託先の監督員」「受託者の監督職員」. */
const SUPERVISING = /(?:委託先|受託者|受託事業者|委託事業者|委託業者|請負業者)(?:の|を)監督/u;

/** Words that name a contractor by its role rather than by its name, or hand a post over to one. */
const CONTRACTOR_WORDS = /委託先|受託者|受託事業者|委託事業者|委託業者|請負業者|指定管理者|外注先|代理店|制作会社|ベンダー|に一任/u;

/**
 * Whether a holder written for a post of the municipality (a responsible person, an owner) is a
 * contractor: one of the description's vendors by name (`vendor`), or a contractor by its role
 * (「委託先」, 「受託事業者の業務責任者」, 「運用委託先に一任」). Read from the holder's first part, before notes in
 * brackets, 「※」 and a second item (「秘書広報課長。投稿作業は運用委託先に一任」 is held by the 課長).
 * `undefined` when it names no contractor.
 */
export function contractorHolding(
  holder: string,
  vendors: readonly { readonly id: string; readonly name: string }[],
): { readonly vendor?: { id: string; name: string } } | undefined {
  // The post before 「兼」 holds it: 「秘書広報課長 兼 委託先の監督員」 is the 課長, who also supervises the contractor (sixty-fifth
  // and sixty-ninth reviews).
  const first = withoutBracketNotes(holder.replace(/[※＊*].*$/su, "")).split(/[。；;\n、，,／/]/u)[0] ?? "";
  const main = first.split(/\s*兼(?:務)?\s*/u)[0] || first;
  const vendor = vendorNamedIn(main, vendors);
  if (vendor !== undefined) return { vendor };
  // The city's staff who supervise a contractor (「委託先の監督員」「受託者の監督職員」) are no contractor.
  const text = main.normalize("NFKC");
  return CONTRACTOR_WORDS.test(text) && !SUPERVISING.test(text) ? {} : undefined;
}
