import { asset, assetDescription } from "../../../test/support/fixtures-classification.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "A2 data backed up", description: assetDescription([asset({ availability: "A2" })]) },
    { name: "I1/A1 data only: not applicable", description: assetDescription([asset()], { backup: { enabled: false } }) },
  ],
  invalid: [
    {
      name: "I2 data without backups",
      description: assetDescription([asset({ integrity: "I2" })], { backup: { enabled: false } }),
      expected: [{ messageId: "noBackup", path: "/systems/0/backup/enabled" }],
    },
    {
      name: "backup not described",
      description: assetDescription([asset({ availability: "A2" })], { backup: undefined }),
      expected: [{ messageId: "backupUnknown", outcome: "needs-evidence", path: "/systems/0/backup" }],
    },
  ],
};

export default table;
