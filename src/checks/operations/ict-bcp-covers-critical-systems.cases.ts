import { ALL_SCENARIOS, criticalSystem, ordinarySystem, withBcp } from "../../../test/support/fixtures-operations.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const bcp = (coveredSystems?: string[], exists = true) => ({
  exists,
  scenarios: ALL_SCENARIOS,
  ...(coveredSystems ? { coveredSystems } : {}),
});
const both = [criticalSystem(), ordinarySystem()];

const table: CheckTable = {
  valid: [
    { name: "the A2 system is covered; the A1 system need not be", description: withBcp(bcp(["juki"]), both) },
    { name: "only A1 systems: nothing to cover", description: withBcp(undefined, [ordinarySystem()]) },
  ],
  invalid: [
    {
      name: "an A2 system left out of the plan",
      description: withBcp(bcp(["groupware"]), both),
      expected: [{ messageId: "notCovered", path: "/municipality/bcp/coveredSystems" }],
    },
    {
      name: "no ICT-BCP although an A2 system exists",
      description: withBcp(bcp(undefined, false), both),
      expected: [{ messageId: "noBcp", path: "/municipality/bcp/exists" }],
    },
    {
      name: "ICT-BCP not described",
      description: withBcp(undefined, both),
      expected: [{ messageId: "bcpUnknown", outcome: "needs-evidence", path: "/municipality/bcp" }],
    },
    {
      name: "covered systems not listed",
      description: withBcp(bcp(), both),
      expected: [{ messageId: "coverageUnknown", outcome: "needs-evidence", path: "/municipality/bcp/coveredSystems" }],
    },
    {
      name: "a system without availability classes is not covered",
      description: withBcp(bcp(["juki"]), [
        criticalSystem(),
        ordinarySystem({ dataAssets: [{ id: "schedules", name: "予定表", confidentiality: "C2" }] }),
      ]),
      expected: [{ messageId: "availabilityUnknown", outcome: "needs-evidence", path: "/municipality/bcp/coveredSystems" }],
    },
  ],
};

export default table;
