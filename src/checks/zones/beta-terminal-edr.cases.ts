import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { description, internetSystem, lgwanSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const terminals = (endpointProtection?: Record<string, boolean>, extra: Record<string, unknown> = {}) =>
  internetSystem({
    businessFunctions: ["groupware"],
    terminalGroups: [{ id: "staff-pc", name: "業務端末", ...(endpointProtection ? { endpointProtection } : {}), ...extra }],
  });

const table: CheckTable = {
  profile: { ...hitoyoshiProfile, networkModel: "beta" },
  valid: [
    {
      // Sixty-eighth review: a file sanitiser appliance on the boundary has no business terminals to ask about.
      name: "β: a boundary file sanitiser without terminal groups",
      description: description([
        internetSystem({ id: "mutoka", name: "ファイル無害化装置", boundaryRole: "file-sanitiser", attachedZones: ["internet", "lgwan"] }),
      ]),
    },
    {
      // Seventh review (r3): a SaaS has no business terminals of its own to list.
      name: "β: an internet-zone SaaS without terminal groups",
      description: description([internetSystem({ hosting: { kind: "cloud-service" } })]),
    },
    { name: "β: EPP and EDR on internet-zone terminals", description: description([terminals({ epp: true, edr: true })]) },
    {
      // Fifty-fourth review: tablets that cannot run EPP, under MDM with EDR, as endpoint-protection reads them.
      name: "β: tablets that cannot run EPP, with EDR",
      description: description([terminals({ epp: false, eppNotInstallable: true, edr: true })]),
    },
    {
      name: "β': terminals of an LGWAN system placed in the internet zone",
      profile: { ...hitoyoshiProfile, networkModel: "beta-prime" },
      description: description([
        lgwanSystem({
          terminalGroups: [{ id: "staff-pc", name: "業務端末", zone: "internet", endpointProtection: { epp: true, edr: true } }],
        }),
      ]),
    },
    { name: "α: not judged", profile: hitoyoshiProfile, description: description([terminals({ epp: true })]) },
    { name: "an internet-zone system without terminals", description: description([internetSystem({ terminalGroups: [] })]) },
  ],
  invalid: [
    {
      name: "β: tablets that cannot run EPP and have no EDR fail on EDR only",
      description: description([terminals({ epp: false, eppNotInstallable: true, edr: false })]),
      expected: [{ messageId: "edrMissing", path: "/systems/0/terminalGroups/0/endpointProtection/edr" }],
    },
    {
      name: "β: EPP without EDR",
      description: description([terminals({ epp: true, edr: false })]),
      expected: [{ messageId: "edrMissing", path: "/systems/0/terminalGroups/0/endpointProtection/edr" }],
    },
    {
      name: "β: neither",
      description: description([terminals({ epp: false, edr: false })]),
      expected: [
        { messageId: "eppMissing", path: "/systems/0/terminalGroups/0/endpointProtection/epp" },
        { messageId: "edrMissing", path: "/systems/0/terminalGroups/0/endpointProtection/edr" },
      ],
    },
    {
      name: "β: EDR not stated",
      description: description([terminals({ epp: true })]),
      expected: [{ messageId: "protectionUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0/endpointProtection" }],
    },
    {
      name: "β: terminals not listed",
      description: description([internetSystem()]),
      expected: [{ messageId: "noTerminals", outcome: "needs-evidence", severity: "medium", path: "/systems/0" }],
    },
  ],
};

export default table;
