import { defineCheck } from "../define-check.js";
import { requireSystemFacts } from "../shared.js";
import { ASKED_BY_LOGGING_CHECK } from "../asked-elsewhere.js";

/**
 * Logs are evidence only if their times line up across systems and nobody can quietly change
 * them, least of all an insider covering tracks (3(1)).
 */
export default defineCheck({
  meta: {
    id: "log-integrity",
    area: "technical",
    title: {
      ja: "ログの時刻を同期し、改ざんを防止すること",
      en: "Log clocks must be synchronised and logs protected against tampering",
    },
    clauses: ["6(6)"],
    threats: ["T1"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「技術的セキュリティ」（コンピュータ及びネットワークの管理：ログの取得等）",
    severity: "medium",
    target: "system",
    applicability: {
      askedElsewhere: ASKED_BY_LOGGING_CHECK,
    },
    messages: {
      notSynchronised: {
        ja: "システム {{system}} の時刻が同期されておらず、ログを他のシステムと突き合わせられない",
        en: "The clocks of system {{system}} are not synchronised, so its logs cannot be matched with others",
      },
      notTamperProtected: {
        ja: "システム {{system}} のログは改ざんから保護されていない",
        en: "The logs of system {{system}} are not protected against tampering",
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
      ja: "NTP 等で時刻を同期し、ログは管理者も変更できない別の保存先（ログサーバ、WORM 等）へ転送すること",
      en: "Synchronise clocks (e.g. NTP) and forward logs to a store administrators cannot alter (log server, WORM storage)",
    },
  },
  evaluate: requireSystemFacts(
    "logging",
    "loggingUnknown",
    [
      ["timeSynchronised", "notSynchronised"],
      ["tamperProtected", "notTamperProtected"],
    ],
    "factUnknown",
  ),
});
