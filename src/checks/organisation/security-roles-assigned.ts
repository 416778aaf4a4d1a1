import type { SecurityRole } from "../../model/organisation.js";
import { SECURITY_ROLES } from "../../model/values/organisation.js";
import { guidelineCitation } from "../../policy/guideline.js";
import { defineCheck } from "../define-check.js";
import { isUnassigned, vendorNamedIn } from "../holders.js";

/** The top of the role chain the guideline's model standards name; lower posts (administrators) vary by department and are judged per system. */
const REQUIRED: readonly SecurityRole[] = ["ciso", "chief-security-manager", "security-manager"];

/** The organisation names its CISO, chief security manager and security managers (6(1)). */
export default defineCheck({
  meta: {
    id: "security-roles-assigned",
    area: "organisation",
    title: {
      ja: "最高情報セキュリティ責任者、統括情報セキュリティ責任者及び情報セキュリティ責任者を定めること",
      en: "The CISO, the chief security manager and at least one security manager must be named",
    },
    description: {
      ja: "基本方針 6(1) は全庁的な組織体制の確立を求める。ガイドラインの対策基準例に倣い、CISO・統括情報セキュリティ責任者・情報セキュリティ責任者（1名以上）が担当者付きで記載されていることを確かめる。",
      en: "Clause 6(1) asks for an organisation-wide security organisation. Following the guideline's model standards, this checks that the CISO, the chief security manager and at least one security manager are listed with a holder.",
    },
    clauses: ["6(1)"],
    threats: ["T2"],
    basis: "guideline",
    guideline: guidelineCitation("organisation"),
    severity: "high",
    target: "municipality",
    messages: {
      roleMissing: {
        ja: "体制に{{role}}が定められていない（roles の {{roleId}}）",
        en: "The security organisation (roles) names no {{roleEn}} ({{roleId}})",
      },
      roleUnassigned: {
        ja: "{{role}}の担当者が「{{person}}」となっており、決まっていない",
        en: 'The {{roleEn}} is given as "{{person}}", so nobody holds the role',
      },
      heldByVendor: {
        ja: "{{role}}を事業者 {{vendor}} の者（「{{person}}」）が担っている。体制の役割は団体の職員が担い、事業者には契約（6(8)）で義務を課すこと",
        en: "The {{roleEn}} is held by someone of vendor {{vendor}} (\"{{person}}\"); the organisation's roles are held by the municipality's staff, and vendors are bound by contract (6(8))",
        severity: "medium",
        remediation: {
          ja: "役割には団体の職員（職名）を充て、事業者の作業は契約と委託先の管理（6(8)）で担わせること",
          en: "Give the role to a member of the municipality's staff (by post), and have the vendor's work done under the contract and the oversight of contractors (6(8))",
        },
      },
      rolesMissing: {
        ja: "情報セキュリティの体制（roles）の記載がない",
        en: "The description does not state the security organisation (roles)",
      },
    },
    remediation: {
      ja: "体制（roles）に最高情報セキュリティ責任者（ciso）、統括情報セキュリティ責任者（chief-security-manager）、情報セキュリティ責任者（security-manager。部局ごとに1名以上）を担当者（職名）付きで記載すること",
      en: "List ciso, chief-security-manager and security-manager (at least one, per department) in roles, each with its holder (post)",
    },
  },
  *evaluate(municipality, ctx) {
    const roles = municipality.roles;
    if (roles === undefined) {
      yield ctx.needsEvidence("rolesMissing", ["roles"]);
      return;
    }
    // A contractor's employee written into the security organisation (seventeenth review: an on-site
    // SE as system administrator; in audit-ng-vendor-paperwork the vendor then approved its own exception).
    const vendors = ctx.description.vendors ?? [];
    for (const [i, entry] of roles.entries()) {
      const vendor = vendorNamedIn(`${entry.person} ${entry.department ?? ""}`, vendors);
      if (vendor === undefined) continue;
      const label = { role: SECURITY_ROLES[entry.role].ja, roleEn: SECURITY_ROLES[entry.role].en, roleId: entry.role };
      yield ctx.fail("heldByVendor", ["roles", i, "person"], { ...label, vendor: vendor.name, person: entry.person });
    }
    for (const role of REQUIRED) {
      const label = { role: SECURITY_ROLES[role].ja, roleEn: SECURITY_ROLES[role].en, roleId: role };
      const held = roles.flatMap((entry, i) => (entry.role === role ? [{ entry, i }] : []));
      if (held.length === 0) yield ctx.fail("roleMissing", ["roles"], label);
      else if (held.every(({ entry }) => isUnassigned(entry.person))) {
        const first = held[0]!;
        yield ctx.fail("roleUnassigned", ["roles", first.i, "person"], { ...label, person: first.entry.person });
      }
    }
  },
});
