import { a2Asset, goodSite, onSite } from "../../../test/support/fixtures-physical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "an A2 system with redundant lines", description: onSite(goodSite, { dataAssets: [a2Asset] }) },
    { name: "an A1 system is not applicable", description: onSite({ ...goodSite, redundantLines: false }) },
    {
      name: "a cloud-hosted A2 system without a physical site (provider premises, not applicable)",
      description: onSite(undefined, { dataAssets: [a2Asset], hosting: { kind: "cloud-service" } }),
    },
  ],
  invalid: [
    {
      name: "an A2 system on a single line",
      description: onSite({ ...goodSite, redundantLines: false }, { dataAssets: [a2Asset] }),
      expected: [{ messageId: "notRedundant", path: "/systems/0/physicalSite/redundantLines" }],
    },
    {
      name: "redundancy not stated",
      description: onSite({ kind: "server-room" }, { dataAssets: [a2Asset] }),
      expected: [{ messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/physicalSite/redundantLines" }],
    },
    {
      name: "no site stated",
      description: onSite(undefined, { dataAssets: [a2Asset] }),
      expected: [{ messageId: "siteUnknown", outcome: "needs-evidence", path: "/systems/0/physicalSite" }],
    },
  ],
};

export default table;
