import { description, lgwanSystem, mynumberSystem } from "../../../test/support/fixtures.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const approval = { reference: "情政第12号", approvedBy: "CISO", approvedOn: "2026-01-10" };
/** A My Number system used from an LGWAN-zone terminal group (review §4 N7). */
const lgwanTerminalsOnMyNumber = (group: Record<string, unknown>, connections?: Record<string, unknown>[]) =>
  description([mynumberSystem({ terminalGroups: [{ id: "pc", name: "窓口端末", ...group }] })], connections ? { connections } : {});
/** β: internet-zone business terminals of an LGWAN business system. */
const betaTerminals = (connections?: Record<string, unknown>[]) =>
  description(
    [lgwanSystem({ terminalGroups: [{ id: "biz-pc", name: "業務端末", zone: "internet" }] })],
    connections ? { connections } : {},
  );
const beta = { ...hitoyoshiProfile, networkModel: "beta" as const };

const table: CheckTable = {
  valid: [
    { name: "terminals in their system's zone", description: description([mynumberSystem()]) },
    {
      name: "an LGWAN terminal group with an approved, restricted connection to the My Number system",
      description: lgwanTerminalsOnMyNumber({ zone: "lgwan" }, [
        {
          id: "window",
          from: { system: "juki", terminalGroup: "pc" },
          to: { system: "juki" },
          direction: "one-way",
          transport: "lan",
          approval,
          addressRestriction: { ip: true, mac: true },
          ports: [443],
        },
      ]),
    },
    {
      name: "β business terminals reach the LGWAN system over a described screen-transfer connection",
      description: betaTerminals([
        {
          id: "vdi",
          from: { system: "groupware", terminalGroup: "biz-pc" },
          to: { system: "groupware" },
          direction: "one-way",
          sanitisation: ["screen-transfer"],
        },
      ]),
      profile: beta,
    },
  ],
  invalid: [
    {
      name: "an LGWAN-zone terminal group on a My Number system, no connection",
      description: lgwanTerminalsOnMyNumber({ zone: "lgwan", attachedZones: ["lgwan"] }),
      expected: [{ messageId: "partLinkNotPermitted", path: "/systems/0/terminalGroups/0/zone" }],
    },
    {
      name: "a terminal group attached only to LGWAN stands in the LGWAN zone",
      description: lgwanTerminalsOnMyNumber({ attachedZones: ["lgwan"] }),
      expected: [{ messageId: "partLinkNotPermitted", path: "/systems/0/terminalGroups/0/attachedZones" }],
    },
    {
      name: "β business terminals on an LGWAN system with no connection described",
      description: betaTerminals(),
      profile: beta,
      expected: [{ messageId: "partLinkUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0" }],
    },
  ],
};

export default table;
