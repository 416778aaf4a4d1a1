import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { contract, vendor, withVendors } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const clauses = (securityClauses?: string[]) => withVendors([vendor({ contract: contract({ securityClauses }) })]);

const table: CheckTable = {
  valid: [
    { name: "every required clause stated", description: withVendors([vendor()]) },
    {
      name: "a profile requiring fewer clauses",
      description: clauses(["policy-compliance", "confidentiality"]),
      profile: { ...hitoyoshiProfile, requiredContractClauses: ["policy-compliance", "confidentiality"] },
    },
  ],
  invalid: [
    {
      // Eleventh review: a contract signed after the evaluation date is no evidence of one in force then.
      name: "a contract signed after the evaluation date",
      description: withVendors([vendor({ contract: contract({ signedOn: "2026-04-02" }) })]),
      expected: [{ messageId: "signedAfterDate", outcome: "needs-evidence", path: "/vendors/0/contract/signedOn" }],
    },
    {
      name: "a contract with no security requirement at all (the policy's own duty)",
      description: clauses([]),
      expected: [{ messageId: "noSecurityRequirements", path: "/vendors/0/contract/securityClauses" }],
    },
    {
      name: "a contract with confidentiality only",
      description: clauses(["confidentiality"]),
      expected: [{ messageId: "missingClauses", path: "/vendors/0/contract/securityClauses" }],
    },
    {
      name: "no contract described",
      description: withVendors([vendor({ contract: undefined })]),
      expected: [{ messageId: "contractUnknown", outcome: "needs-evidence", path: "/vendors/0/contract" }],
    },
    {
      name: "a contract whose clauses are not listed",
      description: clauses(undefined),
      expected: [{ messageId: "clausesUnknown", outcome: "needs-evidence", path: "/vendors/0/contract/securityClauses" }],
    },
  ],
};

export default table;
