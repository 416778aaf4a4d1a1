import { defineCheck } from "../define-check.js";
import { requireSystemFacts } from "../shared.js";

/**
 * Intrusions and insider wrongdoing (3(1)) can only be detected and traced with records: every
 * system logs authentication, access to information and administrative operations.
 */
export default defineCheck({
  meta: {
    id: "logging-enabled",
    area: "technical",
    title: {
      ja: "認証・情報へのアクセス・管理操作の記録（ログ）を取得すること",
      en: "Authentication, access to information and administrative operations must be logged",
    },
    clauses: ["6(6)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「技術的セキュリティ」（コンピュータ及びネットワークの管理：ログの取得等）",
    severity: "high",
    target: "system",
    messages: {
      noAuthenticationLog: {
        ja: "システム {{system}} は認証の記録を取得していない",
        en: "System {{system}} does not log authentication events",
      },
      noAccessLog: {
        ja: "システム {{system}} は情報へのアクセスの記録を取得していない",
        en: "System {{system}} does not log access to information",
      },
      noAdminLog: {
        ja: "システム {{system}} は管理操作の記録を取得していない",
        en: "System {{system}} does not log administrative operations",
      },
      loggingUnknown: {
        ja: "システム {{system}} のログの取得（logging）の記載がない",
        en: "System {{system}} does not describe its logging (logging)",
      },
      factUnknown: {
        ja: "システム {{system}} のログについて、{{factJa}}（{{fact}}）の記載がない",
        en: "System {{system}} does not state {{factEn}} ({{fact}}) of its logging",
      },
    },
    remediation: {
      ja: "認証の成否、情報へのアクセス、管理者の操作を記録し、誰がいつ何をしたか追跡できるようにすること",
      en: "Log authentication results, access to information and administrators' operations, so who did what and when can be traced",
    },
  },
  evaluate: requireSystemFacts(
    "logging",
    "loggingUnknown",
    [
      ["authentication", "noAuthenticationLog"],
      ["access", "noAccessLog"],
      ["admin", "noAdminLog"],
    ],
    "factUnknown",
  ),
});
