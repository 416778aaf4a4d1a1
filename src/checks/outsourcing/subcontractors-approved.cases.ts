import { vendor, withVendors } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const subs = (...subcontractors: Record<string, unknown>[]) => withVendors([vendor({ subcontractors })]);

const table: CheckTable = {
  valid: [
    { name: "an approved, bound subcontractor", description: subs({ name: "株式会社下請", approved: true, boundBySecurityTerms: true }) },
    { name: "no subcontractors", description: withVendors([vendor()]) },
  ],
  invalid: [
    {
      name: "a subcontractor never approved",
      description: subs({ name: "株式会社下請", approved: false, boundBySecurityTerms: true }),
      expected: [{ messageId: "notApproved", path: "/vendors/0/subcontractors/0/approved" }],
    },
    {
      // Sixty-second review: one finding; whether unapproved terms bind it is not asked as well.
      name: "a subcontractor never approved, its terms not stated",
      description: subs({ name: "株式会社ネットウォッチ九州", approved: false }),
      expected: [{ messageId: "notApproved", path: "/vendors/0/subcontractors/0/approved" }],
    },
    {
      name: "approved but not bound by security terms",
      description: subs({ name: "株式会社下請", approved: true, boundBySecurityTerms: false }),
      expected: [{ messageId: "notBound", path: "/vendors/0/subcontractors/0/boundBySecurityTerms" }],
    },
    {
      name: "a subcontractor with no facts",
      description: subs({ name: "株式会社下請" }),
      expected: [
        { messageId: "factUnknown", outcome: "needs-evidence", path: "/vendors/0/subcontractors/0/approved" },
        { messageId: "factUnknown", outcome: "needs-evidence", path: "/vendors/0/subcontractors/0/boundBySecurityTerms" },
      ],
    },
    {
      name: "subcontracting not described",
      description: withVendors([vendor({ subcontractors: undefined })]),
      expected: [{ messageId: "subcontractorsUnknown", outcome: "needs-evidence", path: "/vendors/0/subcontractors" }],
    },
  ],
};

export default table;
