import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { pcs, server, system } from "../../../test/support/fixtures-technical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

// The tables evaluate at 2026-04-01; the default deadlines are 30 days, 14 for critical updates.
const patched = (patching: Record<string, unknown> | undefined) => system({ servers: [server({ patching })] });

const table: CheckTable = {
  valid: [
    { name: "nothing pending", description: patched({ pendingUpdates: 0 }) },
    {
      name: "a non-critical update pending for 20 days",
      description: patched({ pendingUpdates: 2, oldestPendingReleasedOn: "2026-03-12", oldestPendingCriticalReleasedOn: "2026-03-25" }),
    },
    {
      name: "pending for exactly the deadline",
      description: patched({ pendingUpdates: 1, oldestPendingReleasedOn: "2026-03-02", oldestPendingCriticalReleasedOn: "2026-03-18" }),
    },
    { name: "an update pending for 10 days", description: patched({ pendingUpdates: 1, oldestPendingReleasedOn: "2026-03-22" }) },
    { name: "a provider-run service listing no machines is not applicable", description: system({ hosting: { kind: "cloud-service" } }) },
  ],
  invalid: [
    {
      // Eleventh review: a record dated after the evaluation date is no evidence of the state on that date.
      name: "nothing pending as of a date after the evaluation date",
      description: patched({ pendingUpdates: 0, lastAppliedOn: "2026-05-01" }),
      expected: [{ messageId: "recordAfterDate", outcome: "needs-evidence", path: "/systems/0/servers/0/patching/lastAppliedOn" }],
    },
    {
      // Fourth auditor (r5): "nothing pending" beside a critical update pending since January.
      name: "no pending updates stated beside the date of a pending critical update",
      description: patched({ pendingUpdates: 0, oldestPendingCriticalReleasedOn: "2026-01-10" }),
      expected: [
        {
          messageId: "pendingContradicts",
          outcome: "needs-evidence",
          path: "/systems/0/servers/0/patching/oldestPendingCriticalReleasedOn",
        },
      ],
    },
    {
      name: "an update pending for 59 days",
      description: patched({ pendingUpdates: 3, oldestPendingReleasedOn: "2026-02-01" }),
      expected: [{ messageId: "overdue", severity: "medium", path: "/systems/0/servers/0/patching/oldestPendingReleasedOn" }],
    },
    {
      name: "a critical update pending for 20 days",
      description: system({
        terminalGroups: [
          pcs({ patching: { pendingUpdates: 1, oldestPendingReleasedOn: "2026-03-12", oldestPendingCriticalReleasedOn: "2026-03-12" } }),
        ],
      }),
      expected: [{ messageId: "criticalOverdue", path: "/systems/0/terminalGroups/0/patching/oldestPendingCriticalReleasedOn" }],
    },
    {
      // Second auditor review: the oldest pending update is the critical one (same date), late under
      // both deadlines. One update, one finding: the critical deadline, the stricter of the two.
      name: "one critical update late under both deadlines",
      description: system({
        terminalGroups: [
          pcs({ patching: { pendingUpdates: 1, oldestPendingReleasedOn: "2026-02-01", oldestPendingCriticalReleasedOn: "2026-02-01" } }),
        ],
      }),
      expected: [{ messageId: "criticalOverdue", path: "/systems/0/terminalGroups/0/patching/oldestPendingCriticalReleasedOn" }],
    },
    {
      // An older ordinary update and a later critical one, both late: two updates, two findings.
      name: "an older ordinary update and a later critical one, both late",
      description: system({
        terminalGroups: [
          pcs({ patching: { pendingUpdates: 2, oldestPendingReleasedOn: "2026-01-10", oldestPendingCriticalReleasedOn: "2026-02-01" } }),
        ],
      }),
      expected: [
        { messageId: "criticalOverdue", path: "/systems/0/terminalGroups/0/patching/oldestPendingCriticalReleasedOn" },
        { messageId: "overdue", path: "/systems/0/terminalGroups/0/patching/oldestPendingReleasedOn" },
      ],
    },
    {
      name: "a stricter profile",
      description: patched({ pendingUpdates: 1, oldestPendingReleasedOn: "2026-03-12", oldestPendingCriticalReleasedOn: "2026-03-30" }),
      profile: { ...hitoyoshiProfile, patchSlaDays: { default: 14, critical: 7 } },
      expected: [{ messageId: "overdue", path: "/systems/0/servers/0/patching/oldestPendingReleasedOn" }],
    },
    {
      // Twelfth review: the count is written; what is missing is the date.
      name: "updates pending, dates not stated",
      description: patched({ automatic: true, pendingUpdates: 4 }),
      expected: [{ messageId: "pendingUndated", outcome: "needs-evidence", path: "/systems/0/servers/0/patching/oldestPendingReleasedOn" }],
    },
    {
      name: "neither the count nor the dates of pending updates stated",
      description: patched({ automatic: true }),
      expected: [{ messageId: "pendingUnknown", outcome: "needs-evidence", path: "/systems/0/servers/0/patching" }],
    },
    {
      name: "an update pending for 20 days that may be critical",
      description: patched({ pendingUpdates: 1, oldestPendingReleasedOn: "2026-03-12" }),
      expected: [
        { messageId: "criticalUnknown", outcome: "needs-evidence", path: "/systems/0/servers/0/patching/oldestPendingCriticalReleasedOn" },
      ],
    },
    {
      name: "patch state not stated",
      description: patched(undefined),
      expected: [{ messageId: "patchingUnknown", outcome: "needs-evidence", path: "/systems/0/servers/0/patching" }],
    },
    {
      name: "an on-premises system that lists neither terminals nor servers",
      description: system({ hosting: { kind: "on-premises" } }),
      expected: [{ messageId: "machinesUnknown", outcome: "needs-evidence", path: "/systems/0" }],
    },
  ],
};

export default table;
