/**
 * Builders for the classification and handling checks (6(2)). `asset()` is a C2 / I1 / A1 asset
 * whose handling facts meet every rule; override the facts a case is about.
 */
import { description, lgwanSystem } from "./fixtures.js";

type Obj = Record<string, unknown>;

/** A classified, owned C2 asset with compliant handling. */
export function asset(overrides: Obj = {}): Obj {
  return {
    id: "applications",
    name: "申請書データ",
    owner: "市民課長",
    confidentiality: "C2",
    integrity: "I1",
    availability: "A1",
    personalInformation: true,
    myNumber: false,
    encryptedInTransit: true,
    portableMedia: { used: false },
    disposal: { method: "irrecoverable", recorded: true },
    tamperProtection: "access-control",
    processedOutsideOffice: false,
    ...overrides,
  };
}

/** An LGWAN system holding the given assets, with municipal terminals and backups. */
export function assetSystem(assets: Obj[] | undefined, overrides: Obj = {}): Obj {
  return lgwanSystem({
    id: "applications",
    name: "申請管理システム",
    dataAssets: assets,
    terminalGroups: [{ id: "staff-pc", name: "職員端末", issuedBy: "municipality" }],
    backup: { enabled: true, offsite: true, lastRestoreTest: "2026-01-15", lastRestoreHours: 6 },
    recoveryTimeHours: 24,
    ...overrides,
  });
}

/** A description with one system holding the given assets. */
export function assetDescription(assets: Obj[] | undefined, systemOverrides: Obj = {}): Obj {
  return description([assetSystem(assets, systemOverrides)]);
}
