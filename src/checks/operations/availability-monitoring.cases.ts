import { criticalSystem, ordinarySystem, systemOnly } from "../../../test/support/fixtures-operations.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "availability monitored", description: systemOnly(criticalSystem()) },
    { name: "an A1 system monitored too", description: systemOnly(ordinarySystem()) },
  ],
  invalid: [
    {
      name: "availability not monitored",
      description: systemOnly(criticalSystem({ monitoring: { security: true, availability: false } })),
      expected: [{ messageId: "notMonitored", path: "/systems/0/monitoring/availability" }],
    },
    {
      name: "monitoring not described",
      description: systemOnly(criticalSystem({ monitoring: undefined })),
      expected: [{ messageId: "unknown", outcome: "needs-evidence", path: "/systems/0/monitoring/availability" }],
    },
  ],
};

export default table;
