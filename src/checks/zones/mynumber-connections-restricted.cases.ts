import { description, lgwanSystem, mynumberSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const link = (connection: Record<string, unknown>) =>
  description([mynumberSystem(), lgwanSystem()], {
    connections: [{ id: "c1", from: { system: "juki" }, to: { system: "groupware" }, ...connection }],
  });
const restricted = { addressRestriction: { ip: true, mac: true }, ports: [443] };
const approval = { reference: "情政第12号", approvedBy: "CISO", approvedOn: "2026-01-10" };

const table: CheckTable = {
  valid: [
    { name: "an approved, restricted exception", description: link({ ...restricted, approval }) },
    {
      name: "a designated national system over LGWAN",
      description: description([mynumberSystem()], {
        connections: [
          {
            id: "c1",
            from: { system: "juki" },
            to: { external: "national-system", service: "juki-net" },
            transport: "lgwan",
            ...restricted,
          },
        ],
      }),
    },
    {
      name: "links inside the My Number zone are not judged",
      description: description([mynumberSystem(), mynumberSystem({ id: "tax" })], {
        connections: [{ id: "c1", from: { system: "juki" }, to: { system: "tax" }, ports: ["any"] }],
      }),
    },
  ],
  invalid: [
    {
      name: "an unapproved link to the LGWAN zone",
      description: link(restricted),
      expected: [{ messageId: "notApproved", path: "/connections/0" }],
    },
    {
      name: "an approved link open to any port and any address (three hops of trouble at once)",
      description: link({ approval, addressRestriction: { ip: false, mac: false }, ports: ["any"] }),
      expected: [
        { messageId: "addressUnrestricted", path: "/connections/0/addressRestriction" },
        { messageId: "anyPort", path: "/connections/0/ports" },
      ],
    },
    {
      name: "a national system that the profile does not designate",
      description: description([mynumberSystem()], {
        connections: [
          { id: "c1", from: { system: "juki" }, to: { external: "national-system", service: "unknown-portal" }, ...restricted },
        ],
      }),
      expected: [{ messageId: "notApproved", path: "/connections/0" }],
    },
    {
      name: "a link to the public internet is never allowed",
      description: description([mynumberSystem()], {
        connections: [{ id: "c1", from: { system: "juki" }, to: { external: "public-internet" }, approval, ...restricted }],
      }),
      expected: [{ messageId: "internetLink", path: "/connections/0/transport" }],
    },
    {
      name: "restriction and ports not stated",
      description: link({ approval }),
      expected: [
        { messageId: "addressUnknown", outcome: "needs-evidence", path: "/connections/0" },
        { messageId: "portsUnknown", outcome: "needs-evidence", path: "/connections/0" },
      ],
    },
  ],
};

export default table;
