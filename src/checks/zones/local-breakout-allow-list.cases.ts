import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { description, lgwanSystem, link } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

type Obj = Record<string, unknown>;
const alphaPrime = { ...hitoyoshiProfile, networkModel: "alpha-prime" as const };
const restricted = { destinationAllowList: ["*.example-saas.jp"], tenantRestriction: true, logged: true };
const systems = () => [lgwanSystem(), { id: "breakout-gw", name: "ローカルブレイクアウト装置" }];
/** groupware → breakout gateway (no zone) → public internet. */
const viaGateway = (breakout: Obj) =>
  description(systems(), {
    connections: [link("to-gw", "groupware", "breakout-gw", breakout), link("gw-out", "breakout-gw", "external:public-internet")],
  });

const table: CheckTable = {
  profile: alphaPrime,
  valid: [
    { name: "an allow-listed, tenant-restricted, logged breakout through a gateway", description: viaGateway(restricted) },
    {
      name: "a three-hop breakout compliant only because the hop leaving LGWAN is restricted",
      description: description(systems(), {
        connections: [
          link("a", "groupware", "breakout-gw", restricted),
          link("b", "breakout-gw", "external:vendor-network"),
          link("c", "external:vendor-network", "external:public-internet"),
        ],
      }),
    },
    {
      // Sixth review (r9): the allow-list, tenant restriction and logging written on the gateway's own egress.
      name: "a breakout restricted where the gateway leaves for the internet",
      description: description(systems(), {
        connections: [link("to-gw", "groupware", "breakout-gw"), link("gw-out", "breakout-gw", "external:public-internet", restricted)],
      }),
    },
    {
      name: "a direct breakout is left to lgwan-no-direct-internet",
      description: description(systems(), { connections: [link("d", "groupware", "external:public-internet")] }),
    },
    { name: "not applicable outside α'", description: viaGateway({}), profile: hitoyoshiProfile },
    {
      // Thirty-second review: a service name with a note and the service's published IP range are destinations.
      name: "a breakout through a gateway to a named service and its IP range",
      description: viaGateway({ ...restricted, destinationAllowList: ["Microsoft 365（Exchange Online）", "52.96.0.0/14"] }),
    },
    {
      // Thirty-third review: an endpoint copied from Microsoft's list with its port, or as a URL, is a destination.
      name: "a breakout through a gateway to endpoints written with a port and as a URL",
      description: viaGateway({ ...restricted, destinationAllowList: ["outlook.office365.com:443", "https://login.microsoftonline.com/"] }),
    },
  ],
  invalid: [
    {
      name: "a breakout without tenant restriction",
      description: viaGateway({ ...restricted, tenantRestriction: false }),
      expected: [{ messageId: "breakoutNotRestricted", path: "/connections/0" }],
    },
    {
      name: "a three-hop breakout with an empty allow-list, in a cycle",
      description: description(systems(), {
        connections: [
          link("a", "groupware", "breakout-gw", { ...restricted, destinationAllowList: [] }),
          link("b", "breakout-gw", "external:vendor-network", { direction: "bidirectional" }),
          link("c", "external:vendor-network", "external:public-internet"),
          link("loop", "breakout-gw", "breakout-gw"),
        ],
      }),
      expected: [{ messageId: "breakoutNotRestricted", path: "/connections/0" }],
    },
    {
      // Thirty-second review: 「制限なし」 on the hop leaving the LGWAN zone lists no destination; the guideline's α'
      // breakout is to specific services only, so an auditor judges it as an allow-list of "*".
      name: "a breakout through a gateway allow-listed as 「制限なし」",
      description: viaGateway({ ...restricted, destinationAllowList: ["制限なし"] }),
      expected: [{ messageId: "breakoutNotRestricted", path: "/connections/0", data: { facts: "destinationAllowList" } }],
    },
    {
      // Thirty-third review: half of the IPv4 internet (128.0.0.0/1) and a `*` in a note written on the hop leaving
      // the LGWAN zone list no destination of a service's size; the guideline's α' breakout is to specific services.
      name: "a breakout through a gateway allow-listed as 128.0.0.0/1 and 「Microsoft 365（*）」",
      description: viaGateway({ ...restricted, destinationAllowList: ["128.0.0.0/1", "Microsoft 365（*）"] }),
      expected: [{ messageId: "breakoutNotRestricted", path: "/connections/0", data: { facts: "destinationAllowList" } }],
    },
    {
      name: "logging not stated",
      description: viaGateway({ destinationAllowList: ["*.example-saas.jp"], tenantRestriction: true }),
      expected: [{ messageId: "breakoutUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
  ],
};

export default table;
