import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { description, internetSystem, mynumberSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const ready = {
  name: "人吉市",
  csirt: { established: true, contact: "情報政策課" },
  training: { lastDate: "2025-10-01" },
  drills: [{ date: "2025-11-10", kind: "targeted-mail" }],
  audits: [{ date: "2025-12-01", kind: "external" }],
};
const town = (municipality: Record<string, unknown>, reviewed: boolean | "unstated" = true) =>
  description([internetSystem(reviewed === "unstated" ? {} : { logging: { reviewed } })], { municipality });

const table: CheckTable = {
  profile: { ...hitoyoshiProfile, networkModel: "beta" },
  valid: [
    { name: "β: every condition met", description: town(ready) },
    { name: "α: not judged", profile: hitoyoshiProfile, description: town({ name: "人吉市" }) },
    {
      // Fidelity pass (audit-ok-beta-prime-gc): the drill's kind is free text, and municipalities write it in Japanese.
      name: "β: the targeted-mail exercise written in Japanese",
      description: town({ ...ready, drills: [{ date: "2025-11-10", kind: "標的型攻撃メール訓練" }] }),
    },
    {
      // review §1.2: an internal audit meets the audit condition (external is preferred, not required).
      name: "β: an internal audit",
      description: town({ ...ready, audits: [{ date: "2023-06-01", kind: "internal" }] }),
    },
    {
      // review §3: the My Number system's log review is not a β condition.
      name: "β: a My Number system that does not analyse its logs is not judged",
      description: description(
        [internetSystem({ logging: { reviewed: true } }), mynumberSystem({ id: "juki", logging: { reviewed: false } })],
        { municipality: ready },
      ),
    },
  ],
  invalid: [
    {
      // Fifty-fourth review: the targeted-mail exercise is the condition, so its own age is judged (a tabletop five
      // months ago does not renew it); the interval is the profile's (recommended practice).
      name: "β': the last targeted-mail exercise is 21 months old, an incident-response tabletop recent",
      profile: { ...hitoyoshiProfile, networkModel: "beta-prime" },
      description: town({
        ...ready,
        drills: [
          { date: "2024-07-01", kind: "targeted-mail" },
          { date: "2025-11-10", kind: "incident-response" },
        ],
      }),
      expected: [{ messageId: "targetedMailDrillOverdue", path: "/municipality/drills/0/date", data: { months: 12 } }],
    },
    {
      // Fifty-eighth review: a targeted-mail exercise planned after the evaluation date, listed beside one held 21 months
      // before it, hid the overdue one. The one held is judged.
      name: "β': a planned targeted-mail exercise listed after one held over a year ago",
      profile: { ...hitoyoshiProfile, networkModel: "beta-prime" },
      description: town({
        ...ready,
        drills: [
          { date: "2024-07-01", kind: "targeted-mail" },
          { date: "2025-11-10", kind: "incident-response" },
          { date: "2026-07-01", kind: "targeted-mail" },
        ],
      }),
      expected: [{ messageId: "targetedMailDrillOverdue", path: "/municipality/drills/0/date", data: { months: 12 } }],
    },
    {
      // Fifty-ninth review: the only targeted-mail exercise and the only audit are plans dated after the evaluation date.
      // A plan is no record: the conditions are not met.
      name: "β: only a planned targeted-mail exercise and a planned audit",
      description: town({
        ...ready,
        audits: [{ date: "2026-07-01", kind: "external" }],
        drills: [
          { date: "2025-11-18", kind: "incident-response" },
          { date: "2026-06-10", kind: "targeted-mail" },
        ],
      }),
      expected: [
        { messageId: "auditMissing", path: "/municipality/audits" },
        { messageId: "targetedMailDrillMissing", path: "/municipality/drills" },
      ],
    },
    {
      name: "β: no audit and no targeted-mail exercise",
      description: town({ ...ready, audits: [], drills: [{ date: "2025-11-10", kind: "incident-response" }] }),
      expected: [
        { messageId: "auditMissing", path: "/municipality/audits" },
        { messageId: "targetedMailDrillMissing", path: "/municipality/drills" },
      ],
    },
    {
      name: "β': no CSIRT, training overdue, logs not analysed",
      profile: { ...hitoyoshiProfile, networkModel: "beta-prime" },
      description: town({ ...ready, csirt: { established: false }, training: { lastDate: "2024-01-10" } }, false),
      expected: [
        { messageId: "csirtMissing", path: "/municipality/csirt/established" },
        { messageId: "trainingOverdue", path: "/municipality/training/lastDate" },
        { messageId: "logsNotAnalysed", path: "/municipality" },
      ],
    },
    {
      name: "β: nothing stated",
      description: town({ name: "人吉市" }, "unstated"),
      expected: [
        { messageId: "csirtUnknown", outcome: "needs-evidence", path: "/municipality" },
        { messageId: "trainingUnknown", outcome: "needs-evidence", path: "/municipality" },
        { messageId: "drillsUnknown", outcome: "needs-evidence", path: "/municipality" },
        { messageId: "logAnalysisUnknown", outcome: "needs-evidence", path: "/municipality" },
        { messageId: "auditsUnknown", outcome: "needs-evidence", path: "/municipality" },
      ],
    },
  ],
};

export default table;
