import { description, lgwanSystem } from "../../../test/support/fixtures.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const browsing = (internetAccess?: string) =>
  description([lgwanSystem({ terminalGroups: [{ id: "staff-pc", name: "職員端末", ...(internetAccess ? { internetAccess } : {}) }] })]);

const table: CheckTable = {
  valid: [
    { name: "screen transfer", description: browsing("screen-transfer") },
    { name: "no browsing", description: browsing("none") },
    {
      name: "shared staff PCs described under another system",
      description: description([
        lgwanSystem({ terminalGroups: [{ id: "staff-pc", name: "職員端末", internetAccess: "screen-transfer" }] }),
        lgwanSystem({ id: "finance", name: "財務会計システム", businessFunctions: ["finance"] }),
      ]),
    },
    {
      name: "the β model moves terminals out of the LGWAN zone",
      description: browsing("security-cloud"),
      profile: { ...hitoyoshiProfile, networkModel: "beta" },
    },
  ],
  invalid: [
    {
      name: "direct browsing",
      description: browsing("direct"),
      expected: [{ messageId: "browsesWithoutSplit", path: "/systems/0/terminalGroups/0/internetAccess" }],
    },
    {
      name: "through the security cloud still bypasses the split",
      description: browsing("security-cloud"),
      profile: { ...hitoyoshiProfile, networkModel: "alpha-prime" },
      expected: [{ messageId: "browsesWithoutSplit", path: "/systems/0/terminalGroups/0/internetAccess" }],
    },
    {
      name: "browsing not stated",
      description: browsing(),
      expected: [{ messageId: "accessUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0" }],
    },
    {
      name: "no LGWAN terminals described anywhere",
      description: description([lgwanSystem()]),
      expected: [{ messageId: "noTerminals", outcome: "needs-evidence", path: "/systems/0/terminalGroups" }],
    },
  ],
};

export default table;
