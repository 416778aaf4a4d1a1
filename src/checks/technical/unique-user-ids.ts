import { defineCheck } from "../define-check.js";

/**
 * Access control (6(6)) and the tracing of insider wrongdoing (3(1)) need every action tied to one
 * person: each user has an own id and no id is shared.
 */
export default defineCheck({
  meta: {
    id: "unique-user-ids",
    area: "technical",
    title: {
      ja: "利用者ごとに固有のIDを割り当て、IDを共用しないこと",
      en: "Every user must have an own user id, and no id may be shared",
    },
    clauses: ["6(6)"],
    threats: ["T1"],
    basis: "guideline",
    guideline: "令和7年3月版 第3編 技術的セキュリティ（アクセス制御：利用者IDの取扱い）",
    severity: "high",
    target: "system",
    messages: {
      notUnique: {
        ja: "システム {{system}} は利用者ごとに固有のIDを割り当てていない",
        en: "System {{system}} does not give every user an own user id",
      },
      sharedAccounts: {
        ja: "システム {{system}} には複数人で共用しているIDが {{count}} 個ある",
        en: "System {{system}} has {{count}} ids shared by several people",
      },
      accountsUnknown: {
        ja: "システム {{system}} のアカウント管理（accounts）が書かれていない",
        en: "System {{system}} does not describe its account management (accounts)",
      },
      factUnknown: {
        ja: "システム {{system}} のアカウント管理について {{fact}} が書かれていない",
        en: "System {{system}} does not state {{fact}} of its account management",
      },
    },
    remediation: {
      ja: "利用者ごとにIDを発行し、共用IDは廃止すること。機器の都合で共用が避けられない場合は、利用者と時間を記録する手順を定め、例外措置として承認を得ること",
      en: "Issue an id per user and retire shared ids; where a device forces sharing, record who used it when and get an approved exception",
    },
  },
  *evaluate(system, ctx) {
    const data = { system: system.id };
    const accounts = system.accounts;
    if (accounts === undefined) {
      yield ctx.needsEvidence("accountsUnknown", ["accounts"], data);
      return;
    }
    if (accounts.uniqueUserIds === undefined)
      yield ctx.needsEvidence("factUnknown", ["accounts", "uniqueUserIds"], { ...data, fact: "uniqueUserIds" });
    else if (!accounts.uniqueUserIds) yield ctx.fail("notUnique", ["accounts", "uniqueUserIds"], data);
    if (accounts.sharedAccounts === undefined)
      yield ctx.needsEvidence("factUnknown", ["accounts", "sharedAccounts"], { ...data, fact: "sharedAccounts" });
    else if (accounts.sharedAccounts > 0)
      yield ctx.fail("sharedAccounts", ["accounts", "sharedAccounts"], { ...data, count: accounts.sharedAccounts });
  },
});
