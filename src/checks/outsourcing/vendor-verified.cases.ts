import { lgwanSystem } from "../../../test/support/fixtures.js";
import { contract, vendor, withVendors } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const verified = (lastVerified?: string) => withVendors([vendor({ lastVerified })]);

const table: CheckTable = {
  valid: [
    {
      // Seventy-fourth review: a contractor whose contract ended before the evaluation date and that no system names any
      // more (kept in the register for the record of its data's deletion) is no longer judged as a contractor.
      name: "a vendor whose work is over: its contract ended and no system names it",
      description: withVendors(
        [vendor({ id: "print-co", name: "印刷株式会社", lastVerified: "2023-01-10", contract: contract({ validUntil: "2026-03-31" }) })],
        [lgwanSystem({ vendorIds: [] })],
      ),
    },
    { name: "verified last October", description: verified("2025-10-15") },
  ],
  invalid: [
    {
      // Seventy-fifth review: a vendor whose contract (its end written as last term's) still names a system is at work.
      name: "a vendor whose contract ended but still names a system, last verified long ago",
      description: withVendors(
        [
          vendor({
            id: "print-co",
            name: "印刷株式会社",
            lastVerified: "2023-01-10",
            contract: contract({ validUntil: "2026-03-31", systems: ["groupware"] }),
          }),
        ],
        [lgwanSystem({ vendorIds: [] })],
      ),
      expected: [{ messageId: "overdue", path: "/vendors/0/lastVerified" }],
    },
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
