import { confidentialityAtLeast } from "../../model/values/asset-class.js";
import { DATA_LOCATIONS, dataLocationKey, GOVERNING_LAWS, vocabularyKey, vocabularyLabel } from "../../model/values/cloud-service.js";
import { guidelineCitation } from "../../policy/guideline.js";
import { defineCheck } from "../define-check.js";
import { handledConfidentiality, isUnassigned } from "../holders.js";
import { withoutBracketNotes } from "../../model/values/common.js";

/** Words of a foreign law or court (「ニューヨーク州法」, "laws of the State of California", 「英国法」, "English law"). */
const FOREIGN_LAW =
  /州法|州の法|state of|\bstate\b|california|new york|washington|delaware|england|english|wales|ireland|irish|singapore|united states|united kingdom|\bu\.?s\.?a?\b|\bu\.?k\.?\b|american|british|英国|米国|アメリカ|イギリス|香港|中国|シンガポール|アイルランド|foreign|外国/iu;

/** Words that rule a law out (「外国法の適用を排除」, 「米国法は適用しない」; fifty-sixth review). */
const EXCLUDED = /排除|適用(しない|せず|されない|を除く)|除く|によらない|not\s+apply|exclud/iu;

/**
 * How a governing law reads: Japanese law, foreign law, or neither (asked about). A court or note beside Japanese law
 * is read past (fiftieth review: 「日本法（管轄裁判所：熊本地方裁判所）」 failed as foreign law); a foreign law anywhere
 * in it, beside Japanese law too, is foreign (fifty-third review: 「日本法・米国法」 and 「日本法（ただし…ワシントン州法）」
 * passed).
 */
function readLaw(law: string): "japan" | "foreign" | "unreadable" {
  const text = law
    .normalize("NFKC")
    .trim()
    .replace(/^(準拠法|governing\s*law)\s*[:：]?\s*/iu, "");
  // Every piece, notes in brackets included, read as a place once its 「法」 is set aside; a piece that rules a law out
  // names none.
  const pieces = text
    .split(/[・、,;/／()（）「」『』【】[\]。]|\s+and\s+|ただし|但し/u)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== "" && !EXCLUDED.test(piece));
  const affirmed = pieces.join(" ");
  const place = (piece: string) =>
    dataLocationKey(
      piece
        .replace(/(の法律|の法令|法令|法準拠|法)$/u, "")
        .replace(/^(the\s+)?laws?\s+of\s+(the\s+)?/iu, "")
        .replace(/\s+law$/iu, ""),
    );
  const places = pieces.map(place).filter((key) => key !== undefined);
  if (places.some((key) => key !== "japan") || FOREIGN_LAW.test(affirmed)) return "foreign";
  const bare = withoutBracketNotes(text).trim();
  const [first = bare] = bare.split(/[・、,;/／]|\s+and\s+/u);
  if ([text, bare, first.trim()].some((c) => c !== "" && vocabularyKey(GOVERNING_LAWS, c) === "japan") || places.includes("japan"))
    return "japan";
  return "unreadable";
}

/** What a place means for comparison: its known key (`japan`, `singapore`), else the text as compared. */
const place = (text: string) => dataLocationKey(text) ?? vocabularyKey(DATA_LOCATIONS, text);
const labels = (texts: readonly string[]) => ({
  ja: texts.map((t) => vocabularyLabel(DATA_LOCATIONS, t).ja).join("、"),
  en: texts.map((t) => vocabularyLabel(DATA_LOCATIONS, t).en).join(", "),
});

/**
 * Resident data must stay where Japanese courts and law reach it. A cloud service does not say
 * whether it holds personal information, so its highest confidentiality decides: at or above the
 * profile's `handling.personalInformationMinimum` (C2 by default) it may hold personal
 * information, and the rule applies. Locations come from the profile; the governing law the
 * guideline expects is Japanese law. Both are read through vocabularies with aliases
 * (DATA_LOCATIONS, GOVERNING_LAWS), so 日本国内, 国内, a prefecture (熊本県) and a Japanese region all
 * mean japan, a qualifier in parentheses is read too (日本国内（東京リージョン）), and 日本法 or
 * 日本国の法令 means Japanese law. A place that names no country the library knows is not judged
 * outside Japan: it asks for the place to be written plainly.
 */
export default defineCheck({
  meta: {
    id: "cloud-data-location",
    area: "outsourcing",
    title: {
      ja: "個人情報を扱いうる外部サービスは、許可した国にデータを置き、日本法を準拠法とすること",
      en: "External services that may hold personal information must keep data in allowed countries under Japanese law",
    },
    clauses: ["6(8)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: guidelineCitation("outsourcing", "外部サービスの利用：データの保存場所・準拠法・管轄裁判所"),
    severity: "high",
    target: "cloudService",
    applicability: {
      when: (service, ctx) => {
        const { cls } = handledConfidentiality(service, ctx.description);
        return cls === undefined || confidentialityAtLeast(cls, ctx.profile.handling.personalInformationMinimum);
      },
      condition: {
        ja: "個人情報の機密性の下限（handling.personalInformationMinimum）以上の情報を扱う外部サービス（サービスの記載か、その上で動くシステムの情報資産の機密性の高い方による）、または扱う情報の機密性の記載がないもの",
        en: "external services handling information at or above the minimum class of personal information (handling.personalInformationMinimum), by the service's statement or the assets of a system hosted on it, whichever is higher, or not stating the class they handle",
      },
    },
    messages: {
      locationNotAllowed: {
        ja: "外部サービス {{service}} のデータの保存場所に、許可していない場所が含まれている（記載：{{outsideJa}}。許可している保存場所：{{allowedJa}}）",
        en: "External service {{service}} stores data in places that are not allowed (stated: {{outsideEn}}; allowed: {{allowedEn}})",
      },
      foreignLaw: {
        ja: "外部サービス {{service}} の契約の準拠法が日本法ではない（記載：{{lawJa}}）",
        en: "External service {{service}}'s contract is not governed by Japanese law (stated: {{lawEn}})",
      },
      confidentialityUnknown: {
        ja: "外部サービス {{service}} で扱う情報の最も高い機密性（highestConfidentiality）の記載がない",
        en: "External service {{service}} does not state the highest confidentiality class it handles (highestConfidentiality)",
      },
      locationUnreadable: {
        ja: "外部サービス {{service}} のデータの保存場所（{{places}}）から、どの国か読み取れない。国名または都道府県名で記載すること（日本国内なら「日本国内」）",
        en: "External service {{service}}: the data location ({{places}}) does not say which country it is in; write the country or the prefecture (日本国内 or japan for Japan)",
      },
      locationsUnknown: {
        ja: "外部サービス {{service}} のデータの保存場所（dataLocations）の記載がない",
        en: "External service {{service}} does not state where its data is stored (dataLocations)",
      },
      lawUnreadable: {
        ja: "外部サービス {{service}} の契約の準拠法（記載：{{law}}）から、どの国の法か読み取れない。日本法なら「日本法」と記載し、管轄裁判所は別に記録すること",
        en: "External service {{service}}: the governing law ({{law}}) does not say which country's law it is; write 日本法 (or japan) for Japanese law and keep the court on record separately",
      },
      lawUnknown: {
        ja: "外部サービス {{service}} の契約の準拠法（governingLaw）の記載がない",
        en: "External service {{service}} does not state the governing law of its contract (governingLaw)",
      },
    },
    remediation: {
      ja: "データの保存場所（バックアップや複製の置き場所を含む）を許可した場所（既定では日本国内）に限り、準拠法を日本法、管轄裁判所を日本国内の裁判所とする契約を結ぶこと。それができないサービスでは個人情報を扱わないこと",
      en: "Keep the data, backups and replicas included, in the allowed places (Japan by default) and contract under Japanese law with a court in Japan; where a service cannot offer that, keep personal information out of it",
    },
  },
  *evaluate(service, ctx) {
    const data = { service: service.id };
    if (handledConfidentiality(service, ctx.description).cls === undefined) {
      yield ctx.needsEvidence("confidentialityUnknown", ["highestConfidentiality"], data);
      return;
    }
    const allowedList = ctx.profile.cloud.allowedDataLocations;
    const allowed = new Set(allowedList.map(place));
    const locations = service.dataLocations;
    if (locations === undefined || locations.length === 0) yield ctx.needsEvidence("locationsUnknown", ["dataLocations"], data);
    else {
      // A place this library can read (a country, a prefecture, a cloud region) and the profile does
      // not allow fails; a text it cannot read asks for the place to be written plainly.
      const outside: string[] = [];
      const unreadable: string[] = [];
      for (const written of locations) {
        const known = dataLocationKey(written);
        if (!allowed.has(known ?? vocabularyKey(DATA_LOCATIONS, written))) (known === undefined ? unreadable : outside).push(written);
      }
      if (unreadable.length > 0)
        yield ctx.needsEvidence("locationUnreadable", ["dataLocations"], { ...data, places: unreadable.join("、") });
      if (outside.length > 0) {
        const o = { ja: outside.join("、"), en: outside.join(", ") };
        const a = labels(allowedList);
        yield ctx.fail("locationNotAllowed", ["dataLocations"], {
          ...data,
          outsideJa: o.ja,
          outsideEn: o.en,
          allowedJa: a.ja,
          allowedEn: a.en,
        });
      }
    }
    const law = service.governingLaw;
    // 「不明」 or a placeholder says the law is not known, not that it is foreign (forty-sixth review).
    if (law === undefined || isUnassigned(law) || /^(?:不明|未確認|確認中|unknown|不詳)$/iu.test(law.normalize("NFKC").trim())) {
      yield ctx.needsEvidence("lawUnknown", ["governingLaw"], data);
    } else {
      const read = readLaw(law);
      if (read === "unreadable") yield ctx.needsEvidence("lawUnreadable", ["governingLaw"], { ...data, law });
      else if (read === "foreign") {
        const label = vocabularyLabel(GOVERNING_LAWS, law);
        yield ctx.fail("foreignLaw", ["governingLaw"], { ...data, lawJa: label.ja, lawEn: label.en });
      }
    }
  },
});
