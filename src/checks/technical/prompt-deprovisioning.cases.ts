import { goodAccounts, system } from "../../../test/support/fixtures-technical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "removed the next day", description: system({ accounts: goodAccounts }) },
    { name: "exactly the default limit of 5 days", description: system({ accounts: { deprovisioningDays: 5 } }) },
  ],
  invalid: [
    {
      name: "removed at the monthly clean-up",
      description: system({ accounts: { deprovisioningDays: 30 } }),
      expected: [{ messageId: "tooSlow", path: "/systems/0/accounts/deprovisioningDays" }],
    },
    {
      name: "not stated",
      description: system({ accounts: { uniqueUserIds: true } }),
      expected: [{ messageId: "daysUnknown", outcome: "needs-evidence", path: "/systems/0/accounts/deprovisioningDays" }],
    },
  ],
};

export default table;
