import { cloudService, withCloud } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [{ name: "administrators use MFA", description: withCloud(cloudService()) }],
  invalid: [
    {
      name: "administrators log in with a password only",
      description: withCloud(cloudService({ adminMfa: false })),
      expected: [{ messageId: "noMfa", path: "/cloudServices/0/adminMfa" }],
    },
    {
      name: "not stated",
      description: withCloud(cloudService({ adminMfa: undefined })),
      expected: [{ messageId: "unknown", outcome: "needs-evidence", path: "/cloudServices/0/adminMfa" }],
    },
  ],
};

export default table;
