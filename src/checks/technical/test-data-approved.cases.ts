import { system } from "../../../test/support/fixtures-technical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const publicOnly = { dataAssets: [{ id: "pages", name: "公開ページ", confidentiality: "C1", integrity: "I1", availability: "A1" }] };

const table: CheckTable = {
  valid: [
    { name: "synthetic test data", description: system({ devTest: { separatedFromProduction: true, realDataUsed: false } }) },
    { name: "a system with only C1 data is not applicable", description: system({ ...publicOnly, devTest: { realDataUsed: true } }) },
    {
      name: "a provider's service (hosting.kind: cloud-service), devTest not stated: not applicable",
      description: system({ hosting: { kind: "cloud-service" }, devTest: undefined }),
    },
    {
      // Fifty-third review: an LGWAN-ASP service is the provider's, as for dev-test-separated.
      name: "an LGWAN-ASP service, devTest not stated: not applicable",
      description: system({ hosting: { kind: "lgwan-asp" }, devTest: undefined }),
    },
  ],
  invalid: [
    {
      name: "real C2 data without approval",
      description: system({ devTest: { separatedFromProduction: true, realDataUsed: true } }),
      expected: [{ messageId: "realDataUsed", path: "/systems/0/devTest/realDataUsed" }],
    },
    {
      // An internal approval no longer makes real data in tests acceptable (review §1.2: the check
      // was laxer than the rule it follows); a genuine exception is a waiver.
      name: "real C2 data with an internal approval",
      description: system({ devTest: { realDataUsed: true, realDataApproval: "情政第34号" } }),
      expected: [{ messageId: "realDataUsed", path: "/systems/0/devTest/realDataUsed" }],
    },
    {
      name: "use of real data not stated",
      description: system({ devTest: { separatedFromProduction: true } }),
      expected: [{ messageId: "realDataUnknown", outcome: "needs-evidence", path: "/systems/0/devTest/realDataUsed" }],
    },
  ],
};

export default table;
