import { a2Asset, goodSite, onSite } from "../../../test/support/fixtures-physical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const a1Asset = { id: "notes", name: "メモ", confidentiality: "C1", integrity: "I1", availability: "A1" };

const table: CheckTable = {
  valid: [
    {
      // Eighth review (r1): terminals that use another system state no servers of their own: no server room to judge.
      name: "a system that states it has no servers (servers: [])",
      description: onSite(undefined, { physicalSite: undefined, servers: [] }),
    },
    { name: "a UPS", description: onSite(goodSite, { dataAssets: [a2Asset] }) },
    {
      // review §3: a UPS without a generator is not a failure of this check (the generator is server-generator, practice).
      name: "an A2 system with a UPS and no generator",
      description: onSite({ ...goodSite, generator: false }, { dataAssets: [a2Asset] }),
    },
    {
      name: "a provider's cloud facilities are judged under outsourcing",
      description: onSite({ kind: "cloud" }, { dataAssets: [a2Asset] }),
    },
  ],
  invalid: [
    {
      name: "no UPS",
      description: onSite({ ...goodSite, ups: false }, { dataAssets: [a1Asset] }),
      expected: [{ messageId: "noUps", path: "/systems/0/physicalSite/ups" }],
    },
    {
      name: "UPS not stated",
      description: onSite({ kind: "server-room" }, { dataAssets: [a1Asset] }),
      expected: [{ messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/physicalSite/ups" }],
    },
    {
      name: "no site stated",
      description: onSite(undefined, { dataAssets: [a2Asset] }),
      expected: [{ messageId: "siteUnknown", outcome: "needs-evidence", path: "/systems/0/physicalSite" }],
    },
  ],
};

export default table;
