import { municipalityDescription, ROLES, rolesWithout } from "../../../test/support/fixtures-organisation.js";
import type { CheckTable } from "../../vitest/check-tester.js";

const withRoles = (...extra: Record<string, unknown>[]) => municipalityDescription({ roles: [...rolesWithout("auditor"), ...extra] });

/** Roles written with post and name, as many cities write them (twenty-seventh review). */
const named = (auditor: string, systemAdministrator = "情報政策係長 中村一郎") =>
  municipalityDescription({
    roles: [
      { role: "ciso", person: "副市長 鈴木健一" },
      { role: "chief-security-manager", person: "総務部長 山田太郎" },
      { role: "security-manager", person: "市民部長 田中次郎" },
      { role: "system-administrator", person: systemAdministrator },
      { role: "auditor", person: auditor },
    ],
  });

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
    {
      // A shared surname, or a name beside another's post, is another person.
      name: "an audit officer who shares a surname with the chief security manager",
      description: named("監査委員事務局長 山田花子"),
    },
    {
      // Thirtieth review: a surname alone under two different posts is two people.
      name: "a surname alone under two different posts (「監査委員事務局長 山田」, 「総務部長 山田」)",
      description: municipalityDescription({
        roles: [
          { role: "ciso", person: "副市長 鈴木健一" },
          { role: "chief-security-manager", person: "総務部長 山田" },
          { role: "auditor", person: "監査委員事務局長 山田" },
        ],
      }),
    },
  ],
  invalid: [
    {
      // Fiftieth review: one person who audits and also holds two audited roles is one appointment to change; an auditor
      // writes one finding naming both roles, not two high findings.
      name: "the audit officer also holds the chief security manager's and the CSIRT lead's roles: one finding",
      description: municipalityDescription({
        roles: [
          { role: "ciso", person: "副町長" },
          { role: "chief-security-manager", person: "総務課長" },
          { role: "csirt-lead", person: "総務課長" },
          { role: "auditor", person: "総務課長" },
        ],
      }),
      expected: [
        {
          messageId: "auditIndependence",
          path: "/municipality/roles/1/person",
          data: { other: "統括情報セキュリティ責任者・CSIRT責任者" },
        },
      ],
    },
    {
      // Twenty-seventh review: the same person written with the post in brackets, and with it in front.
      name: "the audit officer is the chief security manager, written 「山田太郎（総務部長）」",
      description: named("山田太郎（総務部長）"),
      expected: [{ messageId: "auditIndependence", path: "/municipality/roles/1/person" }],
    },
    {
      // Thirtieth review: the post split into its unit and title, and a reading in kana beside the name.
      name: "the audit officer written 「総務部 部長 山田太郎（やまだたろう）」",
      description: named("総務部 部長 山田太郎（やまだたろう）"),
      expected: [{ messageId: "auditIndependence", path: "/municipality/roles/1/person" }],
    },
    {
      name: "the audit officer is written by post only (「総務部長」) and the chief security manager with post and name",
      description: named("総務部長"),
      expected: [{ messageId: "auditIndependence", path: "/municipality/roles/1/person" }],
    },
    {
      name: "the CISO 「副市長 鈴木健一」 is also the system administrator 「鈴木健一」",
      description: named("監査委員事務局長 山田花子", "鈴木健一"),
      expected: [{ messageId: "approvesOwnRequests", path: "/municipality/roles/3/person" }],
    },
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
