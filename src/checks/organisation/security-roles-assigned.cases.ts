import { municipalityDescription, ROLES, rolesWithout } from "../../../test/support/fixtures-organisation.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const table: CheckTable = {
  valid: [
    { name: "the whole role chain is named", description: municipalityDescription() },
    {
      name: "several security managers, one of them still open",
      description: municipalityDescription({ roles: [...ROLES, { role: "security-manager", person: "未定" }] }),
    },
    { name: "a vendor's delivery spec has no municipality to judge", description: { evaluationDate: "2026-04-01", systems: [] } },
  ],
  invalid: [
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
