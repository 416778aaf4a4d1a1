import { description, internetSystem, lgwanSystem, mynumberSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const link = (connection: Record<string, unknown>, systems = [lgwanSystem(), internetSystem()]) =>
  description(systems, { connections: [{ id: "c1", from: { system: "groupware" }, to: { system: "web-mail" }, ...connection }] });

const table: CheckTable = {
  valid: [
    {
      name: "mail relay limited to SMTP",
      description: link({ ports: [25], sanitisation: ["mail-text-conversion", "attachment-removal"] }),
    },
    {
      // Thirty-second review's correct town: the file sanitiser hands files to the LGWAN zone's file server over SMB.
      name: "a file sanitiser delivering over SMB, written as a file share",
      description: link({ protocols: ["smb"], ports: [445], sanitisation: ["file-sanitisation"] }),
    },
    {
      // Fifty-ninth review: the file sanitiser's delivery to the LGWAN file server, written by port alone.
      name: "a file sanitiser delivering over port 445, its sanitisation written",
      description: link({ ports: [445], sanitisation: ["file-sanitisation"], direction: "one-way" }),
    },
    {
      // Thirty-ninth review's file, replayed: telnet named as turned off is no telnet.
      name: "SFTP with telnet and RDP said to be disabled",
      description: link({
        protocols: ["SFTP（Telnet・RDPは無効化）"],
        ports: [22],
        sanitisation: ["file-sanitisation"],
        direction: "one-way",
      }),
    },
    {
      name: "a proxy's nineteen ports are not yet asked about",
      description: link({ ports: Array.from({ length: 19 }, (_, i) => 8000 + i), sanitisation: ["file-sanitisation"] }),
    },
    {
      name: "links inside one zone are not boundaries",
      description: link({ ports: ["any"] }, [lgwanSystem(), lgwanSystem({ id: "web-mail" })]),
    },
    {
      name: "links leaving the My Number zone are judged by mynumber-connections-restricted",
      description: description([mynumberSystem(), lgwanSystem()], {
        connections: [{ id: "c1", from: { system: "juki" }, to: { system: "groupware" }, ports: ["any"] }],
      }),
    },
    {
      // Eighteenth review: a 組合's system and its own internet line are the 組合's, judged by its own policy.
      name: "another body's system and its own line to the internet",
      description: description([lgwanSystem({ id: "kaigo", name: "介護保険システム", ownerBody: "人吉球磨広域行政組合" })], {
        connections: [{ id: "c1", from: { system: "kaigo" }, to: { external: "public-internet" }, ports: ["any"] }],
      }),
    },
    {
      // Sixteenth review: a vendor line into the My Number segment of Government Cloud is a link into the
      // My Number zone, judged (critical) by mynumber-connections-restricted; judged here too it added a high.
      name: "a vendor line into the My Number segment of Government Cloud is judged by mynumber-connections-restricted",
      description: description([mynumberSystem({ hosting: { kind: "government-cloud" } })], {
        connections: [
          { id: "c1", from: { external: "vendor-network" }, to: { external: "government-cloud", segment: "mynumber" }, ports: ["any"] },
        ],
      }),
    },
  ],
  invalid: [
    {
      // Sixty-first review: LGWAN PCs mounting the sanitiser's folder both ways is a share across the boundary.
      name: "a folder of the file sanitiser mounted both ways over port 445",
      description: link({ ports: [445], sanitisation: ["file-sanitisation"], direction: "bidirectional" }),
      expected: [{ messageId: "portsShellOrShare", outcome: "needs-evidence", path: "/connections/0/ports" }],
    },
    {
      name: "any port between zones",
      description: link({ ports: ["any"] }),
      expected: [{ messageId: "anyPort", path: "/connections/0/ports" }],
    },
    {
      name: "any port to the security cloud",
      description: description([internetSystem()], {
        connections: [{ id: "c1", from: { system: "web-mail" }, to: { external: "security-cloud" }, ports: [443, "any"] }],
      }),
      expected: [{ messageId: "anyPort", path: "/connections/0/ports" }],
    },
    {
      // Fifty-sixth review: twenty ports with telnet and SMB among them passed as restricted.
      name: "twenty ports across the boundary",
      description: link({ ports: Array.from({ length: 20 }, (_, i) => 8000 + i) }),
      expected: [{ messageId: "portsBroad", outcome: "needs-evidence", path: "/connections/0/ports", data: { count: "20" } }],
    },
    {
      // Fifty-sixth review: SMB open on the mail relay's link has no use there.
      name: "SMB beside SMTP on a mail link",
      description: link({ ports: [25, 445], sanitisation: ["mail-text-conversion", "attachment-removal"] }),
      expected: [
        { messageId: "portsShellOrShare", outcome: "needs-evidence", path: "/connections/0/ports", data: { portsEn: "445 (SMB)" } },
      ],
    },
    {
      // Fifty-ninth review: telnet named among the protocols, on a port of its own.
      name: "telnet on port 2323",
      description: link({ protocols: ["https", "telnet"], ports: [443, 2323], sanitisation: ["file-sanitisation"] }),
      expected: [
        {
          messageId: "portsShellOrShare",
          outcome: "needs-evidence",
          path: "/connections/0/ports",
          data: { ports: "平文のリモートシェル（protocols の telnet）" },
        },
      ],
    },
    {
      // Fifty-ninth review: the count alone hid telnet and SMB among 22 ports.
      name: "twenty-two ports with telnet and SMB among them",
      description: link({ ports: [...Array.from({ length: 20 }, (_, i) => 8000 + i), 23, 445], sanitisation: ["mail-text-conversion"] }),
      expected: [
        {
          messageId: "portsBroad",
          outcome: "needs-evidence",
          path: "/connections/0/ports",
          data: { count: "22", amongJa: "（うち 23（telnet）、445（SMB））" },
        },
      ],
    },
    {
      name: "an empty port list",
      description: link({ ports: [] }),
      expected: [{ messageId: "noPorts", path: "/connections/0/ports" }],
    },
    {
      name: "ports not stated",
      description: link({}),
      expected: [{ messageId: "portsUnknown", outcome: "needs-evidence", path: "/connections/0/ports" }],
    },
    {
      name: "an end whose zone is unknown",
      description: link({ ports: ["any"] }, [lgwanSystem(), internetSystem({ zone: undefined })]),
      expected: [{ messageId: "zoneUnknown", outcome: "needs-evidence", path: "/connections/0/to" }],
    },
  ],
};

export default table;
