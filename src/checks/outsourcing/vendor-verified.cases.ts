import { vendor, withVendors } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const verified = (lastVerified?: string) => withVendors([vendor({ lastVerified })]);

const table: CheckTable = {
  valid: [{ name: "verified last October", description: verified("2025-10-15") }],
  invalid: [
    {
      // Fourth auditor (r4): a date after the evaluation date is no record of the activity by then.
      name: "dated after the evaluation date",
      description: verified("2026-06-30"),
      expected: [{ messageId: "afterDate", outcome: "needs-evidence", path: "/vendors/0/lastVerified" }],
    },
    {
      name: "last verified two years ago",
      description: verified("2024-03-01"),
      expected: [{ messageId: "overdue", path: "/vendors/0/lastVerified" }],
    },
    {
      name: "never recorded",
      description: verified(undefined),
      expected: [{ messageId: "missing", outcome: "needs-evidence", path: "/vendors/0/lastVerified" }],
    },
  ],
};

export default table;
