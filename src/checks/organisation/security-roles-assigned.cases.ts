import { municipalityDescription, ROLES, rolesWithout } from "../../../test/support/fixtures-organisation.js";
import type { CheckTable } from "../../vitest/check-tester.js";

/**
 * Seventeenth review: the on-site SE of the city's maintenance vendor written in as system
 * administrator. The guideline's organisation gives the roles to the municipality's officials (the
 * system administrator is the head of the division running the system); contractors are bound by
 * their contract (6(8)). An auditor questions it (medium).
 */
const withVendor = (roles: Record<string, unknown>[]) => ({
  ...municipalityDescription({ roles }),
  vendors: [
    { id: "oa", name: "人吉OAサービス有限会社" },
    { id: "tanaka", name: "田中商事" },
  ],
});

const table: CheckTable = {
  valid: [
    { name: "the whole role chain is named", description: municipalityDescription() },
    {
      name: "several security managers, one of them still open",
      description: municipalityDescription({ roles: [...ROLES, { role: "security-manager", person: "未定" }] }),
    },
    {
      // A surname alone is no company: 田中 (a city official) is not the vendor 田中商事.
      name: "a role held by an official whose surname is in a vendor's name",
      description: withVendor([
        ...rolesWithout("system-administrator"),
        { role: "system-administrator", person: "田中", department: "情報政策課" },
      ]),
    },
    { name: "a vendor's delivery spec has no municipality to judge", description: { evaluationDate: "2026-04-01", systems: [] } },
    // Thirty-third review: a holder written with notes, or as a 「・」 list, whose first value is a person or a post is
    // someone: only the placeholder readings below make a role empty, so an auditor passes these.
    ...["副市長（令和8年4月から）", "（副市長）（兼務）", "副市長・鈴木健一"].map((person) => ({
      name: `a CISO written with notes or a list naming someone: 「${person}」`,
      description: municipalityDescription({ roles: [...rolesWithout("ciso"), { role: "ciso", person }] }),
    })),
  ],
  invalid: [
    {
      name: "a vendor's on-site SE as system administrator",
      description: withVendor([
        ...rolesWithout("system-administrator"),
        { role: "system-administrator", person: "人吉OAサービス 田中（常駐SE）", department: "人吉OAサービス有限会社" },
      ]),
      expected: [
        { messageId: "heldByVendor", path: "/municipality/roles/6/person", severity: "medium", data: { vendor: "人吉OAサービス有限会社" } },
      ],
    },
    {
      name: "no CISO",
      description: municipalityDescription({ roles: rolesWithout("ciso") }),
      expected: [{ messageId: "roleMissing", path: "/municipality/roles" }],
    },
    {
      name: "chief security manager still to be decided",
      description: municipalityDescription({
        roles: [...rolesWithout("chief-security-manager"), { role: "chief-security-manager", person: "未定" }],
      }),
      expected: [{ messageId: "roleUnassigned", path: "/municipality/roles/6/person" }],
    },
    // Thirty-third review: empty brackets say nothing; a run of notes whose first is 「未定」 says 「未定（…）」; a 「・」
    // list opening with 「未定」 says 未定; 「調整中」 and 「検討中」 say of a post what they say of a CSIRT contact. The
    // policy wants a CISO appointed (the guideline's organisation), so an auditor finds the role unassigned in each.
    ...["（）", "（　）", "()", "（未定）（令和9年度設置予定）", "（未定・調整中）", "（調整中）", "検討中"].map((person) => ({
      name: `a CISO written as 「${person}」 is nobody`,
      description: municipalityDescription({ roles: [...rolesWithout("ciso"), { role: "ciso", person }] }),
      expected: [{ messageId: "roleUnassigned", path: "/municipality/roles/6/person" }],
    })),
    {
      name: "neither CISO nor any security manager",
      description: municipalityDescription({ roles: rolesWithout("ciso", "security-manager") }),
      expected: [
        { messageId: "roleMissing", path: "/municipality/roles" },
        { messageId: "roleMissing", path: "/municipality/roles" },
      ],
    },
    {
      name: "organisation not described",
      description: municipalityDescription({ roles: undefined }),
      expected: [{ messageId: "rolesMissing", outcome: "needs-evidence", path: "/municipality/roles" }],
    },
  ],
};

export default table;
