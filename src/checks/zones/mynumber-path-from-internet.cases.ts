import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import {
  APPROVING_MUNICIPALITY,
  description as bare,
  internetSystem,
  lgwanSystem,
  link,
  mynumberSystem,
} from "../../../test/support/fixtures.js";

/** Descriptions whose organisation lists who may approve exceptions (the approvals below are the CISO's). */
const description: typeof bare = (systems, extra = {}) => bare(systems, { municipality: APPROVING_MUNICIPALITY, ...extra });
import type { CheckTable } from "../../vitest/check-tester.js";

const approved = {
  approval: { reference: "情政第12号", approvedBy: "CISO", approvedOn: "2026-01-10" },
  addressRestriction: { ip: true, mac: true },
  ports: [443],
  transport: "lan",
};
const systems = () => [internetSystem(), lgwanSystem(), lgwanSystem({ id: "finance", name: "財務会計" }), mynumberSystem()];
/** web-mail → groupware → juki, the first hop with the given sanitisation. */
const twoHops = (sanitisation?: string[]) =>
  description(systems(), {
    connections: [
      link("mail-in", "web-mail", "groupware", sanitisation === undefined ? {} : { sanitisation }),
      link("to-juki", "groupware", "juki", approved),
    ],
  });
/** web-mail → groupware → finance → juki. */
const threeHops = (sanitisation: string[]) =>
  description(systems(), {
    connections: [
      link("mail-in", "web-mail", "groupware", { sanitisation }),
      link("gw-fin", "groupware", "finance"),
      link("to-juki", "finance", "juki", approved),
    ],
  });

/**
 * Nineteenth review: the hospital EMR's vendor reaches its LGWAN system over an internet VPN; the
 * 戸籍 vendor reaches the My Number system over an approved closed line. Two companies, two networks:
 * no path from the internet into the My Number zone (the VPN is its own check's finding).
 */
const twoVendors = (second: string) =>
  description([lgwanSystem({ id: "emr", name: "電子カルテ" }), mynumberSystem()], {
    connections: [
      {
        id: "emr-maint",
        from: { external: "vendor-network", service: "電子カルテベンダー保守" },
        to: { system: "emr" },
        direction: "bidirectional",
        transport: "internet-vpn",
      },
      {
        id: "koseki-maint",
        from: { external: "vendor-network", service: second },
        to: { system: "juki" },
        direction: "one-way",
        ...approved,
        transport: "closed-line",
      },
    ],
  });

const table: CheckTable = {
  valid: [
    {
      // Fifty-first review: a My Number system's closed line to 住基ネット and its backup over an internet VPN. The VPN is
      // mynumber-connections-restricted's critical; the path "internet → national system → juki" made of its half and the
      // closed line adds no gap, and an auditor does not want it reported again with the half called permitted.
      name: "a closed line and an internet-VPN backup to the same national system: no path beyond the VPN's own finding",
      description: description([mynumberSystem()], {
        connections: [
          ...(["closed-line", "internet-vpn"] as const).map((transport) => ({
            id: `juki-net-${transport}`,
            from: { system: "juki" },
            to: { external: "national-system", service: "住基ネット" },
            direction: "bidirectional",
            transport,
            addressRestriction: { ip: true, mac: true },
            ports: [443],
          })),
        ],
      }),
    },
    {
      name: "two vendors' networks named apart: the internet VPN of one does not reach the other's closed line",
      description: twoVendors("戸籍ベンダー保守センター"),
    },
    {
      // Fourth auditor (r11): an internet VPN to a national system is one link, drawn as two halves through the
      // internet; mynumber-connections-restricted reports it. A path of its halves would repeat that and blame a half.
      name: "one link over an internet VPN is left to the link check",
      description: description([mynumberSystem()], {
        connections: [
          {
            id: "chukan",
            from: { system: "juki" },
            to: { external: "national-system", service: "中間サーバー" },
            transport: "internet-vpn",
            addressRestriction: { ip: true },
            ports: [443],
          },
        ],
      }),
    },
    {
      name: "mail text conversion into LGWAN, then an approved restricted link",
      description: twoHops(["mail-text-conversion", "attachment-removal"]),
    },
    {
      name: "under β too, mail between systems converted to text, then an approved restricted link",
      description: twoHops(["mail-text-conversion", "attachment-removal"]),
      profile: { ...hitoyoshiProfile, networkModel: "beta" },
    },
    { name: "a three-hop path is compliant only because its first hop sanitises", description: threeHops(["screen-transfer"]) },
    { name: "no path into the zone", description: description(systems()) },
    {
      name: "a single direct link is left to mynumber-connections-restricted",
      description: description(systems(), { connections: [link("direct", "web-mail", "juki")] }),
    },
    {
      name: "cycles, self-loops and duplicate connections",
      description: description(systems(), {
        connections: [
          link("a", "web-mail", "groupware", { sanitisation: ["screen-transfer"], direction: "bidirectional" }),
          link("a2", "web-mail", "groupware", { sanitisation: ["screen-transfer"] }),
          link("loop", "groupware", "groupware"),
          link("b", "groupware", "finance", { direction: "bidirectional" }),
          link("c", "finance", "groupware"),
          link("d", "finance", "juki", approved),
        ],
      }),
    },
    {
      // Tenth review: the only failing hop is the link into the zone, mynumber-connections-restricted's critical
      // finding under the same clause; the path would report that one gap twice.
      name: "a sanitised first hop, then an unapproved link into the zone: the link's finding alone",
      description: description(systems(), {
        connections: [
          link("mail-in", "web-mail", "groupware", { sanitisation: ["mail-text-conversion", "attachment-removal"] }),
          link("to-juki", "groupware", "juki"),
        ],
      }),
    },
    {
      name: "file sanitisation into LGWAN is enough under α",
      description: twoHops(["file-sanitisation"]),
    },
  ],
  invalid: [
    {
      name: "one vendor network, named alike on both lines, joins its internet VPN to its line into the My Number zone",
      description: twoVendors("電子カルテベンダー保守"),
      expected: [{ messageId: "reachableFromInternet", path: "/connections/0" }],
    },
    {
      name: "a sanitised first hop, then an unapproved link into the zone and an unsanitised one into LGWAN",
      description: description(systems(), {
        connections: [
          link("mail-in", "web-mail", "groupware", { sanitisation: ["mail-text-conversion", "attachment-removal"] }),
          link("files-in", "web-mail", "finance", { sanitisation: [] }),
          link("gw-fin", "groupware", "finance"),
          link("to-juki", "finance", "juki"),
        ],
      }),
      expected: [{ messageId: "reachableFromInternet", path: "/connections/1" }],
    },
    {
      name: "a three-hop path where the first hop is not sanitised",
      description: threeHops([]),
      expected: [{ messageId: "reachableFromInternet", path: "/connections/0" }],
    },
    {
      name: "from the public internet through an LGWAN system",
      description: description(systems(), {
        connections: [
          { id: "inbound", from: { external: "public-internet" }, to: { system: "groupware" }, direction: "one-way" },
          link("to-juki", "groupware", "juki", approved),
        ],
      }),
      expected: [{ messageId: "reachableFromInternet", path: "/connections/0" }],
    },
    {
      name: "through the LGWAN network, which the internet zone must not reach",
      description: description(systems(), {
        connections: [
          { id: "x", from: { system: "web-mail" }, to: { external: "lgwan-network" }, direction: "one-way" },
          { id: "y", from: { external: "lgwan-network" }, to: { system: "juki" }, direction: "one-way", ...approved, transport: "lgwan" },
        ],
      }),
      expected: [{ messageId: "reachableFromInternet", path: "/connections/0" }],
    },
    {
      // β holds internet-zone terminals to screen transfer into LGWAN systems: file sanitisation
      // on their own link leaves the path from the internet open (system-to-system mail or files
      // sanitised into LGWAN are judged as under α: see the valid case above).
      name: "under β, terminals in the internet zone reach LGWAN with file sanitisation, then My Number",
      description: description(
        [
          internetSystem({ terminalGroups: [{ id: "pc", name: "業務端末", zone: "internet", attachedZones: ["internet"] }] }),
          lgwanSystem(),
          mynumberSystem(),
        ],
        {
          connections: [
            {
              id: "pc-in",
              from: { system: "web-mail", terminalGroup: "pc" },
              to: { system: "groupware" },
              direction: "one-way",
              sanitisation: ["file-sanitisation"],
            },
            link("to-juki", "groupware", "juki", approved),
          ],
        },
      ),
      profile: { ...hitoyoshiProfile, networkModel: "beta" },
      expected: [{ messageId: "reachableFromInternet", path: "/connections/0" }],
    },
    {
      // Twenty-eighth review: one vendor's centre has an approved closed line into the My Number zone and an
      // internet VPN into the internet zone, both written one-way from the centre. The VPN carries the
      // session both ways: the centre is a way from the internet side into the zone, not yet shown safe.
      name: "one vendor's centre with a one-way internet VPN into the internet zone and a closed line into the zone",
      description: description([internetSystem(), mynumberSystem()], {
        connections: [
          {
            id: "v-vpn",
            from: { external: "vendor-network", service: "くまもと電算 保守センター" },
            to: { system: "web-mail" },
            direction: "one-way",
            transport: "internet-vpn",
          },
          {
            id: "v-closed",
            from: { external: "vendor-network", service: "くまもと電算 保守センター" },
            to: { system: "juki" },
            direction: "one-way",
            ...approved,
            transport: "closed-line",
          },
        ],
      }),
      expected: [{ messageId: "pathUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
    {
      name: "sanitisation of the first hop not stated",
      description: twoHops(),
      expected: [{ messageId: "pathUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
  ],
};

export default table;
