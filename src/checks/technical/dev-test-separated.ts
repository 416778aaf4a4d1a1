import { defineCheck } from "../define-check.js";
import { requireSystemFacts } from "../shared.js";

/**
 * Design and development flaws and operating mistakes (3(2)) must not reach production:
 * development and test run apart from the production environment.
 */
export default defineCheck({
  meta: {
    id: "dev-test-separated",
    area: "technical",
    title: {
      ja: "開発・テスト環境は本番環境と分離すること",
      en: "Development and test environments must be separated from production",
    },
    clauses: ["6(6)"],
    threats: ["T2"],
    basis: "guideline",
    guideline: "ガイドライン（令和7年3月版）対策基準例「技術的セキュリティ」（システム開発、導入、保守等）",
    severity: "medium",
    target: "system",
    applicability: {
      // An LGWAN-ASP service is a provider's multi-tenant service too (fiftieth review).
      when: (system) => system.hosting?.kind !== "cloud-service" && system.hosting?.kind !== "lgwan-asp",
      condition: {
        ja: "事業者が提供するサービス（hosting.kind: cloud-service・lgwan-asp）ではないシステム（サービスの開発・テストは事業者が行い、外部サービスの利用として判定する）",
        en: "systems that are not a provider's service (hosting.kind: cloud-service or lgwan-asp); a service's development and tests are the provider's, judged as the use of an external service",
      },
    },
    messages: {
      notSeparated: {
        ja: "システム {{system}} の開発・テスト環境が本番環境と分離されていない",
        en: "Development and test of system {{system}} are not separated from production",
      },
      devTestUnknown: {
        ja: "システム {{system}} の開発・テスト環境（devTest）の記載がない",
        en: "System {{system}} does not describe its development and test environments (devTest)",
      },
      factUnknown: {
        ja: "システム {{system}} の開発・テスト環境について、{{factJa}}（{{fact}}）の記載がない",
        en: "System {{system}} does not state {{factEn}} ({{fact}}) of its development and test environments",
      },
    },
    remediation: {
      ja: "開発・テスト用の環境を本番とは別に用意し、本番への反映は承認を経た手順で行うこと",
      en: "Provide development and test environments apart from production, and move changes to production only through an approved procedure",
    },
  },
  evaluate: requireSystemFacts("devTest", "devTestUnknown", [["separatedFromProduction", "notSeparated"]], "factUnknown"),
});
