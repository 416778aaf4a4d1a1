import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { description, internetSystem, lgwanSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const breakout = (connection: Record<string, unknown> = {}) =>
  description([lgwanSystem({ terminalGroups: [{ id: "staff-pc", name: "業務端末" }] })], {
    connections: [
      {
        id: "m365",
        from: { system: "groupware", terminalGroup: "staff-pc" },
        to: { external: "public-internet", service: "Microsoft 365" },
        ...connection,
      },
    ],
  });
const allowListed = { destinationAllowList: ["*.office.com"], tenantRestriction: true, logged: true };
const alphaPrime = { ...hitoyoshiProfile, networkModel: "alpha-prime" as const };

const table: CheckTable = {
  valid: [
    { name: "α': allow-listed, tenant-restricted, logged breakout", profile: alphaPrime, description: breakout(allowListed) },
    {
      name: "an internet-zone system on the internet is judged elsewhere",
      description: description([internetSystem()], {
        connections: [{ id: "web", from: { system: "web-mail" }, to: { external: "public-internet" } }],
      }),
    },
  ],
  invalid: [
    {
      name: "α: any direct route fails, even allow-listed",
      description: breakout(allowListed),
      expected: [{ messageId: "directInternet", path: "/connections/0" }],
    },
    {
      name: "β: the LGWAN zone still has no route of its own",
      profile: { ...hitoyoshiProfile, networkModel: "beta" },
      description: breakout(allowListed),
      expected: [{ messageId: "directInternet", path: "/connections/0" }],
    },
    {
      name: "α': breakout without allow-list, tenant restriction or logging",
      profile: alphaPrime,
      description: breakout({ destinationAllowList: [], tenantRestriction: false, logged: false }),
      expected: [
        { messageId: "breakoutNotAllowListed", path: "/connections/0/destinationAllowList" },
        { messageId: "breakoutNoTenantRestriction", path: "/connections/0/tenantRestriction" },
        { messageId: "breakoutNotLogged", path: "/connections/0/logged" },
      ],
    },
    {
      name: "α': traffic from the internet into the LGWAN zone",
      profile: alphaPrime,
      description: description([lgwanSystem()], {
        connections: [{ id: "in", from: { external: "public-internet" }, to: { system: "groupware" }, ...allowListed }],
      }),
      expected: [{ messageId: "inboundBreakout", path: "/connections/0" }],
    },
    {
      name: "α': breakout controls not stated",
      profile: alphaPrime,
      description: breakout({ logged: true }),
      expected: [
        { messageId: "breakoutUnknown", outcome: "needs-evidence", path: "/connections/0" },
        { messageId: "breakoutUnknown", outcome: "needs-evidence", path: "/connections/0" },
      ],
    },
  ],
};

export default table;
