import { goodAccounts, system } from "../../../test/support/fixtures-technical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [{ name: "an id per user, none shared", description: system({ accounts: goodAccounts }) }],
  invalid: [
    {
      name: "two shared ids",
      description: system({ accounts: { ...goodAccounts, sharedAccounts: 2 } }),
      expected: [{ messageId: "sharedAccounts", path: "/systems/0/accounts/sharedAccounts" }],
    },
    {
      name: "ids per counter, not per user",
      description: system({ accounts: { ...goodAccounts, uniqueUserIds: false } }),
      expected: [{ messageId: "notUnique", path: "/systems/0/accounts/uniqueUserIds" }],
    },
    {
      name: "shared ids not counted",
      description: system({ accounts: { uniqueUserIds: true } }),
      expected: [{ messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/accounts/sharedAccounts" }],
    },
    {
      name: "accounts not described",
      description: system({}),
      expected: [{ messageId: "accountsUnknown", outcome: "needs-evidence", path: "/systems/0/accounts" }],
    },
  ],
};

export default table;
