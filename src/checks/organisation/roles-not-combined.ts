import type { SecurityRole } from "../../model/organisation.js";
import { SECURITY_ROLES } from "../../model/values/organisation.js";
import { guidelineCitation } from "../../policy/guideline.js";
import { defineCheck } from "../define-check.js";
import { samePerson } from "../../engine/waivers.js";
import { isUnassigned } from "../holders.js";

type Conflict = "auditIndependence" | "approvesOwnRequests";

/**
 * Pairs of roles one person must not hold together, and why. Kept small on purpose: only
 * combinations where the guideline's separation of duties (兼務の禁止) leaves no room for doubt.
 */
const INCOMPATIBLE: readonly (readonly [SecurityRole, SecurityRole, Conflict])[] = [
  // Whoever audits must not audit their own work: every other role is on the audited side.
  ["auditor", "ciso", "auditIndependence"],
  ["auditor", "chief-security-manager", "auditIndependence"],
  ["auditor", "security-manager", "auditIndependence"],
  ["auditor", "security-administrator", "auditIndependence"],
  ["auditor", "system-administrator", "auditIndependence"],
  ["auditor", "csirt-lead", "auditIndependence"],
  // The CISO approves exceptions and changes that administrators apply for.
  ["ciso", "system-administrator", "approvesOwnRequests"],
  ["ciso", "security-administrator", "approvesOwnRequests"],
];

/** No one holds two roles whose duties must be separated (6(1)). */
export default defineCheck({
  meta: {
    id: "roles-not-combined",
    area: "organisation",
    title: {
      ja: "職務を分離すべき役割を同じ者が兼務しないこと",
      en: "Roles whose duties must be separated must not be held by the same person",
    },
    description: {
      ja: "ガイドラインの対策基準例の「兼務の禁止」に基づき、疑いの余地のない組合せだけを判定する。(1) 情報セキュリティ監査統括責任者は、監査を受ける側の役割（CISO、統括情報セキュリティ責任者、情報セキュリティ責任者・管理者、情報システム管理者、CSIRT責任者）を兼ねない。(2) 例外措置や変更を承認する CISO は、それを申請する情報セキュリティ管理者・情報システム管理者を兼ねない。担当者は例外措置の承認者と同じ方法（NFKC 正規化、空白・見えない文字の除去）で照合し、職名と氏名を分けて読む（「総務部長 山田太郎」と「山田太郎（総務部長）」「山田太郎」は同じ者。氏名のない「総務部長」は同じ職名の者）。監査統括責任者を置かず外部監査のみの場合、(1) は判定対象がない。",
      en: "Based on the guideline's model standards on combined duties, this judges only combinations beyond doubt. (1) The security audit officer must not hold a role on the audited side (CISO, chief security manager, security manager or administrator, system administrator, CSIRT lead). (2) The CISO, who approves exceptions and changes, must not be a security or system administrator who applies for them. Holders are compared the same way as exception approvers (NFKC, white space and invisible characters removed), with post and name read apart (「総務部長 山田太郎」, 「山田太郎（総務部長）」 and 「山田太郎」 are one person; 「総務部長」 alone is whoever holds that post). Where audits are only external and no audit officer is listed, (1) has nothing to judge.",
    },
    clauses: ["6(1)", "7"],
    threats: ["T1", "T2"],
    basis: "guideline",
    guideline: guidelineCitation("organisation"),
    severity: "high",
    target: "municipality",
    messages: {
      auditIndependence: {
        ja: "{{person}}が{{role}}と{{other}}を兼務しており、自らの職務を監査することになる",
        en: "{{person}} holds {{roleEn}} together with {{otherEn}}, and would audit their own work",
      },
      approvesOwnRequests: {
        ja: "{{person}}が{{role}}と{{other}}を兼務しており、自らの申請を承認することになる",
        en: "{{person}} holds {{roleEn}} together with {{otherEn}}, and would approve their own requests",
        // The organisation only: no audit is involved.
        clauses: ["6(1)"],
      },
      rolesMissing: {
        ja: "情報セキュリティの体制（roles）の記載がないため、兼務を確かめられない",
        en: "The security organisation (roles) is not stated, so combined roles cannot be checked",
      },
    },
    remediation: {
      ja: "兼務している役割の一方を別の者に割り当てること。小規模な団体で避けられない場合は、例外措置として承認し、代替の統制（外部監査等）を記録すること",
      en: "Give one of the combined roles to someone else. Where a small municipality cannot avoid it, approve it as an exception and record the compensating control (e.g. an external audit)",
    },
  },
  *evaluate(municipality, ctx) {
    const roles = municipality.roles;
    if (roles === undefined) {
      yield ctx.needsEvidence("rolesMissing", ["roles"]);
      return;
    }
    // The one comparison of names (engine/names.ts): an empty name is nobody and matches nothing;
    // a placeholder (未定, TBD) is nobody either.
    // One finding per person and kind of conflict, naming every role combined with the first (fiftieth review: an
    // auditor who also held 統括 and CSIRT got two high findings for one appointment to change).
    const found = new Map<
      string,
      {
        at: number;
        person: string;
        first: (typeof INCOMPATIBLE)[number][0];
        conflict: (typeof INCOMPATIBLE)[number][2];
        others: Set<(typeof INCOMPATIBLE)[number][1]>;
      }
    >();
    for (const [first, second, conflict] of INCOMPATIBLE) {
      for (const [i, a] of roles.entries()) {
        if (a.role !== first || isUnassigned(a.person)) continue;
        for (const [j, b] of roles.entries()) {
          if (b.role !== second || isUnassigned(b.person) || !samePerson(a.person, b.person, ctx.description.municipality?.name)) continue;
          const key = `${i}\u0000${conflict}`;
          const entry = found.get(key) ?? { at: j, person: a.person, first, conflict, others: new Set() };
          entry.others.add(second);
          found.set(key, entry);
        }
      }
    }
    for (const { at, person, first, conflict, others } of found.values()) {
      const list = [...others];
      // The finding points at the first combined role's entry: that is an assignment to move.
      yield ctx.fail(conflict, ["roles", at, "person"], {
        person,
        role: SECURITY_ROLES[first].ja,
        roleEn: SECURITY_ROLES[first].en,
        other: list.map((r) => SECURITY_ROLES[r].ja).join("・"),
        otherEn: list.map((r) => SECURITY_ROLES[r].en).join(list.length > 2 ? ", " : " and "),
      });
    }
  },
});
