import { lgwanSystem } from "../../../test/support/fixtures.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { contract, vendor, withVendors } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const clauses = (securityClauses?: string[]) => withVendors([vendor({ contract: contract({ securityClauses }) })]);

const table: CheckTable = {
  valid: [
    {
      // Seventy-fourth review: a contractor whose contract ended before the evaluation date and that no system names any
      // more (kept in the register for the record of its data's deletion) is no longer judged as a contractor.
      name: "a vendor whose work is over: its contract ended and no system names it",
      description: withVendors(
        [
          vendor({
            id: "print-co",
            name: "印刷株式会社",
            contract: contract({ validUntil: "2026-03-31", securityClauses: ["confidentiality"] }),
          }),
        ],
        [lgwanSystem({ vendorIds: [] })],
      ),
    },
    { name: "every required clause stated", description: withVendors([vendor()]) },
    {
      name: "a profile requiring fewer clauses",
      description: clauses(["policy-compliance", "confidentiality"]),
      profile: { ...hitoyoshiProfile, requiredContractClauses: ["policy-compliance", "confidentiality"] },
    },
  ],
  invalid: [
    {
      // A vendor whose contract ended but whose maintenance line is still drawn (its centre named as a vendor network's
      // service) is still at work: judged as a contractor.
      name: "a vendor whose contract ended, still connected from its network",
      description: {
        ...withVendors(
          [
            vendor({
              id: "print-co",
              name: "ひまわり印刷株式会社",
              contract: contract({ validUntil: "2026-03-31", securityClauses: ["confidentiality"] }),
            }),
          ],
          [lgwanSystem({ vendorIds: [] })],
        ),
        connections: [
          {
            id: "print-line",
            from: { external: "vendor-network", service: "ひまわり印刷 保守センター" },
            to: { system: "groupware" },
            direction: "one-way",
            transport: "closed-line",
          },
        ],
      },
      expected: [{ messageId: "missingClauses", path: "/vendors/0/contract/securityClauses" }],
    },
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
