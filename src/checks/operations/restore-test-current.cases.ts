import { criticalSystem, ordinarySystem, systemOnly } from "../../../test/support/fixtures-operations.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const restored = (lastRestoreTest?: string) =>
  systemOnly(criticalSystem({ backup: { enabled: true, ...(lastRestoreTest ? { lastRestoreTest } : {}) } }));
const integrityOnly = (lastRestoreTest?: string) =>
  systemOnly(
    ordinarySystem({
      dataAssets: [{ id: "ledger", name: "財務会計データ", confidentiality: "C2", integrity: "I2", availability: "A1" }],
      backup: { enabled: true, ...(lastRestoreTest ? { lastRestoreTest } : {}) },
    }),
  );

const table: CheckTable = {
  valid: [
    { name: "restore tested last August", description: restored("2025-08-01") },
    { name: "an I2 system tested recently", description: integrityOnly("2026-02-01") },
    { name: "an A1/I1 system: not applicable", description: systemOnly(ordinarySystem()) },
  ],
  invalid: [
    {
      // Fourth auditor (r4): a date after the evaluation date is no record of the activity by then.
      name: "dated after the evaluation date",
      description: restored("2026-06-01"),
      expected: [{ messageId: "afterDate", outcome: "needs-evidence", path: "/systems/0/backup/lastRestoreTest" }],
    },
    {
      name: "last restore test two years ago",
      description: restored("2024-02-01"),
      expected: [{ messageId: "overdue", path: "/systems/0/backup/lastRestoreTest" }],
    },
    {
      name: "an I2 system never tested (no date)",
      description: integrityOnly(),
      expected: [{ messageId: "missing", outcome: "needs-evidence", path: "/systems/0/backup/lastRestoreTest" }],
    },
  ],
};

export default table;
