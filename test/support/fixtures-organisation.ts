/**
 * Builders for the organisation checks (6(1)): a municipality with a complete, well-separated
 * security organisation. Pass overrides for the facts a case is about.
 */

type Obj = Record<string, unknown>;

/** The role chain of the guideline, each held by a different post. */
export const ROLES: Obj[] = [
  { role: "ciso", person: "副市長" },
  { role: "chief-security-manager", person: "総務部長" },
  { role: "security-manager", person: "市民部長" },
  { role: "security-administrator", person: "市民課長" },
  { role: "system-administrator", person: "情報政策係長" },
  { role: "csirt-lead", person: "情報政策課長" },
  { role: "auditor", person: "会計管理者" },
];

/** A municipality whose organisation facts are complete. */
export function municipality(overrides: Obj = {}): Obj {
  return {
    name: "人吉市",
    prefecture: "熊本県",
    roles: ROLES,
    csirt: { established: true, contact: "情報政策課 0966-00-0000" },
    ...overrides,
  };
}

/** A description of a municipality with no systems: enough for municipality-level checks. */
export function municipalityDescription(overrides: Obj = {}): Obj {
  return { evaluationDate: "2026-04-01", municipality: municipality(overrides), systems: [] };
}

/** The role list without the given roles. */
export function rolesWithout(...roles: string[]): Obj[] {
  return ROLES.filter((entry) => !roles.includes(String(entry.role)));
}
