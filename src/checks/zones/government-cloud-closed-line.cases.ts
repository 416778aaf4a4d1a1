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
      name: "transport not stated",
      description: link({}),
      expected: [{ messageId: "transportUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
  ],
};

export default table;
