import { asset, assetDescription, assetSystem } from "../../../test/support/fixtures-classification.js";
import { description, internetSystem } from "../../../test/support/fixtures.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const c3 = [asset({ confidentiality: "C3" })];
const terminals = (...groups: Record<string, unknown>[]) => assetDescription(c3, { terminalGroups: groups });

/**
 * Fifty-fourth review: a β' town writes its terminals once, with the internet zone's LAN (`oa`), and the C3 SaaS lists
 * none; the terminals reach it by a connection. `issuedBy` is the telework group's issuer.
 */
const connectedTerminals = (issuedBy: string) =>
  description(
    [
      assetSystem(c3, { zone: "internet", hosting: { kind: "cloud-service" }, terminalGroups: [] }),
      internetSystem({ id: "oa", name: "業務LAN", terminalGroups: [{ id: "tw-pc", name: "テレワーク端末", issuedBy }] }),
    ],
    {
      connections: [
        { id: "tw-to-saas", from: { system: "oa", terminalGroup: "tw-pc" }, to: { system: "applications" }, direction: "one-way" },
      ],
    },
  );

const table: CheckTable = {
  valid: [
    { name: "municipal terminals of another system reach the C3 service", description: connectedTerminals("municipality") },
    {
      name: "a system of municipal terminals linked at system level to the C3 service",
      description: (() => {
        const d = connectedTerminals("municipality") as { connections: Record<string, unknown>[] };
        return { ...d, connections: [{ id: "tw-to-saas", from: { system: "oa" }, to: { system: "applications" }, direction: "one-way" }] };
      })(),
    },
    {
      // Sixty-eighth review: the C3 SaaS lists no terminal groups at all (not even []): the staff PCs that use it are written
      // as a connection from their own system's group; nothing is left to ask.
      name: "municipal terminals of another system reach a C3 service that lists no terminal groups",
      description: (() => {
        const d = connectedTerminals("municipality") as { systems: Record<string, unknown>[] };
        return { ...d, systems: [{ ...d.systems[0], terminalGroups: undefined }, ...d.systems.slice(1)] };
      })(),
    },
    {
      // Seventy-second review: the city's C3 system exchanges files with a 広域連合's system (outside 4(1)) whose counter
      // terminals the 広域連合 lends; another public body's equipment is governed by its own policy, not asked here.
      name: "a C3 system linked to an out-of-scope union's system with lent terminals",
      description: description(
        [
          assetSystem(c3, { terminalGroups: [{ id: "staff-pc", name: "職員端末", issuedBy: "municipality" }] }),
          internetSystem({
            id: "koiki-std",
            name: "広域連合 標準システム",
            ownerBody: "熊本県後期高齢者医療広域連合",
            terminalGroups: [{ id: "koiki-madoguchi", name: "広域連合の窓口端末", issuedBy: "vendor" }],
          }),
        ],
        { connections: [{ id: "koiki-renkei", from: { system: "applications" }, to: { system: "koiki-std" }, direction: "one-way" }] },
      ),
    },
    { name: "C3 data on municipal terminals", description: terminals({ id: "staff-pc", name: "職員端末", issuedBy: "municipality" }) },
    {
      name: "C2 data may be reached from vendor terminals",
      description: assetDescription([asset()], { terminalGroups: [{ id: "vendor-pc", name: "保守端末", issuedBy: "vendor" }] }),
    },
  ],
  invalid: [
    {
      // Seventy-fifth review: a social welfare corporation's own terminals (no public body) reaching the C3 system.
      name: "a social welfare corporation's terminals reach the C3 system",
      description: description(
        [
          assetSystem(c3, { terminalGroups: [{ id: "staff-pc", name: "職員端末", issuedBy: "municipality" }] }),
          internetSystem({
            id: "shakyo",
            name: "社協の相談システム",
            ownerBody: "社会福祉法人人吉市社会福祉協議会",
            terminalGroups: [{ id: "shakyo-pc", name: "社協の端末", issuedBy: "vendor" }],
          }),
        ],
        {
          connections: [
            {
              id: "shakyo-in",
              from: { system: "shakyo", terminalGroup: "shakyo-pc" },
              to: { system: "applications" },
              direction: "one-way",
            },
          ],
        },
      ),
      expected: [{ messageId: "connectedNotMunicipal", path: "/systems/0", data: { group: "shakyo-pc" } }],
    },
    {
      // Seventy-third review: a vendor's data-entry centre written with its company as owner (outside 4(1), but no public
      // body): its own PCs reaching the C3 system are the exposure the handling rule is about.
      name: "a vendor's own terminals, its company written as owner, reach the C3 system",
      description: description(
        [
          assetSystem(c3, { terminalGroups: [{ id: "staff-pc", name: "職員端末", issuedBy: "municipality" }] }),
          internetSystem({
            id: "punch",
            name: "データ入力センター",
            ownerBody: "株式会社くまもと電算",
            terminalGroups: [{ id: "punch-pc", name: "入力端末", issuedBy: "vendor" }],
          }),
        ],
        {
          connections: [
            { id: "punch-in", from: { system: "punch", terminalGroup: "punch-pc" }, to: { system: "applications" }, direction: "one-way" },
          ],
        },
      ),
      expected: [{ messageId: "connectedNotMunicipal", path: "/systems/0", data: { group: "punch-pc" } }],
    },
    {
      // An auditor reads the terminals that use a system by their connections too (6(2), the guideline's handling).
      name: "private PCs of another system reach the C3 service over a connection",
      description: connectedTerminals("personal"),
      expected: [{ messageId: "connectedNotMunicipal", path: "/systems/0", data: { group: "tw-pc", connection: "tw-to-saas" } }],
    },
    {
      name: "the same connection written from the C3 service to the private PCs",
      description: (() => {
        const d = connectedTerminals("personal") as { connections: Record<string, unknown>[] };
        return {
          ...d,
          connections: [
            { id: "tw-to-saas", from: { system: "applications" }, to: { system: "oa", terminalGroup: "tw-pc" }, direction: "one-way" },
          ],
        };
      })(),
      expected: [{ messageId: "connectedNotMunicipal", path: "/systems/0", data: { group: "tw-pc" } }],
    },
    {
      // Fifty-sixth review: the link written between the systems, both ways; the other system's only terminals are
      // private PCs. An auditor asks whether they reach the C3 information.
      name: "a system whose only terminals are private PCs, linked at system level to the C3 service",
      description: (() => {
        const d = connectedTerminals("personal") as { connections: Record<string, unknown>[] };
        return {
          ...d,
          connections: [{ id: "tw-to-saas", from: { system: "applications" }, to: { system: "oa" }, direction: "bidirectional" }],
        };
      })(),
      expected: [
        {
          messageId: "connectedSystemNotMunicipal",
          outcome: "needs-evidence",
          path: "/systems/0",
          data: { systems: "oa", connection: "tw-to-saas" },
        },
      ],
    },
    {
      name: "vendor terminals on a C3 system",
      description: terminals(
        { id: "staff-pc", name: "職員端末", issuedBy: "municipality" },
        { id: "vendor-pc", name: "保守端末", issuedBy: "vendor" },
      ),
      expected: [{ messageId: "notMunicipal", path: "/systems/0/terminalGroups/1/issuedBy" }],
    },
    {
      name: "issuer not stated",
      description: terminals({ id: "staff-pc", name: "職員端末" }),
      expected: [{ messageId: "issuerUnknown", outcome: "needs-evidence", path: "/systems/0/terminalGroups/0" }],
    },
    {
      name: "no terminal groups listed",
      description: assetDescription(c3, { terminalGroups: undefined }),
      expected: [{ messageId: "noTerminals", outcome: "needs-evidence", path: "/systems/0/terminalGroups" }],
    },
  ],
};

export default table;
