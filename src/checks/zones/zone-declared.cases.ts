import { description, lgwanSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "a system with a zone", description: description([lgwanSystem()]) },
    { name: "attached zones include the zone", description: description([lgwanSystem({ attachedZones: ["lgwan"] })]) },
  ],
  invalid: [
    {
      name: "a system without a zone needs evidence",
      description: description([lgwanSystem({ zone: undefined })]),
      expected: [{ messageId: "missingZone", outcome: "needs-evidence", path: "/systems/0/zone" }],
    },
    {
      name: "attached zones that leave out the system's own zone",
      description: description([lgwanSystem({ attachedZones: ["internet"] })]),
      expected: [{ messageId: "zoneNotAttached", path: "/systems/0/attachedZones" }],
    },
  ],
};

export default table;
