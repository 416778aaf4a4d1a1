import { activity, withEval } from "../../../test/support/fixtures-evaluation.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const finding = (dueOn?: string, closedOn?: string, summary = "パスワードの管理") => ({
  summary,
  ...(dueOn === undefined ? {} : { dueOn }),
  ...(closedOn === undefined ? {} : { closedOn }),
});

const table: CheckTable = {
  valid: [
    { name: "latest audit and self-inspection closed", description: withEval() },
    {
      name: "an older audit's open findings are superseded by the latest",
      description: withEval({
        audits: [activity("2024-11-01", "external", { openFindings: 4 }), activity("2025-11-01", "external", { openFindings: 0 })],
      }),
    },
    { name: "no audits or self-inspections (not applicable)", description: withEval({ audits: undefined, selfInspections: [] }) },
    {
      name: "two findings open four months after a self-inspection, both inside their remediation plan",
      description: withEval({
        selfInspections: [
          activity("2025-12-01", "internal", { openFindings: 2, findings: [finding("2026-06-30"), finding("2026-09-30")] }),
        ],
      }),
    },
    {
      name: "a finding closed after its due date is no longer open",
      description: withEval({ audits: [activity("2025-11-01", "external", { findings: [finding("2026-01-31", "2026-02-15")] })] }),
    },
    {
      name: "a finding not yet due, recorded closed after the evaluation date",
      description: withEval({ audits: [activity("2025-11-01", "external", { findings: [finding("2026-06-30", "2026-05-10")] })] }),
    },
    {
      name: "due on the evaluation date itself",
      description: withEval({ audits: [activity("2025-11-01", "external", { findings: [finding("2026-04-01")] })] }),
    },
  ],
  invalid: [
    {
      name: "a finding of the latest audit open past its due date",
      description: withEval({ audits: [activity("2025-11-01", "external", { findings: [finding("2026-06-30"), finding("2026-03-31")] })] }),
      expected: [{ messageId: "overdue", path: "/municipality/audits/0/findings/1/dueOn" }],
    },
    {
      // Fifty-eighth review: next year's planned audit, listed after the real one, was taken as the latest and its
      // findings asked about; the real audit's finding, open past its due date, went unreported.
      name: "a finding of the last audit held open past its due date, with a planned audit listed after it",
      description: withEval({
        audits: [
          activity("2025-06-20", "external", { findings: [finding("2026-03-31", undefined, "持出しPCの管理簿の記載漏れ")] }),
          activity("2026-06-15", "external"),
        ],
      }),
      expected: [{ messageId: "overdue", path: "/municipality/audits/0/findings/0/dueOn" }],
    },
    ...[false, true].map((externalFirst) => {
      // Fifty-ninth review: an internal and an external audit on one day; the internal one's finding is open past its
      // due date. Neither supersedes the other, and the order of the rows changes nothing.
      const internal = activity("2025-11-01", "internal", { findings: [finding("2026-03-15", undefined, "持出しPCの管理簿")] });
      const external = activity("2025-11-01", "external", { openFindings: 0 });
      return {
        name: `two audits on one day, ${externalFirst ? "the external one first" : "the internal one first"}`,
        description: withEval({ audits: externalFirst ? [external, internal] : [internal, external] }),
        expected: [{ messageId: "overdue" as const, path: `/municipality/audits/${externalFirst ? 1 : 0}/findings/0/dueOn` }],
      };
    }),
    {
      // Twenty-seventh review: a closing date after the evaluation date was not yet a fact on it.
      name: "a finding due before the evaluation date, recorded closed after it",
      description: withEval({ audits: [activity("2025-11-01", "external", { findings: [finding("2026-03-31", "2026-12-20")] })] }),
      expected: [{ messageId: "closedAfterDate", path: "/municipality/audits/0/findings/0/closedOn" }],
    },
    {
      name: "open findings of the latest self-inspection counted without due dates",
      description: withEval({
        selfInspections: [activity("2025-07-01", "internal", { openFindings: 1 }), activity("2024-07-01", "internal", { openFindings: 0 })],
      }),
      expected: [{ messageId: "openWithoutDueDates", outcome: "needs-evidence", path: "/municipality/selfInspections/0/openFindings" }],
    },
    {
      name: "an open finding without a due date",
      description: withEval({ audits: [activity("2025-11-01", "external", { findings: [finding(undefined)] })] }),
      expected: [{ messageId: "dueUnknown", outcome: "needs-evidence", path: "/municipality/audits/0/findings/0/dueOn" }],
    },
    {
      name: "open findings not stated",
      description: withEval({ audits: [activity("2025-11-01", "external")] }),
      expected: [{ messageId: "findingsUnknown", outcome: "needs-evidence", path: "/municipality/audits/0/openFindings" }],
    },
  ],
};

export default table;
