import { description, lgwanSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "a system with a zone", description: description([lgwanSystem()]) },
    { name: "attached zones include the zone", description: description([lgwanSystem({ attachedZones: ["lgwan"] })]) },
  ],
  invalid: [
    {
      name: "a linked system without a zone needs evidence",
      description: description([lgwanSystem({ zone: undefined })], {
        connections: [{ id: "c", from: { system: "groupware" }, to: { external: "lgwan-network" }, direction: "one-way" }],
      }),
      expected: [
        {
          messageId: "missingZone",
          outcome: "needs-evidence",
          severity: "high",
          path: "/systems/0/zone",
          clauses: ["6(3)", "2(9)", "2(10)", "2(11)"],
        },
      ],
    },
    {
      // Seventh review (r5): a stand-alone plant control system has no link a zone would decide; asked at medium.
      name: "a system no connection names, without a zone",
      description: description([lgwanSystem({ zone: undefined })]),
      expected: [{ messageId: "missingZoneStandalone", outcome: "needs-evidence", severity: "medium", path: "/systems/0/zone" }],
    },
    {
      name: "attached zones that leave out the system's own zone",
      description: description([lgwanSystem({ attachedZones: ["internet"] })]),
      // 6(3) with the definitions of the two zones in question: LGWAN 2(10) and internet 2(11), not My Number's 2(9).
      expected: [{ messageId: "zoneNotAttached", path: "/systems/0/attachedZones", clauses: ["6(3)", "2(10)", "2(11)"] }],
    },
  ],
};

export default table;
