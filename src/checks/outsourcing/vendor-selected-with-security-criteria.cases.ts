import { lgwanSystem } from "../../../test/support/fixtures.js";
import { contract, vendor, withVendors } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

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
            selectedWithSecurityCriteria: false,
            contract: contract({ validUntil: "2026-03-31" }),
          }),
        ],
        [lgwanSystem({ vendorIds: [] })],
      ),
    },
    { name: "selected with security criteria", description: withVendors([vendor()]) },
  ],
  invalid: [
    {
      name: "selected on price alone",
      description: withVendors([vendor({ selectedWithSecurityCriteria: false })]),
      expected: [{ messageId: "notSelectedOnSecurity", path: "/vendors/0/selectedWithSecurityCriteria" }],
    },
    {
      name: "selection criteria not stated",
      description: withVendors([vendor({ selectedWithSecurityCriteria: undefined })]),
      expected: [{ messageId: "unknown", outcome: "needs-evidence", path: "/vendors/0/selectedWithSecurityCriteria" }],
    },
  ],
};

export default table;
