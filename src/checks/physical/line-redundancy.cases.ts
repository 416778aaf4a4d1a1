import { a2Asset, goodSite, onSite } from "../../../test/support/fixtures-physical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "an A2 system with redundant lines", description: onSite(goodSite, { dataAssets: [a2Asset] }) },
    { name: "an A1 system is not applicable", description: onSite({ ...goodSite, redundantLines: false }) },
    {
      // Eighty-first review: a village with one line whose ICT-BCP plans for its outage has followed the advice.
      name: "an A2 system on a single line whose outage the ICT-BCP plans for",
      description: {
        ...onSite({ ...goodSite, redundantLines: false }, { dataAssets: [a2Asset] }),
        municipality: {
          name: "人吉市",
          bcp: { exists: true, scenarios: ["disaster", "infrastructure-outage"], coveredSystems: ["groupware"] },
        },
      },
    },
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
      // The plan does not plan for an outage of the line: the fallback is not decided.
      name: "an A2 system on a single line, its ICT-BCP planning for disasters only",
      description: {
        ...onSite({ ...goodSite, redundantLines: false }, { dataAssets: [a2Asset] }),
        municipality: { name: "人吉市", bcp: { exists: true, scenarios: ["disaster"], coveredSystems: ["groupware"] } },
      },
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
