import { description, lgwanSystem, mynumberSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "a system attached to its own zone only", description: description([lgwanSystem({ attachedZones: ["lgwan"] })]) },
    { name: "parts all in one zone need no attachedZones", description: description([mynumberSystem()]) },
    {
      name: "β: terminals in the internet zone, servers in LGWAN, each attached to one zone",
      description: description([
        lgwanSystem({
          attachedZones: ["lgwan"],
          servers: [{ id: "ap", name: "APサーバ", attachedZones: ["lgwan"] }],
          terminalGroups: [{ id: "pc", name: "業務端末", zone: "internet", attachedZones: ["internet"] }],
        }),
      ]),
    },
    {
      name: "a declared file sanitiser with a leg in each of the LGWAN and internet zones",
      description: description([
        lgwanSystem({
          id: "sanitiser",
          name: "ファイル無害化",
          servers: [{ id: "cdr", name: "無害化装置", boundaryRole: "file-sanitiser", attachedZones: ["internet", "lgwan"] }],
        }),
      ]),
    },
  ],
  invalid: [
    {
      name: "a boundary role does not license a leg in the My Number zone",
      description: description([
        lgwanSystem({
          id: "sanitiser",
          name: "ファイル無害化",
          servers: [{ id: "cdr", name: "無害化装置", boundaryRole: "file-sanitiser", attachedZones: ["mynumber", "lgwan"] }],
        }),
      ]),
      expected: [{ messageId: "bridgingHost", path: "/systems/0/servers/0/attachedZones" }],
    },
    {
      name: "an undeclared dual-homed sanitiser still bridges",
      description: description([
        lgwanSystem({
          id: "sanitiser",
          name: "ファイル無害化",
          servers: [{ id: "cdr", name: "無害化装置", attachedZones: ["internet", "lgwan"] }],
        }),
      ]),
      expected: [{ messageId: "bridgingHost", path: "/systems/0/servers/0/attachedZones" }],
    },
    {
      name: "a terminal group with interfaces in LGWAN and internet zones",
      description: description([lgwanSystem({ terminalGroups: [{ id: "pc", name: "職員端末", attachedZones: ["lgwan", "internet"] }] })]),
      expected: [{ messageId: "bridgingHost", path: "/systems/0/terminalGroups/0/attachedZones" }],
    },
    {
      name: "a server in the My Number zone also attached to LGWAN, and the system too",
      description: description([
        mynumberSystem({
          attachedZones: ["mynumber", "lgwan"],
          servers: [{ id: "db", name: "DB", zone: "mynumber", attachedZones: ["lgwan"] }],
        }),
      ]),
      expected: [
        { messageId: "bridgingHost", path: "/systems/0/attachedZones" },
        { messageId: "bridgingHost", path: "/systems/0/servers/0/attachedZones" },
      ],
    },
    {
      name: "parts in two zones without attachedZones",
      description: description([lgwanSystem({ terminalGroups: [{ id: "pc", name: "業務端末", zone: "internet" }] })]),
      expected: [{ messageId: "attachmentsUnknown", outcome: "needs-evidence", path: "/systems/0" }],
    },
  ],
};

export default table;
