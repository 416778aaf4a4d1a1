import { municipality, withMunicipality } from "../../../test/support/fixtures-human.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const drills = (...dates: string[]) => withMunicipality(municipality({ drills: dates.map((date) => ({ date, kind: "targeted-mail" })) }));

const table: CheckTable = {
  valid: [
    { name: "a targeted-mail drill last December", description: drills("2025-12-10") },
    { name: "the latest of several drills counts", description: drills("2023-06-01", "2025-12-10", "2024-06-01") },
    {
      // Fifth review: under β' no drill at all is the model's precondition (beta-preconditions, high); one finding.
      name: "no drills under β' are left to beta-preconditions",
      description: drills(),
      profile: { ...hitoyoshiProfile, networkModel: "beta-prime" },
    },
    {
      name: "drills unstated under β' are left to beta-preconditions",
      description: withMunicipality(municipality({ drills: undefined })),
      profile: { ...hitoyoshiProfile, networkModel: "beta-prime" },
    },
    {
      // Sixty-third review: a drill postponed and then held is held.
      name: "a drill held after being postponed",
      description: withMunicipality(
        municipality({ drills: [{ date: "2026-02-10", kind: "targeted-mail", scope: "全職員（延期分を含めて実施）" }] }),
      ),
    },
    ...["次回は令和9年2月予定", "延期した分を10月末に実施", "未実施の課なし", "令和6年度は中止"].map((scope) => ({
      // Sixty-fifth review: a held drill whose scope speaks of another occasion in passing.
      name: `a held drill whose scope says 「${scope}」`,
      description: withMunicipality(municipality({ drills: [{ date: "2025-12-10", kind: "targeted-mail", scope }] })),
    })),
  ],
  invalid: [
    {
      // Sixty-first review: a drill called off is no drill held; with no other, none was held.
      name: "the only drill was called off",
      description: withMunicipality(
        municipality({ drills: [{ date: "2026-02-10", kind: "targeted-mail", scope: "全職員（台風接近のため中止・延期）" }] }),
      ),
      expected: [{ messageId: "never", path: "/municipality/drills" }],
    },
    {
      // Fourth auditor (r4): a date after the evaluation date is no record of the activity by then.
      name: "dated after the evaluation date",
      description: drills("2026-05-01"),
      expected: [{ messageId: "afterDate", outcome: "needs-evidence", path: "/municipality/drills/0/date" }],
    },
    {
      name: "the latest drill is over a year old",
      description: drills("2023-06-01", "2024-11-20"),
      expected: [{ messageId: "overdue", path: "/municipality/drills/1/date" }],
    },
    {
      // An empty list says no drill was ever held: a fail on the recommended practice, not missing evidence.
      name: "drills stated as none (drills: [])",
      description: drills(),
      expected: [{ messageId: "never", path: "/municipality/drills" }],
    },
    {
      name: "drills not described",
      description: withMunicipality(municipality({ drills: undefined })),
      expected: [{ messageId: "missing", outcome: "needs-evidence", path: "/municipality/drills" }],
    },
  ],
};

export default table;
