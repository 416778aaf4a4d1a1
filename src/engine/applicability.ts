/**
 * Whether a check applies to a target, and if not, why — in words. Every `not-applicable` result
 * says which of the check's conditions the target does not meet: the zones, network models or
 * classes it declares, or its own `when` condition through the reason text that must come with it.
 */
import type { Applicability, CheckContext, JudgedElsewhere, MessageData, TargetSubjects } from "./check-api.js";
import { AVAILABILITY_RANK, CONFIDENTIALITY_RANK, INTEGRITY_RANK } from "../model/values/asset-class.js";
import type { HandlingThreshold } from "../model/check-meta.js";
import type { LocalizedText, TargetKind } from "../model/finding.js";
import { NETWORK_MODELS } from "../model/values/network-model.js";
import type { Zone } from "../model/zone.js";
import { ZONES } from "../model/values/zone.js";
import { coveredBodyOf } from "../model/values/organisation.js";
import { LEGAL_FORM, legalFormsSpelledOut, withoutBracketNotes } from "../model/values/common.js";
import type { Profile } from "../model/profile.js";
import { POLICY } from "../policy/clauses.js";
import { isUnassigned } from "./names.js";

/** Labels joined as people list them: 「A・B」, "A, B or C". */
export function listLabels(labels: readonly LocalizedText[]): LocalizedText {
  const en = labels.map((l) => l.en);
  return {
    ja: labels.map((l) => l.ja).join("・"),
    en: en.length <= 1 ? en.join("") : `${en.slice(0, -1).join(", ")} or ${en[en.length - 1] ?? ""}`,
  };
}

/** The profile thresholds applicability can refer to, in words. */
export const HANDLING_LABELS: Readonly<Record<HandlingThreshold, LocalizedText>> = {
  protectFrom: { ja: "取扱制限を課す機密性の下限", en: "the lowest class with handling restrictions" },
  municipalTerminalsFrom: { ja: "市支給端末でのみ扱う機密性の下限", en: "the lowest class handled only on municipality-issued terminals" },
  myNumberMinimum: { ja: "特定個人情報の機密性の下限", en: "the minimum class of My Number data" },
  personalInformationMinimum: { ja: "個人情報の機密性の下限", en: "the minimum class of personal information" },
};

/** The `not-applicable` message of each reason; `{{…}}` is filled from the result's data. */
export const NOT_APPLICABLE_TEXT: Readonly<Record<string, LocalizedText>> = {
  "network-model": {
    ja: "{{allowedJa}}を採る場合だけに適用される（プロファイルのネットワークモデル：{{valueJa}}）",
    en: "Applies only under {{allowedEn}} (the profile's network model: {{valueEn}})",
  },
  zone: {
    ja: "{{allowedJa}}のシステムだけに適用される（このシステム：{{valueJa}}）",
    en: "Applies only to systems in the {{allowedEn}} (this system: {{valueEn}})",
  },
  confidentiality: {
    ja: "機密性 {{value}}（handling.{{field}}）以上の情報資産を持つシステムだけに適用される。このシステムには記載がない",
    en: "Applies only to systems holding data at confidentiality {{value}} (handling.{{field}}) or above; this system lists none",
  },
  integrity: {
    ja: "完全性 {{value}} 以上の情報資産を持つシステムだけに適用される。このシステムには記載がない",
    en: "Applies only to systems holding data of integrity {{value}} or higher; this system lists none",
  },
  availability: {
    ja: "可用性 {{value}} 以上の情報資産を持つシステムだけに適用される。このシステムには記載がない",
    en: "Applies only to systems holding data of availability {{value}} or higher; this system lists none",
  },
  "described-elsewhere": {
    ja: "別の記述に記載する既存のシステム（describedElsewhere）で、この記述では接続の相手としてだけ扱い、システムの対策は判定しない",
    en: "An existing system described elsewhere (describedElsewhere): this description uses it only as the other end of links and does not judge its own measures",
  },
  "outside-scope": {
    ja: "所管する行政機関（{{value}}）が基本方針 4(1) の適用範囲（プロファイルの coveredBodies）になく、この基本方針では判定しない（適用範囲の確認：system-owner-body-covered）",
    en: "Its owning body ({{value}}) is outside the bodies clause 4(1) covers (the profile's coveredBodies), so this policy does not judge it (scope: system-owner-body-covered)",
  },
  "asked-elsewhere": {
    ja: "{{whatJa}}の記載がなく、その記載は別のチェック（{{by}}）が求めている（記載されるとこのチェックも判定する）",
    en: "Not written: {{whatEn}}, which another check ({{by}}) asks for (once written, this check judges it too)",
  },
  "judged-elsewhere": {
    ja: "{{whatJa}}と記載されており、その点は別のチェック（{{by}}）が判定している",
    en: "The description says {{whatEn}}, which another check ({{by}}) judges",
  },
  condition: {
    ja: "適用の条件に当たらない。このチェックの対象：{{conditionJa}}",
    en: "Does not meet the check's condition; it applies to {{conditionEn}}",
  },
};

const NO_ZONE: LocalizedText = { ja: "領域の記載なし", en: "no zone stated" };

/**
 * Reasons already worded, per rule object (a check's frozen applicability or zone list) and what
 * varies with the target or profile. A check's not-applicable results differ only in a few
 * reasons, so thousands of them share these frozen objects instead of building one each.
 */
const wordedReasons = new WeakMap<object, Map<string, Map<string, MessageData>>>();

/**
 * The worded reason of `rules` for `reason` and `variant` (what varies with the target or
 * profile), if made before. Looked up before anything is built: this runs once per check and
 * target, and a lookup allocates nothing.
 */
function wordedReason(rules: object, reason: string, variant: string): MessageData | undefined {
  return wordedReasons.get(rules)?.get(reason)?.get(variant);
}

/** Keeps a reason (frozen) for {@link wordedReason} and returns it. */
function keepReason(rules: object, reason: string, variant: string, data: MessageData): MessageData {
  let byReason = wordedReasons.get(rules);
  if (byReason === undefined) {
    byReason = new Map();
    wordedReasons.set(rules, byReason);
  }
  let byVariant = byReason.get(reason);
  if (byVariant === undefined) {
    byVariant = new Map();
    byReason.set(reason, byVariant);
  }
  const frozen = Object.freeze(data);
  byVariant.set(variant, frozen);
  return frozen;
}

/** The `not-applicable` data of a system outside a check's zones (shared and frozen). */
export function zoneInapplicability(zones: readonly Zone[], zone: Zone | undefined): MessageData {
  const variant = zone ?? "";
  const known = wordedReason(zones, "zone", variant);
  if (known !== undefined) return known;
  const allowed = listLabels(zones.map((z) => ZONES[z].label));
  const value = zone === undefined ? NO_ZONE : ZONES[zone].label;
  return keepReason(zones, "zone", variant, {
    reason: "zone",
    value: zone ?? "unknown",
    valueJa: value.ja,
    valueEn: value.en,
    allowedJa: allowed.ja,
    allowedEn: allowed.en,
  });
}

/** Whether some asset is at or above `threshold` in `property` (a loop: this runs per check and target). */
function reaches(
  assets: readonly Partial<Record<"confidentiality" | "integrity" | "availability", string>>[],
  property: "confidentiality" | "integrity" | "availability",
  rank: Readonly<Record<string, number>>,
  threshold: number,
): boolean {
  for (const asset of assets) {
    const value = asset[property];
    if (value !== undefined && (rank[value] as number) >= threshold) return true;
  }
  return false;
}

const NO_ASSETS: readonly never[] = Object.freeze([]);

/**
 * Why a check does not apply to a target, as the data of its `not-applicable` result (`reason`,
 * `value` and the words of both), or `undefined` when it applies. The data is shared and frozen:
 * the same rules and reason give the same object. Calls the check's `when`, which may throw: the
 * caller reports that as the check's error.
 */
export function inapplicability<K extends TargetKind>(
  rules: Applicability<K> | undefined,
  kind: K,
  subject: TargetSubjects[K],
  base: Omit<CheckContext, "fail" | "needsEvidence">,
): MessageData | undefined {
  if (rules === undefined) return undefined;
  const { profile } = base;
  if (rules.networkModels !== undefined && !rules.networkModels.includes(profile.networkModel)) {
    const known = wordedReason(rules, "network-model", profile.networkModel);
    if (known !== undefined) return known;
    const allowed = listLabels(rules.networkModels.map((m) => NETWORK_MODELS[m]));
    const value = NETWORK_MODELS[profile.networkModel];
    return keepReason(rules, "network-model", profile.networkModel, {
      reason: "network-model",
      value: profile.networkModel,
      valueJa: value.ja,
      valueEn: value.en,
      allowedJa: allowed.ja,
      allowedEn: allowed.en,
    });
  }
  if (kind === "system") {
    const system = subject as TargetSubjects["system"];
    if (rules.zones !== undefined && (system.zone === undefined || !rules.zones.includes(system.zone))) {
      return zoneInapplicability(rules.zones, system.zone);
    }
    const assets = system.dataAssets ?? NO_ASSETS;
    if (rules.confidentialityFrom !== undefined) {
      const field = rules.confidentialityFrom;
      const value = profile.handling[field];
      if (!reaches(assets, "confidentiality", CONFIDENTIALITY_RANK, CONFIDENTIALITY_RANK[value])) {
        return (
          wordedReason(rules, "confidentiality", value) ??
          keepReason(rules, "confidentiality", value, { reason: "confidentiality", value, field })
        );
      }
    }
    if (rules.integrity !== undefined) {
      const value = rules.integrity;
      if (!reaches(assets, "integrity", INTEGRITY_RANK, INTEGRITY_RANK[value])) {
        return wordedReason(rules, "integrity", "") ?? keepReason(rules, "integrity", "", { reason: "integrity", value });
      }
    }
    if (rules.availability !== undefined) {
      const value = rules.availability;
      if (!reaches(assets, "availability", AVAILABILITY_RANK, AVAILABILITY_RANK[value])) {
        return wordedReason(rules, "availability", "") ?? keepReason(rules, "availability", "", { reason: "availability", value });
      }
    }
  }
  if (rules.when !== undefined && !rules.when(subject, base)) {
    const { condition } = rules;
    return (
      wordedReason(rules, "condition", "") ??
      keepReason(rules, "condition", "", { reason: "condition", value: "", conditionJa: condition.ja, conditionEn: condition.en })
    );
  }
  const asked = rules.askedElsewhere;
  if (asked !== undefined && noneWritten(subject as Record<string, unknown>, asked.fields)) {
    return elsewhereReason(rules, "asked-elsewhere", asked);
  }
  const judged = rules.judgedElsewhere;
  if (
    judged !== undefined &&
    (judged.networkModels === undefined || judged.networkModels.includes(profile.networkModel)) &&
    judgedState(judged, (subject as Record<string, unknown>)[judged.field]) &&
    (judged.onlyWith === undefined || (subject as Record<string, unknown>)[judged.onlyWith] !== undefined)
  ) {
    return elsewhereReason(rules, "judged-elsewhere", judged);
  }
  return undefined;
}

/** The reason of a target another check asks about or judges: what it is, and which check. */
function elsewhereReason(
  rules: object,
  reason: "asked-elsewhere" | "judged-elsewhere",
  other: { readonly what: LocalizedText; readonly by: string },
): MessageData {
  return (
    wordedReason(rules, reason, "") ??
    keepReason(rules, reason, "", { reason, value: "", whatJa: other.what.ja, whatEn: other.what.en, by: other.by })
  );
}

/** Whether none of `fields` is written on `subject`. */
function noneWritten(subject: Record<string, unknown>, fields: readonly string[]): boolean {
  for (const field of fields) if (subject[field] !== undefined) return false;
  return true;
}

/** Whether a block is in the state another check judges: turned off (`enabled: false`), or no dated item in it. */
function judgedState(judged: JudgedElsewhere, block: unknown): boolean {
  if (judged.state === "undated") {
    return (
      block === undefined || (Array.isArray(block) && !block.some((item) => typeof (item as { date?: unknown } | null)?.date === "string"))
    );
  }
  return (block as { enabled?: unknown } | undefined)?.enabled === false;
}

/** The text of a `not-applicable` result with this data: the check's own notice for its `when`, else the reason's. */
export function notApplicableText(rules: Applicability | undefined, data: MessageData): LocalizedText {
  if (data.reason === "condition" && rules?.notice !== undefined) return rules.notice;
  if (data.reason === "judged-elsewhere" && rules?.judgedElsewhere?.notice !== undefined) return rules.judgedElsewhere.notice;
  return NOT_APPLICABLE_TEXT[String(data.reason)] ?? (NOT_APPLICABLE_TEXT.condition as LocalizedText);
}

/** The reason a system described elsewhere is not applicable to any system check (shared). */
export const DESCRIBED_ELSEWHERE: MessageData = Object.freeze({ reason: "described-elsewhere", value: "" });

/**
 * The reason each system of a body outside the policy's scope (4(1), the profile's
 * `coveredBodies`) is not applicable, shared per body, and of each system described elsewhere
 * (`describedElsewhere`); systems of covered bodies, and those whose body is not stated or not yet
 * decided, are not in the map.
 */
export function outsideScopeReasons(
  systems: readonly TargetSubjects["system"][],
  profile: Pick<Profile, "coveredBodies" | "municipality">,
  /** Only the bodies outside the scope, described elsewhere or not (for the report's list of them). */
  bodiesOnly = false,
  /** The description's own `municipality.name`, which is the municipality as much as the profile's. */
  describedName?: string,
  /** The names of the description's vendors: a system owned by one is a company's. */
  vendorNames: readonly string[] = [],
): Map<TargetSubjects["system"], MessageData> {
  const out = new Map<TargetSubjects["system"], MessageData>();
  const byBody = new Map<string, MessageData | null>();
  for (const system of systems) {
    if (system.describedElsewhere === true && !bodiesOnly) {
      out.set(system, DESCRIBED_ELSEWHERE);
      continue;
    }
    const body = system.ownerBody;
    if (body === undefined) continue;
    let reason = byBody.get(body);
    if (reason === undefined) {
      const outside =
        !isUnassigned(body) &&
        coveredBodyOf(body, profile.coveredBodies, profile.municipality) === undefined &&
        (isOtherBody(body, profile.coveredBodies, ownNames(profile, describedName)) || isVendorBody(body, vendorNames));
      reason = outside ? Object.freeze({ reason: "outside-scope", value: body }) : null;
      byBody.set(body, reason);
    }
    if (reason !== null) out.set(system, reason);
  }
  return out;
}

/**
 * Words that name a body of its own, apart from those clause 4(1) lists: a hospital run as a
 * public enterprise, a fire department or a joint body of several municipalities, a public
 * corporation, a prefecture, a national body (a ministry or agency, a legal affairs bureau and its
 * branches, a tax or pension office, a court, J-LIS), a federation (国保連, 国保中央会), a company
 * or a bank, a university. Only such a body puts a system outside the policy's scope; a department,
 * a division or the municipality's own name (福祉課, 総務部, 人吉市役所) is within it (fourteenth
 * review: writing a division's name took a My Number system out of every check).
 */
const OTHER_BODY =
  /(病院|病院事務局|病院事業|医療センター|消防本部|消防組合|組合|広域連合|企業団|公社|事業団|社会福祉協議会|連合会|中央会|警察署|警察本部|警察|法務局|支局|税務署|年金事務所|裁判所|会計検査院|基金|大学|大学法人|銀行|信用金庫|株式会社|有限会社|合同会社|県|府|機構|省|デジタル庁|国税庁|こども家庭庁)$|^国$|^(社会福祉法人|医療法人|学校法人|宗教法人|特定非営利活動法人|npo法人|独立行政法人|地方独立行政法人|公立大学法人|国立大学法人|一般財団法人|公益財団法人|一般社団法人|公益社団法人|株式会社|有限会社|合同会社|地方公共団体情報システム機構|j-?lis)|^(内閣府|内閣官房|総務省|法務省|外務省|財務省|文部科学省|厚生労働省|農林水産省|経済産業省|国土交通省|環境省|防衛省|デジタル庁|こども家庭庁|国税庁|警察庁|消防庁|金融庁|復興庁|気象庁|文化庁|観光庁|特許庁|個人情報保護委員会|人事院|会計検査院)(?=.)|^県[^\s]*(振興局|事務所|保健所|土木|庁|センター)$/iu;

/** A name without legal forms, notes or spaces, for comparing companies' names. */
const companyCore = (name: string) =>
  withoutBracketNotes(legalFormsSpelledOut(name)).replace(LEGAL_FORM, "").replace(/\s+/gu, "").toLowerCase();

/**
 * Whether an owning body is one of the description's vendors, by name (「くまもと電算」 for 株式会社くまもと電算),
 * alone or as the first word before its division (twenty-eighth review: a vendor's system stayed the city's).
 */
export function isVendorBody(body: string, vendorNames: readonly string[]): boolean {
  const cores = vendorNames.map(companyCore).filter((core) => [...core].length >= 3);
  if (cores.length === 0) return false;
  const first = firstCompanyCore(body);
  return cores.some((core) => core === companyCore(body) || core === first);
}

/**
 * The company a name starts with, without legal forms, notes or spaces: 「日本電算株式会社 保守サービス部」 and
 * 「株式会社 日本電算」 are 日本電算; empty when the name has none.
 */
export function firstCompanyCore(name: string): string {
  const first =
    withoutBracketNotes(legalFormsSpelledOut(name))
      .trim()
      .split(/\s+/u)
      .find((word) => companyCore(word) !== "") ?? "";
  return companyCore(first);
}

/** The own names a profile and a description give, and whether other municipalities can be told by them. */
export function ownNames(profile: Pick<Profile, "municipality">, describedName: string | undefined): OwnNames {
  const names = [profile.municipality ?? "", describedName ?? ""].filter((n) => n !== "");
  return {
    names,
    known: describedName !== undefined || (profile.municipality !== undefined && profile.municipality !== POLICY.municipality),
  };
}

/** Another municipality (八代市, 錦町): a name that is one, other than the municipality's own. */
const OTHER_MUNICIPALITY = /^[^\s]{1,8}(市|町|村)$/u;

/** A prefecture's name (東京都, 北海道, 京都府, 大阪府, ○○県), as a pattern to build others on. */
const PREFECTURE_NAME = "(東京都|北海道|京都府|大阪府|[^\\s]{2,3}県)";

/** A prefecture's name, alone (twenty-fourth review: 「上下水道 業務課」 is no prefecture's division). */
const PREFECTURE = new RegExp(`^${PREFECTURE_NAME}$`, "u");

/** A prefecture's name in front of more (熊本県人吉保健所), and the prefecture in front of a name, for {@link municipalityCore}. */
const PREFECTURE_THEN = new RegExp(`^${PREFECTURE_NAME}(.+)$`, "u");
const PREFECTURE_PREFIX = new RegExp(`^${PREFECTURE_NAME}(?=.)`, "u");

/** What a municipality calls itself: 市, 本市, 当町… (eighteenth and twentieth reviews). */
const SELF = /^(本|当|我が)?(市|町|村)$/u;

/** A municipality's name without its prefecture, 郡, 役所/役場 or spaces: 熊本県球磨郡あさぎり町役場 → あさぎり町. */
export function municipalityCore(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/\s+/gu, "")
    .replace(PREFECTURE_PREFIX, "")
    .replace(/^[^\s]{1,4}郡(?=.)/u, "")
    .replace(/(役所|役場)$/u, "");
}

/** Whose a name is, as {@link isOtherBody} is told: the municipality's own names, and whether they are known. */
export interface OwnNames {
  /** The municipality's names (the profile's, the description's `municipality.name`). */
  readonly names: readonly string[];
  /**
   * Whether another municipality can be told by name: the description names its municipality, or
   * the profile names one other than the built-in's. A delivery spec under a profile that kept the
   * built-in's name cannot tell a town's own name from another's, and keeps such systems in scope
   * (twenty-second review: a town's own system left scope and its criticals with it).
   */
  readonly known: boolean;
}

/**
 * Whether an owning body's name names a body of its own (see OTHER_BODY), so that its systems are
 * outside the policy's scope. Leaving scope hides every finding of a system, so it needs a positive
 * reading:
 * - the municipality's own name (prefecture, 郡 and 役所 ignored), a plain 市, 本市, 当町, or a name
 *   that starts with the own name and is no body of its own, is the municipality's (twentieth and
 *   twenty-second reviews); a body named exactly as the municipality is itself (a 組合 judging its own);
 * - a name starting with a body the profile covers (「消防本部 警防課」) is covered;
 * - a body's word at the end decides next (人吉市立病院 is a hospital; fifteenth review: 「市長部局
 *   （消防防災担当）」 and 「消防防災課」 are not other bodies);
 * - another municipality, when names are known: a name that is one (八代市, 錦町役場), or whose first
 *   word is one or a prefecture followed by a division (「八代市 市民課」, 「熊本県 国保・高齢者医療課」);
 * - a body's word as the first word, with a division after it (「人吉球磨広域行政組合 介護保険課」).
 */
export function isOtherBody(body: string, covered: readonly string[] = [], own: string | readonly string[] | OwnNames = ""): boolean {
  const spaced = withoutBracketNotes(legalFormsSpelledOut(body)).trim();
  const name = spaced.replace(/\s+/gu, "");
  if (name === "") return false;
  const given: OwnNames =
    typeof own === "string"
      ? { names: [own], known: true }
      : Array.isArray(own)
        ? { names: own as readonly string[], known: true }
        : (own as OwnNames);
  const owns = given.names.map(municipalityCore).filter((core) => core !== "");
  const coveredNames = covered.map((c) => c.normalize("NFKC").replace(/\s+/gu, ""));
  // A prefecture's office or board (熊本県人吉保健所, 熊本県教育委員会, 熊本県庁): the prefecture, then no
  // municipality's name (twenty-sixth review: they were read as the city's own, as the covered 教育委員会).
  const prefectural = PREFECTURE_THEN.exec(name);
  if (prefectural !== null) {
    const remainder = prefectural[2] as string;
    const ownAfter = owns.some((c) => remainder.startsWith(c)) || SELF.test(remainder);
    if (!ownAfter && !/^[^\s]{1,6}?(市|町|村)/u.test(remainder)) return true;
  }
  const core = municipalityCore(name);
  if (SELF.test(name) || owns.some((c) => core === c)) return false;
  const startsOwn = owns.some((c) => core.startsWith(c));
  const rest = owns.reduce((text, c) => (text.startsWith(c) ? text.slice(c.length) : text), core);
  if (coveredNames.some((c) => rest.startsWith(c))) return false;
  if (OTHER_BODY.test(name)) return true;
  if (startsOwn) return false;
  const first = spaced.split(/\s+/u)[0] ?? "";
  // Owners written together (「錦町・人吉市 共同利用」): the municipality is one of them, and its system is
  // in scope (twenty-eighth review: the partner named first took the system out of every check).
  if (first.split(/[・、,，/／]/u).some((part) => owns.some((c) => municipalityCore(part) === c))) return false;
  const municipality = (text: string) =>
    !SELF.test(text) && OTHER_MUNICIPALITY.test(municipalityCore(text)) && !owns.some((c) => municipalityCore(text) === c);
  // Another municipality's covered body (八代市教育委員会): its name, then a body this profile covers.
  const prefixed = /^([^\s]{1,6}?(?:市|町|村))(.+)$/u.exec(core);
  const othersBody =
    prefixed !== null && !owns.includes(prefixed[1] as string) && coveredNames.some((c) => (prefixed[2] as string).startsWith(c));
  if (given.known && (othersBody || municipality(name) || (first !== name && (municipality(first) || PREFECTURE.test(first))))) return true;
  return first !== name && OTHER_BODY.test(first) && !PREFECTURE.test(first);
}

/** The names of a description's vendors, for {@link outsideScopeReasons}. */
export function vendorNamesOf(description: { readonly vendors?: readonly { readonly name: string }[] }): string[] {
  return (description.vendors ?? []).map((vendor) => vendor.name);
}
