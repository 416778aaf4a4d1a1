import { description, internetSystem, lgwanSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const monitored = (monitoring?: Record<string, unknown>) => description([internetSystem(monitoring === undefined ? {} : { monitoring })]);

const table: CheckTable = {
  valid: [
    { name: "security monitoring in place", description: monitored({ security: true }) },
    { name: "LGWAN systems are not judged here", description: description([lgwanSystem({ monitoring: { security: false } })]) },
  ],
  invalid: [
    {
      name: "not monitored",
      description: monitored({ security: false }),
      expected: [{ messageId: "notMonitored", path: "/systems/0/monitoring/security" }],
    },
    {
      name: "only availability monitoring stated",
      description: monitored({ availability: true }),
      expected: [{ messageId: "monitoringUnknown", outcome: "needs-evidence", path: "/systems/0/monitoring/security" }],
    },
    {
      name: "monitoring not described",
      description: monitored(),
      expected: [{ messageId: "monitoringUnknown", outcome: "needs-evidence", path: "/systems/0/monitoring" }],
    },
  ],
};

export default table;
