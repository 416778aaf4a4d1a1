import { vendor, withVendors } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [{ name: "selected with security criteria", description: withVendors([vendor()]) }],
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
