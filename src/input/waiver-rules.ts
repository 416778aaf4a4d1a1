import type { LocalizedText } from "../model/finding.js";
import type { ExceptionRules } from "../model/profile.js";
import type { Waiver } from "../model/waiver.js";
import { WAIVER_TARGET_KINDS } from "../model/values/waiver.js";
import { addMonths } from "../engine/dates.js";
import type { InputErrorCode } from "./catalogue.js";
import type { InputIssue } from "./errors.js";
import { toPointer } from "../engine/json-pointer.js";
import { invisibleCharacters, normaliseName, sameName } from "../engine/names.js";

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
  if (sameName(waiver.requestedBy, waiver.approvedBy)) {
    push(
      [...at, "approvedBy"],
      "self-approved-waiver",
      {
        ja: `例外措置の承認者 "${waiver.approvedBy}" が申請者と同じ`,
        en: `The exception is approved by its own requester "${waiver.approvedBy}"`,
      },
      { ja: "申請者とは別の権限者の承認を得ること", en: "Have someone other than the requester approve it" },
    );
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
  } else if (kinds.length === 0) {
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

/**
 * The rules that depend on the profile and on the check waived: the longest term, and for a
 * policy-level My Number control (6(3)①) a shorter term and a stated compensating control.
 * `check` is `undefined` for an unknown check (reported elsewhere).
 */
export function waiverTermIssues(
  waiver: Waiver,
  at: readonly (string | number)[],
  rules: ExceptionRules,
  check: WaivableCheckMeta | undefined,
): InputIssue[] {
  const { issues, push } = collector();
  if (waiver.expiresOn < waiver.approvedOn) return issues;
  const strict = check !== undefined && isMyNumberPolicyControl(check);
  const months = strict ? Math.min(rules.myNumberPolicyMaxTermMonths, rules.maxTermMonths) : rules.maxTermMonths;
  const latest = addMonths(waiver.approvedOn, months);
  if (waiver.expiresOn > latest) {
    push(
      [...at, "expiresOn"],
      strict ? "waiver-term-too-long-mynumber" : "waiver-term-too-long",
      strict
        ? {
            ja: `マイナンバー利用事務系の基本方針上の対策（6(3)①）への例外措置の期間は${months}か月まで（承認日 ${waiver.approvedOn} から ${latest} まで）。有効期限 ${waiver.expiresOn} は長すぎる`,
            en: `An exception to a policy-level My Number control (6(3)①) may last at most ${months} months (from ${waiver.approvedOn} to ${latest}); the expiry ${waiver.expiresOn} is too late`,
          }
        : {
            ja: `例外措置の期間は${months}か月まで（承認日 ${waiver.approvedOn} から ${latest} まで）。有効期限 ${waiver.expiresOn} は長すぎる`,
            en: `An exception may last at most ${months} months (from ${waiver.approvedOn} to ${latest}); the expiry ${waiver.expiresOn} is too late`,
          },
      {
        ja: "期限を短くし、期限が来たら是正の状況を確かめて改めて承認を得ること（上限はプロファイルの exceptions で設定）",
        en: "Shorten the term and have it approved again when it ends, after checking progress (the limit is set in the profile's exceptions)",
      },
    );
  }
  if (strict && (waiver.compensatingControl === undefined || normaliseName(waiver.compensatingControl) === "")) {
    push(
      [...at, "compensatingControl"],
      "waiver-without-compensating-control",
      {
        ja: `チェック ${waiver.checkId} はマイナンバー利用事務系の基本方針上の対策（6(3)①）であり、その例外措置には代替措置（compensatingControl）の記載が必要`,
        en: `Check ${waiver.checkId} is a policy-level My Number control (6(3)①); an exception to it must state its compensating control (compensatingControl)`,
      },
      {
        ja: "例外の間にリスクをどう抑えるか（例：端末の利用者を限定し操作ログを毎日確認する）を書くこと。予算の都合だけでは理由にならない",
        en: "State how the risk is held down meanwhile (e.g. fewer users and a daily review of the operation logs); lack of budget alone is no reason",
      },
    );
  }
  return issues;
}
