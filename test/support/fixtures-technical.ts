/**
 * Builders for the technical-security checks (6(6)): machines, accounts, logging and remote
 * maintenance that meet every fact at the tables' default evaluation date 2026-04-01. Pass
 * overrides for the facts a case is about.
 */
import { description, lgwanSystem } from "./fixtures.js";

type Obj = Record<string, unknown>;

export const goodProtection: Obj = { epp: true, autoUpdate: true };
export const upToDate: Obj = { automatic: true, lastAppliedOn: "2026-03-20", pendingUpdates: 0 };
export const supportedOs: Obj = { name: "Windows 11 Enterprise", version: "24H2", endOfSupport: "2027-10-12" };

/** A terminal group meeting the machine facts. */
export function pcs(overrides: Obj = {}): Obj {
  return {
    id: "pcs",
    name: "職員端末",
    portable: false,
    screenLockMinutes: 5,
    endpointProtection: goodProtection,
    patching: upToDate,
    software: [supportedOs],
    ...overrides,
  };
}

/** A server meeting the machine facts. */
export function server(overrides: Obj = {}): Obj {
  return {
    id: "ap1",
    name: "APサーバ",
    endpointProtection: goodProtection,
    patching: upToDate,
    software: [{ name: "Windows Server 2022", endOfSupport: "2031-10-14" }],
    ...overrides,
  };
}

export const goodAccounts: Obj = {
  uniqueUserIds: true,
  sharedAccounts: 0,
  privilegedSeparate: true,
  privilegedMfa: true,
  deprovisioningDays: 1,
  lastAccessReview: "2026-02-01",
};

export const goodLogging: Obj = {
  authentication: true,
  access: true,
  admin: true,
  retentionDays: 400,
  timeSynchronised: true,
  tamperProtected: true,
};

export const goodMaintenance: Obj = { used: true, line: "closed", perSessionApproval: true, mfa: true, logged: true };

/** A description with one LGWAN system carrying the given facts. */
export function system(facts: Obj): Obj {
  return description([lgwanSystem(facts)]);
}
