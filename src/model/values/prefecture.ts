/**
 * The 47 prefectures by their kanji name, its stem, and the stem in kana and in the Latin alphabet, for reading
 * which prefecture a free-text name speaks of (「福岡県SC」, 「くまもと県域…」, "Fukuoka Prefecture Security Cloud").
 */
const PREFECTURE_NAMES: readonly (readonly [kanji: string, kana: string, latin: string])[] = [
  ["北海道", "ほっかいどう", "hokkaido"],
  ["青森県", "あおもり", "aomori"],
  ["岩手県", "いわて", "iwate"],
  ["宮城県", "みやぎ", "miyagi"],
  ["秋田県", "あきた", "akita"],
  ["山形県", "やまがた", "yamagata"],
  ["福島県", "ふくしま", "fukushima"],
  ["茨城県", "いばらき", "ibaraki"],
  ["栃木県", "とちぎ", "tochigi"],
  ["群馬県", "ぐんま", "gunma"],
  ["埼玉県", "さいたま", "saitama"],
  ["千葉県", "ちば", "chiba"],
  ["東京都", "とうきょう", "tokyo"],
  ["神奈川県", "かながわ", "kanagawa"],
  ["新潟県", "にいがた", "niigata"],
  ["富山県", "とやま", "toyama"],
  ["石川県", "いしかわ", "ishikawa"],
  ["福井県", "ふくい", "fukui"],
  ["山梨県", "やまなし", "yamanashi"],
  ["長野県", "ながの", "nagano"],
  ["岐阜県", "ぎふ", "gifu"],
  ["静岡県", "しずおか", "shizuoka"],
  ["愛知県", "あいち", "aichi"],
  ["三重県", "みえ", "mie"],
  ["滋賀県", "しが", "shiga"],
  ["京都府", "きょうと", "kyoto"],
  ["大阪府", "おおさか", "osaka"],
  ["兵庫県", "ひょうご", "hyogo"],
  ["奈良県", "なら", "nara"],
  ["和歌山県", "わかやま", "wakayama"],
  ["鳥取県", "とっとり", "tottori"],
  ["島根県", "しまね", "shimane"],
  ["岡山県", "おかやま", "okayama"],
  ["広島県", "ひろしま", "hiroshima"],
  ["山口県", "やまぐち", "yamaguchi"],
  ["徳島県", "とくしま", "tokushima"],
  ["香川県", "かがわ", "kagawa"],
  ["愛媛県", "えひめ", "ehime"],
  ["高知県", "こうち", "kochi"],
  ["福岡県", "ふくおか", "fukuoka"],
  ["佐賀県", "さが", "saga"],
  ["長崎県", "ながさき", "nagasaki"],
  ["熊本県", "くまもと", "kumamoto"],
  ["大分県", "おおいた", "oita"],
  ["宮崎県", "みやざき", "miyazaki"],
  ["鹿児島県", "かごしま", "kagoshima"],
  ["沖縄県", "おきなわ", "okinawa"],
];

/** A prefecture's name without 都・府・県 (北海道 stays whole). */
const stem = (kanji: string) => (kanji === "北海道" ? kanji : kanji.slice(0, -1));

/**
 * The prefectures a text names, by their kanji names (with or without 都・府・県), their stems in kana, or in the Latin
 * alphabet as whole words; by kanji name, in the list's order. 「東京都」 is not also read as 「京都府」.
 */
/** Each prefecture's stem before 「SC」, 「の」 or 「県域」, compiled once. */
const STEM_BEFORE = new Map(PREFECTURE_NAMES.map(([kanji]) => [kanji, new RegExp(`${stem(kanji)}(sc|の|県域)`, "u")]));
/** Answers already given (a description names the same clouds over and over). Bounded. */
const answered = new Map<string, readonly string[]>();

export function prefecturesNamedIn(text: string): readonly string[] {
  const known = answered.get(text);
  if (known !== undefined) return known;
  const written = text.normalize("NFKC").toLowerCase();
  const words = new Set(written.split(/[^a-z]+/u).filter((w) => w !== ""));
  const found: string[] = [];
  for (const [kanji, kana, latin] of PREFECTURE_NAMES) {
    // By the full name (熊本県), or the stem before 「SC」 or 「の」 (熊本SC): a stem alone is often another word
    // (sixty-third review: 「三重化」 was read as 三重県).
    const byKanji =
      (kanji === "京都府" ? /(?<!東)京都府/u.test(written) : written.includes(kanji)) || (STEM_BEFORE.get(kanji) as RegExp).test(written);
    // Kana stems of two or three letters are read only before 県 (「さが」 and 「みえ」 are words too).
    const byKana = kana.length >= 4 ? written.includes(kana) : written.includes(`${kana}県`);
    if (byKanji || byKana || words.has(latin)) found.push(kanji);
  }
  if (answered.size >= 1024) answered.clear();
  answered.set(text, found);
  return found;
}
