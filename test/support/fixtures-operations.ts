/**
 * Builders for the operations checks (6(7)): a municipality whose emergency response plan and
 * ICT-BCP are in order at the tables' default evaluation date 2026-04-01, and systems whose
 * monitoring and restore tests are current. Pass overrides for the facts a case is about.
 */
import { description, lgwanSystem, mynumberSystem } from "./fixtures.js";

type Obj = Record<string, unknown>;

export const ALL_SCENARIOS = ["disaster", "staff-shortage", "infrastructure-outage", "cyber-attack"];

/** A municipality with a current emergency response plan and an ICT-BCP covering `juki`. */
export function opsMunicipality(overrides: Obj = {}): Obj {
  return {
    name: "人吉市",
    incidentResponsePlan: { exists: true, lastReviewed: "2025-10-01", reportingRoutes: true },
    bcp: { exists: true, lastReviewed: "2025-09-01", scenarios: ALL_SCENARIOS, coveredSystems: ["juki"] },
    ...overrides,
  };
}

/** Overrides `incidentResponsePlan` of {@link opsMunicipality}. */
export function withPlan(plan: Obj | undefined): Obj {
  return opsDescription(opsMunicipality({ incidentResponsePlan: plan }));
}

/** Overrides fields of `bcp` of {@link opsMunicipality}; pass `undefined` as the whole bcp to drop it. */
export function withBcp(bcp: Obj | undefined, systems?: Obj[]): Obj {
  return opsDescription(opsMunicipality({ bcp }), systems);
}

/** The My Number system (A2, I2 data) with monitoring and a recent restore test. */
export function criticalSystem(overrides: Obj = {}): Obj {
  return mynumberSystem({
    monitoring: { security: true, availability: true },
    backup: { enabled: true, offsite: true, lastRestoreTest: "2025-08-01" },
    ...overrides,
  });
}

/** An LGWAN system with only A1 / I1 data. */
export function ordinarySystem(overrides: Obj = {}): Obj {
  return lgwanSystem({ monitoring: { security: true, availability: true }, ...overrides });
}

/** A description with the given municipality and systems (the critical system by default). */
export function opsDescription(municipality: Obj, systems: Obj[] = [criticalSystem()]): Obj {
  return description(systems, { municipality });
}

/** A description of one system and no municipality, as a vendor's delivery spec. */
export function systemOnly(system: Obj): Obj {
  return description([system]);
}
