import { description, mynumberSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const link = (facts: Record<string, unknown>) =>
  description([mynumberSystem()], {
    connections: [{ id: "gc", from: { system: "juki" }, to: { external: "government-cloud" }, ...facts }],
  });

const table: CheckTable = {
  valid: [
    { name: "closed line", description: link({ transport: "closed-line" }) },
    { name: "dedicated line", description: link({ transport: "dedicated-line" }) },
    {
      // Fourth auditor (r10): no access line; mynumber-connections-restricted fails the segment's internet link.
      name: "a Government Cloud segment joined to the internet is judged by the zone link checks",
      description: description([mynumberSystem()], {
        connections: [
          {
            id: "gc-mgmt",
            from: { external: "government-cloud", segment: "mynumber" },
            to: { external: "public-internet" },
            transport: "internet",
          },
        ],
      }),
    },
    {
      name: "connections elsewhere are not judged here",
      description: description([mynumberSystem()], {
        connections: [{ id: "x", from: { system: "juki" }, to: { external: "national-system" }, transport: "internet" }],
      }),
    },
  ],
  invalid: [
    {
      name: "internet VPN",
      description: link({ transport: "internet-vpn" }),
      expected: [{ messageId: "overInternet", path: "/connections/0/transport" }],
    },
    {
      name: "closed line declared but routed through the internet",
      description: link({ transport: "closed-line", via: ["public-internet"] }),
      expected: [{ messageId: "viaInternet", path: "/connections/0/via" }],
    },
    {
      // Tenth review: the security cloud stands on the internet side.
      name: "closed line declared but routed through the security cloud",
      description: link({ transport: "closed-line", via: ["security-cloud"] }),
      expected: [{ messageId: "viaSecurityCloud", path: "/connections/0/via" }],
    },
    {
      name: "transport not stated",
      description: link({}),
      expected: [{ messageId: "transportUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
  ],
};

export default table;
