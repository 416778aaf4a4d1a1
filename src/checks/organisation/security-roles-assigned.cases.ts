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
