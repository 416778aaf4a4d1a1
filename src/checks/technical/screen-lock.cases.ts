import { description, lgwanSystem } from "../../../test/support/fixtures.js";
import { pcs, system } from "../../../test/support/fixtures-technical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "locks after 5 minutes", description: system({ terminalGroups: [pcs()] }) },
    { name: "exactly the default limit of 10 minutes", description: system({ terminalGroups: [pcs({ screenLockMinutes: 10 })] }) },
    { name: "a system without terminal groups is not applicable", description: description([lgwanSystem()]) },
  ],
  invalid: [
    {
      name: "locks after 30 minutes",
      description: system({ terminalGroups: [pcs(), pcs({ id: "kiosk", screenLockMinutes: 30 })] }),
      expected: [{ messageId: "tooLong", path: "/systems/0/terminalGroups/1/screenLockMinutes" }],
    },
    {
      name: "not stated",
      description: system({ terminalGroups: [pcs({ screenLockMinutes: undefined })] }),
      expected: [{ messageId: "lockUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0/screenLockMinutes" }],
    },
  ],
};

export default table;
