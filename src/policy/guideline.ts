/**
 * How checks cite the national guideline (総務省「地方公共団体における情報セキュリティポリシーに関する
 * ガイドライン」): by revision and by the title of the model standards' section, never by a section
 * number that cannot be verified. The section titles are those the basic policy itself uses for its
 * measures (clause 6 follows the guideline's model basic policy), so they can be checked against it.
 * A separate national document is named as such.
 */

/** Text in both languages. */
export interface GuidelineText {
  readonly ja: string;
  readonly en: string;
}

/** The revision the default profile follows. */
export const GUIDELINE_REVISION: GuidelineText = { ja: "令和7年3月版", en: "March 2025" };

/** Sections of the guideline's model standards, by title (the same titles as clause 6 of the basic policy). */
export const GUIDELINE_SECTIONS = {
  organisation: { ja: "組織体制", en: "Organisation" },
  human: { ja: "人的セキュリティ", en: "Human security" },
  operations: { ja: "運用", en: "Operations" },
  outsourcing: { ja: "業務委託と外部サービス（クラウドサービス）の利用", en: "Outsourcing and external (cloud) services" },
  evaluation: { ja: "評価・見直し", en: "Evaluation and review" },
  physical: { ja: "物理的セキュリティ", en: "Physical security" },
} as const satisfies Record<string, GuidelineText>;

export type GuidelineSection = keyof typeof GUIDELINE_SECTIONS;

/** The separate national guideline on ICT business continuity plans (not the security-policy guideline). */
export const ICT_BCP_GUIDELINE: GuidelineText = {
  ja: "総務省「地方公共団体におけるICT部門の業務継続計画（BCP）策定に関するガイドライン」（情報セキュリティポリシーのガイドラインとは別の文書）",
  en: "MIC's guideline on ICT business continuity plans for local governments (a separate document from the security-policy guideline)",
};

/** The citation string of a check's `meta.guideline`: revision, section title and, optionally, the topic within it. */
export function guidelineCitation(section: GuidelineSection, topic?: string): string {
  const title = GUIDELINE_SECTIONS[section].ja;
  return `ガイドライン（${GUIDELINE_REVISION.ja}）対策基準例「${title}」${topic === undefined ? "" : `（${topic}）`}`;
}

/** A message's reference to a section of the guideline, in both languages. */
export function guidelineReference(section: GuidelineSection, topic?: GuidelineText): GuidelineText {
  const title = GUIDELINE_SECTIONS[section];
  return {
    ja: `ガイドライン（${GUIDELINE_REVISION.ja}）「${title.ja}」${topic === undefined ? "" : `（${topic.ja}）`}`,
    en: `Guideline (${GUIDELINE_REVISION.en}), "${title.en}"${topic === undefined ? "" : ` (${topic.en})`}`,
  };
}

/** A message's reference to recommended practice, with the reason. */
export function practiceReference(ja: string, en: string): GuidelineText {
  return { ja: `推奨される運用：${ja}`, en: `Recommended practice: ${en}` };
}

/** Revisions of the guideline as cited, in English. */
const REVISIONS_EN: Readonly<Record<string, string>> = {
  令和2年12月版: "December 2020",
  令和4年3月版: "March 2022",
  令和6年10月版: "October 2024",
  令和7年3月版: "March 2025",
};

/** Section titles cited in checks' `meta.guideline`, in English. */
const SECTIONS_EN: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.values(GUIDELINE_SECTIONS).map((t) => [t.ja, t.en])),
  技術的セキュリティ: "Technical security",
  情報資産の分類と管理: "Classification and management of information assets",
  三層の対策: "Three-zone model",
  情報システム全体の強靱性の向上: "Strengthening the resilience of the whole information system",
  ガバメントクラウドの利用における対策: "Measures for using Government Cloud",
  "α'モデル": "α' model",
  業務委託: "Outsourcing",
};

/**
 * A check's guideline citation (`meta.guideline`, written in Japanese) for an English report: the
 * revision and the section in English, a topic the project does not translate kept as the
 * guideline's own heading. The separate ICT-BCP guideline has its own English name.
 */
export function guidelineInEnglish(citation: string): string {
  let english = translatedCitations.get(citation);
  if (english === undefined) {
    english = translateCitation(citation);
    // Bounded: custom checks may bring citations of their own.
    if (translatedCitations.size >= 1_000) translatedCitations.clear();
    translatedCitations.set(citation, english);
  }
  return english;
}

/**
 * Citations already translated: every evaluation asks again for the same few (one per check with a
 * guideline basis, for the report's account of each check), and the translation was a sixth of the
 * time of evaluating a small description.
 */
const translatedCitations = new Map<string, string>();

function translateCitation(citation: string): string {
  if (citation === ICT_BCP_GUIDELINE.ja) return ICT_BCP_GUIDELINE.en;
  const match = /^ガイドライン（([^）]*)）(対策基準例)?(.*)$/u.exec(citation);
  if (match === null) return citation;
  const revisions = (match[1] ?? "").split("・").map((r) => REVISIONS_EN[r] ?? r);
  const sections = (match[3] ?? "").replace(/「([^」]*)」/gu, (_all, title: string) => `"${SECTIONS_EN[title] ?? title}"`);
  const rest = sections.replace(/・/gu, ", ").replace(/（/gu, " (").replace(/）/gu, ")");
  return `Guideline (${revisions.join(", ")})${match[2] === undefined ? "," : ", model standards"} ${rest.trim()}`;
}
