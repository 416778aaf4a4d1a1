import { goodLogging, system } from "../../../test/support/fixtures-technical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [{ name: "synchronised and forwarded to a protected store", description: system({ logging: goodLogging }) }],
  invalid: [
    {
      name: "logs an administrator can edit",
      description: system({ logging: { ...goodLogging, tamperProtected: false } }),
      expected: [{ messageId: "notTamperProtected", path: "/systems/0/logging/tamperProtected" }],
    },
    {
      name: "clocks drift",
      description: system({ logging: { ...goodLogging, timeSynchronised: false } }),
      expected: [{ messageId: "notSynchronised", path: "/systems/0/logging/timeSynchronised" }],
    },
    {
      name: "tamper protection not stated",
      description: system({ logging: { timeSynchronised: true } }),
      expected: [{ messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/logging/tamperProtected" }],
    },
    {
      name: "logging not described",
      description: system({}),
      expected: [{ messageId: "loggingUnknown", outcome: "needs-evidence", path: "/systems/0/logging" }],
    },
  ],
};

export default table;
