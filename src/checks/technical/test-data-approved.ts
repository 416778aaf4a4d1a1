import { defineCheck } from "../define-check.js";
import { ASKED_BY_DEV_TEST_CHECK } from "../asked-elsewhere.js";

/**
 * Test environments are less guarded than production, so real personal or confidential data in
 * tests leaks easily (6(6), 6(2)). The rule is followed as strictly as it is written: real data of
 * confidentiality 2 or above is not used in tests at all; an internal approval does not make it
 * acceptable (a genuine exception goes through an approved waiver, with its term and reason).
 *
 * Basis: the national guideline's model standards are understood to forbid personal and highly
 * confidential raw data as test data, but the text could not be checked (review §1.2), so the
 * rule is labelled recommended practice, citing the Personal Information Protection Commission's
 * Q&A, which names "not using personal data as test data" as a technical safeguard.
 * The id is kept for compatibility.
 */
export default defineCheck({
  meta: {
    id: "test-data-approved",
    area: "technical",
    title: {
      ja: "機密性2以上の本番データ（個人情報等）をテストに使わないこと",
      en: "Real data of confidentiality 2 or above (personal information and the like) must not be used in tests",
    },
    clauses: ["6(6)", "6(2)"],
    threats: ["T1", "T2"],
    basis: "practice",
    severity: "high",
    target: "system",
    applicability: {
      askedElsewhere: ASKED_BY_DEV_TEST_CHECK,
      confidentialityFrom: "protectFrom",
      // An LGWAN-ASP service too, as dev-test-separated reads it (fifty-third review: the question moved here at high).
      when: (system) => system.hosting?.kind !== "cloud-service" && system.hosting?.kind !== "lgwan-asp",
      condition: {
        ja: "事業者が提供するサービス（hosting.kind: cloud-service・lgwan-asp）ではないシステム（サービスの開発・テストは事業者が行い、外部サービスの利用として判定する）",
        en: "systems that are not a provider's service (hosting.kind: cloud-service or lgwan-asp); a service's development and tests are the provider's, judged as the use of an external service",
      },
    },
    messages: {
      realDataUsed: {
        reference: {
          ja: "テスト環境は本番ほど管理されず本番データが漏えいしやすいため、テストには架空のデータ等を使うことを推奨する（個人情報保護委員会「個人情報の保護に関する法律についてのガイドライン」に関するQ&A（技術的安全管理措置）も、テストデータとして個人データを使わないことを例に挙げる）",
          en: "Test environments are less guarded than production, so synthetic data is recommended for tests (the Personal Information Protection Commission's Q&A on technical safeguards names not using personal data as test data as an example)",
        },
        ja: "システム {{system}} はテストに機密性2以上の本番データを使っている（承認の有無を問わない。推奨される運用：架空のデータやマスキングしたデータを使う）",
        en: "System {{system}} uses real data of confidentiality 2 or above in tests, approved or not (recommended practice: use synthetic or masked data)",
      },
      realDataUnknown: {
        reference: {
          ja: "テストに本番データを使うかは、テスト環境からの漏えいの危険を判断するための事実",
          en: "Whether real data is used in tests is the fact that decides the risk of leakage from the test environment",
        },
        ja: "システム {{system}} がテストに本番データを使うか（devTest.realDataUsed）の記載がない",
        en: "System {{system}} does not state whether it uses real data in tests (devTest.realDataUsed)",
      },
    },
    remediation: {
      ja: "テストには架空のデータや、元に戻せない形でマスキングしたデータを使うこと。どうしても本番データが必要な場合は、例外措置として期限と理由を付けて承認を得て、本番と同等の管理の下で行い、終了後に消去すること",
      en: "Use synthetic data, or data masked so it cannot be traced back; where real data is unavoidable, get an approved exception with a term and a reason, handle it under production-level controls and erase it afterwards",
    },
  },
  *evaluate(system, ctx) {
    const data = { system: system.id };
    const devTest = system.devTest;
    if (devTest?.realDataUsed === undefined) yield ctx.needsEvidence("realDataUnknown", ["devTest", "realDataUsed"], data);
    else if (devTest.realDataUsed) yield ctx.fail("realDataUsed", ["devTest", "realDataUsed"], data);
  },
});
