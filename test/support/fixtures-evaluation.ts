/**
 * Builders for the evaluation, audit and review checks (6(9), 7, 8): a municipality whose audit,
 * self-inspection and policy review are current at 2026-04-01 and whose findings are closed.
 * Pass overrides for the facts a case is about.
 */
import { description, lgwanSystem } from "./fixtures.js";

type Obj = Record<string, unknown>;

/** An audit or self-inspection on `date`; `extra` adds openFindings, policyReviewNeeded… */
export function activity(date: string, kind: string, extra: Obj = {}): Obj {
  return { date, kind, ...extra };
}

/** A municipality with a closed external audit, a closed self-inspection and a later policy review. */
export function evalMunicipality(overrides: Obj = {}): Obj {
  return {
    name: "人吉市",
    audits: [activity("2025-11-01", "external", { openFindings: 0, policyReviewNeeded: true })],
    selfInspections: [activity("2025-07-01", "internal", { openFindings: 0 })],
    policyReview: { lastReviewed: "2026-01-15", riskAnalysis: true },
    ...overrides,
  };
}

/** A description with one system and the given municipality facts (merged into {@link evalMunicipality}). */
export function withEval(overrides: Obj = {}): Obj {
  return description([lgwanSystem()], { municipality: evalMunicipality(overrides) });
}
