import { municipalityDescription, ROLES, rolesWithout } from "../../../test/support/fixtures-organisation.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const withRoles = (...extra: Record<string, unknown>[]) => municipalityDescription({ roles: [...rolesWithout("auditor"), ...extra] });

const table: CheckTable = {
  valid: [
    { name: "every role held by a different post", description: municipalityDescription() },
    { name: "no audit officer listed (external audit only)", description: withRoles() },
    {
      name: "one post holding compatible roles",
      description: municipalityDescription({
        roles: [...ROLES, { role: "security-administrator", person: "情報政策係長" }],
      }),
    },
    {
      name: "open posts are not the same person",
      description: withRoles({ role: "auditor", person: "未定" }, { role: "csirt-lead", person: "未定" }),
    },
  ],
  invalid: [
    {
      name: "audit officer is also system administrator",
      description: withRoles({ role: "auditor", person: "情報政策係長" }),
      // An audit officer auditing their own work touches the organisation 6(1) and the audit 7.
      expected: [{ messageId: "auditIndependence", path: "/municipality/roles/4/person", clauses: ["6(1)", "7"] }],
    },
    {
      name: "CISO audits (spacing differs)",
      description: withRoles({ role: "auditor", person: "副 市長" }),
      expected: [{ messageId: "auditIndependence", path: "/municipality/roles/0/person" }],
    },
    {
      name: "CISO is also security administrator",
      description: municipalityDescription({ roles: [...ROLES, { role: "security-administrator", person: "副市長" }] }),
      // Approving one's own requests is the organisation's separation of duties (6(1)); no audit is involved.
      expected: [{ messageId: "approvesOwnRequests", path: "/municipality/roles/7/person", clauses: ["6(1)"] }],
    },
    {
      name: "organisation not described",
      description: municipalityDescription({ roles: undefined }),
      expected: [{ messageId: "rolesMissing", outcome: "needs-evidence", path: "/municipality/roles" }],
    },
  ],
};

export default table;
