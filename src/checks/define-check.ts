import type { TargetKind } from "../model/finding.js";
import type { Check, CheckContext, CheckMeta, FindingDraft, TargetSubjects } from "../engine/check-api.js";

export type {
  AnyCheck,
  Applicability,
  ApplicabilityCondition,
  AskedElsewhere,
  Check,
  CheckContext,
  CheckMeta,
  DeclaredApplicability,
  FindingDraft,
  JudgedElsewhere,
  MessageData,
  RelativePath,
  TargetSubjects,
} from "../engine/check-api.js";

/**
 * Defines a check. Message ids are checked by the compiler: `context.fail("x")` only accepts
 * keys of `meta.messages`.
 */
export function defineCheck<K extends TargetKind, M extends string>(check: {
  meta: CheckMeta<K, M>;
  evaluate: (subject: TargetSubjects[K], context: CheckContext<M>) => Iterable<FindingDraft<M>>;
}): Check<K, M> {
  return Object.freeze({ meta: check.meta, evaluate: check.evaluate });
}
