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
      // The plan answers 3(3) (disasters); the finding is about the threats left unplanned: staff
      // shortage 3(4), infrastructure outage 3(5), cyber attack 3(1), in the check's order.
      expected: [{ messageId: "missingScenarios", path: "/municipality/bcp/scenarios", clauses: ["3(4)", "3(5)", "3(1)"] }],
    },
    {
      name: "a plan without the cyber-attack scenario",
      description: scenarios(ALL_SCENARIOS.filter((s) => s !== "cyber-attack")),
      expected: [{ messageId: "missingScenarios", path: "/municipality/bcp/scenarios", clauses: ["3(1)"] }],
    },
    {
      name: "scenarios not stated",
      description: scenarios(),
      expected: [{ messageId: "scenariosUnknown", outcome: "needs-evidence", path: "/municipality/bcp/scenarios" }],
    },
    {
      name: "ICT-BCP not described",
      description: withBcp(undefined),
      expected: [
        { messageId: "bcpUnknown", outcome: "needs-evidence", path: "/municipality/bcp", clauses: ["3(3)", "3(4)", "3(5)", "3(1)"] },
      ],
    },
  ],
};

export default table;
