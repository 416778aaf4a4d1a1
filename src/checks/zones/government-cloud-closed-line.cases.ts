import { description, lgwanSystem, mynumberSystem } from "../../../test/support/fixtures.js";
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
      // Each zone's line names its own segment: nothing to ask.
      name: "the My Number and LGWAN zones reach their own segments, each written",
      description: description([mynumberSystem(), lgwanSystem()], {
        connections: [
          { id: "gc-mn", from: { system: "juki" }, to: { external: "government-cloud", segment: "mynumber" }, transport: "closed-line" },
          { id: "gc-lg", from: { system: "groupware" }, to: { external: "government-cloud", segment: "lgwan" }, transport: "closed-line" },
        ],
      }),
    },
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
      // Fifty-fifth review: the My Number and LGWAN zones both reach Government Cloud with no segment; written so, one
      // shared tenancy looks the same. An auditor asks for the segments.
      name: "the My Number and LGWAN zones reach Government Cloud with no segment written",
      description: description([mynumberSystem(), lgwanSystem()], {
        connections: [
          { id: "gc-mn", from: { system: "juki" }, to: { external: "government-cloud" }, transport: "closed-line" },
          { id: "gc-lg", from: { system: "groupware" }, to: { external: "government-cloud" }, transport: "closed-line" },
        ],
      }),
      expected: [
        { messageId: "segmentsNotStated", outcome: "needs-evidence", path: "/connections/0", data: { connections: "gc-lg" } },
        { messageId: "segmentsNotStated", outcome: "needs-evidence", path: "/connections/1", data: { connections: "gc-mn" } },
      ],
    },
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
