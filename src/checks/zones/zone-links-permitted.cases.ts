import { APPROVING_MUNICIPALITY, description as bare, internetSystem, lgwanSystem } from "../../../test/support/fixtures.js";

/** Descriptions whose organisation lists who may approve exceptions (the approvals below are the CISO's). */
const description: typeof bare = (systems, extra = {}) => bare(systems, { municipality: APPROVING_MUNICIPALITY, ...extra });
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import type { CheckTable } from "../../vitest/check-tester.js";

/**
 * Fifty-fifth review: LGWAN staff terminals reach a 観光協会 system (another body, outside 4(1)) that has its own line to
 * the internet, over an approved, restricted link with `link`'s facts.
 */
const toInternetConnectedBody = (link: Record<string, unknown>) =>
  description(
    [
      lgwanSystem({ terminalGroups: [{ id: "pc", name: "職員端末", count: 20 }] }),
      lgwanSystem({ id: "kankou", name: "観光情報配信システム", ownerBody: "一般社団法人人吉温泉観光協会", department: "事務局" }),
    ],
    {
      connections: [
        {
          id: "to-kankou",
          from: { system: "groupware", terminalGroup: "pc" },
          to: { system: "kankou" },
          direction: "bidirectional",
          transport: "closed-line",
          approval: { reference: "情政第12号", approvedBy: "CISO", approvedOn: "2026-01-10" },
          addressRestriction: { ip: true },
          ports: [443],
          ...link,
        },
        { id: "kankou-net", from: { system: "kankou" }, to: { external: "public-internet" }, direction: "bidirectional" },
      ],
    },
  );

const approval = { reference: "情政第31号", approvedBy: "CISO", approvedOn: "2026-02-01" };
const restricted = { addressRestriction: { ip: true }, ports: [22], transport: "closed-line" };
/** A vendor network → the LGWAN groupware, with the given facts. */
const vendor = (connection: Record<string, unknown>) =>
  description([lgwanSystem()], {
    connections: [{ id: "maint", from: { external: "vendor-network" }, to: { system: "groupware" }, direction: "one-way", ...connection }],
  });

const table: CheckTable = {
  valid: [
    {
      // The same through file sanitisation: the LGWAN side's boundary, judged as such by its own checks.
      name: "LGWAN terminals reach another body's internet-connected system only through file sanitisation",
      description: toInternetConnectedBody({ sanitisation: ["file-sanitisation"], protocols: ["https"] }),
    },
    {
      // Eighteenth review: another body's service reached over the LGWAN from the LGWAN zone is ordinary LGWAN use,
      // as the same link written to the LGWAN network is.
      name: "LGWAN terminals using a 組合's system over the LGWAN",
      description: description(
        [
          lgwanSystem({ terminalGroups: [{ id: "pc", name: "職員端末", count: 10 }] }),
          lgwanSystem({ id: "shinsa", name: "介護認定審査会資料システム", ownerBody: "人吉球磨広域行政組合", department: "介護保険課" }),
        ],
        {
          connections: [
            {
              id: "c1",
              from: { system: "groupware", terminalGroup: "pc" },
              to: { system: "shinsa" },
              direction: "one-way",
              transport: "lgwan",
              ports: [443],
            },
          ],
        },
      ),
    },
    {
      // The LGWAN zone's own national links (eLTAX over the LGWAN) stand.
      name: "an LGWAN system to eLTAX",
      description: description([lgwanSystem()], {
        connections: [
          {
            id: "x",
            from: { system: "groupware" },
            to: { external: "national-system", service: "eLTAX" },
            direction: "one-way",
            transport: "lgwan",
          },
        ],
      }),
    },
    {
      // Sixth review (r11): the security cloud stands on the internet side; reaching it over an internet VPN is no detour.
      name: "an internet-zone system reaches the security cloud over an internet VPN",
      description: description([internetSystem()], {
        connections: [
          { id: "sc", from: { system: "web-mail" }, to: { external: "security-cloud" }, direction: "one-way", transport: "internet-vpn" },
        ],
      }),
    },
    {
      // Sixth review (r10): a closed line from the vendor never touches the internet, so it needs no security cloud.
      name: "a vendor's closed line into an internet-zone system",
      description: description([internetSystem()], {
        connections: [
          {
            id: "vm",
            from: { external: "vendor-network" },
            to: { system: "web-mail" },
            direction: "one-way",
            transport: "closed-line",
            via: [],
          },
        ],
      }),
    },
    { name: "an approved, restricted vendor link over a closed line", description: vendor({ approval, ...restricted }) },
    {
      name: "LGWAN systems to the LGWAN network (LGWAN-ASP)",
      description: description([lgwanSystem()], {
        connections: [{ id: "asp", from: { system: "groupware" }, to: { external: "lgwan-network" }, transport: "lgwan" }],
      }),
    },
    {
      name: "an internet-zone system to its vendor through the security cloud",
      description: description([internetSystem()], {
        connections: [
          { id: "v", from: { system: "web-mail" }, to: { external: "vendor-network" }, direction: "one-way", via: ["security-cloud"] },
        ],
      }),
    },
    {
      // Fidelity pass (audit-ok-alpha-prime-allowlist): the SaaS stands on the internet; lgwan-no-direct-internet judges the breakout.
      name: "α': an allow-listed breakout to an LGWAN-zone SaaS is no link within the LGWAN zone",
      description: description([lgwanSystem(), lgwanSystem({ id: "m365", name: "Microsoft 365", hosting: { kind: "cloud-service" } })], {
        connections: [
          {
            id: "lbo",
            from: { system: "groupware" },
            to: { system: "m365" },
            direction: "one-way",
            transport: "internet",
            destinationAllowList: ["*.sharepoint.com"],
            tenantRestriction: true,
            logged: true,
          },
        ],
      }),
      profile: { ...hitoyoshiProfile, networkModel: "alpha-prime" },
    },
  ],
  invalid: [
    {
      // The LGWAN zone joined to an internet-connected system without sanitisation: an auditor fails it at critical
      // whatever the approval (6(3)②).
      name: "LGWAN terminals reach another body's internet-connected system over an approved, restricted line",
      description: toInternetConnectedBody({}),
      expected: [{ messageId: "otherBodyOnInternet", severity: "critical", path: "/connections/0", data: { internetLink: "kankou-net" } }],
    },
    {
      // A link from the internet to Government Cloud with neither its segment nor its direction: the segment decides
      // the verdict, and whether the tenancy also sends to the internet is asked apart from it.
      name: "the internet to Government Cloud, neither segment nor direction stated",
      description: bare([internetSystem()], {
        connections: [{ id: "c1", from: { external: "public-internet" }, to: { external: "government-cloud" }, ports: [443] }],
      }),
      expected: [
        { messageId: "segmentUnknown", outcome: "needs-evidence", severity: "critical", path: "/connections/0" },
        { messageId: "directionUnknown", outcome: "needs-evidence", path: "/connections/0" },
      ],
    },
    {
      // Twentieth review: a 組合's system kept in its My Number zone, used "over the LGWAN" from the city's LGWAN
      // zone, is not an LGWAN service: the line reaches another body's My Number side.
      name: "LGWAN terminals over the LGWAN to a 組合's system in its My Number zone",
      description: description(
        [
          lgwanSystem({ terminalGroups: [{ id: "pc", name: "職員端末", count: 10 }] }),
          lgwanSystem({
            id: "kaigo",
            name: "介護保険システム",
            zone: "mynumber",
            ownerBody: "人吉球磨広域行政組合",
            department: "介護保険課",
          }),
        ],
        {
          connections: [
            {
              id: "c1",
              from: { system: "groupware", terminalGroup: "pc" },
              to: { system: "kaigo" },
              direction: "one-way",
              transport: "lgwan",
              ports: [443],
            },
          ],
        },
      ),
      expected: [
        { messageId: "notApproved", path: "/connections/0" },
        { messageId: "addressUnknown", outcome: "needs-evidence", path: "/connections/0" },
      ],
    },
    {
      // Thirteenth review: a link written between the internet and Juki-net hid a way into the My Number zone.
      name: "a link written between the internet and Juki-net",
      description: description([lgwanSystem()], {
        connections: [
          {
            id: "x",
            from: { external: "public-internet" },
            to: { external: "national-system", service: "住基ネット" },
            direction: "one-way",
          },
        ],
      }),
      expected: [{ messageId: "myNumberNational", path: "/connections/0" }],
    },
    ...["住基ネツト", "ｼﾞｭｷﾈｯﾄ", "じゅうきネット", "国税庁 e-Tax"].map((service) => ({
      // Fifty-fifth review: a name the vocabulary does not know cannot be told from 住基ネット misspelt; an auditor asks
      // rather than lets the LGWAN zone reach it.
      name: `LGWAN staff terminals to a national system the vocabulary does not know: ${service}`,
      description: description([lgwanSystem({ terminalGroups: [{ id: "pc", name: "職員端末", count: 20 }] })], {
        connections: [
          {
            id: "x",
            from: { system: "groupware", terminalGroup: "pc" },
            to: { external: "national-system", service },
            direction: "one-way",
            transport: "lgwan",
          },
        ],
      }),
      expected: [
        { messageId: "nationalUnknownFromLgwan", outcome: "needs-evidence" as const, severity: "high" as const, path: "/connections/0" },
      ],
    })),
    {
      // Twelfth review: 住基ネット is reached from the My Number zone; an LGWAN-zone link to it is no LGWAN link.
      name: "LGWAN staff terminals to Juki-net",
      description: description([lgwanSystem({ terminalGroups: [{ id: "pc", name: "職員端末", count: 20 }] })], {
        connections: [
          {
            id: "x",
            from: { system: "groupware", terminalGroup: "pc" },
            to: { external: "national-system", service: "住基ネット" },
            direction: "one-way",
            transport: "lgwan",
          },
        ],
      }),
      expected: [{ messageId: "myNumberNational", clauses: ["6(3)①"], path: "/connections/0" }],
    },
    {
      // Sixth review (r1): an unstated segment was taken as the loosest (Government Cloud's own row allows the internet).
      name: "the internet to Government Cloud, segment not stated",
      description: description([internetSystem()], {
        connections: [
          {
            id: "gc",
            from: { external: "public-internet" },
            to: { external: "government-cloud" },
            direction: "one-way",
            transport: "internet",
          },
        ],
      }),
      expected: [{ messageId: "segmentUnknown", outcome: "needs-evidence", severity: "critical", path: "/connections/0" }],
    },
    {
      name: "the internet zone straight to a national system",
      description: description([internetSystem()], {
        connections: [
          { id: "x", from: { system: "web-mail" }, to: { external: "national-system", service: "juki-net" }, direction: "one-way" },
        ],
      }),
      expected: [{ messageId: "denied", path: "/connections/0" }],
    },
    {
      // Thirty-second review: refused in the direction it states, the link is refused either way; whether it
      // is one-way is no question beside that fail.
      name: "a national system to an internet-zone system, direction not stated",
      description: description([internetSystem()], {
        connections: [{ id: "x", from: { external: "national-system", service: "juki-net" }, to: { system: "web-mail" } }],
      }),
      expected: [{ messageId: "denied", path: "/connections/0" }],
    },
    {
      name: "an unapproved vendor link over a closed line",
      description: vendor(restricted),
      expected: [{ messageId: "notApproved", path: "/connections/0" }],
    },
    {
      name: "an approved vendor link open to any address and port",
      description: vendor({ approval, transport: "closed-line", addressRestriction: { ip: false }, ports: ["any"] }),
      expected: [
        { messageId: "addressUnrestricted", path: "/connections/0/addressRestriction" },
        { messageId: "anyPort", path: "/connections/0/ports" },
      ],
    },
    {
      // Fifty-sixth and fifty-seventh reviews: a maintenance line into the LGWAN zone listing a range of ports, or telnet
      // beside SSH, passed as restricted; an auditor asks why each is open.
      name: "an approved vendor link listing 25 ports",
      description: vendor({
        approval,
        transport: "closed-line",
        addressRestriction: { ip: true },
        ports: Array.from({ length: 25 }, (_, i) => 5000 + i),
      }),
      expected: [{ messageId: "portsBroad", outcome: "needs-evidence", path: "/connections/0/ports", data: { count: "25" } }],
    },
    {
      name: "an approved vendor link with telnet beside SSH",
      description: vendor({ approval, transport: "closed-line", addressRestriction: { ip: true }, ports: [22, 23] }),
      expected: [
        { messageId: "portsShellOrShare", outcome: "needs-evidence", path: "/connections/0/ports", data: { ports: "23（telnet）" } },
      ],
    },
    {
      name: "an approved vendor link whose transport, restriction and ports are not stated",
      description: vendor({ approval }),
      expected: [
        { messageId: "transportUnknown", outcome: "needs-evidence", path: "/connections/0" },
        { messageId: "addressUnknown", outcome: "needs-evidence", path: "/connections/0" },
        { messageId: "portsUnknown", outcome: "needs-evidence", path: "/connections/0" },
      ],
    },
    {
      name: "an internet-zone system to a national system over an internet VPN",
      description: description([internetSystem()], {
        connections: [
          {
            id: "n",
            from: { system: "web-mail" },
            to: { external: "national-system", service: "juki-net" },
            direction: "one-way",
            transport: "internet-vpn",
          },
        ],
      }),
      expected: [{ messageId: "overInternet", path: "/connections/0/transport" }],
    },
    {
      name: "a vendor link approved after the evaluation date",
      description: vendor({ ...restricted, approval: { ...approval, approvedOn: "2026-05-01" } }),
      expected: [{ messageId: "approvalAfterDate", path: "/connections/0/approval/approvedOn" }],
    },
    {
      name: "a vendor link whose approval names nobody and no date",
      description: vendor({ ...restricted, approval: { reference: "情政第31号" } }),
      expected: [{ messageId: "approvalIncomplete", outcome: "needs-evidence", path: "/connections/0/approval" }],
    },
    {
      name: "a vendor link approved in a description without the organisation",
      description: bare([lgwanSystem()], {
        connections: [
          { id: "maint", from: { external: "vendor-network" }, to: { system: "groupware" }, direction: "one-way", ...restricted, approval },
        ],
      }),
      expected: [
        { messageId: "approverUnverified", outcome: "needs-evidence", severity: "medium", path: "/connections/0/approval/approvedBy" },
      ],
    },
    {
      // Seventy-third review: a romanised name cannot be compared with the organisation's Japanese; asked, not failed.
      name: "a vendor link approved by the mayor written in Latin letters",
      description: {
        ...vendor({ ...restricted, approval: { ...approval, approvedBy: "Mayor Matsumoto" } }),
        municipality: {
          name: "人吉市",
          roles: [
            { role: "head", person: "市長 松本 一郎" },
            { role: "ciso", person: "副市長 田中 誠" },
          ],
        },
      },
      expected: [
        { messageId: "approverNotComparable", outcome: "needs-evidence", severity: "medium", path: "/connections/0/approval/approvedBy" },
      ],
    },
    {
      name: "an approved vendor link into LGWAN approved by the vendor",
      description: vendor({ ...restricted, approval: { ...approval, approvedBy: "保守業者 現場代理人" } }),
      expected: [{ messageId: "approverNotAuthorised", path: "/connections/0/approval/approvedBy" }],
    },
    {
      name: "an internet-zone system to its vendor around the security cloud",
      description: description([internetSystem()], {
        connections: [{ id: "v", from: { system: "web-mail" }, to: { external: "vendor-network" }, direction: "one-way", via: [] }],
      }),
      expected: [{ messageId: "bypassesSecurityCloud", path: "/connections/0/via" }],
    },
    {
      name: "an internet-zone system to its vendor, route not stated",
      description: description([internetSystem()], {
        connections: [{ id: "v", from: { system: "web-mail" }, to: { external: "vendor-network" }, direction: "one-way" }],
      }),
      expected: [{ messageId: "viaUnknown", outcome: "needs-evidence", path: "/connections/0" }],
    },
  ],
};

export default table;
