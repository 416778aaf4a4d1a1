import { description, internetSystem, lgwanSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const egress = (connection: Record<string, unknown>) =>
  description([internetSystem()], {
    connections: [{ id: "out", from: { system: "web-mail" }, to: { external: "public-internet" }, ...connection }],
  });

const table: CheckTable = {
  valid: [
    { name: "through the security cloud", description: egress({ via: ["security-cloud"] }) },
    {
      name: "LGWAN systems are judged by other checks",
      description: description([lgwanSystem()], {
        connections: [{ id: "x", from: { system: "groupware" }, to: { external: "public-internet" } }],
      }),
    },
  ],
  invalid: [
    {
      name: "direct breakout",
      description: egress({ via: [] }),
      expected: [{ messageId: "bypassesSecurityCloud", path: "/connections/0/via" }],
    },
    {
      name: "route not stated",
      description: egress({}),
      expected: [{ messageId: "routeUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
  ],
};

export default table;
