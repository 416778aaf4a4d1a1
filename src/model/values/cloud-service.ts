/** The vocabularies of cloud services without zod; `../cloud-service.ts` builds the schemas and re-exports these. */

/** A value of a vocabulary: its labels and the other ways people write it. */
export interface VocabularyEntry {
  readonly ja: string;
  readonly en: string;
  /** Other spellings that mean the same (compared after NFKC, white space removed, lower case). */
  readonly aliases: readonly string[];
}

/**
 * Where data may be stored: the select list for `dataLocations` and the profile's
 * `cloud.allowedDataLocations`. Free text is still accepted; a spelling listed here (日本国内, 国内,
 * JP, a Japanese cloud region) counts as its key. An unlisted value is compared as written.
 */
export const DATA_LOCATIONS: Readonly<Record<string, VocabularyEntry>> = {
  japan: {
    ja: "日本国内",
    en: "Japan",
    aliases: [
      "japan",
      "jp",
      "jpn",
      "日本",
      "日本国内",
      "国内",
      "本邦",
      "国内データセンター",
      "東京",
      "大阪",
      "東日本",
      "西日本",
      "tokyo",
      "osaka",
      "japaneast",
      "japanwest",
      "ap-northeast-1",
      "ap-northeast-3",
      "asia-northeast1",
      "asia-northeast2",
    ],
  },
};

/** Governing laws: the select list for `governingLaw`, with the same alias rule. */
export const GOVERNING_LAWS: Readonly<Record<string, VocabularyEntry>> = {
  japan: {
    ja: "日本法",
    en: "Japanese law",
    aliases: ["japan", "jp", "日本", "日本法", "日本国法", "日本国の法律", "日本の法律", "japaneselaw", "lawsofjapan"],
  },
};

/** Labels of the contract forms of an external service. */
export const CLOUD_TERMS_LABELS = {
  negotiated: { ja: "個別契約", en: "negotiated contract" },
  "click-through": { ja: "約款による利用", en: "standard terms (click-through)" },
} as const;

const comparable = (text: string) =>
  text
    .normalize("NFKC")
    .replace(/[\s_]+/gu, "")
    .toLowerCase();

/** Words people add after a place (東京リージョン, Japan East region, 国内データセンター); the place is what counts. */
const PLACE_SUFFIX = /(リージョン|region|データセンター|datacenter|datacentre)$/u;

/** The key of a vocabulary a free-text value means (`日本国内` → `japan`, `東京リージョン` → `japan`), or the value as compared when unlisted. */
export function vocabularyKey(vocabulary: Readonly<Record<string, VocabularyEntry>>, text: string): string {
  const written = comparable(text);
  const stripped = written.replace(PLACE_SUFFIX, "");
  for (const key of stripped === "" || stripped === written ? [written] : [written, stripped]) {
    for (const [id, entry] of Object.entries(vocabulary)) {
      if (
        comparable(id) === key ||
        comparable(entry.ja) === key ||
        comparable(entry.en) === key ||
        entry.aliases.some((a) => comparable(a) === key)
      )
        return id;
    }
  }
  return written;
}

/** The Japanese and English labels of a value: the vocabulary's where listed, else the value as written. */
export function vocabularyLabel(vocabulary: Readonly<Record<string, VocabularyEntry>>, text: string): { ja: string; en: string } {
  const entry = vocabulary[vocabularyKey(vocabulary, text)];
  return entry === undefined ? { ja: text, en: text } : { ja: entry.ja, en: entry.en };
}
