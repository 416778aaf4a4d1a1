/** Small pure helpers shared by checks. */
import type { DescriptionIndex } from "../engine/description-index.js";
import type { AuthFactor } from "../model/terminal-group.js";
import type { NodeRef } from "../model/connection.js";
import type { System } from "../model/system.js";
import type { Zone } from "../model/zone.js";
import { BUSINESS_FUNCTIONS } from "../model/business-function.js";

/** The zone a connection end lives in: the terminal group's or server's zone, else the system's; `undefined` for external ends and unknown zones. */
export function zoneOfRef(ref: NodeRef, index: DescriptionIndex): Zone | undefined {
  if (!("system" in ref)) return undefined;
  const system = index.systemsById.get(ref.system)?.system;
  if (system === undefined) return undefined;
  if (ref.terminalGroup !== undefined) {
    const group = system.terminalGroups?.find((g) => g.id === ref.terminalGroup);
    if (group?.zone !== undefined) return group.zone;
  }
  if (ref.server !== undefined) {
    const server = system.servers?.find((s) => s.id === ref.server);
    if (server?.zone !== undefined) return server.zone;
  }
  return system.zone;
}

/** A readable name for a connection end: the system id, or `external:<endpoint>`. */
export function refLabel(ref: NodeRef): string {
  if ("system" in ref) {
    const sub = ref.terminalGroup ?? ref.server;
    return sub === undefined ? ref.system : `${ref.system}/${sub}`;
  }
  return ref.service === undefined ? `external:${ref.external}` : `external:${ref.external}(${ref.service})`;
}

const FACTOR_KIND: Readonly<Record<AuthFactor, "knowledge" | "possession" | "inherence">> = {
  password: "knowledge",
  pin: "knowledge",
  biometric: "inherence",
  "ic-card": "possession",
  otp: "possession",
  certificate: "possession",
};

/** Whether the factors are of at least two different kinds (knowledge, possession, inherence). */
export function isMultiFactor(factors: readonly AuthFactor[]): boolean {
  return new Set(factors.map((factor) => FACTOR_KIND[factor])).size >= 2;
}

/** Whether the system serves 個人番号利用事務 or 戸籍事務 (definition 2(9)). */
export function servesMyNumberAffairs(system: System): boolean {
  return (system.businessFunctions ?? []).some((fn) => BUSINESS_FUNCTIONS[fn].myNumberAffairs);
}

/** Whether a port list is open to everything. */
export function hasAnyPort(ports: readonly (number | "any")[] | undefined): boolean {
  return ports?.includes("any") ?? false;
}
