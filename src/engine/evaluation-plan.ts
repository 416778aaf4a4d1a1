/**
 * Work the evaluation loop does once instead of once per check and target (issue 18): checks in
 * report order, system targets grouped by zone, not-applicable messages rendered once per reason.
 * Each helper changes how much work is done, never what the report says.
 */
import type { AnyCheck, MessageData, TargetSubjects } from "./check-api.js";
import type { LocalizedText, Target } from "../model/finding.js";
import type { Profile } from "../model/profile.js";
import { zoneInapplicability } from "./applicability.js";
import { renderMessage } from "./messages.js";

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

/** The targets of a check split by its `zones` rule: the ones in scope, and the others with their zone. */
export interface ZoneSplit<T extends PlannedTarget> {
  readonly inside: readonly T[];
  readonly outside: readonly T[];
}

/**
 * For a system check with a `zones` rule (and no network-model rule that rules it out first),
 * the targets in those zones and the others, computed once per set of zones per evaluation: the
 * others are not applicable for their zone, which is all {@link inapplicability} would say of
 * them, so the loop no longer asks for each one. `undefined` when the check has no such rule.
 */
export function zoneSplit<T extends PlannedTarget>(
  check: AnyCheck,
  entries: readonly T[],
  profile: Profile,
  cache: Map<string, ZoneSplit<T>>,
): ZoneSplit<T> | undefined {
  const rules = check.meta.applicability;
  if (check.meta.target !== "system" || rules?.zones === undefined) return undefined;
  if (rules.networkModels !== undefined && !rules.networkModels.includes(profile.networkModel)) return undefined;
  const key = [...rules.zones].sort().join("\u0000");
  let split = cache.get(key);
  if (split === undefined) {
    const zones = new Set<string>(rules.zones);
    const inside: T[] = [];
    const outside: T[] = [];
    for (const entry of entries) {
      const zone = (entry.subject as TargetSubjects["system"]).zone;
      (zone !== undefined && zones.has(zone) ? inside : outside).push(entry);
    }
    split = { inside, outside };
    cache.set(key, split);
  }
  return split;
}

/** The reason a system outside a check's zones is not applicable, as {@link inapplicability} gives it. */
export function outsideZoneReason(check: AnyCheck, entry: PlannedTarget): MessageData {
  return zoneInapplicability(check.meta.applicability?.zones ?? [], (entry.subject as TargetSubjects["system"]).zone);
}

/**
 * Renders not-applicable messages once per template and reason: a check's not-applicable
 * results differ only by the reason's value (a zone, a class), so thousands share a few texts.
 * The shared texts are frozen, as the shared pass message is.
 */
export function notApplicableRenderer(): (template: LocalizedText, reason: MessageData) => LocalizedText {
  const rendered = new Map<LocalizedText, Map<string, LocalizedText>>();
  return (template, reason) => {
    let byReason = rendered.get(template);
    if (byReason === undefined) {
      byReason = new Map();
      rendered.set(template, byReason);
    }
    const key = JSON.stringify(reason);
    let text = byReason.get(key);
    if (text === undefined) {
      text = Object.freeze(renderMessage(template, reason));
      byReason.set(key, text);
    }
    return text;
  };
}
