import { cloudService, withCloud } from "../../../test/support/fixtures-outsourcing.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [{ name: "registered", description: withCloud(cloudService()) }],
  invalid: [
    {
      name: "in use but not registered",
      description: withCloud(cloudService({ registeredInInventory: false })),
      expected: [{ messageId: "notRegistered", path: "/cloudServices/0/registeredInInventory" }],
    },
    {
      name: "registration not stated",
      description: withCloud(cloudService({ registeredInInventory: undefined })),
      expected: [{ messageId: "unknown", outcome: "needs-evidence", path: "/cloudServices/0/registeredInInventory" }],
    },
  ],
};

export default table;
