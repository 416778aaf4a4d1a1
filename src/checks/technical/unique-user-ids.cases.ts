import { goodAccounts, system } from "../../../test/support/fixtures-technical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "an id per user, none shared", description: system({ accounts: goodAccounts }) },
    {
      // A regulated 共用ID is allowed (review §1.2): kept to its designated users.
      name: "two shared ids kept to their designated users",
      description: system({ accounts: { ...goodAccounts, sharedAccounts: 2, sharedAccountsRestricted: true } }),
    },
  ],
  invalid: [
    {
      name: "two shared ids anyone may use",
      description: system({ accounts: { ...goodAccounts, sharedAccounts: 2, sharedAccountsRestricted: false } }),
      expected: [{ messageId: "sharedAccounts", path: "/systems/0/accounts/sharedAccountsRestricted" }],
    },
    {
      name: "shared ids whose users are not stated",
      description: system({ accounts: { ...goodAccounts, sharedAccounts: 1 } }),
      expected: [{ messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/accounts/sharedAccountsRestricted" }],
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
