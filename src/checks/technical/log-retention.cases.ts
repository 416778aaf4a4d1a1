import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { goodLogging, system } from "../../../test/support/fixtures-technical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "kept for 400 days", description: system({ logging: goodLogging }) },
    {
      name: "a profile asking for 180 days",
      description: system({ logging: { retentionDays: 180 } }),
      profile: { ...hitoyoshiProfile, logRetentionDays: 180 },
    },
  ],
  invalid: [
    {
      name: "kept for 90 days",
      description: system({ logging: { ...goodLogging, retentionDays: 90 } }),
      expected: [{ messageId: "tooShort", path: "/systems/0/logging/retentionDays" }],
    },
    {
      name: "retention not stated",
      description: system({ logging: { authentication: true } }),
      expected: [{ messageId: "retentionUnknown", outcome: "needs-evidence", path: "/systems/0/logging/retentionDays" }],
    },
  ],
};

export default table;
