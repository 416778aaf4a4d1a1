/**
 * Builders for the human-security checks (5, 6(5)): a municipality whose staff facts are current
 * at the tables' default evaluation date 2026-04-01. Pass overrides for the facts a case is about.
 */
import { description, lgwanSystem } from "./fixtures.js";

type Obj = Record<string, unknown>;

export const ALL_STAFF = ["regular", "part-time", "fiscal-year"];

/** A municipality meeting every human-security fact. */
export function municipality(overrides: Obj = {}): Obj {
  return {
    name: "人吉市",
    policyAcknowledgement: { staffCategories: ALL_STAFF, lastDate: "2025-10-01" },
    training: { lastDate: "2025-11-15", completionRate: 100, staffCategories: ALL_STAFF },
    drills: [{ date: "2025-12-10", kind: "targeted-mail" }],
    ...overrides,
  };
}

/** A description with one system and the given municipality. */
export function withMunicipality(m: Obj): Obj {
  return description([lgwanSystem()], { municipality: m });
}
