import { description, internetSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const municipality = { name: "人吉市", roles: [{ role: "ciso", person: "副市長" }] };
const waiver = (overrides: Record<string, unknown> = {}) => ({
  checkId: "internet-via-security-cloud",
  target: { system: "web-mail" },
  reason: "県クラウドの切替工事の間の暫定措置",
  requestedBy: "情報政策課長",
  approvedBy: "副市長",
  approvedOn: "2026-01-15",
  expiresOn: "2026-06-30",
  reference: "人情第123号",
  ...overrides,
});
const withWaivers = (waivers: unknown[], extra: Record<string, unknown> = { municipality }) =>
  description([internetSystem()], { ...extra, waivers });

const table: CheckTable = {
  valid: [
    { name: "approved by the CISO and in force", description: withWaivers([waiver()]) },
    { name: "no exceptions", description: description([internetSystem()]) },
  ],
  invalid: [
    {
      name: "expired",
      description: withWaivers([waiver({ expiresOn: "2026-03-31" })]),
      expected: [{ messageId: "expired", path: "/waivers/0/expiresOn" }],
    },
    {
      name: "approved after the evaluation date, by someone without the authority",
      description: withWaivers([waiver({ approvedOn: "2026-04-02", approvedBy: "総務課長" })]),
      expected: [
        { messageId: "notYetInForce", path: "/waivers/0/approvedOn" },
        { messageId: "approverNotAuthorised", path: "/waivers/0/approvedBy" },
      ],
    },
    {
      name: "approver's authority cannot be verified",
      description: withWaivers([waiver()], {}),
      expected: [{ messageId: "approverUnverified", outcome: "needs-evidence", path: "/waivers/0/approvedBy" }],
    },
  ],
};

export default table;
