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
    {
      // The guideline keeps a privileged id to the fewest people and manages it strictly; a maintenance administrator id
      // two designated engineers share, nobody else, is within that.
      name: "a shared administrator id kept to its designated users",
      description: system({
        accounts: { ...goodAccounts, sharedAccounts: 1, sharedAccountsRestricted: true, sharedAccountsPrivileged: true },
      }),
    },
  ],
  invalid: [
    {
      name: "two shared ids anyone may use",
      description: system({ accounts: { ...goodAccounts, sharedAccounts: 2, sharedAccountsRestricted: false } }),
      expected: [{ messageId: "sharedAccounts", severity: "medium", path: "/systems/0/accounts/sharedAccountsRestricted" }],
    },
    {
      // Sixty-second review #7: the administrator id the maintainer and its subcontractor share over the maintenance line,
      // with nobody designated: administrator actions cannot be traced to a person (3(1)), against the guideline's
      // privileged-id rule. One finding, at high, not a medium one beside it.
      name: "a shared administrator id anyone may use",
      description: system({
        accounts: { ...goodAccounts, sharedAccounts: 1, sharedAccountsRestricted: false, sharedAccountsPrivileged: true },
      }),
      expected: [{ messageId: "sharedPrivileged", severity: "high", path: "/systems/0/accounts/sharedAccountsRestricted" }],
    },
    {
      // Said not to be privileged: the shared-id rule of recommended practice, at medium.
      name: "shared ids anyone may use, none of them privileged",
      description: system({
        accounts: { ...goodAccounts, sharedAccounts: 3, sharedAccountsRestricted: false, sharedAccountsPrivileged: false },
      }),
      expected: [{ messageId: "sharedAccounts", severity: "medium", path: "/systems/0/accounts/sharedAccountsRestricted" }],
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
