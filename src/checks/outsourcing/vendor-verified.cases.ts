import { vendor, withVendors } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const verified = (lastVerified?: string) => withVendors([vendor({ lastVerified })]);

const table: CheckTable = {
  valid: [{ name: "verified last October", description: verified("2025-10-15") }],
  invalid: [
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
