import { system } from "../../../test/support/fixtures-technical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "a separate test environment", description: system({ devTest: { separatedFromProduction: true } }) },
    {
      // Second auditor review: a provider's SaaS has no test environment of the municipality's; its
      // development is the provider's, judged as the use of an external service (not applicable).
      name: "a provider's service (hosting.kind: cloud-service), devTest not stated",
      description: system({ hosting: { kind: "cloud-service" }, devTest: undefined }),
    },
    {
      // Fiftieth review: an LGWAN-ASP service is the provider's multi-tenant service, reached over the LGWAN.
      name: "an LGWAN-ASP service (hosting.kind: lgwan-asp), devTest not stated",
      description: system({ hosting: { kind: "lgwan-asp" }, devTest: undefined }),
    },
  ],
  invalid: [
    {
      name: "testing in production",
      description: system({ devTest: { separatedFromProduction: false } }),
      expected: [{ messageId: "notSeparated", path: "/systems/0/devTest/separatedFromProduction" }],
    },
    {
      name: "separation not stated",
      description: system({ devTest: { realDataUsed: false } }),
      expected: [{ messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/devTest/separatedFromProduction" }],
    },
    {
      name: "development and test not described",
      description: system({}),
      expected: [{ messageId: "devTestUnknown", outcome: "needs-evidence", path: "/systems/0/devTest" }],
    },
  ],
};

export default table;
