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
      // Thirty-second review: a host in all three zones undoes every split of 6(3)①–③; the finding names the three
      // zones as three (「3つの領域すべて」), not as 「両方」, which is two.
      name: "a system attached to all three zones",
      description: description([lgwanSystem({ id: "vb", attachedZones: ["internet", "mynumber", "lgwan"] })]),
      expected: [
        {
          messageId: "bridgingHost",
          path: "/systems/0/attachedZones",
          data: {
            zonesJa: "マイナンバー利用事務系・LGWAN接続系・インターネット接続系の3つの領域すべて",
            zonesEn: "the My Number, LGWAN and Internet zones",
          },
        },
      ],
    },
    {
      // Two zones stay 「AとBの両方」.
      name: "a system attached to the LGWAN and internet zones",
      description: description([lgwanSystem({ id: "vb", attachedZones: ["internet", "lgwan"] })]),
      expected: [
        {
          messageId: "bridgingHost",
          path: "/systems/0/attachedZones",
          data: { zonesJa: "LGWAN接続系とインターネット接続系の両方", zonesEn: "the LGWAN and Internet zones" },
        },
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
