import { asset, assetDescription } from "../../../test/support/fixtures-classification.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const a2 = [asset({ availability: "A2" })];

const table: CheckTable = {
  valid: [
    { name: "restored in 6 hours against a 24-hour target", description: assetDescription(a2) },
    { name: "A1 data only: not applicable", description: assetDescription([asset()], { recoveryTimeHours: undefined }) },
  ],
  invalid: [
    {
      name: "restore took longer than the target",
      description: assetDescription(a2, { recoveryTimeHours: 4 }),
      expected: [{ messageId: "tooSlow", path: "/systems/0/backup/lastRestoreHours" }],
    },
    {
      name: "no recovery time stated",
      description: assetDescription(a2, { recoveryTimeHours: undefined }),
      expected: [{ messageId: "recoveryTimeMissing", outcome: "needs-evidence", path: "/systems/0/recoveryTimeHours" }],
    },
    {
      name: "restore duration not recorded",
      description: assetDescription(a2, { backup: { enabled: true } }),
      expected: [{ messageId: "restoreDurationMissing", outcome: "needs-evidence", path: "/systems/0/backup" }],
    },
  ],
};

export default table;
