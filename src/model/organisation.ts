import { z } from "zod";
import { doc } from "./registry.js";
import { STAFF_CATEGORY_IDS } from "./values/organisation.js";

export {
  COVERED_BODY_ALIASES,
  coveredBodyOf,
  HITOYOSHI_COVERED_BODIES,
  SECURITY_ROLES,
  STAFF_CATEGORIES,
} from "./values/organisation.js";

/** Staff categories bound by clause 5 (職員等). */
export const StaffCategory = doc(
  z.enum(STAFF_CATEGORY_IDS),
  "職員等の区分（基本方針 5）：regular（職員）、part-time（非常勤職員）、fiscal-year（会計年度任用職員）",
  "Staff category (policy 5): regular (職員), part-time (非常勤職員), fiscal-year (会計年度任用職員, fiscal-year appointees)",
  "StaffCategory",
);
export type StaffCategory = z.infer<typeof StaffCategory>;

/** Roles of the security organisation (6(1)). */
export const SecurityRole = doc(
  z.enum([
    "head",
    "ciso",
    "chief-security-manager",
    "security-manager",
    "security-administrator",
    "system-administrator",
    "csirt-lead",
    "auditor",
  ]),
  "情報セキュリティの役割：head（団体の長。市長・町長・村長）、ciso（最高情報セキュリティ責任者）、chief-security-manager（統括情報セキュリティ責任者）、security-manager（情報セキュリティ責任者）、security-administrator（情報セキュリティ管理者）、system-administrator（情報システム管理者）、csirt-lead（CSIRT責任者）、auditor（情報セキュリティ監査統括責任者）",
  "Security role: head (the head of the municipality: mayor), ciso, chief-security-manager (統括情報セキュリティ責任者), security-manager (情報セキュリティ責任者), security-administrator (情報セキュリティ管理者), system-administrator, csirt-lead, auditor",
  "SecurityRole",
);
export type SecurityRole = z.infer<typeof SecurityRole>;
