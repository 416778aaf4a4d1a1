import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { ALL_STAFF, municipality, withMunicipality } from "../../../test/support/fixtures-human.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const lastAck = (lastDate?: string) =>
  withMunicipality(municipality({ policyAcknowledgement: { staffCategories: ALL_STAFF, ...(lastDate ? { lastDate } : {}) } }));

const table: CheckTable = {
  valid: [
    { name: "acknowledged six months ago", description: lastAck("2025-10-01") },
    { name: "exactly twelve months ago is still within the interval", description: lastAck("2025-04-01") },
  ],
  invalid: [
    {
      // Fourth auditor (r4): a date after the evaluation date is no record of the activity by then.
      name: "dated after the evaluation date",
      description: lastAck("2026-06-01"),
      expected: [{ messageId: "afterDate", outcome: "needs-evidence", path: "/municipality/policyAcknowledgement/lastDate" }],
    },
    {
      name: "twelve months and a day ago",
      description: lastAck("2025-03-31"),
      expected: [{ messageId: "overdue", path: "/municipality/policyAcknowledgement/lastDate" }],
    },
    {
      name: "a profile with a six-month interval",
      description: lastAck("2025-09-01"),
      profile: { ...hitoyoshiProfile, intervals: { ...hitoyoshiProfile.intervals, acknowledgementMonths: 6 } },
      expected: [{ messageId: "overdue", path: "/municipality/policyAcknowledgement/lastDate" }],
    },
    {
      name: "date not stated",
      description: lastAck(),
      expected: [{ messageId: "missing", outcome: "needs-evidence", path: "/municipality/policyAcknowledgement/lastDate" }],
    },
  ],
};

export default table;
