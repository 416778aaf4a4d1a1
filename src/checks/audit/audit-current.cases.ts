import { activity, withEval } from "../../../test/support/fixtures-evaluation.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const betaPrime = { ...hitoyoshiProfile, networkModel: "beta-prime" as const };

const audits = (...dates: string[]) => withEval({ audits: dates.map((date) => activity(date, "external", { openFindings: 0 })) });

const table: CheckTable = {
  valid: [
    { name: "an external audit last November", description: audits("2025-11-01") },
    { name: "the latest of several audits counts", description: audits("2023-11-01", "2025-11-01", "2024-11-01") },
    {
      // Fifty-eighth review: a fiscal year's sheet lists next year's planned audit beside the real ones. The audit held
      // in November is within the year; the plan is no record, and does not need to be.
      name: "a planned audit listed after a recent one",
      description: audits("2025-11-01", "2026-06-15"),
    },
  ],
  invalid: [
    {
      // Tenth review's rule: under β' audits are the model's precondition, and beta-preconditions asks or fails; one
      // finding (test/judged-elsewhere.test.ts). A table runs its check alone: without beta-preconditions in the run,
      // this check judges the gap itself, as under α (fortieth review).
      name: "no audit under β', beta-preconditions not run",
      description: audits(),
      profile: betaPrime,
      expected: [{ messageId: "never", path: "/municipality/audits" }],
    },
    {
      name: "audits unstated under β', beta-preconditions not run",
      description: withEval({ audits: undefined }),
      profile: betaPrime,
      expected: [{ messageId: "missing", outcome: "needs-evidence" }],
    },
    {
      // Fourth auditor (r4): a date after the evaluation date is no record of the activity by then.
      name: "dated after the evaluation date",
      description: audits("2026-09-30"),
      expected: [{ messageId: "afterDate", outcome: "needs-evidence", path: "/municipality/audits/0/date" }],
    },
    {
      name: "under β' too, the latest audit is over a year old",
      description: audits("2023-10-01", "2024-12-01"),
      profile: betaPrime,
      expected: [{ messageId: "overdue", path: "/municipality/audits/1/date" }],
    },
    {
      // Fifty-eighth review: the planned row was taken as the latest, and the overdue audit was asked about as a date
      // after the evaluation date. An auditor judges the last audit held: over a year old, at the real row.
      name: "a planned audit listed after one over a year old",
      description: audits("2024-12-01", "2026-06-15"),
      expected: [{ messageId: "overdue", path: "/municipality/audits/0/date", data: { dueJa: "2025年12月1日" } }],
    },
    {
      name: "the latest audit is over a year old",
      description: audits("2023-10-01", "2024-12-01"),
      expected: [{ messageId: "overdue", path: "/municipality/audits/1/date" }],
    },
    {
      // Second auditor review: an empty list states that no audit was ever carried out. Clause 7 says
      // audits are carried out, so this fails the policy itself (high), not the recommended interval.
      name: "audits stated as none (audits: [])",
      description: audits(),
      expected: [{ messageId: "never", path: "/municipality/audits", clauses: ["7"], severity: "high" }],
    },
    {
      name: "audits not described",
      description: withEval({ audits: undefined }),
      expected: [{ messageId: "missing", outcome: "needs-evidence", path: "/municipality/audits" }],
    },
  ],
};

export default table;
