import { goodLogging, system } from "../../../test/support/fixtures-technical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [{ name: "authentication, access and admin logs", description: system({ logging: goodLogging }) }],
  invalid: [
    {
      name: "no record of who read what",
      description: system({ logging: { ...goodLogging, access: false } }),
      expected: [{ messageId: "noAccessLog", path: "/systems/0/logging/access" }],
    },
    {
      name: "only authentication is logged",
      description: system({ logging: { authentication: true, access: false, admin: false } }),
      expected: [
        { messageId: "noAccessLog", path: "/systems/0/logging/access" },
        { messageId: "noAdminLog", path: "/systems/0/logging/admin" },
      ],
    },
    {
      name: "authentication is not logged",
      description: system({ logging: { ...goodLogging, authentication: false } }),
      expected: [{ messageId: "noAuthenticationLog", path: "/systems/0/logging/authentication" }],
    },
    {
      name: "admin logging not stated",
      description: system({ logging: { authentication: true, access: true } }),
      expected: [{ messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/logging/admin" }],
    },
    {
      name: "logging not described",
      description: system({}),
      expected: [{ messageId: "loggingUnknown", outcome: "needs-evidence", path: "/systems/0/logging" }],
    },
  ],
};

export default table;
