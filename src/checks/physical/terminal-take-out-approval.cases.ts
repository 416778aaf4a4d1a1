import { description, lgwanSystem } from "../../../test/support/fixtures.js";
import { laptops, withTerminals } from "../../../test/support/fixtures-physical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "laptops leave only with approval", description: withTerminals(laptops()) },
    { name: "desktops are not taken out", description: withTerminals({ id: "desktops", name: "据置型PC", portable: false }) },
    { name: "a system without terminal groups is not applicable", description: description([lgwanSystem()]) },
  ],
  invalid: [
    {
      name: "laptops taken out freely",
      description: withTerminals(laptops({ takeOutApproval: false })),
      expected: [{ messageId: "noApproval", path: "/systems/0/terminalGroups/0/takeOutApproval" }],
    },
    {
      name: "approval not stated",
      description: withTerminals(laptops({ takeOutApproval: undefined })),
      expected: [{ messageId: "approvalUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0/takeOutApproval" }],
    },
    {
      name: "a group that does not say whether it is portable",
      description: withTerminals({ id: "pcs", name: "端末" }),
      expected: [{ messageId: "portabilityUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0/portable" }],
    },
  ],
};

export default table;
