import { asset, assetDescription } from "../../../test/support/fixtures-classification.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "A2 data backed up", description: assetDescription([asset({ availability: "A2" })]) },
    { name: "I1/A1 data only: not applicable", description: assetDescription([asset()], { backup: { enabled: false } }) },
    {
      // Where the copies are kept is recommended practice: a description that does not say passes.
      name: "A2 data backed up, off-site copy not stated",
      description: assetDescription([asset({ availability: "A2" })], { backup: { enabled: true } }),
    },
    {
      name: "A2 data backed up with an off-site copy",
      description: assetDescription([asset({ availability: "A2" })], { backup: { enabled: true, offsite: true } }),
    },
  ],
  invalid: [
    {
      name: "I2 data without backups",
      description: assetDescription([asset({ integrity: "I2" })], { backup: { enabled: false } }),
      expected: [{ messageId: "noBackup", path: "/systems/0/backup/enabled" }],
    },
    {
      // An auditor reading "offsite: false" for availability-2 data asks where the copy survives a
      // fire at the office: a failing finding, at the practice's medium severity.
      name: "A2 data backed up in the same building only",
      description: assetDescription([asset({ availability: "A2" })], { backup: { enabled: true, offsite: false } }),
      expected: [{ messageId: "notOffsite", path: "/systems/0/backup/offsite" }],
    },
    {
      name: "backup not described",
      description: assetDescription([asset({ availability: "A2" })], { backup: undefined }),
      expected: [{ messageId: "backupUnknown", outcome: "needs-evidence", path: "/systems/0/backup" }],
    },
  ],
};

export default table;
