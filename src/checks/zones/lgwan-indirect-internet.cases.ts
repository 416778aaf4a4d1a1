import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { description, internetSystem, lgwanSystem, link } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

type Obj = Record<string, unknown>;
const systems = () => [lgwanSystem(), { id: "relay", name: "中継サーバ（領域未定）" }];
/** groupware → relay (no zone) → public internet. */
const viaRelay = (hop: Obj) =>
  description(systems(), {
    connections: [link("to-relay", "groupware", "relay", hop), link("relay-out", "relay", "external:public-internet")],
  });

const table: CheckTable = {
  valid: [
    {
      // Twentieth review: telework by screen transfer written bidirectional is one session started by the
      // terminals; it gives the LGWAN zone (here through its LGWAN link) no way out to the internet zone.
      name: "an LGWAN link beside internet-zone telework to an LGWAN-ASP written bidirectional",
      description: description(
        [lgwanSystem(), internetSystem({ terminalGroups: [{ id: "tw-pc", name: "テレワーク用貸与PC", count: 10 }] })],
        {
          connections: [
            link("lgwan", "groupware", "external:lgwan-network", { direction: "bidirectional", transport: "lgwan", ports: [443] }),
            {
              id: "tw",
              from: { system: "web-mail", terminalGroup: "tw-pc" },
              to: { external: "lgwan-network", service: "自治体テレワークシステム for LGWAN" },
              direction: "bidirectional",
              transport: "internet",
              via: ["security-cloud"],
              ports: [443],
              sanitisation: ["screen-transfer"],
            },
          ],
        },
      ),
    },
    { name: "screen transfer to a virtual browser outside the zones", description: viaRelay({ sanitisation: ["screen-transfer"] }) },
    {
      name: "a relay that reaches the internet only through the security cloud",
      description: description(systems(), {
        connections: [link("a", "groupware", "relay", { sanitisation: [] }), link("b", "relay", "external:security-cloud")],
      }),
    },
    {
      name: "a direct connection is left to lgwan-no-direct-internet",
      description: description(systems(), { connections: [link("d", "groupware", "external:public-internet")] }),
    },
    {
      // Fourth auditor (r7): the internet VPN to the vendor is itself the LGWAN zone's link with the internet
      // (lgwan-no-direct-internet, critical); asking here how that hop is sanitised would suggest it could be.
      name: "a first hop over an internet VPN is left to lgwan-no-direct-internet",
      description: description([lgwanSystem()], {
        connections: [
          link("out", "groupware", "external:vendor-network", { transport: "internet-vpn" }),
          link("vendor-out", "external:vendor-network", "external:public-internet"),
        ],
      }),
    },
    {
      name: "α' paths are judged by local-breakout-allow-list",
      profile: { ...hitoyoshiProfile, networkModel: "alpha-prime" },
      description: viaRelay({ sanitisation: [] }),
    },
  ],
  invalid: [
    {
      name: "an unsanitised hop to a relay that reaches the internet",
      description: viaRelay({ sanitisation: [] }),
      expected: [{ messageId: "indirectRoute", path: "/connections/0" }],
    },
    {
      name: "a three-hop route through a relay and a vendor network, under β",
      profile: { ...hitoyoshiProfile, networkModel: "beta" },
      description: description(systems(), {
        connections: [
          link("a", "groupware", "relay", { sanitisation: [] }),
          link("b", "relay", "external:vendor-network"),
          link("c", "external:vendor-network", "external:public-internet"),
        ],
      }),
      expected: [{ messageId: "indirectRoute", path: "/connections/0" }],
    },
    {
      name: "sanitisation not stated",
      description: viaRelay({}),
      expected: [{ messageId: "sanitisationUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
  ],
};

export default table;
