/**
 * The values of a profile that differ from another (the built-in one), so that a report made
 * with a municipality's own profile says which limits and thresholds it judged by: a reader
 * signing it sees that patches were allowed 60 days, say, not the built-in 30.
 */
import type { Profile } from "../model/profile.js";

/** One value that differs: its dotted path in the profile and the value, JSON-encoded. */
export interface ProfileChange {
  readonly path: string;
  readonly value: string;
}

/** Fields that name the profile rather than set a rule. */
const NAMING = new Set(["id", "version", "title", "description", "extends"]);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * The leaves of `profile` (primitives and arrays, compared whole) that `base` does not hold with
 * the same value, by dotted path in sorted order; a value `base` has and `profile` lacks is not
 * listed (a resolved profile has every field).
 */
export function profileChanges(profile: Profile, base: Profile): ProfileChange[] {
  const changes: ProfileChange[] = [];
  const walk = (value: unknown, against: unknown, path: string) => {
    if (isPlainObject(value)) {
      const other = isPlainObject(against) ? against : {};
      for (const key of Object.keys(value)) {
        if (path === "" && NAMING.has(key)) continue;
        walk(value[key], other[key], path === "" ? key : `${path}.${key}`);
      }
      return;
    }
    if (value === undefined) return;
    if (JSON.stringify(value) !== JSON.stringify(against)) changes.push({ path, value: JSON.stringify(value) });
  };
  walk(profile, base, "");
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
