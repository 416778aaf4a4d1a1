import { cloudService, withCloud } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [{ name: "an exit plan exists", description: withCloud(cloudService()) }],
  invalid: [
    {
      name: "no exit plan",
      description: withCloud(cloudService({ exitPlan: false })),
      expected: [{ messageId: "noExitPlan", path: "/cloudServices/0/exitPlan" }],
    },
    {
      name: "not stated",
      description: withCloud(cloudService({ exitPlan: undefined })),
      expected: [{ messageId: "unknown", outcome: "needs-evidence", path: "/cloudServices/0/exitPlan" }],
    },
  ],
};

export default table;
