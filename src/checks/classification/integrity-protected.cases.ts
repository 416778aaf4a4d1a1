import { asset, assetDescription } from "../../../test/support/fixtures-classification.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const i2 = (tamperProtection?: string) => assetDescription([asset({ integrity: "I2", tamperProtection })]);

const table: CheckTable = {
  valid: [
    { name: "signed records", description: i2("signature") },
    { name: "hash verification", description: i2("hash") },
    { name: "write access restricted", description: i2("access-control") },
    { name: "I1 data needs no tamper protection", description: assetDescription([asset({ tamperProtection: "none" })]) },
  ],
  invalid: [
    {
      name: "I2 data without protection",
      description: i2("none"),
      expected: [{ messageId: "unprotected", path: "/systems/0/dataAssets/0/tamperProtection" }],
    },
    {
      name: "protection not stated",
      description: i2(undefined),
      expected: [{ messageId: "protectionUnknown", outcome: "needs-evidence", path: "/systems/0/dataAssets/0" }],
    },
  ],
};

export default table;
