import { ALL_SCENARIOS, withBcp } from "../../../test/support/fixtures-operations.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const scenarios = (list?: string[]) => withBcp({ exists: true, coveredSystems: ["juki"], ...(list ? { scenarios: list } : {}) });

const table: CheckTable = {
  valid: [
    { name: "all four scenarios planned", description: scenarios(ALL_SCENARIOS) },
    { name: "no ICT-BCP: not applicable (ict-bcp-covers-critical-systems reports it)", description: withBcp({ exists: false }) },
  ],
  invalid: [
    {
      name: "a plan for disasters only",
      description: scenarios(["disaster"]),
      expected: [{ messageId: "missingScenarios", path: "/municipality/bcp/scenarios" }],
    },
    {
      name: "scenarios not stated",
      description: scenarios(),
      expected: [{ messageId: "scenariosUnknown", outcome: "needs-evidence", path: "/municipality/bcp/scenarios" }],
    },
    {
      name: "ICT-BCP not described",
      description: withBcp(undefined),
      expected: [{ messageId: "bcpUnknown", outcome: "needs-evidence", path: "/municipality/bcp" }],
    },
  ],
};

export default table;
