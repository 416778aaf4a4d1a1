import { activity, withEval } from "../../../test/support/fixtures-evaluation.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "latest audit and self-inspection closed", description: withEval() },
    {
      name: "an older audit's open findings are superseded by the latest",
      description: withEval({
        audits: [activity("2024-11-01", "external", { openFindings: 4 }), activity("2025-11-01", "external", { openFindings: 0 })],
      }),
    },
    { name: "no audits or self-inspections (not applicable)", description: withEval({ audits: undefined, selfInspections: [] }) },
  ],
  invalid: [
    {
      name: "the latest audit has open findings",
      description: withEval({ audits: [activity("2025-11-01", "external", { openFindings: 3 })] }),
      expected: [{ messageId: "openFindings", path: "/municipality/audits/0/openFindings" }],
    },
    {
      name: "open findings of the latest self-inspection",
      description: withEval({
        selfInspections: [activity("2025-07-01", "internal", { openFindings: 1 }), activity("2024-07-01", "internal", { openFindings: 0 })],
      }),
      expected: [{ messageId: "openFindings", path: "/municipality/selfInspections/0/openFindings" }],
    },
    {
      name: "open findings not stated",
      description: withEval({ audits: [activity("2025-11-01", "external")] }),
      expected: [{ messageId: "findingsUnknown", outcome: "needs-evidence", path: "/municipality/audits/0/openFindings" }],
    },
  ],
};

export default table;
