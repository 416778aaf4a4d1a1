import { activity, withEval } from "../../../test/support/fixtures-evaluation.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const inspections = (...dates: string[]) =>
  withEval({ selfInspections: dates.map((date) => activity(date, "internal", { openFindings: 0 })) });

const table: CheckTable = {
  valid: [{ name: "a self-inspection last July", description: inspections("2025-07-01") }],
  invalid: [
    {
      // Fourth auditor (r4): a date after the evaluation date is no record of the activity by then.
      name: "dated after the evaluation date",
      description: inspections("2026-05-15"),
      expected: [{ messageId: "afterDate", outcome: "needs-evidence", path: "/municipality/selfInspections/0/date" }],
    },
    {
      name: "the only self-inspection was in 2024",
      description: inspections("2024-07-01"),
      expected: [{ messageId: "overdue", path: "/municipality/selfInspections/0/date" }],
    },
    {
      // As for audits: an empty list says none was ever carried out, which fails clause 7.
      name: "self-inspections stated as none (selfInspections: [])",
      description: inspections(),
      expected: [{ messageId: "never", path: "/municipality/selfInspections", clauses: ["7"] }],
    },
    {
      name: "self-inspections not described",
      description: withEval({ selfInspections: undefined }),
      expected: [{ messageId: "missing", outcome: "needs-evidence", path: "/municipality/selfInspections" }],
    },
  ],
};

export default table;
