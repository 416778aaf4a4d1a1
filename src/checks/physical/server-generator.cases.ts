import { a2Asset, goodSite, onSite } from "../../../test/support/fixtures-physical.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const a1Asset = { id: "notes", name: "メモ", confidentiality: "C1", integrity: "I1", availability: "A1" };

const table: CheckTable = {
  valid: [
    { name: "an A2 system on generator power", description: onSite({ ...goodSite, generator: true }, { dataAssets: [a2Asset] }) },
    { name: "an A1 system needs no generator", description: onSite({ kind: "server-room", ups: true }, { dataAssets: [a1Asset] }) },
    { name: "a provider's facilities are judged under outsourcing", description: onSite({ kind: "cloud" }, { dataAssets: [a2Asset] }) },
  ],
  invalid: [
    {
      name: "an A2 system without a generator",
      description: onSite({ ...goodSite, generator: false }, { dataAssets: [a2Asset] }),
      expected: [{ messageId: "noGenerator", path: "/systems/0/physicalSite/generator" }],
    },
    {
      name: "generator not stated",
      description: onSite({ kind: "server-room", ups: true }, { dataAssets: [a2Asset] }),
      expected: [{ messageId: "generatorUnknown", outcome: "needs-evidence", path: "/systems/0/physicalSite/generator" }],
    },
    {
      name: "no site stated",
      description: onSite(undefined, { dataAssets: [a2Asset] }),
      expected: [{ messageId: "siteUnknown", outcome: "needs-evidence", path: "/systems/0/physicalSite" }],
    },
  ],
};

export default table;
