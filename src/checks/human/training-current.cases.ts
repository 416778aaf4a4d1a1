import { municipality, withMunicipality } from "../../../test/support/fixtures-human.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const betaPrime = { ...hitoyoshiProfile, networkModel: "beta-prime" as const };

const lastTraining = (lastDate?: string) =>
  withMunicipality(municipality({ training: { completionRate: 100, ...(lastDate ? { lastDate } : {}) } }));

const table: CheckTable = {
  valid: [
    { name: "trained last November", description: lastTraining("2025-11-15") },
    {
      // Tenth review's rule: under β' current training is the model's precondition (beta-preconditions); one finding.
      name: "overdue training under β' is left to beta-preconditions",
      description: lastTraining("2024-03-01"),
      profile: betaPrime,
    },
    { name: "an unstated date under β' is left to beta-preconditions", description: lastTraining(), profile: betaPrime },
  ],
  invalid: [
    {
      name: "under β' too, dated after the evaluation date",
      description: lastTraining("2026-07-01"),
      profile: betaPrime,
      expected: [{ messageId: "afterDate", outcome: "needs-evidence", path: "/municipality/training/lastDate" }],
    },
    {
      // Fourth auditor (r4): a date after the evaluation date is no record of the activity by then.
      name: "dated after the evaluation date",
      description: lastTraining("2026-07-01"),
      expected: [{ messageId: "afterDate", outcome: "needs-evidence", path: "/municipality/training/lastDate" }],
    },
    {
      name: "last trained two years ago",
      description: lastTraining("2024-03-01"),
      expected: [{ messageId: "overdue", path: "/municipality/training/lastDate" }],
    },
    {
      name: "date not stated",
      description: lastTraining(),
      expected: [{ messageId: "missing", outcome: "needs-evidence", path: "/municipality/training/lastDate" }],
    },
  ],
};

export default table;
