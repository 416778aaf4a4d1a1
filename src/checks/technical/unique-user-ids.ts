import { defineCheck } from "../define-check.js";
import { factData } from "../shared.js";
import { ASKED_BY_ACCOUNTS_CHECK } from "../asked-elsewhere.js";

/** Why per-person ids are recommended (the reference of the shared-id messages). */
const SHARED_ID_REFERENCE = {
  ja: "操作を個人に結び付けるため（3(1) 内部不正の追跡）。共用IDは禁止ではなく、使う者を定めてそれ以外の者に使わせない限り認められると解される",
  en: "To tie every action to a person (tracing insider wrongdoing, 3(1)). Shared ids are read as regulated, not forbidden: allowed when kept to the people designated to use them",
} as const;

/**
 * Access control (6(6)) and the tracing of insider wrongdoing (3(1)) need every action tied to one
 * person: each user has an own id. A shared id (共用ID) is not forbidden outright; it must be kept
 * to the people designated to use it (review §1.2). Neither stricter nor laxer than that. A shared
 * id with administrator rights, not kept to designated users, is the guideline's privileged-id rule
 * broken, and high: one finding, this check's, not a second one beside it.
 */
export default defineCheck({
  meta: {
    id: "unique-user-ids",
    area: "technical",
    title: {
      ja: "利用者ごとに固有のIDを割り当て、共用IDは利用者を限って使うこと",
      en: "Every user must have an own user id, and a shared id must be kept to the people designated to use it",
    },
    clauses: ["6(6)"],
    threats: ["T1"],
    basis: "practice",
    severity: "medium",
    target: "system",
    applicability: {
      askedElsewhere: ASKED_BY_ACCOUNTS_CHECK,
    },
    messages: {
      notUnique: {
        basis: "practice",
        reference: SHARED_ID_REFERENCE,
        ja: "システム {{system}} は利用者ごとに固有のIDを割り当てていない（推奨される運用：利用者ごとにIDを発行する）",
        en: "System {{system}} does not give every user an own user id (recommended practice: an id per user)",
        // Each message its own remedy, in words a 課長 signs (sixty-fourth review: both findings of one system carried the
        // same remedy, with a field name in it).
        remediation: {
          ja: "利用者ごとにIDを発行すること。機器の都合でIDを分けられない場合は、その理由と使う者を記録すること",
          en: "Issue an id per user; where a device cannot have one per user, record why and who uses it",
        },
      },
      sharedAccounts: {
        basis: "practice",
        reference: SHARED_ID_REFERENCE,
        ja: "システム {{system}} の共用ID {{count}} 個は、使う者を限っていない（推奨される運用：共用IDは定めた利用者以外に使わせない）",
        en: "System {{system}} has {{count}} shared ids not kept to designated users (recommended practice: a shared id is used only by the people designated for it)",
        remediation: {
          ja: "共用IDごとに使う者を定め、それ以外の者に使わせず、誰がいつ使ったかを記録すること",
          en: "Designate who may use each shared id, let nobody else, and record who used it when",
        },
      },
      // Sixty-second review #7: the administrator id the maintainer and its subcontractor share over the maintenance line.
      sharedPrivileged: {
        basis: "guideline",
        reference: {
          ja: "ガイドライン（令和7年3月版）対策基準例「技術的セキュリティ」（アクセス制御：特権を付与されたIDの管理等。特権IDを使う者を必要最小限にし、厳重に管理する）",
          en: "Guideline (March 2025 edition), model standards, technical security (access control: managing privileged ids; keep their users to the minimum and manage them strictly)",
        },
        severity: "high",
        ja: "システム {{system}} の共用ID {{count}} 個には管理者権限のIDがあり、使う者を限っていない。管理者の操作を個人に結び付けられない",
        en: "System {{system}} has {{count}} shared ids, a privileged one among them, not kept to designated users: administrator actions cannot be tied to a person",
        remediation: {
          ja: "管理者権限のIDは使う者ごとに発行すること。共用せざるを得ない場合は、使う者を必要最小限に定めて他の者に使わせず、使うたびに誰が使ったかを記録すること",
          en: "Issue privileged ids per person; where one must be shared, keep it to the fewest designated people, let nobody else use it, and record who used it each time",
        },
      },
      accountsUnknown: {
        basis: "practice",
        reference: SHARED_ID_REFERENCE,
        ja: "システム {{system}} のアカウント管理（accounts）の記載がない",
        en: "System {{system}} does not describe its account management (accounts)",
      },
      factUnknown: {
        basis: "practice",
        reference: SHARED_ID_REFERENCE,
        ja: "システム {{system}} のアカウント管理について、{{factJa}}（{{fact}}）の記載がない",
        en: "System {{system}} does not state {{factEn}} ({{fact}}) of its account management",
      },
    },
    remediation: {
      ja: "利用者ごとにIDを発行すること。機器の都合等で共用IDを使う場合は、使う者を定めてそれ以外の者に使わせず、誰がいつ使ったかを記録すること（accounts.sharedAccountsRestricted: true）",
      en: "Issue an id per user; where a device forces a shared id, designate who may use it, let nobody else, and record who used it when (accounts.sharedAccountsRestricted: true)",
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
      yield ctx.needsEvidence("factUnknown", ["accounts", "uniqueUserIds"], { ...data, ...factData("uniqueUserIds") });
    else if (!accounts.uniqueUserIds) yield ctx.fail("notUnique", ["accounts", "uniqueUserIds"], data);
    if (accounts.sharedAccounts === undefined)
      yield ctx.needsEvidence("factUnknown", ["accounts", "sharedAccounts"], { ...data, ...factData("sharedAccounts") });
    else if (accounts.sharedAccounts > 0) {
      if (accounts.sharedAccountsRestricted === undefined)
        yield ctx.needsEvidence("factUnknown", ["accounts", "sharedAccountsRestricted"], {
          ...data,
          ...factData("sharedAccountsRestricted"),
        });
      else if (!accounts.sharedAccountsRestricted)
        yield ctx.fail(
          accounts.sharedAccountsPrivileged === true ? "sharedPrivileged" : "sharedAccounts",
          ["accounts", "sharedAccountsRestricted"],
          { ...data, count: accounts.sharedAccounts },
        );
    }
  },
});
