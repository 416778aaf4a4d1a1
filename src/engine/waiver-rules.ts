import type { LocalizedText } from "../model/finding.js";
import type { Waiver } from "../model/waiver.js";
import type { InputIssue } from "./errors.js";
import { toPointer } from "./json-pointer.js";

/** Names compared as people write them: full-width and half-width forms, spacing and case do not matter. */
export function samePerson(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
  return norm(a) === norm(b);
}

/**
 * The rules every exception must meet on its own, wherever it is written (in a description or a
 * separate file): approved by someone other than the requester, aimed at a target, and expiring
 * after its approval. `at` is the exception's path, e.g. `["waivers", 0]`.
 */
export function waiverRuleIssues(waiver: Waiver, at: readonly (string | number)[]): InputIssue[] {
  const issues: InputIssue[] = [];
  const push = (path: (string | number)[], code: string, message: LocalizedText, hint: LocalizedText) =>
    issues.push({ path, pointer: toPointer(path), code, message, hint });
  if (samePerson(waiver.requestedBy, waiver.approvedBy)) {
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
  if (waiver.target.system === undefined && waiver.target.path === undefined) {
    push(
      [...at, "target"],
      "waiver-without-target",
      { ja: "例外措置の対象（system または path）がない", en: "The exception names no target (system or path)" },
      { ja: "target.system か target.path を書くこと", en: "Give target.system or target.path" },
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
