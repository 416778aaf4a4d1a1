/** The vocabularies of cloud services without zod; `../cloud-service.ts` builds the schemas and re-exports these. */

/** A value of a vocabulary: its labels and the other ways people write it. */
export interface VocabularyEntry {
  readonly ja: string;
  readonly en: string;
  /** Other spellings that mean the same (compared after NFKC, white space removed, lower case). */
  readonly aliases: readonly string[];
}

/** The 47 prefectures: a place in one of them is in Japan (熊本県, 北海道, 国内（福岡県）). */
const PREFECTURES =
  "北海道 青森県 岩手県 宮城県 秋田県 山形県 福島県 茨城県 栃木県 群馬県 埼玉県 千葉県 東京都 神奈川県 新潟県 富山県 石川県 福井県 山梨県 長野県 岐阜県 静岡県 愛知県 三重県 滋賀県 京都府 大阪府 兵庫県 奈良県 和歌山県 鳥取県 島根県 岡山県 広島県 山口県 徳島県 香川県 愛媛県 高知県 福岡県 佐賀県 長崎県 熊本県 大分県 宮崎県 鹿児島県 沖縄県".split(
    " ",
  );

/** Each prefecture with and without 都・府・県 (京都, 熊本), its data centres named the same way. */
function prefectureSpellings(): string[] {
  return PREFECTURES.flatMap((name) => (name === "北海道" ? [name] : [name, name.slice(0, -1)]));
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
      // Regions of Japan (sixty-third review: 「中国地方（広島DC）」 was read as China).
      "中国地方",
      "四国",
      "九州",
      "関東",
      "関西",
      "近畿",
      "東北",
      "北陸",
      "tokyo",
      "osaka",
      "japaneast",
      "japanwest",
      "ap-northeast-1",
      "ap-northeast-3",
      "asia-northeast1",
      "asia-northeast2",
      ...prefectureSpellings(),
    ],
  },
};

/**
 * Places outside Japan as people and providers write them: a stated one is judged against the
 * profile's allowed places, where an unreadable one only asks for the place to be written plainly.
 */
export const FOREIGN_DATA_LOCATIONS: Readonly<Record<string, VocabularyEntry>> = {
  abroad: { ja: "国外", en: "outside Japan", aliases: ["海外", "国外", "日本国外", "overseas", "abroad", "outsidejapan"] },
  "united-states": { ja: "米国", en: "United States", aliases: ["アメリカ", "アメリカ合衆国", "米国", "us", "usa", "unitedstates"] },
  eu: { ja: "EU", en: "EU", aliases: ["欧州", "ヨーロッパ", "欧州連合", "europe", "eu"] },
  "united-kingdom": { ja: "英国", en: "United Kingdom", aliases: ["イギリス", "英国", "uk", "unitedkingdom"] },
  singapore: { ja: "シンガポール", en: "Singapore", aliases: ["シンガポール", "singapore"] },
  china: { ja: "中国", en: "China", aliases: ["中国", "中華人民共和国", "china"] },
  "hong-kong": { ja: "香港", en: "Hong Kong", aliases: ["香港", "hongkong"] },
  taiwan: { ja: "台湾", en: "Taiwan", aliases: ["台湾", "taiwan"] },
  korea: { ja: "韓国", en: "South Korea", aliases: ["韓国", "大韓民国", "korea", "southkorea"] },
  india: { ja: "インド", en: "India", aliases: ["インド", "india"] },
  australia: { ja: "オーストラリア", en: "Australia", aliases: ["オーストラリア", "豪州", "australia"] },
  canada: { ja: "カナダ", en: "Canada", aliases: ["カナダ", "canada"] },
  germany: { ja: "ドイツ", en: "Germany", aliases: ["ドイツ", "germany"] },
  france: { ja: "フランス", en: "France", aliases: ["フランス", "france"] },
  ireland: { ja: "アイルランド", en: "Ireland", aliases: ["アイルランド", "ireland"] },
  netherlands: { ja: "オランダ", en: "Netherlands", aliases: ["オランダ", "netherlands"] },
};

/**
 * Cloud region codes outside Japan: AWS (us-east-1, eu-west-1, ap-southeast-1, ap-northeast-2 Seoul),
 * Google Cloud (europe-west1, asia-northeast3 Seoul, us-central1), Azure (eastus, westeurope…).
 * The Japanese ones are aliases of `japan` and are matched first.
 */
const FOREIGN_REGION = new RegExp(
  [
    "^(us|eu|ca|sa|me|af|il|mx)-[a-z]+-\\d",
    "^ap-(south|southeast|east)-\\d",
    "^ap-northeast-2",
    "^(europe|australia|northamerica|southamerica|me|africa)-[a-z]+\\d",
    "^us-[a-z]+\\d",
    "^asia-(east|south|southeast)\\d",
    "^asia-northeast3",
    "^(eastus|westus|centralus|southcentralus|northcentralus|northeurope|westeurope|southeastasia|eastasia|uksouth|ukwest|australiaeast|koreacentral|centralindia|canadacentral|francecentral|germanywestcentral)",
  ].join("|"),
);

/** Cloud providers' names as written in front of a region (AWS, Microsoft Azure, Google Cloud, OCI…), compared as {@link comparable}. */
const PROVIDER =
  /^(amazonwebservices|aws|amazon|microsoftazure|azure|microsoft|googlecloudplatform|googlecloud|gcp|google|oraclecloudinfrastructure|oraclecloud|oci|oracle|ibmcloud|ibm|alibabacloud|さくらのクラウド|さくらインターネット|ニフクラ|nifcloud)[-:・/]?/u;

/**
 * Places inside a foreign country as written after or instead of its name (「米国オレゴン州」, 「オレゴン」, 「韓国ソウル」,
 * 「北米」): sixty-second review, where a C3 backup in the US written so was only asked about. Read only after the
 * Japanese places, so a Japanese place is never taken for one of these.
 */
const FOREIGN_PLACE_WORDS: readonly (readonly [RegExp, string])[] = [
  [/^(米国|アメリカ|北米|オレゴン|バージニア|カリフォルニア|オハイオ|シアトル|テキサス|アイオワ|ワシントン州)/u, "united-states"],
  [/^(韓国|ソウル)/u, "korea"],
  [/^(中国(?!地方|・四国|四国|地区|エリア)|上海|北京|深セン|深圳)/u, "china"],
  [/^(英国|イギリス|ロンドン)/u, "united-kingdom"],
  [/^(ドイツ|フランクフルト)/u, "germany"],
  [/^(フランス|パリ)/u, "france"],
  [/^(アイルランド|ダブリン)/u, "ireland"],
  [/^(オランダ|アムステルダム)/u, "netherlands"],
  [/^(オーストラリア|豪州|シドニー|メルボルン)/u, "australia"],
  [/^(カナダ|トロント|モントリオール)/u, "canada"],
  [/^(インド|ムンバイ)/u, "india"],
  [/^(欧州|ヨーロッパ)/u, "eu"],
  [
    /^(ベトナム|タイ王国|フィリピン|インドネシア|マレーシア|ブラジル|メキシコ|南アフリカ|ニュージーランド|スイス|スウェーデン|イタリア|スペイン|イスラエル|アラブ首長国連邦)/u,
    "abroad",
  ],
];

/** A place in Japan named in a text: Japan itself, its regions, its cities of data centres, a prefecture. */
const JAPANESE_PLACE = new RegExp(
  (DATA_LOCATIONS.japan as VocabularyEntry).aliases
    // Japanese words, and Latin ones long enough not to stand inside another word (not 「jp」); 京都 and 三重 are left out
    // as stems that stand inside other words (東京都, 三重化).
    .filter((alias) => (/[^a-z0-9-]/u.test(alias) || alias.length >= 5) && alias !== "京都" && alias !== "三重")
    .map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"))
    .join("|"),
  "u",
);

/** Words of a qualifier that names another copy of the data (disaster recovery, a backup, a replica). */
const COPY_WORDS = /dr|バックアップ|レプリカ|複製|待機|副系|backup|replica|secondary|standby/iu;

/** A place in parentheses after another (日本国内（東京リージョン）, 国内（福岡県）): both parts, the outer first. */
const QUALIFIED = /^(.*?)[（(]([^（()）]*)[）)]$/u;

/**
 * Where a written data location is: a key of {@link DATA_LOCATIONS} (`japan`) or of
 * {@link FOREIGN_DATA_LOCATIONS}, or `undefined` when the text names no place this library knows.
 * A place with a qualifier in parentheses is read by both parts: a qualifier abroad makes the
 * place abroad, an unknown qualifier leaves it to the part before.
 */
export function dataLocationKey(text: string): string | undefined {
  const known = (value: string): string | undefined => {
    const home = vocabularyKey(DATA_LOCATIONS, value);
    if (Object.hasOwn(DATA_LOCATIONS, home)) return home;
    const foreign = vocabularyKey(FOREIGN_DATA_LOCATIONS, value);
    if (Object.hasOwn(FOREIGN_DATA_LOCATIONS, foreign)) return foreign;
    if (FOREIGN_REGION.test(comparable(value).replace(PLACE_SUFFIX, ""))) return "abroad";
    // Not where a place in Japan is named too (「米国系事業者の東京リージョン」: sixty-third review).
    const inForeignCountry = JAPANESE_PLACE.test(comparable(value))
      ? undefined
      : FOREIGN_PLACE_WORDS.find(([words]) => words.test(comparable(value)));
    if (inForeignCountry !== undefined) return inForeignCountry[1];
    // The provider's name in front is no place (「AWS 東京リージョン」, "Azure japaneast"; twenty-ninth review).
    const written = comparable(value);
    // A place with a qualifier is read part by part (below), never as a whole after the provider's name.
    if (/[（(]/u.test(written)) return undefined;
    const bare = written.replace(PROVIDER, "");
    return bare !== written && bare !== "" ? known(bare) : undefined;
  };
  const whole = known(text);
  if (whole !== undefined) return whole;
  const parts = QUALIFIED.exec(text.normalize("NFKC").trim());
  if (parts === null) return undefined;
  const outer = known(parts[1] ?? "");
  // A labelled qualifier (「DR: us-west-2」, 「バックアップ：シンガポール」) is read by what follows its label.
  const note = (parts[2] ?? "").replace(/^[^:：]{1,12}[:：]\s*/u, "");
  const inner = known(note);
  // A copy somewhere not read (「DR: 不明」) is not left to the part before (thirtieth review), unless that part is itself
  // outside Japan (「米国（バックアップ）」: sixty-second review).
  if (inner === undefined && COPY_WORDS.test(parts[2] ?? "") && (outer === undefined || Object.hasOwn(DATA_LOCATIONS, outer)))
    return undefined;
  if (inner !== undefined && inner !== outer && !Object.hasOwn(DATA_LOCATIONS, inner)) return inner;
  return outer ?? inner;
}

/** Governing laws: the select list for `governingLaw`, with the same alias rule. */
export const GOVERNING_LAWS: Readonly<Record<string, VocabularyEntry>> = {
  japan: {
    ja: "日本法",
    en: "Japanese law",
    aliases: [
      "japan",
      "jp",
      "日本",
      "日本国",
      "日本法",
      "日本国法",
      "日本の法律",
      "日本国の法律",
      "日本法令",
      "日本の法令",
      "日本国の法令",
      "日本国法令",
      "日本法準拠",
      "japaneselaw",
      "lawsofjapan",
      "lawofjapan",
    ],
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
