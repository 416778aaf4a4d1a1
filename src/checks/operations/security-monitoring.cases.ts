import { criticalSystem, systemOnly } from "../../../test/support/fixtures-operations.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "security monitoring in place", description: systemOnly(criticalSystem()) },
    {
      // Fourth auditor (r8): one gap, one finding; internet-zone-monitoring reports it under 6(3)③.
      name: "an internet-zone system is left to internet-zone-monitoring",
      description: systemOnly(criticalSystem({ zone: "internet", monitoring: { security: false, availability: true } })),
    },
  ],
  invalid: [
    {
      name: "no security monitoring",
      description: systemOnly(criticalSystem({ monitoring: { security: false, availability: true } })),
      expected: [{ messageId: "notMonitored", path: "/systems/0/monitoring/security" }],
    },
    {
      name: "monitoring not described",
      description: systemOnly(criticalSystem({ monitoring: undefined })),
      expected: [{ messageId: "unknown", outcome: "needs-evidence", path: "/systems/0/monitoring/security" }],
    },
    {
      name: "only availability monitoring described",
      description: systemOnly(criticalSystem({ monitoring: { availability: true } })),
      expected: [{ messageId: "unknown", outcome: "needs-evidence", path: "/systems/0/monitoring/security" }],
    },
  ],
};

export default table;
