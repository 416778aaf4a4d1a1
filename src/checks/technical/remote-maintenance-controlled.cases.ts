import { description, internetSystem } from "../../../test/support/fixtures.js";
import { goodMaintenance, system } from "../../../test/support/fixtures-technical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "approved, MFA, logged, over a closed line", description: system({ remoteMaintenance: goodMaintenance }) },
    { name: "over LGWAN", description: system({ remoteMaintenance: { ...goodMaintenance, line: "lgwan" } }) },
    {
      name: "an internet-zone system maintained over an internet VPN",
      description: description([internetSystem({ remoteMaintenance: { ...goodMaintenance, line: "internet-vpn" } })]),
    },
    { name: "no remote maintenance is not applicable", description: system({ remoteMaintenance: { used: false, line: "internet" } }) },
  ],
  invalid: [
    {
      name: "an LGWAN-zone system maintained over an internet VPN",
      description: system({ remoteMaintenance: { ...goodMaintenance, line: "internet-vpn" } }),
      expected: [{ messageId: "vpnIntoProtectedZone", path: "/systems/0/remoteMaintenance/line" }],
    },
    {
      name: "an always-open line without MFA over the plain internet",
      description: description([
        internetSystem({ remoteMaintenance: { ...goodMaintenance, line: "internet", perSessionApproval: false, mfa: false } }),
      ]),
      expected: [
        { messageId: "noSessionApproval", path: "/systems/0/remoteMaintenance/perSessionApproval" },
        { messageId: "noMfa", path: "/systems/0/remoteMaintenance/mfa" },
        { messageId: "internetLine", path: "/systems/0/remoteMaintenance/line" },
      ],
    },
    {
      name: "sessions not logged",
      description: system({ remoteMaintenance: { ...goodMaintenance, logged: false } }),
      expected: [{ messageId: "notLogged", path: "/systems/0/remoteMaintenance/logged" }],
    },
    {
      name: "only 'used' is stated",
      description: system({ remoteMaintenance: { used: true } }),
      expected: [
        { messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance/perSessionApproval" },
        { messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance/mfa" },
        { messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance/logged" },
        { messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/remoteMaintenance/line" },
      ],
    },
    {
      name: "an internet VPN to a system of unknown zone",
      description: system({ zone: undefined, remoteMaintenance: { ...goodMaintenance, line: "internet-vpn" } }),
      expected: [{ messageId: "zoneUnknown", outcome: "needs-evidence", path: "/systems/0/zone" }],
    },
  ],
};

export default table;
