/**
 * Reading an α' local breakout's allow-list (`destinationAllowList`) as towns and vendors write it: a service's name,
 * an FQDN (pattern), an address block, several of them in one row or one cell (line breaks, 「、」, 「/」), rows with
 * bullets or numbers, notes (「※…」, 「注：…」, a sentence, a note in brackets) and remarks (「特になし」, 「拒否リストは使用しない」).
 * Each row is ok, too broad (it allows everything or a large part of the internet), unreadable (no destination can be
 * read: asked about), a note, or a statement that there is no list. The guideline's α' condition is an allow-list of the
 * approved services (6(3)②); these readings are free text, and each review found new ways of writing (thirty-second to
 * forty-ninth reviews), so every rule here has a row in `allow-list.test.ts`. Where a row cannot be decided, it is asked about.
 */
import { BRACKET_NOTE, NOTHING_YET_WORDS, withoutBracketNotes } from "../model/values/common.js";

/** Valid entries of an α' allow-list: a named service, or an FQDN (pattern) whose wildcard stands left of a registrable domain. */
const FQDN = /^(\*\.)?([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/;
const SERVICE = /^[\p{L}\p{N}][\p{L}\p{N} ._!'’-]*$/u;
/**
 * Suffixes under which anyone can register a domain or publish a site: a wildcard right above them
 * allows the world. Besides registries' second levels, the shared hosting domains of the large
 * clouds, where any customer's site or storage gets a name (the Public Suffix List's private part).
 */
const PUBLIC_SUFFIXES = new Set([
  "amazonaws.com",
  "s3.amazonaws.com",
  "cloudfront.net",
  "azurewebsites.net",
  "cloudapp.net",
  "cloudapp.azure.com",
  "core.windows.net",
  "blob.core.windows.net",
  "web.core.windows.net",
  "azureedge.net",
  "akamaized.net",
  "akamaiedge.net",
  "akamaihd.net",
  "edgekey.net",
  "edgesuite.net",
  "fastly.net",
  "appspot.com",
  "googleusercontent.com",
  "storage.googleapis.com",
  "firebaseapp.com",
  "web.app",
  "github.io",
  "herokuapp.com",
  "netlify.app",
  "vercel.app",
  "pages.dev",
  "workers.dev",
  "run.app",
  "cloudfunctions.net",
  "azurestaticapps.net",
  "r2.dev",
  "ngrok.io",
  "ngrok-free.app",
  "trycloudflare.com",
  "co.jp",
  "ne.jp",
  "or.jp",
  "go.jp",
  "lg.jp",
  "ac.jp",
  "ed.jp",
  "gr.jp",
  "ad.jp",
  "co.uk",
  "com.au",
  "com.cn",
]);

/** Second-level domains only public bodies or schools can register. */
const RESTRICTED_REGISTRIES = new Set(["go.jp", "lg.jp", "ed.jp", "ac.jp"]);

/**
 * Whether a wildcard's domain holds a shared hosting domain below it: `*.googleapis.com` reaches every bucket of
 * `storage.googleapis.com`, `*.windows.net` every storage account of `blob.core.windows.net` (fiftieth round, from the
 * last note).
 */
function holdsSharedDomain(domain: string): boolean {
  const below = `.${domain}`;
  for (const suffix of PUBLIC_SUFFIXES) if (suffix.endsWith(below)) return true;
  return false;
}

/** Regional forms of the clouds' shared storage and site domains (`s3.ap-northeast-1.amazonaws.com`, `s3-website-…`). */
const SHARED_REGIONAL = /^s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com$|^s3-website[.-][a-z0-9-]+\.amazonaws\.com$/u;

/**
 * Entries that are words for "every destination", compared after NFKC, in lower case and without
 * white space, quotes and notes in brackets: "any", "ALL", 「すべて」, 「制限なし」, 「インターネット全般」,
 * 「全宛先」, 「フィルタなし」… An allow-list made of such a word allows as much as "*" (thirty-second
 * review: they passed as service names; thirty-third: 「フィルタなし」 and 「制限しない」 still did).
 */
const EVERY_DESTINATION_EN =
  /^(?:allow|permit)?(?:any|all|every|everything|anything|anywhere|unrestricted|unlimited|unfiltered|nofilter(?:ing)?|norestrictions?|nolimits?|(?:the)?(?:whole|entire)?internet)(?:[/:]?any)?(?:the)?(?:destinations?|sites?|websites?|domains?|hosts?|urls?|addresses|traffic|internet)?$/;
const EVERY_DESTINATION_JA =
  /^(?:宛先|接続先|通信先)?[のを]?(?:すべて|全て|総て|全部|全般|全域|全世界|全|任意|無制限|制限なし|制限無し|制限しない|制限せず|限定なし|限定しない|指定なし|フィルタ(?:ー)?(?:リング)?(?:なし|無し|しない)|(?:全|すべての|全ての)?インターネット(?:全般|全体|全部|全域|すべて|全て)?)の?(?:宛先|接続先|通信先|サイト|ドメイン|ホスト|url|fqdn|アドレス|通信)?(?:を|に|で)?(?:許可|可)?$/u;
/** Quotation marks around an entry, which say nothing about it. */
const QUOTES = /[「」"“”'‘’`]/gu;
/** What separates the items of a note in brackets: 「（Exchange Online・SharePoint Online）」. */
const NOTE_ITEMS = /[・、,;]/u;
/**
 * Words for everything that, in a note, more often say something else: 「Teams（任意）」 is optional,
 * 「Microsoft 365（インターネット）」 is reached over the internet.
 */
const NOTE_NOT_EVERYTHING = /^(?:任意|インターネット|internet)$/u;

/** Whether `value` (normalised) is an IPv4 address of four octets, with an optional prefix length. */
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/;
const IPV6 = /^([0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7})(?:\/(\d{1,3}))?$/;
/**
 * The widest blocks that can still be one service's range. Microsoft publishes nothing wider than
 * /14 (IPv4) and /40 (IPv6) for Microsoft 365; a block wider than /8 or /16 is a large part of the
 * internet (128.0.0.0/1 is half of it), not a destination (thirty-third review: such blocks passed).
 */
const WIDEST_IPV4_PREFIX = 8;
const WIDEST_IPV6_PREFIX = 16;
/** The IPv4-mapped block, ::ffff:0:0/96 (written `::ffff:…` or with its five zero groups). */
const IPV4_MAPPED = /^(?:::|(?:0{1,4}:){5})ffff:/;

/**
 * An address or a block of addresses (CIDR) in an allow-list: `"ok"`, `"everything"` for a /0, the
 * unspecified address (0.0.0.0, ::) or a block wider than one service's range can be,
 * `"malformed"`, or `undefined` when the entry is no address at all. Service IP ranges (Microsoft's,
 * for one) are published as CIDR blocks, so a narrower block is a destination like an FQDN.
 */
function addressBlock(value: string): "ok" | "everything" | "malformed" | undefined {
  const v4 = IPV4.exec(value);
  if (v4 !== null) {
    const octets = v4.slice(1, 5).map(Number);
    const prefix = v4[5] === undefined ? 32 : Number(v4[5]);
    if (octets.some((o) => o > 255) || prefix > 32) return "malformed";
    return prefix < WIDEST_IPV4_PREFIX || octets.every((o) => o === 0) ? "everything" : "ok";
  }
  const v6 = IPV6.exec(value);
  if (v6 === null) return undefined;
  const address = v6[1] as string;
  const prefix = v6[2] === undefined ? 128 : Number(v6[2]);
  const compressed = address.split("::").length - 1;
  const groups = address.split(":").filter((g) => g !== "").length;
  if (prefix > 128 || compressed > 1 || (compressed === 0 && groups !== 8)) return "malformed";
  // IPv4 written in IPv6 (::ffff:0:0/96 is every IPv4 address): the block is as wide as its IPv4 part.
  if (IPV4_MAPPED.test(address)) return prefix - 96 < WIDEST_IPV4_PREFIX ? "everything" : "ok";
  return prefix < WIDEST_IPV6_PREFIX || /^[0:]+$/.test(address) ? "everything" : "ok";
}

/**
 * A host written with a scheme, a port or a path, as vendors copy entries from an endpoint list
 * (`outlook.office365.com:443`, `https://login.microsoftonline.com/`): its host. `undefined` when the
 * entry is no such thing; a host without a dot is
 * taken for one only after a scheme, so "0/0" or "any/any" are not read as a host and a path.
 */
const HOST_WITH_EXTRAS = /^(?:([a-z][a-z0-9+.-]*):\/\/)?([^/?#:\s]+)(?::(\d{1,5}))?([/?#].*)?$/u;
/** An IPv6 address in brackets, with a scheme, a port or a path (`[2001:db8::1]:443`, `https://[2001:db8::1]/`). */
const BRACKETED_IPV6 = /^(?:[a-z][a-z0-9+.-]*:\/\/)?\[([0-9a-f:.]+)\](?::\d{1,5})?(?:[/?#].*)?$/u;
function hostOf(value: string): { host: string } | undefined {
  const bracketed = BRACKETED_IPV6.exec(value);
  if (bracketed !== null) return { host: bracketed[1] as string };
  const parts = HOST_WITH_EXTRAS.exec(value);
  if (parts === null) return undefined;
  const [, scheme, host = "", port, rest] = parts;
  if (scheme === undefined && port === undefined && rest === undefined) return undefined;
  if (scheme === undefined && !host.includes(".")) return undefined;
  return { host };
}

/**
 * How one entry (normalised, without notes) limits the destinations: `"ok"`, `"broad"` (a word for
 * everything, a wildcard over a public suffix, a block of most of the internet) or `"unreadable"`
 * (neither a service name, an FQDN nor an address).
 */
function entryScope(judged: string): EntryScope {
  const compact = judged.replace(/\s+/gu, "");
  if (compact === "") return "unreadable";
  if (EVERY_DESTINATION_EN.test(compact) || EVERY_DESTINATION_JA.test(compact)) return "broad";
  const block = addressBlock(compact);
  if (block !== undefined) return block === "ok" ? "ok" : block === "everything" ? "broad" : "unreadable";
  // Prose that allows the rest or every site (「上記以外は許可」, 「全てのWebサイト」, 「インターネット閲覧」, "Everything else") is
  // no service's name, even after a URL (「https://login.microsoftonline.com/ ほか全サイト」) (forty-first and forty-second reviews).
  if (namesEverySite(judged, compact)) return "broad";
  const url = hostOf(compact);
  if (url !== undefined) {
    // A wildcard in the path (`*.microsoft.com/*`, `teams.microsoft.com/l/*`) only narrows what the host allows:
    // the host decides (thirty-fourth review).
    return entryScope(url.host);
  }
  if (judged.includes("*")) {
    if (!FQDN.test(judged) || !judged.startsWith("*.")) return "broad";
    const rest = judged.slice(2);
    // Registries only public bodies or schools can register under (go.jp, lg.jp, ed.jp, ac.jp) are no open internet, but
    // every site of them is no approved service either: asked about (forty-fourth review).
    if (RESTRICTED_REGISTRIES.has(rest)) return "unreadable";
    return rest.split(".").length < 2 || PUBLIC_SUFFIXES.has(rest) || SHARED_REGIONAL.test(rest) || holdsSharedDomain(rest)
      ? "broad"
      : "ok";
  }
  if (judged.includes(".")) return FQDN.test(judged) ? "ok" : "unreadable";
  // A hosting platform or a category alone (「AWS」, 「Azure」, 「クラウドサービス」, 「SaaS」) is every site it holds (forty-sixth
  // review): too broad.
  if (HOSTING_PLATFORM.test(judged.trim()) || CATEGORY.test(compact)) {
    return "broad";
  }
  // 「上記以外」 or 「その他」 alone says something of the rest without saying what (forty-fifth review): asked about.
  if (/^(?:(?:上記|それ|これ)以外|その他)$/u.test(compact)) return "unreadable";
  // Prose naming sites only by what they are for (「その他業務上必要なサイト」) or by example (「Microsoft 365 等」) names none.
  if (VAGUE_SITES.test(compact) || OPEN_ENDED.test(compact)) return "unreadable";
  return SERVICE.test(judged) ? "ok" : "unreadable";
}

/**
 * Why an allow-list entry is too broad or malformed (the entry itself), or `undefined` when it
 * names a service, an FQDN pattern or an address block of a service's size. The entry is judged by
 * what stands outside its notes in brackets (「Microsoft 365（Exchange Online）」 is Microsoft 365;
 * 「すべて（業務に必要なサイト）」 is everything), or by the note when that is all there is. A note is
 * read before it is dropped: one whose item is a wildcard or a word for everything
 * (「Microsoft 365（*）」, 「Microsoft 365（すべて）」) widens the entry to everything (thirty-third review:
 * the `*` was dropped with the note), while prose and names in a note (「Zoom（*.zoom.us）」) do not.
 */
export function allowListEntryProblem(entry: string): string | undefined {
  return allowListEntryScope(entry) === "ok" ? undefined : entry.trim() === "" ? "(empty)" : entry.trim();
}

/**
 * How one allow-list entry limits the destinations: `"ok"` (a service, an FQDN pattern or an address block of a
 * service's size, or a list of them), `"broad"` (it allows everything or a large part of the internet) or
 * `"unreadable"` (no destination can be read from it). Judged as {@link allowListEntryProblem} describes, after a
 * bullet or number in front of it (「・」, 「■」, 「- 」, 「1. 」, 「（1）」, 「①」) is dropped.
 */
export function allowListEntryScope(entry: string): EntryScope {
  const value = withoutListMarker(entry).normalize("NFKC").trim().toLowerCase();
  if (value === "") return "unreadable";
  const unquoted = value.replace(QUOTES, "");
  // Square brackets around an IPv6 address are part of the address, not a note.
  if (BRACKETED_IPV6.test(unquoted)) return entryScope(unquoted);
  const notes = [...unquoted.matchAll(BRACKET_NOTE)].map((note) => (note[1] ?? "").trim());
  const outside = withoutBracketNotes(unquoted, " ").trim();
  if (outside !== "" && notes.some((note) => noteWidens(note, outside))) return "broad";
  // A kind of site named in its note (「ポータルサイト（Yahoo! JAPAN）」): the note names it.
  if (/(?:サイト|ページ)$/u.test(outside) && notes.length > 0 && itemsScope(notes.join(" ").trim()) === "ok") return "ok";
  return itemsScope(outside === "" ? notes.join(" ").trim() : outside);
}

/** How an entry limits the destinations: ok, too broad, or no destination that can be read. */
export type EntryScope = "ok" | "broad" | "unreadable";

/**
 * A bullet or number in front of a row (「・Microsoft 365」, 「■」, 「- 」, 「* 」 with a space, 「1. 」, 「1)」, 「（1）」, 「①」):
 * the list's layout, not part of the destination (forty-first review: such rows were asked about). 「1.1.1.1」 keeps its
 * first octet, 「*.example.com」 its wildcard.
 */
const CIRCLED_NUMBER = /^[\u2460-\u2473\u24ea\u2776-\u277f\u2780-\u2793]\s*/u;
const LIST_MARKER = /^(?:[・･■□●○◆◇▪▫•◦‣➢➤→]\s*|[-‐–—]\s+|\*\s+(?=[^\s.])|\d{1,3}[.)](?=\s|[^\d.])\s*|\(\d{1,3}\)\s*)/u;
function withoutListMarker(row: string): string {
  const trimmed = row.trim().replace(CIRCLED_NUMBER, "");
  const normalised = trimmed.normalize("NFKC");
  const marker = LIST_MARKER.exec(normalised);
  return marker === null ? trimmed : normalised.slice(marker[0].length);
}

/** What separates destinations written in one entry: 「Microsoft 365/Teams」, 「Box、Zoom」, 「Google Workspace: *.google.com」. */
const ITEM_SEPARATORS = /[、,;+&・]|\/|:(?![\d/])|\s(?:and|or|および|及び|と)\s/u;

/**
 * The scope of an entry that is no single destination but several in one line (「Microsoft 365/Teams」): as wide
 * as its widest item (fortieth review: such entries failed as "too broad"). An entry read whole (a CIDR block,
 * a URL, "any/any") is never split.
 */
function itemsScope(judged: string): EntryScope {
  // A cell listing several entries (「52.96.0.0/14, 0.0.0.0/0」): each on its own, before anything is read as one URL or
  // block (forty-second review: the first block's prefix read the rest of the cell as a path).
  const parts = judged
    .split(/[、,;]/u)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  if (parts.length > 1) return widest(parts.map(itemsScope));
  const whole = entryScope(judged);
  if (whole === "ok") return whole;
  // Read whole when it is one thing: an address block, a URL or host:port, a word for everything ("any/any").
  const compact = judged.replace(/\s+/gu, "");
  if (
    addressBlock(compact) !== undefined ||
    hostOf(compact) !== undefined ||
    EVERY_DESTINATION_EN.test(compact) ||
    EVERY_DESTINATION_JA.test(compact)
  ) {
    return whole;
  }
  const items = judged
    .split(ITEM_SEPARATORS)
    .map((item) => item.trim())
    .filter((item) => item !== "");
  if (items.length < 2) return whole;
  return widest(items.map(entryScope));
}

/** The scope of several items together: as wide as the widest. */
function widest(scopes: readonly EntryScope[]): EntryScope {
  return scopes.includes("broad") ? "broad" : scopes.includes("unreadable") ? "unreadable" : "ok";
}

/**
 * Phrases that open the list (normalised: NFKC, lower case, no white space), read clause by clause (「。」, 「ただし」):
 * a verb of allowing with everything or the rest as its object (「上記以外は許可」, 「全URLを許可」, 「すべての宛先を許可する」,
 * 「その他のサイトも閲覧可能」, 「Web閲覧も可」, 「インターネット閲覧可」), the destinations left unrestricted (「宛先の制限は行っていない」,
 * 「URL制限なし」, 「URLフィルタリングは導入していない」, 「宛先制御は未実施」, 「上記以外も遮断しない」, 「上記以外を禁止するものではない」)
 * (forty-first and forty-second reviews). A phrase about hours or bandwidth (「時間帯の制限なし」, 「帯域制限なし」) limits nothing of
 * the destinations and is not one; 「不可」 is no 「可」.
 */
const OPENS_PHRASE = new RegExp(
  [
    "(?<!必要な|必要と認める|認める|関連|関連する|指定|指定した|業務上の|業務用の?)(?:全|すべて|全て|総て|任意|その他|他|(?:^|上記|それ|これ|記載|列挙|指定|リスト|前記|左記|サイト|url|宛先)以外|一般|外部|インターネット|ネット|web|ウェブ|ホームページ)(?:の)?(?:url|(?:web|ウェブ)?サイト|ドメイン|宛先|接続先|通信先|通信|アクセス)?(?:へ|への|に)?(?:の)?(?:も|は|を)?(?:すべて|全て)?(?:の)?(?:原則(?:として)?|申請不要で|許可不要で|制限なく|制限無く|自由に|無制限に)?(?:接続|閲覧|通信|利用|アクセス)?(?:を|も)?(?:許可(?!リスト|制|済|され|して(?:い|お)|しな)|可能|(?<!不)可|できる|通す|開放|させる|させている)",
    "(?:^|url|宛先|接続先|通信先|閲覧先|サイト|ドメイン|アクセス|web|ウェブ|閲覧)(?:の|は|を)?(?:制限|限定|制御|フィルタ(?:リング)?|絞り込み)(?:は|を)?(?:なし|無し|しない|していない|行わない|行っていない|かけない|かけていない|設けない|設けていない|未実施|未導入|未設定|導入していない|導入せず|設定していない|使用していない)",
    "無制限",
    "以外(?:の)?(?:web|ウェブ)?(?:サイト|url|ドメイン|宛先)?(?:へ|への)?(?:の)?(?:通信|接続|アクセス)?(?:も|は|を)?(?:遮断|ブロック|拒否|制限|妨げ)(?:しない|していない|せず|ない)",
    "フルオープン|全開放",
    "(?:禁止|遮断|制限|限定)するものではない",
  ].join("|"),
  "u",
);
/**
 * Rows naming every site rather than a service (「全てのWebサイト」, 「Webサイト全般」, 「上記以外のサイトすべて」, 「その他すべて」,
 * 「インターネット閲覧」, 「一般のWebサイト」, 「外部Webサイト」, 「あらゆるWebサイト」, 「Webブラウジング」): too broad as an entry. Not
 * read in notes, where 「全URLのアクセスログ」 or 「すべてのサイトへの通信は検査」 say something else; 「Microsoft 365の全URL」 is a
 * service's own.
 */
const EVERY_SITE = new RegExp(
  [
    "(?<!の)(?:すべて|全て|総て|全)(?:の)?(?:web|ウェブ)?(?:サイト|url|ドメイン|宛先)",
    "(?:web|ウェブ)?(?:サイト|url|ドメイン)(?:全般|全体|全部|すべて|全て)",
    "以外(?:の)?(?:web|ウェブ)?(?:サイト|url|ドメイン|宛先)?(?:も|は)?(?:すべて|全て)(?!を?(?:遮断|ブロック|拒否|禁止))",
    "その他(?:の)?(?:すべて|全て|全部)(?!を?(?:遮断|ブロック|拒否|禁止))",
    "(?:サイト|web|ウェブ|https?|通信|インターネット|ネット|url|ドメイン|クラウド|クラウドサービス|saas|paas|iaas)(?:全般|全体|全域)$",
    "^(?:aws|amazonwebservices|azure|googlecloud|gcp|github)(?:全般|全体|すべて|全て)",
    "^外部(?:の)?(?:web|ウェブ|サイト)$",
    "一般(?:の)?インターネット",
    "^(?:インターネット|ネット|web|ウェブ|ホームページ)(?:サイト)?(?:の)?(?:閲覧|接続|利用|アクセス|ブラウジング|サーフィン)",
    "^https?(?:/https?)?(?:通信|接続|全般)?$",
    "^(?:web|ウェブ)\\(https?",
    "外部(?:へ|への|と)?(?:の)?(?:通信|接続|アクセス)",
    "(?:宛先|destination|dst)(?:any|すべて|全て)$",
    "(?:web|ウェブ)?ブラウジング",
    "(?:一般|外部|あらゆる|任意)(?:の)?(?:web|ウェブ)?(?:サイト|url|ドメイン)",
  ].join("|"),
  "u",
);
/** The same in English, read on the row with its spaces: "Everything else", "All other websites", "Internet access". */
const EVERY_SITE_EN =
  /\bworld\s+wide\s+web\b|^(?:the\s+)?web$|\b(?:destination|dst|to)\s*[:=]?\s*any\b|\b(?:internet|browsing|everything|anything|anywhere|unrestricted|unfiltered)\b|\b(?:all|any|every)\s+(?:other\s+)?(?:sites?|websites?|urls?|destinations?|domains?|traffic|web)\b|\bother\s+(?:sites?|websites?|urls?|destinations?)\b|\bgeneral\s+(?:web|internet|browsing)\b|\bweb\s+(?:access|browsing)\b/u;
/** An English note that opens the list: "all other sites are also allowed", "not filtered", "no restriction". */
const NOTE_OPENS_EN =
  /\b(?:all|any|every|other)\b.*\b(?:allowed|permitted|open|accessible|reachable)\b|\bnot\s+(?:restricted|filtered|blocked|limited)\b|\bno\s+(?:restrictions?|filter(?:ing)?|limits?)\b|\bunrestricted\b/u;
/** An English clause that refuses: "not allowed", "blocked", "denied". */
const REFUSES_EN =
  /\bnot\s+(?:allowed|permitted|accessible|reachable|open)\b|\bare\s+not\b|\bis\s+not\b|\bin(?:accessible)\b|\bunreachable\b|\bblocked\b|\bdenied\b|\bprohibited\b|\bdisallowed\b/u;
/** Rows that name sites only by example or leave the list open-ended (「Microsoft 365 等」, 「上記は例示であり、これに限らない」). */
const OPEN_ENDED = /(?:等|など|ほか|他)$|(?:等|など)の|例示|に限らない|限定しない|\betc\.?$|\band so on\b/u;
/** A statement that something is not allowed (「全て許可する設定は行わない」): what it names is forbidden, not opened. */
const FORBIDS =
  /(?:許可|可能|可)(?:する|とする)?(?:設定|こと|運用)?(?:は|を)?(?:行わない|しない|禁止|不可|認めない|しません|行いません|ありません)|許可(?:されない|されず|されていない|していない|しておりません|しておらず|制|済み|済)/u;
/** A note refusing what it names (「使用しない」, 「禁止」, 「不可」). */
const REFUSES = /使用しない|使わない|用いない|禁止|不可|認めない|行わない|しない/u;
/** Sites named only by what they are for (「その他業務上必要なサイト」, 「業務上必要と認めるWebサイトへの接続も可」): asked about. */
const VAGUE_SITES =
  /(?:その他|以外|必要な|必要と認める|業務上|業務で使用する|業務で利用する|業務で使う|業務用|利用する|関連|関係機関)(?:の)?.*(?:サイト|url|ドメイン|宛先|サービス|saas|クラウド)|^[^.]*(?:サイト|サイト群|ページ)$/u;
/** How sites are added (「追加は…承認を得て可能とする」): a process, not an allowance. */
const CHANGE_PROCESS = /追加|申請|承認|決裁|届出/u;

/** The clauses of normalised prose: sentences, and what 「ただし」 sets apart. */
function clausesOf(compact: string): string[] {
  return compact.split(/[。;]|ただし|但し/u).filter((clause) => clause !== "");
}

/** Whether normalised prose (NFKC, lower case, no white space) opens the list: a clause that does and does not forbid. */
function opensAll(compact: string): boolean {
  return clausesOf(compact).some((clause) => OPENS_PHRASE.test(clause) && !FORBIDS.test(clause));
}

/** Whether an entry (not a note) names every site or allows everything, in Japanese or English. */
function namesEverySite(judged: string, compact: string): boolean {
  if (opensAll(compact) || clausesOf(compact).some((clause) => EVERY_SITE.test(clause))) return true;
  // English prose, not a host name that happens to hold such a word (internet.example.jp).
  return !/[a-z0-9-]\.[a-z]/u.test(judged) && EVERY_SITE_EN.test(judged);
}

/**
 * How a note (a row marked 「※」, 「注：」…, a sentence, or the part of a row after 「※」) bears on the list: `"broad"`
 * when it allows everything (a phrase above, a word for everything, a bare `*`, a block such as 0.0.0.0/0 anywhere in
 * it), `"unreadable"` when it allows sites it names only by their use, `"note"` otherwise (forty-first review: only a
 * note that was a bare word for everything opened the list).
 */
function noteScope(note: string): "broad" | "unreadable" | "note" {
  const text = note.normalize("NFKC").toLowerCase();
  const compact = text.replace(/\s+/gu, "").replace(/^※/u, "");
  if (EVERY_DESTINATION_EN.test(compact) || EVERY_DESTINATION_JA.test(compact) || opensAll(compact)) return "broad";
  if (NOTE_OPENS_EN.test(text) && !REFUSES_EN.test(text)) return "broad";
  // A bare `*` or a block of most of the internet, unless the note refuses it (「※ワイルドカード（*）は使用しない。」).
  if (!REFUSES.test(compact) && !REFUSES_EN.test(text)) {
    if (/(?:^|[^\w.*])\*(?:$|[^\w.*])/u.test(text)) return "broad";
    for (const block of text.matchAll(/[0-9a-f:.]*[0-9a-f]\/\d{1,3}/gu)) {
      if (addressBlock(block[0]) === "everything") return "broad";
    }
  }
  if (OPEN_ENDED.test(compact.replace(/。$/u, ""))) return "unreadable";
  const allows = /許可|可能|(?<!不)可|できる(?!ない)/u;
  if (VAGUE_SITES.test(compact) && allows.test(compact) && !FORBIDS.test(compact) && !CHANGE_PROCESS.test(compact)) return "unreadable";
  return "note";
}

/** Hosting platforms, whose domains hold every customer's sites and storage (the owners of the public suffixes above). */
const HOSTING_PLATFORM =
  /^(?:aws|amazon|amazon ?web ?services|azure|microsoft ?azure|google ?cloud(?: ?platform)?|gcp|github|heroku|cloudflare|netlify|vercel|firebase|digitalocean|oracle ?cloud|microsoft|google)$/iu;
/** A category of services rather than one (「クラウドサービス」, 「各種クラウドサービス」, 「クラウドストレージ」, 「SaaS」). */
const CATEGORY_WORDS =
  "(?:各種|自治体向け|民間|パブリック|公共|外部|ガバメント)?(?:の)?(?:クラウド(?:サービス)?|クラウドストレージ|オンラインストレージ|ストレージ)|saas|paas|iaas";
const CATEGORY = new RegExp(`^(?:${CATEGORY_WORDS})$`, "iu");
/** Subjects that are the rest or a category, not a service (「上記以外」, 「その他」, 「ISMAP登録サービス」, a category above). */
const GENERIC_SUBJECT = new RegExp(
  `^(?:(?:上記|それ|これ)?以外.*|その他.*|各種.*|.*各種|ismap登録.*|ガバクラ|クラウド型.*|(?:自治体|政府)(?:専用|向け)?.*(?:クラウド|サービス)|${CATEGORY_WORDS}|インターネット|web|ウェブ|サイト)$`,
  "iu",
);
/** Storage and hosting products of the platforms, whose domains hold every customer's content (「Amazon S3」, 「GitHub Pages」). */
const HOSTING_PRODUCT =
  /akamai|\bcdn\b|さくらのクラウド|ニフクラ|nifcloud|iij\s*gio|wordpress|conoha|amazon\s*s3|\bs3\b|azure\s*blob|blob\s*storage|google\s*cloud\s*storage|\bgcs\b|github\s*pages|cloudfront|firebase\s*hosting|cloudflare\s*(?:pages|workers)|azure\s*static|app\s*service|azurewebsites|netlify|vercel|heroku/iu;

/** A note naming all of a service's own addresses (「全ドメイン」, 「全URL・IPアドレス」, 「すべてのエンドポイント」). */
const SERVICE_WHOLE =
  /^(?:全|すべての|全ての)(?:ドメイン|url|ipアドレス|ip|エンドポイント|サービス|機能|fqdn)(?:[・、,/](?:url|ipアドレス|ip|ドメイン|fqdn|エンドポイント))*$/u;

/**
 * Whether a note in brackets opens an entry to everything: the note, or one of its items, is a word for everything
 * (「Microsoft 365（すべて）」), a phrase allowing everything (「Microsoft 365（※全URL許可）」, forty-first review), or one of
 * its words is a wildcard or an address block too broad for an entry. The rest of a note (names, prose, a service's own
 * FQDN pattern) leaves the entry as it is; 「任意」 and 「インターネット」 in a note say something else (optional, reached over
 * the internet).
 */
function noteWidens(note: string, outside = ""): boolean {
  // All of the named service's own addresses (「Microsoft 365（全ドメイン）」, 「（全URL・IPアドレス）」) are the service, as
  // 「Microsoft 365の全URL」 is (forty-third review); not those of a hosting platform, whose domains hold every customer's
  // sites, nor of the rest or a category (「AWS（全ドメイン）」, 「上記以外（全ドメイン）」, forty-fourth review).
  if (SERVICE_WHOLE.test(note.replace(/\s+/gu, ""))) {
    // A platform's, a category's or the rest's "all" (「Google（全サービス）」, 「Amazon S3（全ドメイン）」) is everything they
    // hold (forty-sixth review).
    return HOSTING_PLATFORM.test(outside.trim()) || HOSTING_PRODUCT.test(outside) || GENERIC_SUBJECT.test(outside.replace(/\s+/gu, ""));
  }
  const everything = (text: string) => {
    const compact = text.replace(/\s+/gu, "");
    return !NOTE_NOT_EVERYTHING.test(compact) && (EVERY_DESTINATION_EN.test(compact) || EVERY_DESTINATION_JA.test(compact));
  };
  if (everything(note) || note.split(NOTE_ITEMS).some(everything)) return true;
  const compact = note.replace(/\s+/gu, "").replace(/^※/u, "");
  if (opensAll(compact)) return true;
  // A note adding sites beside the service (「Microsoft 365（ほか一般サイト）」) adds what it names (forty-second review).
  if (
    /^(?:ほか|他|その他|及び|および|並びに|\+)/u.test(compact) &&
    (EVERY_SITE.test(compact) || /一般|全般|インターネット|ネット|web閲覧/u.test(compact))
  ) {
    return true;
  }
  // A search engine with the sites its results lead to (「Google検索（検索結果のサイト閲覧を含む）」) reaches any site.
  if (/検索結果(?:の)?(?:サイト|ページ|url)?(?:の|へ|への)?(?:閲覧|接続|アクセス)/u.test(compact)) return true;
  return note
    .split(/[\s・、,;]+/u)
    .some((word) => (word.includes("*") || addressBlock(word) !== undefined) && entryScope(word) === "broad");
}

/** A mark that starts a note row (「※」, 「注：」, 「（注）」, 「備考」, 「補足」, 「注意：」). */
const NOTE_MARK = /^(?:※|注[:)]|\(注\)|注記[:)]?|備考[:)]?|補足[:)]?|注意[:)]|(?:note|remark|n\.b\.)\s*:)/iu;
/** A row written 「項目：値」, as spreadsheet templates have them (see {@link labelledScope}). */
const LABELLED = /^([^:/=→]{1,40}?)\s*(?::|=|→)\s*(.+)$/u;
/** Items naming the list or the restriction of destinations (「許可リスト」, 「宛先制限」, 「閲覧制限」, 「URLフィルタリング」, 「ホワイトリスト方式」). */
const LIST_LABEL =
  /^(?:許可リスト|ホワイトリスト|ホワイト・リスト|allow ?list|whitelist|宛先|接続先|通信先|閲覧先)$|(?:許可リスト|ホワイトリスト|allow ?list|whitelist)(?:方式)?$|(?:宛先|接続先|通信先|閲覧先|閲覧|アクセス|url|web|通信|接続)(?:の)?(?:制限|限定|制御)$|(?:url|web)?フィルタ(?:リング)?$|^(?:制限|限定)$|^(?:既定の動作|既定動作|デフォルト(?:動作)?|default(?:\s*action)?)$/iu;
/** Items naming the rest of the list (「上記以外」, 「その他のサイト」, "all other traffic"). */
const REST_LABEL =
  /^(?:(?:上記|それ|これ|記載)以外(?:の(?:全|全て|すべて)?(?:の)?(?:web|ウェブ)?(?:サイト|url|宛先|通信|接続先|ホスト|インターネット|通信先))?|その他(?:の(?:全|全て|すべて)?(?:の)?(?:web|ウェブ)?(?:サイト|url|宛先|通信|接続先|ホスト|インターネット|通信先))?|(?:リスト|一覧|登録|許可リスト)外(?:の)?(?:url|サイト|宛先|接続先)?|(?:any|all)?\s*others?(?:\s+(?:sites?|websites?|destinations?|traffic|hosts?))?|everything\s+else|the\s+rest)$/iu;
/** Items that are a deny-list or exclusions: 「ブラックリスト：なし」 says none is used. */
/** What a value says of the rest: opening (an allowance, a refusal negated, no restriction) or closing (a refusal in any words). */
const REST_REFUSAL_NEGATED =
  /(?:遮断|拒否|ブロック|制限|フィルタ(?:リング)?)(?:は)?(?:しない|せず|なし|無し|していない|しません)|制限なし|無制限/u;
/** Some sites blocked and the rest left open (「有害サイトは遮断」, 「SNSは不可」, "malicious sites blocked"): a deny-list. */
const PARTIAL_BLOCK =
  /^(?!(?:全|すべて|全て|一律|原則|完全|上記以外))[^はをの]{1,20}(?:は|を|のみ|だけ)(?:遮断|ブロック|拒否|不可|禁止)|\b(?:malicious|harmful|adult|gambling|some|certain|categor\w*)\b[a-z\s]*\bblocked\b/iu;
const REST_CLOSES =
  /遮断|拒否|ブロック|破棄|不可|不許可|許可しな|許可せず|許可しません|許可されな|通さな|させな|禁止|対象外|できない|できません|×|✕|^ng$|^否$|deny|drop|reject|\bblock|not\s*allowed|not\s*permitted|blocked|denied/iu;
const REST_OPENS = /許可|可|通過|透過|通す|フリー|accept|allow|permit|pass|open|^ok$/iu;
const DENY_LABEL = /ブラックリスト|拒否リスト|blacklist|deny ?list|block ?list|除外/iu;
const NOTHING_VALUE =
  /^(?:なし|無し|無|未作成|未設定|未導入|未実施|作成中|検討中|.*予定|未定|無効|off|しない|行わない|不採用|採用しない|none|n\/a|-|制限なし|無制限|disabled)$/iu;
const ALLOWS_VALUE =
  /^(?:許可|可|可能|許可する|閲覧可|閲覧可能|接続可|接続可能|利用可|利用可能|通す|通過|透過|ログのみ|監視のみ|警告のみ|○|◯|allow(?:ed)?|open|permitted|permit|accept|pass|yes)$/iu;
const ALL_VALUE = /^(?:全て|すべて|全部|全件|any|all)$/iu;
const BLOCKED_VALUE =
  /^(?:(?:すべて|全て)?(?:遮断|ブロック|拒否|破棄)(?!しない|せず|なし|無し|リスト|list)|不可|不許可|許可しない|禁止|接続不可|既定拒否|×|✕|deny|denied|block(?!\s*list)|blocked|drop|reject)/iu;

/**
 * How a 「項目：値」 row bears on the list, or `undefined` when it is no such row or its value names destinations (it is
 * then read as an entry). A sheet of 宛先｜可否 pasted as 「宛先：可否」 is judged by its destination when the value allows
 * (「Zoom：許可」 is Zoom, 「インターネット閲覧：許可」 the internet) and is a remark when the value refuses (「インターネット閲覧：不可」);
 * the list's own items decide by their value (「許可リスト：なし」, 「閲覧制限：なし」, 「既定の動作：許可」); the rest's item opens or
 * closes the list (「上記以外：許可」, 「その他：×」); any other item is a remark (「例外：なし」, 「ワイルドカード指定：なし」,
 * 「SSLインスペクション：全て」) (forty-second to forty-fourth reviews).
 */
function labelledScope(line: string): RowScope | undefined {
  const labelled = LABELLED.exec(line);
  if (labelled === null) return undefined;
  const label = (labelled[1] ?? "").trim();
  const written = (labelled[2] ?? "").trim();
  // A value in brackets alone (「上記以外：（遮断）」) is the value.
  const value = (written.replace(/[(（].*$/u, "").trim() || written.replace(/^[(（]|[)）]$/gu, "")).trim();
  const compactLabel = label.replace(/\s+/gu, "").toLowerCase();
  const compactValue = value.replace(/\s+/gu, "").toLowerCase();
  // A deny-list as the value (「URLフィルタ：拒否リスト方式」, 「上記以外：ブラックリスト（i-FILTER）」) leaves the rest open
  // (forty-fifth review).
  if (DENY_LIST.test(compactValue) && !NOT_USED.test(compactValue)) return "broad";
  const allows = ALLOWS_VALUE.test(compactValue) || /^(?:警告のみ|ログのみ|監視のみ)/u.test(compactValue);
  const refuses = BLOCKED_VALUE.test(compactValue);
  // What becomes of the rest decides whether the list is an allow-list at all: a value that allows, or negates a refusal,
  // opens it (「上記以外：通過」, 「上記以外：遮断しない」, forty-fifth review); one that refuses in any words closes it
  // (「全遮断」, 「原則遮断」, 「FWで遮断」, 「許可しません」, 「暗黙の拒否」, "Not allowed", forty-sixth review); 「なし」 says there is
  // no other destination; anything else is asked about.
  if (REST_LABEL.test(label.toLowerCase()) || REST_LABEL.test(compactLabel)) {
    if (
      REST_REFUSAL_NEGATED.test(compactValue) ||
      DENY_LIST.test(compactValue) ||
      PARTIAL_BLOCK.test(value.toLowerCase()) ||
      HARMFUL.test(compactValue) ||
      /except|を除き|を除いて|(?<!not)allowed|(?<!不)許可する/iu.test(compactValue)
    )
      return "broad";
    if (REST_CLOSES.test(compactValue) || /^(?:なし|無し|無)$/u.test(compactValue)) return "note";
    if (allows || REST_OPENS.test(compactValue)) return "broad";
    return "unreadable";
  }
  if (LIST_LABEL.test(compactLabel) && !DENY_LABEL.test(compactLabel)) {
    if (NOTHING_VALUE.test(compactValue) || ALL_VALUE.test(compactValue)) return "none";
    // The default action allowing (「既定の動作：許可」, "Default action: Allow") opens the list.
    if (allows && /既定|デフォルト|default/iu.test(compactLabel)) return "broad";
    return refuses || allows ? "note" : undefined;
  }
  if (refuses) return "note";
  if (allows) {
    const scope = allowListEntryScope(label);
    // An item that plainly names no destination (「暫定許可：可」, 「例外設定：可」) is a remark about the list; one naming
    // sites vaguely (「業務上必要なサイト：許可」, 「例外サイト：許可」) is asked about as the bare row is (forty-fifth and forty-sixth
    // reviews).
    const remark = /許可|例外|設定|方式|暫定|追加|制限/u.test(compactLabel) && !/(?:サイト|url|ドメイン|宛先|接続先)$/u.test(compactLabel);
    return scope === "unreadable" && remark ? "note" : scope;
  }
  if (NOTHING_VALUE.test(compactValue) || ALL_VALUE.test(compactValue) || /^(?:あり|有り|有|yes|no)$/iu.test(compactValue)) return "note";
  return undefined;
}

/** The endings of a sentence that names what is allowed (「Microsoft 365（…）のみ許可する。」): the destination is what precedes. */
const ALLOWS_ENDING = /(?:のみ|だけ)?(?:を|への|へ)?(?:の)?(?:接続|通信|利用|アクセス)?(?:を)?(?:許可|可)(?:する|します|とする)?。?$|。$/u;

/** How one row (one line of an entry) bears on the list. */
type RowScope = EntryScope | "note" | "none";

function rowScope(row: string): RowScope {
  const line = withoutListMarker(row).normalize("NFKC").trim();
  // 「項目：値」 first: 「ブラックリスト：なし」 says no deny-list is used, not that one is.
  // Blocking only harmful or unrelated sites leaves the rest open (a deny-list); a sentence closing the rest
  // (「上記以外の外部サイトは遮断」, 「上記以外のサイトは接続不可」) is a remark (forty-eighth review).
  if (blocksOnlySome(line)) return "none";
  const labelledRow = labelledScope(line);
  if (labelledRow !== undefined) return labelledRow;
  if (closesTheRest(line)) return "note";
  if (isAllowListRemark(row)) return "note";
  if (saysNoAllowList(row)) return "none";
  const mark = NOTE_MARK.exec(line);
  if (mark !== null) {
    const scope = noteScope(line.slice(mark[0].length));
    return scope === "note" ? "note" : scope;
  }
  // A note after the destination (「*.sharepoint.com ※本市テナントのみ」): the destination, unless the note opens it.
  const at = line.indexOf("※");
  if (at > 0) {
    const scope = noteScope(line.slice(at + 1));
    if (scope !== "note") return scope;
    return allowListEntryScope(line.slice(0, at));
  }
  // A sentence: the destination it allows (「…のみ許可する。」), else a note.
  // An English sentence ("Note that only tenant x is allowed.") is read as one too.
  if (line.includes("。") || /\s\S+\.$/u.test(line)) {
    const named = line.replace(ALLOWS_ENDING, "").trim();
    if (named !== "" && !named.includes("。") && line.includes("。")) {
      // The destination a sentence allows decides: 「インターネットへの接続を許可する。」 allows the internet.
      const scope = allowListEntryScope(named);
      if (scope !== "unreadable") return scope;
    }
    const scope = noteScope(line);
    return scope === "note" ? "note" : scope;
  }
  return allowListEntryScope(line);
}

/**
 * An entry that says there is no allow-list: a placeholder (「なし」, 「未設定」, N/A) or 「許可リストなし」, 「ホワイトリスト
 * なし」, 「ブラックリスト方式」 (blocking some destinations allows the rest). A list of nothing else is no allow-list
 * (thirty-fourth review: they passed as service names while an empty list failed).
 */
function saysNoAllowList(entry: string): boolean {
  // A note mark in front changes nothing (「※ホワイトリストは作成していない」, forty-third review).
  const whole = entry.normalize("NFKC").replace(/\s+/gu, "").replace(/^※/u, "").toLowerCase();
  // A note forbidding what it names (「※全て許可する設定は行わない。」) says the opposite (forty-first review).
  if (FORBIDS.test(whole)) return false;
  // A deny-list anywhere, its method in brackets too (「URLフィルタ（ブラックリスト）」), unless it is said not to be used
  // or only to block the rest too (「※上記以外はブラックリストでも遮断」).
  if (DENY_LIST.test(whole) && !NOT_USED.test(whole) && !REST_BLOCKED.test(whole)) return true;
  // A placeholder with a plan in brackets (「なし（今後作成予定）」) says the same (thirty-sixth review), and a note that
  // nothing is restricted (「ブラックリストは使用しない（URL制限なし）」) opens everything (thirty-eighth review).
  return isAllowListPlaceholder(entry) || ALLOW_LIST_ABSENT.test(whole) || noteOpensAll(entry);
}

/** A note that nothing is restricted. */
const OPENS_ALL =
  /^(url|宛先|接続先|通信先|通信|アクセス|閲覧)?(の)?(制限なし|制限無し|無制限)$|(すべて許可|全て許可|全許可)(?!リスト|制|済|され|して(い|お)|しな)|unrestricted/iu;

/** Whether a note in brackets says the destinations are not restricted (「（URL制限なし）」, not 「（帯域制限なし）」). */
function noteOpensAll(entry: string): boolean {
  return [...entry.normalize("NFKC").matchAll(BRACKET_NOTE)].some((note) => OPENS_ALL.test(note[1] ?? ""));
}

/** Words for a deny-list approach (blocking some destinations allows the rest). */
const DENY_LIST =
  /ブラックリスト|拒否リスト|blacklist|blocklist|denylist|(のみ|だけ)(を)?(ブロック|遮断|拒否)|カテゴリ.*(ブロック|遮断)|カテゴリ(フィルタ|フィルタリング)?(で|による)?(制御|管理|フィルタ)/u;
/** A remark that a list or method is not used (「拒否リスト方式は採用しない」, 「ブラックリストは併用しない」). */
const NOT_USED = /(使用|採用|利用|併用)(しない|せず|していない)|使わない|用いない|採らない|不採用|ではなく|notused/u;
/** A remark that what is not listed is blocked as well. */
const REST_BLOCKED = /以外は.*(遮断|ブロック|拒否)(する|します|される)?$/u;
/** An allow-list said to be missing or to allow everything (「許可リストなし」, 「ホワイトリスト（未作成）」, 「当面は全許可」). */
const ALLOW_LIST_ABSENT =
  /^(許可|ホワイト|white|allow)[-_]?(リスト|list)[(（]?(なし|無し|未設定|未作成|作成中|検討中|.*予定|none|は?(設けて|作成して|作って)(いない|おらず|ない))[)）]?$|(全許可|全て許可|すべて許可)(?!リスト|制|済|され|して(い|お)|しな|を行わ)|(すべて|全て)の通信を許可(?!しな|され|して(い|お))|全通信許可|以外は(遮断|ブロック|拒否)しない|以外も(原則)?(許可|通す)(?!しな|され)/u;

/** Words for a list not made (「なし」, 「未作成」, 「該当なし」), 「特に」 aside. */
const ALLOW_LIST_PLACEHOLDERS = new Set([...NOTHING_YET_WORDS, "無", "未作成", "設定なし", "対象なし", "該当なし", "na"]);

/** A placeholder, notes in brackets aside (「なし」, 「特になし（追加予定なし）」, 「未設定」, 「（なし）」, 「無」). */
function isAllowListPlaceholder(entry: string): boolean {
  const bare = withoutBracketNotes(entry.normalize("NFKC")).trim();
  const value = (bare === "" ? entry.normalize("NFKC") : bare)
    .replace(/\s+/gu, "")
    .replace(/^[(（【[]|[)）】\]]$/gu, "")
    .toLowerCase();
  return ALLOW_LIST_PLACEHOLDERS.has(value.replace(/^特に/u, ""));
}

/** A remark rather than a destination: a placeholder row, or a deny-list said not to be used or only to block the rest too. */
function isAllowListRemark(entry: string): boolean {
  const whole = entry.normalize("NFKC").replace(/\s+/gu, "").toLowerCase();
  const remark = isAllowListPlaceholder(entry) || (DENY_LIST.test(whole) && (NOT_USED.test(whole) || REST_BLOCKED.test(whole)));
  // A remark whose note opens everything (「ブラックリストは使用しない（URL制限なし）」) is no remark (thirty-eighth review).
  return remark && !noteOpensAll(entry);
}

/** Sites singled out as harmful or unrelated (「有害サイト」, 「業務に関係のないサイト」, "malicious sites"): blocking only them is a deny-list. */
const HARMFUL =
  /(?:危険|有害|不正|悪質|悪性|不適切|関係のない|関係ない|無関係|業務外|アダルト|ギャンブル|sns|マルウェア|フィッシング)(?:な|の)?(?:web)?(?:サイト|url|宛先|ページ|カテゴリ|への接続)|(?:malicious|harmful|phishing|malware|adult|gambling)[a-z\s]*(?:sites?|urls?|domains?|categor)/iu;
const BLOCKS = /遮断|ブロック|拒否|不可|禁止|blocked|denied/iu;

/** Whether a row blocks only sites singled out as harmful or unrelated, leaving the rest open (forty-seventh and forty-eighth reviews). */
function blocksOnlySome(row: string): boolean {
  // A note that harmful sites are among those blocked (「上記以外は遮断（有害サイトを含む）」) blocks no fewer (forty-ninth review).
  const compact = withoutListMarker(row)
    .normalize("NFKC")
    .replace(/\s+/gu, "")
    .toLowerCase()
    .replace(/[(（][^)）]*(?:を含む|も含む|含め|including)[^)）]*[)）]/gu, "");
  return HARMFUL.test(compact) && BLOCKS.test(compact);
}

/** Whether a row says the rest is refused (「上記以外：遮断」, 「※上記以外は全て遮断」). */
function closesTheRest(row: string): boolean {
  if (blocksOnlySome(row)) return false;
  const line = withoutListMarker(row).normalize("NFKC").trim();
  const labelled = LABELLED.exec(line);
  if (labelled !== null && REST_LABEL.test((labelled[1] ?? "").trim().toLowerCase())) {
    const value = (labelled[2] ?? "").replace(/\s+/gu, "").toLowerCase();
    return REST_CLOSES.test(value) && !REST_REFUSAL_NEGATED.test(value) && !DENY_LIST.test(value);
  }
  const compact = line.replace(/\s+/gu, "").replace(/^※/u, "");
  return (
    /以外(?:は|の[^。]{0,14}?(?:は|には|へは|では|を))[^。]{0,12}?(?:遮断|ブロック|拒否|接続不可|不可|禁止|許可しない|許可していない|許可されない|できない|できません)(?!しない|せず|していない)/u.test(
      compact,
    ) && !DENY_LIST.test(compact)
  );
}

/** Whether a row speaks of a deny-list (a blacklist, category blocking). */
function isDenyListRow(row: string): boolean {
  const compact = row.normalize("NFKC").replace(/\s+/gu, "").toLowerCase();
  return (DENY_LIST.test(compact) && !NOT_USED.test(compact)) || blocksOnlySome(row);
}

/** What an allow-list says as a whole: there is none, or which rows are too broad or cannot be read (as written). */
export interface AllowListReading {
  /** No allow-list: the list is empty, says there is none, or holds nothing but notes and remarks. */
  readonly none: boolean;
  /** Rows that allow too much, a row saying the rest is not allow-listed (「上記以外は拒否リスト方式」) among them. */
  readonly broad: readonly string[];
  /** Rows from which no destination can be read: they may be a service written in an unusual way, so they are asked about. */
  readonly unclear: readonly string[];
}

/**
 * Reads an α' allow-list row by row: each element, and each line of an element (a spreadsheet cell holding several),
 * is judged on its own (see {@link rowScope}). Rows are quoted as written, one line each.
 */
export function readAllowList(list: readonly string[]): AllowListReading {
  const rows = list.flatMap((entry) => {
    const lines = entry.split(/\r\n|\r|\n/u).filter((line) => line.trim() !== "");
    return lines.length === 0 ? [entry] : lines;
  });
  // A deny-list used on top of a list whose rest is refused (「上記以外：遮断」 and 「※ブラックリスト（有害サイト）も併用」) blocks
  // more, it opens nothing (forty-sixth review).
  const restClosed = rows.some(closesTheRest);
  const judged = rows.map((row) => ({ row, scope: restClosed && isDenyListRow(row) ? "note" : rowScope(row) }));
  const none = judged.every((j) => j.scope === "note" || j.scope === "none");
  const shown = (...scopes: RowScope[]) =>
    judged.filter((j) => scopes.includes(j.scope)).map((j) => (j.row.trim() === "" ? "(empty)" : j.row.trim()));
  return { none, broad: none ? [] : shown("broad", "none"), unclear: none ? [] : shown("unreadable") };
}
