import { a2Asset, goodSite, onSite } from "../../../test/support/fixtures-physical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const a1Asset = { id: "notes", name: "メモ", confidentiality: "C1", integrity: "I1", availability: "A1" };

const table: CheckTable = {
  valid: [
    { name: "UPS and generator for an A2 system", description: onSite(goodSite, { dataAssets: [a2Asset] }) },
    {
      name: "an A1 system needs only a UPS",
      description: onSite({ kind: "server-room", ups: true, generator: false }, { dataAssets: [a1Asset] }),
    },
    {
      name: "a provider's cloud facilities are judged under outsourcing",
      description: onSite({ kind: "cloud" }, { dataAssets: [a2Asset] }),
    },
  ],
  invalid: [
    {
      name: "an A2 system without a generator",
      description: onSite({ ...goodSite, generator: false }, { dataAssets: [a2Asset] }),
      expected: [{ messageId: "noGenerator", path: "/systems/0/physicalSite/generator" }],
    },
    {
      name: "no UPS",
      description: onSite({ ...goodSite, ups: false }, { dataAssets: [a1Asset] }),
      expected: [{ messageId: "noUps", path: "/systems/0/physicalSite/ups" }],
    },
    {
      name: "an A2 system whose generator is not stated",
      description: onSite({ kind: "server-room", ups: true }, { dataAssets: [a2Asset] }),
      expected: [{ messageId: "factUnknown", outcome: "needs-evidence", path: "/systems/0/physicalSite/generator" }],
    },
    {
      name: "availability unknown and no generator: the rule cannot be decided",
      description: onSite({ kind: "server-room", ups: true }, { dataAssets: [{ id: "x", name: "台帳" }] }),
      expected: [{ messageId: "availabilityUnknown", outcome: "needs-evidence", path: "/systems/0/dataAssets" }],
    },
    {
      name: "no site stated",
      description: onSite(undefined, { dataAssets: [a2Asset] }),
      expected: [{ messageId: "siteUnknown", outcome: "needs-evidence", path: "/systems/0/physicalSite" }],
    },
  ],
};

export default table;
