import { asset, assetDescription } from "../../../test/support/fixtures-classification.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [{ name: "owner named", description: assetDescription([asset()]) }],
  invalid: [
    {
      name: "owner still to be decided",
      description: assetDescription([asset({ owner: "未定" })]),
      expected: [{ messageId: "ownerUnassigned", path: "/systems/0/dataAssets/0/owner" }],
    },
    {
      name: "owner not stated",
      description: assetDescription([asset(), asset({ id: "logs", owner: undefined })]),
      expected: [{ messageId: "ownerMissing", outcome: "needs-evidence", path: "/systems/0/dataAssets/1/owner" }],
    },
    {
      name: "assets not described",
      description: assetDescription(undefined),
      expected: [{ messageId: "assetsUnknown", outcome: "needs-evidence", path: "/systems/0/dataAssets" }],
    },
  ],
};

export default table;
