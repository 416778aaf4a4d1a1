/** The national systems and name matching without zod; `../national-system.ts` builds the schemas and re-exports these. */
import type { NationalSystemEntry } from "../national-system.js";
import { BRACKET_NOTE, type Bilingual, withoutBracketNotes } from "./common.js";

/** Words of a note in brackets saying the end is something other than the national system. */
const NOT_THE_SYSTEM =
  /(検証|テスト|試験|開発|訓練|デモ)(環境|用|機)|模擬|ミラー|複製|民間|代行|ベンダー|\btest\b|mirror|staging|\bdemo\b|sandbox|\basp\b|lgwan-?asp|\bsaas\b/iu;

/** A national system or specific communication that a My Number zone link may reach, with the spellings people write. */
export interface NationalSystemInfo {
  readonly id: string;
  readonly label: Bilingual;
  /** Other ways of writing it (Japanese and ASCII); compared after normalisation. */
  readonly aliases: readonly string[];
  /**
   * Reached from the My Number zone only (its terminals and servers stand there): a link to it from
   * the LGWAN zone is not one of the LGWAN zone's own national links (twelfth review).
   */
  readonly myNumberZoneOnly?: true;
}

/**
 * The national systems a My Number zone commonly exchanges data with (guideline: links to national
 * systems for My Number data exchange, and the specific communications the state has approved
 * since 令和2年12月). A closed vocabulary: a name outside it (and outside the profile's additions)
 * cannot be judged and is reported as needing evidence, with a suggestion.
 */
export const NATIONAL_SYSTEMS: readonly NationalSystemInfo[] = [
  {
    id: "juki-net",
    myNumberZoneOnly: true,
    label: { ja: "住民基本台帳ネットワークシステム（住基ネット）", en: "Resident registry network (Juki-net)" },
    aliases: [
      "住基ネット",
      "住基ネットCS",
      "住基CS",
      "住民基本台帳ネットワーク",
      "住民基本台帳ネットワークシステム",
      "住基全国サーバ",
      "住基都道府県サーバ",
      "全国サーバ",
      "都道府県サーバ",
      "住基ネット全国サーバ",
      "住基ネット都道府県サーバ",
      "jukinet",
      "juki",
    ],
  },
  {
    id: "intermediate-server",
    myNumberZoneOnly: true,
    label: { ja: "中間サーバー", en: "Intermediate server (My Number data exchange)" },
    aliases: [
      "中間サーバー",
      "中間サーバ",
      "中間サーバー・プラットフォーム",
      "中間サーバプラットフォーム",
      "情報提供ネットワークシステム",
      "intermediate server",
    ],
  },
  {
    id: "family-register-network",
    myNumberZoneOnly: true,
    label: { ja: "戸籍情報連携システム", en: "Family register data exchange system" },
    aliases: ["戸籍情報連携システム", "戸籍情報連携", "戸籍副本データ管理システム", "戸籍副本", "koseki"],
  },
  {
    id: "kokuho-federation",
    label: { ja: "国保総合システム（国民健康保険団体連合会）", en: "National health insurance federation system (Kokuho-ren)" },
    aliases: ["国保総合システム", "国保連", "国保連合会", "国民健康保険団体連合会", "国保情報集約システム", "kokuhoren"],
  },
  {
    id: "jlis-services",
    label: { ja: "J-LIS のサービス（コンビニ交付等）", en: "J-LIS services (convenience-store certificates etc.)" },
    // Not the operator's name alone (J-LIS, 地方公共団体情報システム機構): it runs other services too, LGWAN-ASP
    // among them, so the name identifies no system (thirty-second review). Written in front of a
    // service's name it is dropped as an operator (OPERATORS below).
    aliases: [
      "コンビニ交付",
      "証明書コンビニ交付",
      "コンビニ交付システム",
      "証明書交付センター",
      "公的個人認証",
      "公的個人認証サービス",
      "jpki",
    ],
  },
  {
    id: "eltax",
    label: { ja: "地方税ポータルシステム（eLTAX）", en: "Local tax portal (eLTAX)" },
    // 国税連携 (the national tax returns passed on to the municipality) is one of eLTAX's services (sixty-eighth review).
    aliases: ["eLTAX", "エルタックス", "地方税ポータル", "地方税ポータルシステム", "国税連携", "国税連携システム"],
  },
  {
    id: "pittari-service",
    label: { ja: "マイナポータル（ぴったりサービス）", en: "Mynaportal (Pittari service)" },
    aliases: ["ぴったりサービス", "マイナポータル", "マイナポータル（ぴったりサービス）", "mynaportal", "myna-portal", "pittari"],
  },
];

/**
 * Normalises a name for comparison: NFKC (full-width to ASCII, half-width kana to full-width),
 * lower case, and without spaces, middle dots, hyphens, long-vowel marks at the end and brackets.
 */
export function normaliseName(name: string): string {
  let normalised = normalisedNames.get(name);
  if (normalised === undefined) {
    normalised = name
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\s\u200b-\u200d\u2060\ufeff・･\-_.（）()「」]/g, "")
      .replace(/[ーｰ]+$/u, "");
    // Bounded: the names of a large inventory come through here too.
    if (normalisedNames.size >= 10_000) normalisedNames.clear();
    normalisedNames.set(name, normalised);
  }
  return normalised;
}

/** Names already normalised: each lookup compares against every spelling of the vocabulary. */
const normalisedNames = new Map<string, string>();

/** The vocabulary of national systems: the built-in entries plus a profile's additions. */
export function nationalSystems(additions: readonly NationalSystemEntry[] = []): NationalSystemInfo[] {
  return [
    ...NATIONAL_SYSTEMS,
    ...additions.map((entry) => ({ id: entry.id, label: { ja: entry.ja, en: entry.en }, aliases: entry.aliases ?? [] })),
  ];
}

/** The national system a written name stands for (by id, label or alias), or `undefined`. */
/** Operators of national systems, written before a system's name. */
const OPERATORS: ReadonlySet<string> = new Set(
  ["J-LIS", "JLIS", "地方公共団体情報システム機構", "総務省", "デジタル庁", "国保中央会", "国民健康保険中央会", "厚生労働省", "法務省"].map(
    (w) => normaliseName(w),
  ),
);

export function resolveNationalSystem(name: string, vocabulary: readonly NationalSystemInfo[]): NationalSystemInfo | undefined {
  const exact = (text: string) => {
    const key = normaliseName(text);
    if (key === "") return undefined;
    return vocabulary.find(
      (entry) =>
        normaliseName(entry.id) === key ||
        normaliseName(entry.label.ja) === key ||
        normaliseName(entry.label.en) === key ||
        entry.aliases.some((alias) => normaliseName(alias) === key),
    );
  };
  const whole = exact(name);
  if (whole !== undefined) return whole;
  // 台帳 write a name with a note in brackets (「住基ネット（全国サーバ）」, 「eLTAX（地方税ポータルシステム）」):
  // the name outside the brackets decides (nineteenth review: every such spelling was unknown).
  const outside = withoutBracketNotes(name, " ").trim();
  // A note that says the end is not the system itself (a vendor's test copy, a mirror, a private service in between,
  // an ASP or SaaS) is no note to drop (twenty-eighth review: 「中間サーバー（ベンダー検証環境）」 passed as the real one;
  // fifty-fifth review: 「eLTAX（電子申請ASP 共同利用）」).
  const notes = [...name.normalize("NFKC").matchAll(BRACKET_NOTE)].map((note) => note[1] ?? "");
  if (notes.some((note) => NOT_THE_SYSTEM.test(note))) return undefined;
  const words = outside.split(/\s+/u).filter((word) => word !== "");
  const named = words.filter((word) => !OPERATORS.has(normaliseName(word)));
  if (outside !== name.trim()) {
    const byOutside = exact(outside);
    if (byOutside !== undefined) return byOutside;
    // An operator with its system in brackets (「J-LIS（住基ネット）」, 「地方公共団体情報システム機構（住民基本台帳
    // ネットワーク）」): the operator names no system, so the first note names it, and later notes are notes to that
    // (thirty-third review: the note was dropped and the link asked about). 「J-LIS（LGWAN-ASP）」 stays unknown.
    const [firstNote] = notes;
    if (named.length === 0 && firstNote !== undefined) return resolveNationalSystem(firstNote, vocabulary);
  }
  // Or in words that each name the same system (「J-LIS 証明書交付センター」); any word naming
  // nothing, or another system, leaves it unknown.
  // The operator written in front (「J-LIS 中間サーバー・プラットフォーム」, 「総務省 住基ネット」) names no
  // other system (twentieth review), and the words after it may be one name split by a space
  // (「J-LIS 住基ネット CS」 is 住基ネットCS; thirty-third review).
  if (words.length < 2) return undefined;
  if (named.length > 0 && named.length < words.length) {
    const together = exact(named.join(" "));
    if (together !== undefined) return together;
  }
  const entries = (named.length > 0 && named.length < words.length ? named : words).map(exact);
  const first = entries[0];
  return first !== undefined && entries.every((entry) => entry === first) ? first : undefined;
}
