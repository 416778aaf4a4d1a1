import { goodSite, onSite } from "../../../test/support/fixtures-physical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "a protected server room", description: onSite(goodSite) },
    { name: "a provider's cloud facilities are judged under outsourcing", description: onSite({ kind: "cloud" }) },
  ],
  invalid: [
    {
      name: "a basement room without flood protection",
      description: onSite({ ...goodSite, waterProtection: false }),
      expected: [{ messageId: "noWaterProtection", path: "/systems/0/physicalSite/waterProtection" }],
    },
    {
      name: "no fire or earthquake protection",
      description: onSite({ ...goodSite, fireProtection: false, earthquakeProtection: false }),
      expected: [
        { messageId: "noFireProtection", path: "/systems/0/physicalSite/fireProtection" },
        { messageId: "noEarthquakeProtection", path: "/systems/0/physicalSite/earthquakeProtection" },
      ],
    },
    {
      name: "earthquake protection not stated",
      description: onSite({ kind: "data-centre", fireProtection: true, waterProtection: true }),
      expected: [{ messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/physicalSite/earthquakeProtection" }],
    },
    {
      name: "no site stated",
      description: onSite(undefined),
      expected: [{ messageId: "siteUnknown", outcome: "needs-evidence", path: "/systems/0/physicalSite" }],
    },
  ],
};

export default table;
