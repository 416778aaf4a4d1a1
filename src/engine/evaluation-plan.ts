/**
 * Work the evaluation loop does once instead of once per check and target (issue 18): checks in
 * report order, system targets grouped by zone.
 * Each helper changes how much work is done, never what the report says.
 */
import type { AnyCheck, MessageData, TargetSubjects } from "./check-api.js";
import type { Target } from "../model/finding.js";
import type { Profile } from "../model/profile.js";
import { zoneInapplicability } from "./applicability.js";

/** A target of a check: what the check reads and where it is. */
export interface PlannedTarget {
  readonly subject: unknown;
  readonly target: Target;
}

/**
 * The checks in the order the report lists their results (by id, as `compareFindings` compares
 * them), so results are produced nearly sorted and the final sort has little left to do.
 * Results do not depend on the order checks run in: each check reads only the description.
 */
export function inReportOrder(checks: readonly AnyCheck[]): readonly AnyCheck[] {
  return [...checks].sort((a, b) => (a.meta.id === b.meta.id ? 0 : a.meta.id < b.meta.id ? -1 : 1));
}

/**
 * The targets of a check split by its `zones` rule: `inScope[i]` is 1 for the i-th target when it
 * is in one of those zones, else 0 (a flag per target keeps results in target order).
 */
export interface ZoneSplit {
  readonly inScope: Uint8Array;
  /** How many targets are out of scope. */
  readonly outside: number;
}

/**
 * For a system check with a `zones` rule (and no network-model rule that rules it out first),
 * which targets are in those zones, computed once per set of zones per evaluation: the others are
 * not applicable for their zone, which is all {@link inapplicability} would say of them, so the
 * loop no longer asks for each one. `undefined` when the check has no such rule.
 */
export function zoneSplit(
  check: AnyCheck,
  entries: readonly PlannedTarget[],
  profile: Profile,
  cache: Map<string, ZoneSplit>,
): ZoneSplit | undefined {
  const rules = check.meta.applicability;
  if (check.meta.target !== "system" || rules?.zones === undefined) return undefined;
  if (rules.networkModels !== undefined && !rules.networkModels.includes(profile.networkModel)) return undefined;
  const key = [...rules.zones].sort().join("\u0000");
  let split = cache.get(key);
  if (split === undefined) {
    const zones = new Set<string>(rules.zones);
    const inScope = new Uint8Array(entries.length);
    let outside = 0;
    entries.forEach((entry, i) => {
      const zone = (entry.subject as TargetSubjects["system"]).zone;
      if (zone !== undefined && zones.has(zone)) inScope[i] = 1;
      else outside++;
    });
    split = { inScope, outside };
    cache.set(key, split);
  }
  return split;
}

const NO_ZONES: readonly never[] = Object.freeze([]);

/** The reason a system outside a check's zones is not applicable, as {@link inapplicability} gives it (shared and frozen). */
export function outsideZoneReason(check: AnyCheck, entry: PlannedTarget): MessageData {
  return zoneInapplicability(check.meta.applicability?.zones ?? NO_ZONES, (entry.subject as TargetSubjects["system"]).zone);
}
