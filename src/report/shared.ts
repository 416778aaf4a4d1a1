/**
 * What every formatter shares: labels in both languages, the check metadata a report implies,
 * ordering and sanitising. Pure: no I/O, no clock, no locale-dependent collation.
 */
import type { Basis, Finding, LocalizedText, Outcome, Severity, Target, TargetKind } from "../model/finding.js";
import type { ExternalEndpoint } from "../model/endpoint.js";
import { EXTERNAL_ENDPOINT_KINDS, EXTERNAL_ENDPOINTS } from "../model/values/endpoint.js";
import { SEVERITIES, SEVERITY_LABELS } from "../model/values/finding.js";
import { ZONES } from "../model/values/zone.js";
import type { Zone } from "../model/zone.js";
import type { MeasureArea } from "../model/measure-area.js";
import type { Report, ReportCheck } from "../model/report.js";
import type { ThreatId } from "../model/threat.js";
import { getClause, POLICY } from "../policy/clauses.js";
import type { ClassificationScheme } from "../model/asset-class.js";
import type { NetworkModel } from "../model/network-model.js";
import { CLASSIFICATION_SCHEMES } from "../model/values/asset-class.js";
import { NETWORK_MODELS } from "../model/values/network-model.js";
import type { DescriptionSource } from "./options.js";
import { formatDate } from "../engine/dates.js";
import { comparePointers } from "../engine/json-pointer.js";

/** The language a formatter writes in. */
export type Locale = "ja" | "en";

export const OUTCOME_LABELS: Readonly<Record<Outcome, LocalizedText>> = {
  fail: { ja: "不適合", en: "fail" },
  "needs-evidence": { ja: "証跡不足", en: "needs evidence" },
  waived: { ja: "例外適用", en: "waived" },
  pass: { ja: "適合", en: "pass" },
  "not-applicable": { ja: "対象外", en: "not applicable" },
  error: { ja: "チェックのエラー", en: "check error" },
};

/** The severities' labels: the model's one table. */
export { SEVERITY_LABELS } from "../model/values/finding.js";

/** How each basis is named; practice must never read as the policy's own words. */
export const BASIS_LABELS: Readonly<Record<Basis, LocalizedText>> = {
  policy: { ja: "基本方針", en: "basic policy" },
  guideline: { ja: "総務省ガイドライン", en: "national guideline" },
  practice: { ja: "推奨される運用（基本方針の文言ではない）", en: "recommended practice (not the policy's words)" },
};

/** Group headings for targets that are not systems (systems get one group each). */
export const TARGET_KIND_LABELS: Readonly<Record<TargetKind, LocalizedText>> = {
  description: { ja: "記述全体", en: "Whole description" },
  municipality: { ja: "団体全体", en: "Municipality" },
  system: { ja: "システム", en: "System" },
  connection: { ja: "接続", en: "Connections" },
  vendor: { ja: "委託先", en: "Vendors" },
  cloudService: { ja: "クラウドサービス", en: "Cloud services" },
  socialMediaAccount: { ja: "ソーシャルメディアアカウント", en: "Social media accounts" },
};

/** Worst first; used to pick the outcome of a check × target and to order findings. */
export const OUTCOME_RANK: Readonly<Record<Outcome, number>> = {
  fail: 0,
  "needs-evidence": 1,
  waived: 2,
  pass: 3,
  "not-applicable": 4,
  // Ranked first: a check that could not judge hides nothing it might have found.
  error: -1,
};

/** Outcomes that are listed one by one; pass and not-applicable are only counted. */
export function isListed(finding: Finding): boolean {
  return finding.outcome === "fail" || finding.outcome === "needs-evidence" || finding.outcome === "waived" || finding.outcome === "error";
}

/** Plain code-unit order: deterministic on every machine, unlike `localeCompare`. */
export function compareStrings(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** Severity first (critical → low), then the worse outcome, then the report's own order (the sort is stable). */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || OUTCOME_RANK[a.outcome] - OUTCOME_RANK[b.outcome],
  );
}

/**
 * What a formatter knows about one check: the report's own account of it (`report.checks`).
 * Formatters never read the check catalogue, so custom checks are described as fully as built-in
 * ones.
 */
export interface CheckInfo {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly remediation?: LocalizedText;
  readonly clauses: readonly string[];
  readonly threats: readonly ThreatId[];
  readonly basis: Basis;
  readonly area: MeasureArea;
  /** The severity the report used (the profile may override the check's default). */
  readonly severity: Severity;
  /** One of the library's checks, or one the caller passed in; `unknown` for a check a hand-made report does not describe. */
  readonly origin: ReportCheck["origin"] | "unknown";
  /** The check's documentation page, where the report names one. */
  readonly docsUrl?: string;
  /** The check's version, where the report names one. */
  readonly version?: string;
}

/** What a report says of a check it describes. */
function fromReport(check: ReportCheck): CheckInfo {
  return {
    id: check.id,
    title: check.title,
    ...(check.description === undefined ? {} : { description: check.description }),
    remediation: check.remediation,
    clauses: check.clauses,
    threats: check.threats,
    basis: check.basis,
    area: check.area,
    severity: check.severity,
    origin: check.origin,
    ...(check.docsUrl === undefined ? {} : { docsUrl: check.docsUrl }),
    ...(check.version === undefined ? {} : { version: check.version }),
  };
}

/**
 * What the results alone say of a check the report does not describe (a report edited by hand):
 * the title of a pass result (the engine uses the title as the pass message), else the id.
 */
function fromResults(id: string, findings: readonly Finding[]): CheckInfo {
  const first = findings[0] as Finding;
  const passed = findings.find((f) => f.outcome === "pass");
  const remediation = findings.find((f) => f.remediation !== undefined)?.remediation;
  return {
    id,
    title: passed?.message ?? { ja: id, en: id },
    ...(remediation === undefined ? {} : { remediation }),
    // A finding may cite some of its check's clauses: the check cites them all.
    clauses: [...new Set(findings.flatMap((f) => f.clauses))],
    threats: first.threats,
    basis: first.basis,
    area: first.area,
    severity: first.severity,
    origin: "unknown",
  };
}

/**
 * The checks present in a report's results, sorted by id, as the report describes them in
 * `checks`. A check with results but no entry in `checks` (a hand-edited report) is described
 * from its results.
 */
export function checksOf(report: Report): CheckInfo[] {
  const described = new Map((report.checks ?? []).map((check) => [check.id, check]));
  const byId = new Map<string, Finding[]>();
  for (const finding of report.results) {
    const list = byId.get(finding.checkId);
    if (list === undefined) byId.set(finding.checkId, [finding]);
    else list.push(finding);
  }
  return [...byId.keys()].sort(compareStrings).map((id) => {
    const check = described.get(id);
    return check === undefined ? fromResults(id, byId.get(id) as Finding[]) : fromReport(check);
  });
}

/**
 * Every check the report describes (the checks that ran, including those with nothing listed),
 * and any check its results name that it does not describe, sorted by id.
 */
export function allChecksOf(report: Report): CheckInfo[] {
  const listed = checksOf(report);
  const seen = new Set(listed.map((check) => check.id));
  const quiet = (report.checks ?? []).filter((check) => !seen.has(check.id)).map(fromReport);
  return [...listed, ...quiet].sort((a, b) => compareStrings(a.id, b.id));
}

/** `6(3)① マイナンバー利用事務系`, or the bare id when the policy has no such clause. */
export function clauseLabel(id: string, locale: Locale): string {
  const clause = getClause(id);
  return clause === undefined ? id : `${id} ${clause.title[locale]}`;
}

/**
 * The basis of a finding in words, with its reference: a reference that already names the
 * guideline is not prefixed with the word again (「総務省ガイドライン（令和7年3月版）…」).
 */
export function basisLabelOf(finding: { readonly basis: Basis; readonly reference?: LocalizedText }, locale: Locale): string {
  const label = BASIS_LABELS[finding.basis][locale];
  const reference = finding.basis === "policy" ? undefined : finding.reference?.[locale];
  if (reference === undefined) return label;
  if (finding.basis === "guideline" && locale === "ja" && reference.startsWith("ガイドライン")) return `総務省${reference}`;
  // A reference that names its issuer already (総務省「…BCP…」, MIC's guideline on …) stands alone.
  if (finding.basis === "guideline" && locale === "ja" && reference.startsWith("総務省")) return reference;
  if (finding.basis === "guideline" && locale === "en" && reference.startsWith("MIC's")) return reference;
  if (finding.basis === "guideline" && locale === "en" && reference.startsWith("Guideline")) return `National g${reference.slice(1)}`;
  return locale === "ja" ? `${label}（${reference}）` : `${label} (${reference})`;
}

/**
 * Where a requirement comes from, in words: the clauses and whether the policy, the guideline or
 * recommended practice says so.
 */
export function basisLine(
  finding: { readonly basis: Basis; readonly clauses: readonly string[]; readonly reference?: LocalizedText },
  locale: Locale,
): string {
  const clauses = finding.clauses.map((c) => clauseLabel(c, locale)).join(locale === "ja" ? "、" : "; ");
  const basis = basisLabelOf(finding, locale);
  if (finding.basis === "policy") return clauses === "" ? basis : `${basis} ${clauses}`;
  if (clauses === "") return basis;
  return locale === "ja" ? `${basis}。関連条項 ${clauses}` : `${basis}; related clauses ${clauses}`;
}

/** A JSON pointer for display; the empty pointer (the whole description) gets a word. */
export function pointerLabel(pointer: string, locale: Locale): string {
  if (pointer !== "") return pointer;
  return locale === "ja" ? "（記述全体）" : "(whole description)";
}

/** `file:line:column` when the CLI located the finding, the JSON pointer otherwise. */
export function locationLabel(finding: Finding, locale: Locale): string {
  const at = finding.location;
  if (at === undefined) return pointerLabel(finding.path, locale);
  if (at.cell !== undefined) return [at.file, at.sheet, at.cell].filter((s) => s !== undefined).join(" › ");
  return `${at.file}:${at.line}:${at.column}`;
}

/** A node of a path in words: a system by its id, a network outside the municipality by name, with its zone in words. */
function traceNode(node: string, zone: string | undefined, locale: Locale): string {
  let name = node;
  if (node.startsWith("external:")) {
    const rest = node.slice("external:".length);
    const slash = rest.indexOf("/");
    const kind = (slash < 0 ? rest : rest.slice(0, slash)) as ExternalEndpoint;
    name = (locale === "ja" ? EXTERNAL_ENDPOINT_KINDS[kind]?.ja : EXTERNAL_ENDPOINTS[kind]?.en) ?? node;
    // A vendor network named by its connections: 「事業者のネットワーク「保守センター」」.
    if (kind === "vendor-network" && slash >= 0)
      name = locale === "ja" ? `${name}「${rest.slice(slash + 1)}」` : `${name} "${rest.slice(slash + 1)}"`;
  }
  const zoneWords = zone === undefined ? undefined : (ZONES[zone as Zone]?.label[locale] ?? zone);
  if (zoneWords === undefined) return name;
  return locale === "ja" ? `${name}（${zoneWords}）` : `${name} (${zoneWords})`;
}

/** A network path, hop by hop, in words: `im（インターネット接続系）[mail-in] → groupware（LGWAN接続系）`; hops that must change are marked. */
export function traceLabel(finding: Finding, locale: Locale): string | undefined {
  if (finding.trace === undefined || finding.trace.length === 0) return undefined;
  const mustChange = locale === "ja" ? "要変更" : "must change";
  return finding.trace
    .map((hop) => {
      const marked = hop.mustChange ? `${locale === "ja" ? "、" : ", "}${mustChange}` : "";
      const via = hop.connection === undefined ? "" : `${locale === "ja" ? "" : " "}[${hop.connection}${marked}]`;
      return `${traceNode(hop.node, hop.zone, locale)}${via}`;
    })
    .join(" → ");
}

/** The target as a short name: its name with its id, else its id, else its path, else its kind. */
export function targetLabel(target: Target, locale: Locale = "en"): string {
  // The municipality and the whole description have no id: named in words (「団体全体」), not by their pointer.
  if (target.id === undefined && (target.kind === "municipality" || target.kind === "description"))
    return TARGET_KIND_LABELS[target.kind][locale];
  if (target.id !== undefined && target.name !== undefined)
    return locale === "ja" ? `${target.name}（${target.id}）` : `${target.name} (${target.id})`;
  return target.id ?? (target.path === "" ? target.kind : target.path);
}

/** Counts of a report by outcome, in words: `不適合 2、証跡不足 1、…`. */
/**
 * The words of a report's head, one set for every human-readable format (seventy-ninth review: the
 * Markdown said 評価レポート and 評価日 where the HTML of the same run said 適合性レポート and 評価基準日).
 * 評価基準日: the day the facts are judged as of (--as-of or the description's own date), not the day
 * the tool ran, which a report never records.
 */
export const HEAD_LABELS = {
  title: { ja: "情報セキュリティポリシー評価レポート", en: "Security policy evaluation report" },
  sources: { ja: "評価した記述", en: "Descriptions evaluated" },
  policy: { ja: "基本方針", en: "Policy" },
  profile: { ja: "プロファイル", en: "Profile" },
  date: { ja: "評価基準日", en: "Evaluation date" },
  tool: { ja: "ツール", en: "Tool" },
} as const satisfies Record<string, LocalizedText>;

/** The policy by its name (which carries its revision) when it is this library's; by id and edition otherwise. */
export function policyLabel(policy: Report["policy"], locale: Locale): string {
  return policy.id === POLICY.id && policy.edition === POLICY.edition ? POLICY.title[locale] : `${policy.id} ${policy.edition}`;
}

/**
 * The profile's network model and classification scheme in words, 「αモデル、従来の分類（機密性3・2・1）」;
 * a value the label tables do not know (a hand-made report, `unknown` in a failed run) as it is.
 */
export function profileTraits(profile: Report["profile"], locale: Locale): string {
  const model = Object.hasOwn(NETWORK_MODELS, profile.networkModel)
    ? NETWORK_MODELS[profile.networkModel as NetworkModel][locale]
    : profile.networkModel;
  const scheme = Object.hasOwn(CLASSIFICATION_SCHEMES, profile.classificationScheme)
    ? CLASSIFICATION_SCHEMES[profile.classificationScheme as ClassificationScheme][locale]
    : profile.classificationScheme;
  return locale === "ja" ? `${model}、${scheme}` : `${model}, ${scheme}`;
}

/** One input of a report as its head names it. */
export interface SourceInfo {
  readonly file: string;
  readonly title?: string;
}

/**
 * The inputs a report was made from: the report's own `sources`, else the descriptions the caller
 * passed to the formatter (a report from `evaluate` does not know its files). Empty when neither says.
 */
export function sourcesOf(report: Pick<Report, "sources">, given?: readonly DescriptionSource[]): SourceInfo[] {
  if (report.sources !== undefined) return report.sources;
  return (given ?? []).map(({ file, description }) =>
    description.title === undefined || description.title === "" ? { file } : { file, title: description.title },
  );
}

/**
 * The evaluation date as a report's header gives it: with a note when it is the description's own
 * date rather than one the evaluator gave, since exceptions' expiry is judged on it too. A notice of
 * the run, not a finding against the municipality.
 */
export function evaluationDateLabel(report: Pick<Report, "evaluationDate" | "evaluationDateSource">, locale: Locale): string {
  if (report.evaluationDateSource !== "description") return report.evaluationDate;
  return locale === "ja"
    ? `${report.evaluationDate}（記述自身の evaluationDate による。例外措置の有効期限もこの日で判定した）`
    : `${report.evaluationDate} (the description's own evaluationDate; exceptions' expiry was judged on it too)`;
}

/**
 * The same notice as a note of its own, for the formats without a heading to carry it (GitHub annotations, SARIF, JUnit):
 * empty when the evaluator gave the date (fifty-first review: a description's own date reached CI silently).
 */
export function evaluationDateNotes(report: Pick<Report, "evaluationDate" | "evaluationDateSource">, locale: Locale): string[] {
  if (report.evaluationDateSource !== "description") return [];
  return [
    locale === "ja"
      ? `評価の基準日 ${report.evaluationDate} は記述自身の evaluationDate による（例外措置の有効期限もこの日で判定した）。評価する側の日付で判定するには --as-of を使うこと`
      : `The evaluation date ${report.evaluationDate} is the description's own evaluationDate (exceptions' expiry was judged on it too); give --as-of to judge on the evaluator's date`,
  ];
}

/** The notes of the formats without a heading (GitHub annotations, SARIF, JUnit): the date's source, then the heading's notes. */
export function runNotes(report: Report, locale: Locale): string[] {
  return [...evaluationDateNotes(report, locale), ...headingNotes(report, locale)];
}

export function summaryLine(report: Report, locale: Locale): string {
  const counts = report.summary.byOutcome;
  // Errors (a check that could not judge a target) are named when there are any, so the counts add up to the total.
  const order: Outcome[] = [
    "fail",
    "needs-evidence",
    "waived",
    "pass",
    "not-applicable",
    ...(counts.error > 0 ? (["error"] as const) : []),
  ];
  if (locale === "ja") {
    return `結果 ${report.summary.total} 件: ${order.map((o) => `${OUTCOME_LABELS[o].ja} ${counts[o]}`).join("、")}`;
  }
  return `${report.summary.total} ${report.summary.total === 1 ? "result" : "results"}: ${order.map((o) => `${counts[o]} ${OUTCOME_LABELS[o].en}`).join(", ")}`;
}

/** The waiver that covers a finding, in one line. */
export function waiverLine(finding: Finding, locale: Locale): string | undefined {
  const w = finding.waiver;
  if (w === undefined) return undefined;
  return locale === "ja"
    ? `例外措置 ${w.reference}（承認：${w.approvedBy}、期限：${formatDate(w.expiresOn)}）理由：${w.reason}${w.compensatingControl === undefined ? "" : `。代替措置：${w.compensatingControl}`}`
    : `Exception ${w.reference} (approved by ${w.approvedBy}, expires ${w.expiresOn}): ${w.reason}${w.compensatingControl === undefined ? "" : `; compensating control: ${w.compensatingControl}`}`;
}

/** Re-exported: the one helper that makes user-supplied text safe for a terminal. */
export { visible } from "../engine/text.js";

/** Groups findings by target: one group per system, one per other target kind, in description order. */
export interface TargetGroup {
  readonly key: string;
  readonly kind: TargetKind;
  /** The system id for system groups. */
  readonly systemId?: string;
  readonly findings: Finding[];
}

const KIND_ORDER: readonly TargetKind[] = [
  "description",
  "municipality",
  "system",
  "connection",
  "vendor",
  "cloudService",
  "socialMediaAccount",
];

export function groupByTarget(findings: readonly Finding[]): TargetGroup[] {
  const groups = new Map<string, { group: TargetGroup; firstPath: string }>();
  for (const finding of findings) {
    const { kind } = finding.target;
    // A system by its id: in a run of several files two systems may sit at the same pointer of their own files.
    const key = kind === "system" ? `system:${finding.target.id ?? finding.target.path}` : kind;
    let entry = groups.get(key);
    if (entry === undefined) {
      const systemId = kind === "system" ? finding.target.id : undefined;
      entry = {
        group: { key, kind, ...(systemId === undefined ? {} : { systemId }), findings: [] },
        firstPath: finding.target.path,
      };
      groups.set(key, entry);
    }
    entry.group.findings.push(finding);
  }
  return [...groups.values()]
    .sort((a, b) => KIND_ORDER.indexOf(a.group.kind) - KIND_ORDER.indexOf(b.group.kind) || comparePointers(a.firstPath, b.firstPath))
    .map((entry) => entry.group);
}

/** At most this many items of a heading note are named (beside those always named); the rest are counted (all are in the JSON). */
const CHANGES_NAMED = 12;

/** Characters of a changed value (or path) shown in a heading before it is cut. */
const VALUE_SHOWN = 60;

/** Items joined for a heading note, the ones past `named` counted: 「a、b、ほか3件」 / "a, b, and 3 more". */
function namedList(items: readonly string[], named: number, locale: Locale): string {
  const shown = items.slice(0, named);
  const more = items.length - shown.length;
  return locale === "ja"
    ? `${shown.join("、")}${more > 0 ? `、ほか${more}件` : ""}`
    : `${shown.join(", ")}${more > 0 ? `, and ${more} more` : ""}`;
}

/** A JSON-encoded string value, decoded; `undefined` for anything else. */
function jsonString(encoded: string | undefined): string | undefined {
  if (encoded === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(encoded);
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether two spellings name one municipality: 「熊本県人吉市」, 「人吉市役所」 and 「人吉市」 do
 * (eighteenth review: 人吉市 was told to read its own clauses as another town's).
 */
function sameMunicipality(a: string, b: string): boolean {
  const core = (name: string) =>
    name
      .normalize("NFKC")
      .replace(/\s+/gu, "")
      .replace(/^(東京都|北海道|(?:京都|大阪)府|.{2,3}県)(?=.)/u, "")
      .replace(/(役所|役場)$/u, "");
  return core(a) === core(b);
}

/**
 * A changed value as the heading shows it: whole when short; a list of names cut between its items, never inside one
 * (fiftieth review: a town's covered bodies were cut mid-word, 「"議会事務…」), up to a longer budget, with how many more.
 */
function cutValue(text: string): string {
  if (text.length <= VALUE_SHOWN) return text;
  const list = jsonStringList(text);
  if (list !== undefined) {
    const shown: string[] = [];
    let length = 2;
    for (const item of list) {
      const quoted = JSON.stringify(item);
      if (shown.length > 0 && length + quoted.length + 1 > VALUE_SHOWN * 4) break;
      shown.push(quoted);
      length += quoted.length + 1;
    }
    const rest = list.length - shown.length;
    return `[${shown.join(",")}${rest > 0 ? `,…(+${rest})` : ""}]`;
  }
  return `${text.slice(0, VALUE_SHOWN)}…`;
}

/** A JSON list of strings, read from its text (a profile value in the heading), or undefined. */
function jsonStringList(text: string): string[] | undefined {
  if (!text.startsWith("[")) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((item) => typeof item === "string") ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The notes under a report's heading, each one line, in every format: the values the profile
 * changed from the built-in one, and the systems the report did not judge (described elsewhere;
 * of a body outside clause 4(1); the organisation-wide checks when there is no municipality block),
 * and whose policy the cited clauses are when the profile names another municipality. A description
 * cannot leave a system unjudged, nor a profile turn a check off, without the reader seeing it. Empty when there is nothing to note.
 */
export function headingNotes(
  report: Pick<
    Report,
    "profile" | "systemsDescribedElsewhere" | "systemsOutsideScope" | "municipalityNotDescribed" | "baseline" | "checksNotRun"
  >,
  locale: Locale,
): string[] {
  const notes: string[] = [];
  const { changed, changedFrom } = report.profile;
  if (changed !== undefined && changed.length > 0) {
    // Checks turned off or re-ranked come first and are always named in full (fourteenth review: a dozen
    // harmless changes pushed "enabled = false" into "and 2 more"); each value is cut, never the line.
    const rank = (path: string) => (/^checks\.[^.]+\.enabled$/.test(path) ? 0 : path.startsWith("checks.") ? 1 : 2);
    const ordered = [...changed].sort((a, b) => rank(a.path) - rank(b.path));
    const always = ordered.filter((change) => rank(change.path) === 0).length;
    const list = namedList(
      ordered.map((change) => `${cutValue(change.path)} = ${cutValue(change.value)}`),
      Math.max(always, CHANGES_NAMED),
      locale,
    );
    notes.push(
      locale === "ja"
        ? `組み込みのプロファイル ${changedFrom ?? ""} から変更した値：${list}`
        : `Changed from the built-in profile ${changedFrom ?? ""}: ${list}`,
    );
  }
  // Another municipality judged by this library: the clause numbers and words cited are 人吉市's
  // (seventeenth review: a town's 課長 read 「基本方針 6(3)②」 as the town's own document).
  const municipality = jsonString(changed?.find((change) => change.path === "municipality")?.value);
  if (municipality !== undefined && !sameMunicipality(municipality, POLICY.municipality)) {
    const name = cutValue(municipality);
    notes.push(
      locale === "ja"
        ? `根拠に示す条項の番号と文言は${POLICY.title.ja}のもの。${name}の基本方針の対応する条項に読み替えること`
        : `The clause numbers and words cited are those of ${POLICY.title.en}; read them as the corresponding clauses of ${name}'s own policy`,
    );
  }
  const elsewhere = report.systemsDescribedElsewhere ?? [];
  if (elsewhere.length > 0) {
    const list = namedList(elsewhere, CHANGES_NAMED, locale);
    notes.push(
      locale === "ja"
        ? `別の記述に記載する既存のシステムとして、システムの対策を判定しなかったもの：${list}`
        : `Not judged here, as existing systems described elsewhere: ${list}`,
    );
  }
  const outside = report.systemsOutsideScope ?? [];
  if (outside.length > 0) {
    const list = namedList(
      outside.map((s) => (locale === "ja" ? `${s.id}（${s.ownerBody}）` : `${s.id} (${s.ownerBody})`)),
      CHANGES_NAMED,
      locale,
    );
    notes.push(
      locale === "ja"
        ? `所管する行政機関が基本方針 4(1) の適用範囲にないため、システムの対策を判定しなかったもの：${list}。どのポリシーが適用されるかを確認すること`
        : `Not judged, as their owning body is outside clause 4(1): ${list}; confirm which policy applies to them`,
    );
  }
  // What this run left out of the report, said in every format for people (twenty-third review: under a
  // baseline, Markdown and HTML read 「指摘事項なし」 over a critical known finding).
  const baseline = report.baseline;
  if (baseline !== undefined && baseline.unchanged > 0) {
    const worst = baseline.unchangedWorst === undefined ? undefined : SEVERITY_LABELS[baseline.unchangedWorst];
    notes.push(
      locale === "ja"
        ? `ベースライン ${baseline.file} にある既知の指摘 ${baseline.unchanged} 件（最も重いもの：${worst?.ja ?? "—"}）は表示していない。新しい指摘 ${baseline.new} 件、解消 ${baseline.absent} 件`
        : `${baseline.unchanged} known findings of baseline ${baseline.file} (the worst: ${worst?.en ?? "—"}) are not shown; ${baseline.new} new, ${baseline.absent} gone`,
    );
  }
  const notRun = report.checksNotRun ?? [];
  if (notRun.length > 0) {
    notes.push(
      locale === "ja"
        ? `この実行で評価しなかったチェック（--check・--skip-check・skipChecks）${notRun.length} 件：${namedList(notRun, CHANGES_NAMED, locale)}`
        : `${notRun.length} checks not run in this run (--check, --skip-check, skipChecks): ${namedList(notRun, CHANGES_NAMED, locale)}`,
    );
  }
  const organisation = report.municipalityNotDescribed ?? [];
  if (organisation.length > 0) {
    notes.push(
      locale === "ja"
        ? `記述に団体の事実（municipality）がないため、団体全体のチェック ${organisation.length} 件（体制、CSIRT、研修、監査、ICT-BCP など）は判定していない。団体の記述とあわせて評価すること`
        : `The description has no municipality block, so ${organisation.length} organisation-wide checks (roles, CSIRT, training, audits, ICT-BCP and others) were not judged; evaluate it together with the municipality's description`,
    );
  }
  return notes;
}
