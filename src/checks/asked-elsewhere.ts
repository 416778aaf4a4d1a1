/**
 * The missing blocks one check asks for, for the checks that judge their details and leave the
 * question to it (`applicability.askedElsewhere`): one missing block, one question.
 */
import type { AskedElsewhere, JudgedElsewhere } from "./define-check.js";

/** Asked for by privileged-accounts-protected. */
export const ASKED_BY_ACCOUNTS_CHECK: AskedElsewhere = {
  fields: ["accounts"],
  by: "privileged-accounts-protected",
  what: { ja: "アカウント管理（accounts）", en: "account management (accounts)" },
};

/** Asked for by critical-data-backed-up. */
export const ASKED_BY_BACKUP_CHECK: AskedElsewhere = {
  fields: ["backup"],
  by: "critical-data-backed-up",
  what: { ja: "バックアップ（backup）", en: "the backups (backup)" },
};

/** Asked for by dev-test-separated. */
export const ASKED_BY_DEV_TEST_CHECK: AskedElsewhere = {
  fields: ["devTest"],
  by: "dev-test-separated",
  what: { ja: "開発・テスト環境（devTest）", en: "the development and test environments (devTest)" },
};

/** Asked for by logging-enabled. */
export const ASKED_BY_LOGGING_CHECK: AskedElsewhere = {
  fields: ["logging"],
  by: "logging-enabled",
  what: { ja: "ログの取得（logging）", en: "logging (logging)" },
};

/** Asked for by endpoint-protection. */
export const ASKED_BY_MACHINES_CHECK: AskedElsewhere = {
  fields: ["terminalGroups", "servers"],
  by: "endpoint-protection",
  what: { ja: "端末群（terminalGroups）とサーバ（servers）", en: "terminal groups (terminalGroups) and servers (servers)" },
};

/** Asked for by wireless-lan. */
export const ASKED_BY_TERMINALS_CHECK: AskedElsewhere = {
  fields: ["terminalGroups"],
  by: "wireless-lan",
  what: { ja: "端末群（terminalGroups）", en: "the terminal groups (terminalGroups)" },
};

/** Asked for by server-site-access-control. */
export const ASKED_BY_SITE_CHECK: AskedElsewhere = {
  fields: ["physicalSite"],
  by: "server-site-access-control",
  what: {
    ja: "サーバ・ネットワーク機器の設置場所（physicalSite）",
    en: "the site of the servers and network equipment (physicalSite)",
  },
};

/**
 * An asset's missing confidentiality class, asked for by asset-classified (with the other two
 * classes): the checks that judge the class leave that question to it (`askedBy` on a message).
 */
export const CONFIDENTIALITY_ASKED_BY_CLASSIFIED = {
  check: "asset-classified",
  what: { ja: "情報資産の機密性の分類（confidentiality）", en: "an asset's confidentiality class (confidentiality)" },
} as const;

/**
 * Judged by critical-data-backed-up: a system that takes no backups has no restore test or restore
 * time to ask about (twenty-seventh review: both were asked beside the failing backup check).
 */
export const JUDGED_BY_BACKUP_CHECK: JudgedElsewhere = {
  field: "backup",
  by: "critical-data-backed-up",
  what: { ja: "バックアップを取得しない（backup.enabled: false）", en: "no backups are taken (backup.enabled: false)" },
};

/** The same for the restore time: the recovery time objective is a fact of its own and is still asked for (thirtieth review). */
export const JUDGED_BY_BACKUP_CHECK_WITH_TARGET: JudgedElsewhere = { ...JUDGED_BY_BACKUP_CHECK, onlyWith: "recoveryTimeHours" };

/**
 * Whether a terminal group is portable, asked for by portable-terminal-encryption (high): the take-out approval check
 * leaves that question to it (seventy-ninth review: the same 「持ち運び可能か」 was asked twice per group).
 */
export const PORTABILITY_ASKED_BY_ENCRYPTION = {
  check: "portable-terminal-encryption",
  what: { ja: "端末群が持ち運び可能か（portable）", en: "whether a terminal group is portable (portable)" },
} as const;
