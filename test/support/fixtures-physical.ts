/**
 * Builders for the physical-security checks (6(4)): a system with a site, and terminal groups.
 * Each returns plain data as a user would write it; pass overrides for the facts a case is about.
 */
import { description, lgwanSystem } from "./fixtures.js";

type Obj = Record<string, unknown>;

/** A server room that meets every physical fact. */
export const goodSite: Obj = {
  kind: "server-room",
  accessControl: true,
  entryRecords: true,
  fireProtection: true,
  waterProtection: true,
  earthquakeProtection: true,
  ups: true,
  generator: true,
  redundantLines: true,
};

/** A data asset whose loss would hinder administration (A2). */
export const a2Asset: Obj = { id: "ledger", name: "財務会計データ", confidentiality: "C2", integrity: "I2", availability: "A2" };

/** A description with one LGWAN system on `site` (`undefined`: no physicalSite at all). */
export function onSite(site: Obj | undefined, system: Obj = {}): Obj {
  return description([lgwanSystem({ ...(site === undefined ? {} : { physicalSite: site }), ...system })]);
}

/** A group of laptops that meets the portable-terminal facts. */
export function laptops(overrides: Obj = {}): Obj {
  return { id: "laptops", name: "持ち出し用ノートPC", portable: true, diskEncryption: true, takeOutApproval: true, ...overrides };
}

/** A description with one LGWAN system using the given terminal groups. */
export function withTerminals(...terminalGroups: Obj[]): Obj {
  return description([lgwanSystem({ terminalGroups })]);
}
