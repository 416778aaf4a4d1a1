import { description, internetSystem, lgwanSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const egress = (connection: Record<string, unknown>, system: Record<string, unknown> = {}) =>
  description([internetSystem(system)], {
    connections: [{ id: "out", from: { system: "web-mail" }, to: { external: "public-internet" }, direction: "one-way", ...connection }],
  });

const table: CheckTable = {
  valid: [
    { name: "through the security cloud", description: egress({ via: ["security-cloud"] }) },
    {
      // Residents reaching a vendor's SaaS is the vendor's traffic, not the city's internet traffic (6(3)③).
      name: "residents reach a provider-hosted service directly",
      description: description([internetSystem({ id: "e-apply", name: "電子申請（事業者SaaS）", hosting: { kind: "cloud-service" } })], {
        connections: [{ id: "residents", from: { external: "public-internet" }, to: { system: "e-apply" }, direction: "one-way", via: [] }],
      }),
    },
    {
      name: "LGWAN systems are judged by other checks",
      description: description([lgwanSystem()], {
        connections: [{ id: "x", from: { system: "groupware" }, to: { external: "public-internet" } }],
      }),
    },
  ],
  invalid: [
    {
      // Fifty-fifth review: the city's virtual browser run as a cloud service browses for the city; its direct egress is
      // the city's internet traffic, outside the prefecture's security cloud (6(3)③).
      name: "a virtual browser hosted as a cloud service goes to the internet directly",
      description: egress(
        { via: [], transport: "internet" },
        {
          id: "web-mail",
          name: "仮想ブラウザ（クラウド）",
          hosting: { kind: "cloud-service" },
          boundaryRole: "screen-transfer",
          businessFunctions: ["web-browsing"],
        },
      ),
      expected: [{ messageId: "bypassesSecurityCloud", path: "/connections/0/via" }],
    },
    {
      // Fifty-sixth review: a cloud-hosted file sanitiser without a declared role is the municipality's boundary too.
      name: "a file sanitiser hosted as a cloud service, no role declared, goes to the internet directly",
      description: egress(
        { via: [], transport: "internet" },
        {
          id: "web-mail",
          name: "ファイル無害化（クラウド）",
          hosting: { kind: "cloud-service" },
          businessFunctions: ["file-sanitisation"],
        },
      ),
      expected: [{ messageId: "bypassesSecurityCloud", path: "/connections/0/via" }],
    },
    {
      name: "direct breakout",
      description: egress({ via: [] }),
      expected: [{ messageId: "bypassesSecurityCloud", path: "/connections/0/via" }],
    },
    {
      // Tenth review: the staff's terminals of a SaaS-hosted system are the municipality's own traffic, not residents'.
      name: "the staff's terminals of a provider-hosted system go out directly",
      description: description(
        [
          internetSystem({
            id: "gw",
            name: "グループウェア（SaaS）",
            hosting: { kind: "cloud-service" },
            terminalGroups: [{ id: "biz-pc", name: "業務端末", count: 10 }],
          }),
        ],
        {
          connections: [
            {
              id: "pc-net",
              from: { system: "gw", terminalGroup: "biz-pc" },
              to: { external: "public-internet" },
              direction: "one-way",
              transport: "internet",
              via: [],
            },
          ],
        },
      ),
      expected: [{ messageId: "bypassesSecurityCloud", path: "/connections/0/via" }],
    },
    {
      name: "route not stated",
      description: egress({}),
      expected: [{ messageId: "viaUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      // Thirty-second review: refused in the direction it states, the link is refused either way; whether it
      // is one-way is no question beside that fail.
      name: "an inbound link whose direction is not stated, through the cloud one way only",
      description: description([internetSystem()], {
        connections: [
          { id: "out", from: { system: "web-mail" }, to: { external: "public-internet" }, via: ["security-cloud"] },
          { id: "in", from: { external: "public-internet" }, to: { system: "web-mail" }, via: [] },
        ],
      }),
      expected: [{ messageId: "bypassesSecurityCloud", path: "/connections/1/via" }],
    },
  ],
};

export default table;
