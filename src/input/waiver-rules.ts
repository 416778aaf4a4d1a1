import type { LocalizedText } from "../model/finding.js";
import type { ExceptionRules } from "../model/profile.js";
import type { Description } from "../model/description.js";
import type { Waiver } from "../model/waiver.js";
import { WAIVER_TARGET_KINDS } from "../model/values/waiver.js";
import { periodEnd } from "../engine/dates.js";
import type { InputErrorCode } from "./catalogue.js";
import type { InputIssue } from "./errors.js";
import { toPointer } from "../engine/json-pointer.js";
import { invisibleCharacters, isUnassigned, normaliseName, placeholderIn, sameName } from "../engine/names.js";
import { BRACKET_NOTE, withoutBracketNotes } from "../model/values/common.js";

/**
 * Checks that judge exceptions. An exception to one of them would let an exception vouch for
 * itself, so none is accepted.
 */
export const UNWAIVABLE_CHECKS: readonly string[] = ["exceptions-valid"];

/** The part of a check's metadata the exception rules read. */
export interface WaivableCheckMeta {
  readonly id: string;
  readonly basis: string;
  readonly clauses: readonly string[];
}

/**
 * Whether a check is a policy-level control of the My Number zone: its duty is the basic policy's
 * own words in 6(3)①. An exception to one gets the stricter rule (shorter term, a compensating
 * control) and is marked in the report.
 */
export function isMyNumberPolicyControl(meta: WaivableCheckMeta): boolean {
  return meta.basis === "policy" && meta.clauses.includes("6(3)①");
}

/**
 * Whether an exception is approved by its own requester: not a valid approval. Such an exception
 * is not applied and `exceptions-valid` reports it; the run goes on (twelfth review: refusing the
 * description hid every other finding).
 */
export function isSelfApproved(waiver: Pick<Waiver, "requestedBy" | "approvedBy">): boolean {
  return sameName(waiver.requestedBy, waiver.approvedBy);
}

/**
 * The built-in checks that are policy-level My Number controls ({@link isMyNumberPolicyControl}),
 * by id, for `exceptions-valid`, which judges exceptions without the list of checks
 * (test/waivers/term-rules.test.ts keeps it equal to the built-in checks').
 */
export const MY_NUMBER_POLICY_CONTROL_IDS: readonly string[] = [
  "cross-zone-parts",
  "mynumber-connections-restricted",
  "mynumber-data-in-mynumber-zone",
  "mynumber-path-from-internet",
  "mynumber-terminal-export-blocked",
  "mynumber-terminal-mfa",
  "no-bridging-hosts",
  "terminal-internet-access",
  "zone-hosting-consistent",
];

type Push = (path: (string | number)[], code: InputErrorCode, message: LocalizedText, hint: LocalizedText) => void;

function collector(): { issues: InputIssue[]; push: Push } {
  const issues: InputIssue[] = [];
  const push: Push = (path, code, message, hint) => issues.push({ path, pointer: toPointer(path), code, message, hint });
  return { issues, push };
}

/** The kinds of target an exception names (a terminal group or server counts with its system). */
export function targetKinds(waiver: Waiver): string[] {
  const target = waiver.target as Record<string, unknown>;
  return WAIVER_TARGET_KINDS.filter((kind) => target[kind] !== undefined);
}

/**
 * The rules every exception must meet on its own, wherever it is written (in a description or a
 * separate file): names that can be read and compared, approved by someone other than the
 * requester, aimed at exactly one target named by id, not an exception to a check that judges
 * exceptions, and expiring after its approval. `at` is the exception's path, e.g. `["waivers", 0]`.
 */
export function waiverRuleIssues(waiver: Waiver, at: readonly (string | number)[]): InputIssue[] {
  const { issues, push } = collector();
  for (const field of ["requestedBy", "approvedBy"] as const) {
    const name = waiver[field];
    const hidden = invisibleCharacters(name);
    if (hidden.length > 0) {
      push(
        [...at, field],
        "invisible-character",
        {
          ja: `${field === "approvedBy" ? "承認者" : "申請者"}の名前に見えない文字（${hidden.join(", ")}）が含まれている`,
          en: `The ${field === "approvedBy" ? "approver" : "requester"}'s name contains invisible characters (${hidden.join(", ")})`,
        },
        {
          ja: "見えない文字を取り除き、職名・氏名を普通の文字で書くこと",
          en: "Remove the invisible characters and write the post or name in plain characters",
        },
      );
    } else if (normaliseName(name) === "") {
      push(
        [...at, field],
        "empty-name",
        {
          ja: `${field === "approvedBy" ? "承認者" : "申請者"}が空白だけで書かれている`,
          en: `The ${field === "approvedBy" ? "approver" : "requester"} is only white space`,
        },
        { ja: "職名・氏名を書くこと", en: "Write the post or name" },
      );
    }
  }
  if (UNWAIVABLE_CHECKS.includes(waiver.checkId)) {
    push(
      [...at, "checkId"],
      "unwaivable-check",
      {
        ja: `チェック ${waiver.checkId} は例外措置そのものを判定するため、例外措置の対象にできない`,
        en: `Check ${waiver.checkId} judges the exceptions themselves, so it cannot be waived`,
      },
      { ja: "例外措置の不備（期限切れ・承認者）を是正すること", en: "Fix the exception's own problem (expiry, approver) instead" },
    );
  }
  const target = waiver.target;
  const kinds = targetKinds(waiver);
  if (target.path !== undefined) {
    push(
      [...at, "target", "path"],
      "waiver-target-path",
      {
        ja: `例外措置の対象を JSON ポインタ（${target.path}）で指定することはできない。位置は並べ替えで別の対象を指し、親の位置は多くの対象に及ぶ`,
        en: `An exception cannot name its target by JSON pointer (${target.path}): positions point elsewhere after a reorder, and a parent covers many targets`,
      },
      {
        ja: "target.system・connection・vendor・cloudService・socialMediaAccount の id（端末群・サーバは system と terminalGroup・server）、または municipality: true で指定すること",
        en: "Name the target by id: target.system, connection, vendor, cloudService or socialMediaAccount (a terminal group or server with system and terminalGroup or server), or municipality: true",
      },
    );
  } else if (kinds.length === 0 && target.terminalGroup === undefined && target.server === undefined) {
    // A terminal group or server without its system is its own error below (twenty-seventh review: two errors, the first false).
    push(
      [...at, "target"],
      "waiver-without-target",
      { ja: "例外措置の対象（system・connection 等の id）がない", en: "The exception names no target (a system, connection … id)" },
      {
        ja: "target.system や target.connection 等で対象を1つ指定すること",
        en: "Name one target, e.g. target.system or target.connection",
      },
    );
  } else if (kinds.length > 1) {
    push(
      [...at, "target"],
      "waiver-several-targets",
      {
        ja: `例外措置の対象が複数の種類（${kinds.join("、")}）で指定されている`,
        en: `The exception names targets of several kinds (${kinds.join(", ")})`,
      },
      { ja: "対象ごとに例外措置を分けること", en: "Write one exception per target" },
    );
  }
  if ((target.terminalGroup !== undefined || target.server !== undefined) && target.system === undefined) {
    push(
      [...at, "target", target.terminalGroup !== undefined ? "terminalGroup" : "server"],
      "waiver-part-without-system",
      {
        ja: "端末群・サーバを対象とするときは、そのシステム（target.system）も書くこと",
        en: "A terminal group or server target needs its system (target.system)",
      },
      { ja: "target.system を加えること", en: "Add target.system" },
    );
  }
  if (target.terminalGroup !== undefined && target.server !== undefined) {
    push(
      [...at, "target", "server"],
      "waiver-several-targets",
      { ja: "端末群とサーバの両方が指定されている", en: "Both a terminal group and a server are named" },
      { ja: "対象ごとに例外措置を分けること", en: "Write one exception per target" },
    );
  }
  if (waiver.expiresOn < waiver.approvedOn) {
    push(
      [...at, "expiresOn"],
      "waiver-expires-before-approval",
      {
        ja: `有効期限 ${waiver.expiresOn} が承認日 ${waiver.approvedOn} より前`,
        en: `The expiry date ${waiver.expiresOn} is before the approval date ${waiver.approvedOn}`,
      },
      { ja: "承認日と有効期限を確かめること", en: "Check the approval and expiry dates" },
    );
  }
  return issues;
}

/** What an exception lacks against the profile's rules for exceptions (recommended practice): see {@link waiverTermProblems}. */
export interface WaiverTermProblems {
  /** The term is longer than the profile allows: the limit in months and the latest expiry it allows. */
  readonly tooLong?: { readonly months: number; readonly latest: string };
  /** An exception to a policy-level My Number control (6(3)①) states no compensating control. */
  readonly noCompensatingControl?: true;
}

/**
 * The ways a compensating control says there is none in place, read on the text normalised (fifty-first to fifty-eighth
 * reviews). A control that is running, or acts when something happens (「令和8年4月から…を実施する」,
 * 「検知次第対応する」), or goes on (「今後も引き続き…確認する」), is none of these.
 */
const NOT_IN_PLACE: readonly RegExp[] = [
  // A plan or a word of work not done: 「導入予定」, 「今後検討」, 「調達中」, 「予定です」, 「導入する計画である」.
  /^(今後|別途)?(検討|調整|調達|準備|手配|導入|実施|対応)?(中|予定|する)?$/u,
  /(予定|計画)(だ|である|です|となっている|としている|しておる|しております|しています|している)?(です)?$/u,
  /検討(中|する|します|している|しています|しております)?(です)?$/u,
  /(調整|要求|手配|準備|検討|申請|調達|導入|整備|構築|設定|設置|契約|手続き?|作業|見積(依頼)?|稟議|決裁|起案|入札|発注)中(です)?$/u,
  /準備(を)?(して|し)(いる|います|おります)$/u,
  /(見込み|目途|めど)(です|である)?$/u,
  /目指(す|します|している|しています)$/u,
  /予算(の)?(要求|要望|化|計上|措置)(を)?(行って|して)?(いる|います|おります|中|する|します)?$/u,
  // After something to come: 「納品後に設定する」; agreed later: 「事業者と協議の上、対応する」.
  /(納品|納入|導入|契約|発注|予算化|予算措置)(後|以降)に.*(する|します)$/u,
  /協議(の上|のうえ|して).*(対応|実施|導入|検討|措置)(する|します)$/u,
  // A step of procurement, or a measure too vague to weigh: 「業者選定を完了している」, 「運用でカバーする」.
  /(業者|事業者)?選定(を)?(完了|終了|済み?)/u,
  /運用で(カバー|対応|補う|補完)(する|します)?$/u,
  // Work under way is work not done: 「準備を進めています」, 「整備を進める」, 「調達手続きを進めている」.
  /進め(る|ます|ている|ています|ております|ていく|てまいります|てまいる)$/u,
  // Bought, not running: 「静脈認証装置は契約済み」, 「発注済み」.
  /(契約|発注)(済み?|した|している|を締結した|締結済み?)$/u,
  // A date to come: 「令和9年1月に静脈認証を導入する」.
  /^(令和|平成)?\d+年(度)?(\d+月)?(中)?に.*(導入|実施|対応|開始|整備)(する|します|することとしている|することとした|することとする|する予定)$/u,
  // A time to come with a promise: 「今年度中に対策を講じます」, 「今後、多要素認証を導入する」, 「次年度予算で措置する」.
  // Not a control that goes on, one kept until then, or one that acts on an event (「今後も引き続き」, 「来年度まで…確認する」,
  // 「検知した場合は速やかに」).
  /^(?!.*(引き続き|継続|まで(?!に)|場合|次第|とき|際|都度)).*(今年度中に|年度内に|年度中に|来年度|次年度|今後|早急に|近日中に|将来的に|いずれ).*(する|します|講じる|講じます|行う|行います|図る|図ります)$/u,
  // A refusal or none: 「講じていない」, 「不要」, 「特段の措置なし」, 「予定はない」.
  /(講じて|設けて|実施して|行って|とって)(い|お)?(ない|らず|ません)$/u,
  /(なし|無し|ありません|不要|未実施|未対応|未導入|未整備)$/u,
  /予定(は)?(ない|なし|ありません)$/u,
  // A pointer to nothing in particular: 「同上」, 「従来どおり」, 「理由欄のとおり」.
  /^(無|同上|上記同様|当面なし|従来どおり|従来通り|理由欄のとおり|理由のとおり)$/u,
  // A pointer to another paper, with nothing of the control itself: 「別紙のとおり」, 「詳細は別紙による」, 「別添資料参照」,
  // 「申請書のとおり」. The description is what is judged; a control not written in it cannot be weighed.
  /^(詳細は)?[^、,。]{0,8}?(別紙|別添|添付|申請書|上記|下記|理由欄?|計画書|設計書|仕様書|資料|別途資料|手順書|要領|規程|規則|マニュアル|要綱)[^、,]{0,15}(のとおり|の通り|参照|による|に記載|に記す|を参照|に定める|に定めるとおり)(のこと|する|します|ください)?$/u,
  /^(別紙|別添)\d*$/u,
];

/** A note in brackets that says the control before it is not in place: 「ICカード認証（未導入）」, 「…（導入予定）」. */
const NOT_IN_PLACE_NOTE = /^(未(導入|実施|整備|対応|設置|契約)|(導入|実施|整備|対応|設置)?(予定|計画中|検討中|調整中|調達中|準備中))$/u;

/**
 * Whether a compensating control names none: empty, a placeholder (「なし」, 「特になし」, 「－」, 「未定」), a plan
 * (「導入予定」, 「今後検討」, 「整備を進める」), or only a pointer to another paper (「別紙のとおり」). Fifty-first review:
 * 「なし」 waived a critical My Number failure; fifty-seventh: plans written politely or with a note after them did too.
 */
function namesNoControl(control: string): boolean {
  // A label in front (「代替措置：なし」) and a full stop after (「特になし。」) say nothing more (fifty-third review).
  const bare = control
    .normalize("NFKC")
    .trim()
    .replace(/^(代替措置|代替策|補完措置|compensating\s*control)\s*(は|[:：])\s*/iu, "")
    .replace(/[。．.]+$/u, "");
  if (normaliseName(bare) === "" || isUnassigned(bare)) return true;
  const notInPlace = (text: string) => {
    const normalised = normaliseName(text.replace(/[、,，]/gu, "")).replace(/[。．.]+$/u, "");
    return NOT_IN_PLACE.some((pattern) => pattern.test(normalised));
  };
  // A control in place, then the lasting fix to come, in sentences of their own (「利用者を2名に限定している。生体認証は
  // 年度内に導入する」): the first is the control (fifty-ninth review). None is named only when no sentence names one.
  // Sentences, lines, and the clauses of 「…しているが、…予定」 (sixty-first review); those that name no measure either way
  // (a courtesy line, a budget secured, a device delivered, a pointer to details) are set aside.
  const sentences = bare
    .split(/[。；;\n\r]|(?<=[いてし])るが、|(?<=[いてし])ますが、|ものの、?/u)
    .map((part) => part.trim().replace(/[。．.、]+$/u, ""))
    .filter((part) => part !== "" && !ASIDE.some((pattern) => pattern.test(normaliseName(part))));
  if (sentences.length === 0) return true;
  if (sentences.length > 1) return sentences.every((part) => namesNoControl(part));
  if (sentences[0] !== bare) return namesNoControl(sentences[0] as string);
  // A note that says the measures are done is a control in place (「対策を進めている（利用者の限定は実施済み）」).
  const notes = [...bare.matchAll(BRACKET_NOTE)].map((note) => normaliseName(note[1] ?? ""));
  if (notes.some((note) => IN_PLACE_NOTE.test(note) && !STEP_UNDER_WAY.test(note))) return false;
  if (placeholderIn(bare, notInPlace)) return true;
  // The words outside brackets are the control; a note after them says where it is written (「…（別紙のとおり）」)
  // or that it is not there yet (「…（未導入）」).
  const main = withoutBracketNotes(bare).trim();
  if (main !== "" && main !== bare && notInPlace(main)) return true;
  // Running only where it protects nothing yet (「（検証環境で稼働中）」: sixty-third review).
  return notes.some((note) => NOT_IN_PLACE_NOTE.test(note) || (/検証環境|テスト環境|試行/u.test(note) && !/本番/u.test(note)));
}

/**
 * A note in brackets that says measures are running: 「（利用者の限定・操作ログの日次確認は実施済み）」, 「（運用中）」. Not a
 * step of procurement or installation under way (sixty-first review: 「（調達手続き実施中）」 and 「（設置中）」 passed).
 */
const IN_PLACE_NOTE = /((実施|導入|設定|運用|整備|設置|適用)済み?|運用中|稼働中|実施中)(である|です)?$/u;
const STEP_UNDER_WAY = /調達|手続|契約|発注|入札|工事|予定|選定|見積|稟議|検証|試行|テスト/u;

/**
 * Sentences that name no measure either way and are set aside: a courtesy line, a budget secured, a device delivered, a
 * pointer to details elsewhere (sixty-first review: 「導入予定。予算は確保済み。」 passed on its second sentence).
 */
const ASIDE: readonly RegExp[] = [
  /(よろしく|宜しく)お願い/u,
  /^以上$/u,
  /^予算(は|を)?(確保|計上|措置)(済み?|した|している)/u,
  /^見積(り|書)?(を)?(取得|徴取|入手)(済み?|した|している)/u,
  /(機器|装置|端末|ライセンス)?(は|を)?(納品|納入|購入|調達)(済み?|した|している)$/u,
  // A whole sentence that only points elsewhere; one that goes on to name a measure (「詳細は別紙のとおり、利用者を…」) is
  // no aside (sixty-third review).
  /^(詳細|内容|手順|計画)(は|については)?(別紙|別添|添付|資料|計画書|手順書)[^、,]*$/u,
];

/**
 * The rules that depend on the profile and on the check waived: the longest term, and for a
 * policy-level My Number control (`strict`, 6(3)①) a shorter term and a stated compensating
 * control. An exception that breaks them is not applied, and `exceptions-valid` reports why: the
 * evaluation goes on, so the failures it would have covered are shown.
 */
export function waiverTermProblems(waiver: Waiver, rules: ExceptionRules, strict: boolean): WaiverTermProblems {
  const problems: { tooLong?: { months: number; latest: string }; noCompensatingControl?: true } = {};
  if (waiver.expiresOn >= waiver.approvedOn) {
    const months = strict ? Math.min(rules.myNumberPolicyMaxTermMonths, rules.maxTermMonths) : rules.maxTermMonths;
    // Counted as the interval checks count periods (民法 140, 143): a half year approved on 9/30 ends on 3/31, a year approved
    // on 2027-02-28 on 2028-02-29 (fifty-ninth review: adding months to the approval day ended them a day early).
    const latest = periodEnd(waiver.approvedOn, months);
    if (waiver.expiresOn > latest) problems.tooLong = { months, latest };
  }
  if (strict && (waiver.compensatingControl === undefined || namesNoControl(waiver.compensatingControl))) {
    problems.noCompensatingControl = true;
  }
  return problems;
}

/**
 * The My Number controls that judge targets of every zone: waived for a target outside the My
 * Number zone (an internet-zone terminal's breakout, an LGWAN-zone cloud system), they are not the
 * zone's separation, and the general term applies (nineteenth review). The other controls judge
 * the separation itself (My Number data or a bridging host outside the zone, a link out of it):
 * their exceptions always take the stricter rules (twentieth review).
 */
const CONTROLS_OF_EVERY_ZONE: readonly string[] = ["terminal-internet-access", "zone-hosting-consistent"];

/**
 * Whether an exception to a check falls under the stricter rules of a My Number control (the
 * shorter term, a compensating control): the check is one (`strict`), and, for a check that judges
 * every zone, its target stands in the My Number zone (its own zone or one it is attached to) or
 * its zone cannot be told.
 */
export function strictException(waiver: Waiver, description: Description, strict: boolean): boolean {
  if (!strict) return false;
  if (!CONTROLS_OF_EVERY_ZONE.includes(waiver.checkId)) return true;
  const target = waiver.target;
  if (target.system === undefined) return true;
  const system = description.systems.find((s) => s.id === target.system);
  if (system === undefined) return true;
  const part: { zone?: string; attachedZones?: readonly string[] } | undefined =
    target.terminalGroup !== undefined
      ? system.terminalGroups?.find((g) => g.id === target.terminalGroup)
      : target.server !== undefined
        ? system.servers?.find((s) => s.id === target.server)
        : undefined;
  const zone = part?.zone ?? system.zone;
  const attached = [...(part?.attachedZones ?? []), ...(system.attachedZones ?? [])];
  if (zone === undefined || zone === "mynumber" || attached.includes("mynumber")) return true;
  // A whole system as the target covers its parts: any of them in the My Number zone makes it strict
  // (twenty-second review: aimed at an LGWAN system, an exception waived its My Number terminals).
  if (part !== undefined) return false;
  const parts: { zone?: string; attachedZones?: readonly string[] }[] = [...(system.terminalGroups ?? []), ...(system.servers ?? [])];
  return parts.some((p) => p.zone === "mynumber" || (p.attachedZones ?? []).includes("mynumber"));
}

/** Whether an exception keeps the profile's rules for exceptions (see {@link waiverTermProblems}). */
export function keepsTermRules(waiver: Waiver, rules: ExceptionRules, strict: boolean): boolean {
  const problems = waiverTermProblems(waiver, rules, strict);
  return problems.tooLong === undefined && problems.noCompensatingControl === undefined;
}
