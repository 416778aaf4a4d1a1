import { goodAccounts, system } from "../../../test/support/fixtures-technical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [{ name: "separate admin accounts with MFA", description: system({ accounts: goodAccounts }) }],
  invalid: [
    {
      // Eighty-first review: separate admin ids without MFA on a system of C2 data: short of the recommendation, medium.
      name: "admin accounts without MFA",
      description: system({ accounts: { ...goodAccounts, privilegedMfa: false } }),
      expected: [{ messageId: "noMfa", severity: "medium", path: "/systems/0/accounts/privilegedMfa" }],
    },
    {
      // Eighth review's planted gap: the same on a system of staff My Number data (C3): high.
      name: "admin accounts without MFA on a system holding C3 My Number data",
      description: system({
        accounts: { ...goodAccounts, privilegedMfa: false },
        dataAssets: [
          {
            id: "kyuyo",
            name: "給与・人事情報",
            confidentiality: "C3",
            integrity: "I2",
            availability: "A2",
            personalInformation: true,
            myNumber: true,
          },
        ],
      }),
      expected: [{ messageId: "noMfaSensitive", severity: "high", path: "/systems/0/accounts/privilegedMfa" }],
    },
    {
      // Twenty-seventh review: with no privileged ids there is no privileged id to protect: one gap, one finding.
      name: "admin rights on everyday accounts, and no MFA for privileged ids",
      description: system({ accounts: { ...goodAccounts, privilegedSeparate: false, privilegedMfa: false } }),
      expected: [{ messageId: "notSeparate", path: "/systems/0/accounts/privilegedSeparate" }],
    },
    {
      name: "admin rights on everyday accounts",
      description: system({ accounts: { ...goodAccounts, privilegedSeparate: false } }),
      expected: [{ messageId: "notSeparate", path: "/systems/0/accounts/privilegedSeparate" }],
    },
    {
      name: "MFA not stated",
      description: system({ accounts: { privilegedSeparate: true } }),
      expected: [{ messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/accounts/privilegedMfa" }],
    },
    {
      name: "accounts not described",
      description: system({}),
      expected: [{ messageId: "accountsUnknown", outcome: "needs-evidence", path: "/systems/0/accounts" }],
    },
  ],
};

export default table;
