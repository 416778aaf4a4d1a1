import { defineCheck } from "../define-check.js";

/**
 * Test environments are less guarded than production; real data of the protected classes (the
 * profile's `handling.protectFrom`, C2 by default) is used in tests only with a recorded approval.
 */
export default defineCheck({
  meta: {
    id: "test-data-approved",
    area: "technical",
    title: {
      ja: "機密性2以上の本番データをテストに使う場合は、承認を得ること",
      en: "Real data of confidentiality C2 or above must be used in tests only with approval",
    },
    clauses: ["6(6)", "6(2)"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: "令和7年3月版 第3編 技術的セキュリティ（システム開発、導入、保守等：テストデータ）",
    severity: "high",
    target: "system",
    applicability: { confidentialityFrom: "protectFrom" },
    messages: {
      notApproved: {
        ja: "システム {{system}} はテストに本番データを使っているが、承認（realDataApproval）の記録がない",
        en: "System {{system}} uses real data in tests with no recorded approval (realDataApproval)",
      },
      realDataUnknown: {
        ja: "システム {{system}} がテストに本番データを使うか（devTest.realDataUsed）が書かれていない",
        en: "System {{system}} does not state whether tests use real data (devTest.realDataUsed)",
      },
    },
    remediation: {
      ja: "テストには架空のデータやマスキングしたデータを使うこと。本番データが必要な場合は、目的・範囲・期間と消去方法を定めて承認を得て、決裁番号を realDataApproval に書くこと",
      en: "Test with synthetic or masked data; where real data is unavoidable, get approval for its purpose, scope, period and deletion, and record the reference under realDataApproval",
    },
  },
  *evaluate(system, ctx) {
    const data = { system: system.id };
    const devTest = system.devTest;
    if (devTest?.realDataUsed === undefined) yield ctx.needsEvidence("realDataUnknown", ["devTest", "realDataUsed"], data);
    else if (devTest.realDataUsed && devTest.realDataApproval === undefined)
      yield ctx.fail("notApproved", ["devTest", "realDataApproval"], data);
  },
});
