import { description, internetSystem, lgwanSystem, link } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

type Obj = Record<string, unknown>;
const systems = () => [internetSystem(), lgwanSystem(), { id: "proxy", name: "独自プロキシ" }];
/** web-mail → vendor-network → public internet. */
const viaVendor = (first: Obj, second: Obj) =>
  description(systems(), {
    connections: [
      link("maint", "web-mail", "external:vendor-network", first),
      link("vendor-out", "external:vendor-network", "external:public-internet", second),
    ],
  });

const table: CheckTable = {
  valid: [
    { name: "the vendor's internet access passes the security cloud", description: viaVendor({ via: [] }, { via: ["security-cloud"] }) },
    {
      name: "a three-hop path is compliant only because one hop passes the security cloud",
      description: description(systems(), {
        connections: [
          link("a", "web-mail", "proxy", { via: ["security-cloud"] }),
          link("b", "proxy", "external:government-cloud", { via: [] }),
          link("c", "external:government-cloud", "external:public-internet", { via: [] }),
        ],
      }),
    },
    {
      name: "a direct link is left to internet-via-security-cloud",
      description: description(systems(), { connections: [link("d", "web-mail", "external:public-internet", { via: [] })] }),
    },
    {
      name: "through the security cloud itself",
      description: description(systems(), {
        connections: [link("a", "web-mail", "external:security-cloud"), link("b", "external:security-cloud", "external:public-internet")],
      }),
    },
    {
      name: "LGWAN systems are not intermediates",
      description: description(systems(), {
        connections: [
          link("a", "web-mail", "groupware", { sanitisation: ["screen-transfer"] }),
          link("b", "groupware", "external:public-internet"),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: "out through the maintenance vendor's network",
      description: viaVendor({ via: [] }, { via: [] }),
      expected: [{ messageId: "bypassPath", path: "/connections/1" }],
    },
    {
      name: "three hops through an unzoned proxy and a cycle",
      description: description(systems(), {
        connections: [
          link("a", "web-mail", "proxy", { via: [], direction: "bidirectional" }),
          link("loop", "proxy", "proxy", { via: [] }),
          link("b", "proxy", "external:government-cloud", { via: [] }),
          link("c", "external:government-cloud", "external:public-internet", { via: [] }),
        ],
      }),
      expected: [{ messageId: "bypassPath", path: "/connections/3" }],
    },
    {
      name: "route of one hop not stated",
      description: viaVendor({}, { via: [] }),
      expected: [{ messageId: "routeUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
  ],
};

export default table;
