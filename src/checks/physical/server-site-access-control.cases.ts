import { goodSite, onSite } from "../../../test/support/fixtures-physical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    {
      // Eighth review (r1): terminals that use another system state no servers of their own: no server room to judge.
      name: "a system that states it has no servers (servers: [])",
      description: onSite(undefined, { physicalSite: undefined, servers: [] }),
    },
    { name: "a server room with controlled, recorded entry", description: onSite(goodSite) },
    { name: "a provider's cloud facilities are judged under outsourcing", description: onSite({ kind: "cloud", accessControl: false }) },
    { name: "a LGWAN-ASP service with no site of its own", description: onSite(undefined, { hosting: { kind: "lgwan-asp" } }) },
  ],
  invalid: [
    {
      name: "entry is controlled but not recorded",
      description: onSite({ ...goodSite, entryRecords: false }),
      // Second auditor review: entry is controlled, only its record is missing: management of a measure, medium (docs/severity.md).
      expected: [{ messageId: "noEntryRecords", path: "/systems/0/physicalSite/entryRecords", severity: "medium" }],
    },
    {
      // Twenty-seventh review: with no entry control there is no record of it to ask for: one gap, one finding.
      name: "servers in an open office",
      description: onSite({ kind: "office", accessControl: false, entryRecords: false }),
      expected: [{ messageId: "noAccessControl", path: "/systems/0/physicalSite/accessControl" }],
    },
    {
      name: "no site stated",
      description: onSite(undefined),
      expected: [{ messageId: "siteUnknown", outcome: "needs-evidence", path: "/systems/0/physicalSite" }],
    },
    {
      name: "a site without its entry facts",
      description: onSite({ kind: "server-room" }),
      expected: [
        { messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/physicalSite/accessControl" },
        { messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/physicalSite/entryRecords" },
      ],
    },
  ],
};

export default table;
