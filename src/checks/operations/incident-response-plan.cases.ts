import { withPlan } from "../../../test/support/fixtures-operations.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [{ name: "a plan with reporting routes", description: withPlan({ exists: true, reportingRoutes: true }) }],
  invalid: [
    {
      name: "no plan",
      description: withPlan({ exists: false }),
      expected: [{ messageId: "noPlan", path: "/municipality/incidentResponsePlan/exists" }],
    },
    {
      name: "a plan without reporting routes",
      description: withPlan({ exists: true, reportingRoutes: false }),
      expected: [{ messageId: "noReportingRoutes", path: "/municipality/incidentResponsePlan/reportingRoutes" }],
    },
    {
      name: "plan not described",
      description: withPlan(undefined),
      expected: [{ messageId: "planUnknown", outcome: "needs-evidence", path: "/municipality/incidentResponsePlan" }],
    },
    {
      name: "a plan whose reporting routes are not stated",
      description: withPlan({ exists: true }),
      expected: [{ messageId: "routesUnknown", outcome: "needs-evidence", path: "/municipality/incidentResponsePlan/reportingRoutes" }],
    },
    {
      name: "reporting routes stated but not whether the plan exists",
      description: withPlan({ reportingRoutes: true }),
      expected: [{ messageId: "existsUnknown", outcome: "needs-evidence", path: "/municipality/incidentResponsePlan/exists" }],
    },
  ],
};

export default table;
