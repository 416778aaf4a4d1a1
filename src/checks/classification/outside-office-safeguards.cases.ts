import { asset, assetDescription } from "../../../test/support/fixtures-classification.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const outside = (facts: Record<string, unknown>) => assetDescription([asset(facts)]);

const table: CheckTable = {
  valid: [
    { name: "telework with defined safeguards", description: outside({ processedOutsideOffice: true, outsideOfficeSafeguards: true }) },
    { name: "processed only in the office", description: outside({ processedOutsideOffice: false }) },
  ],
  invalid: [
    {
      name: "telework without safeguards",
      description: outside({ processedOutsideOffice: true, outsideOfficeSafeguards: false }),
      expected: [{ messageId: "noSafeguards", path: "/systems/0/dataAssets/0/outsideOfficeSafeguards" }],
    },
    {
      name: "processed outside, safeguards not stated",
      description: outside({ processedOutsideOffice: true }),
      expected: [{ messageId: "safeguardsUnknown", outcome: "needs-evidence", path: "/systems/0/dataAssets/0" }],
    },
    {
      name: "not stated whether processed outside",
      description: outside({ processedOutsideOffice: undefined }),
      expected: [{ messageId: "outsideUnknown", outcome: "needs-evidence", path: "/systems/0/dataAssets/0" }],
    },
  ],
};

export default table;
