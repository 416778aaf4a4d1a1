/**
 * A seeded generator of realistic municipal inventories for the benchmarks: systems over the
 * three zones with terminals, servers, data assets and the usual facts; connections inside zones,
 * national links, sanitised LGWAN↔internet links, approved exceptions, security-cloud egress; and
 * a few violations (about 2 %), including paths through unzoned relays. The same seed and size
 * always give the same inventory.
 */

type Obj = Record<string, unknown>;
type Zone = "mynumber" | "lgwan" | "internet";

/** mulberry32: small, fast and good enough to vary test data reproducibly. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTIONS: Readonly<Record<Zone, readonly string[]>> = {
  mynumber: ["resident-records", "tax", "national-health-insurance", "child-support", "family-register"],
  lgwan: ["finance", "groupware", "document-management", "mail"],
  internet: ["mail", "website", "web-browsing", "file-sanitisation"],
};
const DEPARTMENTS = ["市民課", "税務課", "保険年金課", "福祉課", "会計課", "総務課", "情報政策課", "秘書広報課", "教育総務課", "水道課"];

const logging = {
  authentication: true,
  access: true,
  admin: true,
  retentionDays: 1825,
  timeSynchronised: true,
  tamperProtected: true,
  reviewed: true,
};
const accounts = {
  uniqueUserIds: true,
  sharedAccounts: 0,
  privilegedSeparate: true,
  privilegedMfa: true,
  deprovisioningDays: 1,
  lastAccessReview: "2026-01-15",
};
const site = {
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
const protection = { epp: true, edr: true, autoUpdate: true };
const patching = { automatic: true, lastAppliedOn: "2026-03-20", pendingUpdates: 0 };
const windows = { name: "Windows 11 Enterprise", version: "24H2", endOfSupport: "2027-10-12" };
const linux = { name: "Red Hat Enterprise Linux", version: "9", endOfSupport: "2032-05-31" };

function system(id: string, zone: Zone, i: number, random: () => number): Obj {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const mynumber = zone === "mynumber";
  const violation = random() < 0.02;
  const terminals: Obj = {
    id: "pc",
    name: `${id} 端末`,
    count: 5 + Math.floor(random() * 40),
    issuedBy: "municipality",
    portable: false,
    // A few My Number terminals that can still write to USB media.
    externalMedia: mynumber && violation ? "allowed" : "blocked",
    authenticationFactors: mynumber ? ["password", "biometric"] : ["password", "ic-card"],
    deviceRegistration: true,
    diskEncryption: true,
    takeOutApproval: true,
    screenLockMinutes: 5,
    internetAccess: zone === "internet" ? "security-cloud" : zone === "lgwan" ? "screen-transfer" : "none",
    endpointProtection: protection,
    patching,
    software: [windows],
    wireless: { used: false },
  };
  return {
    id,
    name: `業務システム ${i}`,
    ownerBody: "市長部局",
    department: pick(DEPARTMENTS),
    owner: "課長",
    administrator: "情報政策課 システム担当",
    zone,
    // Most hosts state their attachments; a rare one bridges two zones.
    attachedZones: violation && zone === "lgwan" ? ["lgwan", "internet"] : [zone],
    businessFunctions: [pick(FUNCTIONS[zone])],
    hosting: { kind: mynumber ? "government-cloud" : "on-premises" },
    vendorIds: ["vendor-1"],
    dataAssets: [
      {
        id: "data",
        name: "業務データ",
        owner: "課長",
        confidentiality: mynumber ? "C3" : "C2",
        integrity: "I2",
        availability: "A2",
        personalInformation: true,
        myNumber: mynumber,
        encryptedInTransit: true,
        encryptedAtRest: true,
        portableMedia: { used: false },
        disposal: { method: "irrecoverable", recorded: true },
        tamperProtection: "access-control",
        processedOutsideOffice: false,
      },
    ],
    terminalGroups: [terminals],
    servers: [{ id: "ap", name: `${id} AP`, role: "application", endpointProtection: protection, patching, software: [linux] }],
    accounts,
    logging,
    monitoring: { security: true, availability: true },
    backup: { enabled: true, offsite: true, lastRestoreTest: "2025-11-05", lastRestoreHours: 6 },
    recoveryTimeHours: 24,
    physicalSite: site,
    remoteMaintenance: { used: false },
    devTest: { separatedFromProduction: true, realDataUsed: false },
  };
}

/** An inventory of `size` systems (about 20 % My Number, 50 % LGWAN, 30 % internet zone). */
export function generateInventory(size: number, seed = 1): Obj {
  const random = rng(seed + size);
  const byZone: Record<Zone, string[]> = { mynumber: [], lgwan: [], internet: [] };
  const systems: Obj[] = [];
  for (let i = 0; i < size; i++) {
    const roll = random();
    const zone: Zone = roll < 0.2 ? "mynumber" : roll < 0.7 ? "lgwan" : "internet";
    const id = `${zone}-${i}`;
    byZone[zone].push(id);
    systems.push(system(id, zone, i, random));
  }
  const some = (zone: Zone): string | undefined => {
    const list = byZone[zone];
    return list.length === 0 ? undefined : list[Math.floor(random() * list.length)];
  };

  const connections: Obj[] = [];
  const add = (from: Obj, to: Obj, facts: Obj) => connections.push({ id: `c${connections.length}`, from, to, ...facts });
  const lan = { direction: "one-way", transport: "lan", ports: [443], addressRestriction: { ip: true } };
  const approval = { reference: "情政第12号", approvedBy: "CISO", approvedOn: "2026-01-10" };
  for (const [i, s] of [...systems].entries()) {
    const id = s.id as string;
    const zone = s.zone as Zone;
    const bad = random() < 0.02;
    // Links inside the zone: a sparse random mesh (cycles included).
    const peer = some(zone);
    if (peer !== undefined && peer !== id) add({ system: id }, { system: peer }, { ...lan, direction: "bidirectional" });
    if (zone === "mynumber") {
      if (random() < 0.4) {
        add(
          { system: id },
          { external: "national-system", service: random() < 0.5 ? "juki-net" : "eltax" },
          { ...lan, direction: "bidirectional", transport: "lgwan" },
        );
      }
      const lgwan = random() < 0.1 ? some("lgwan") : undefined;
      if (lgwan !== undefined)
        add({ system: lgwan }, { system: id }, bad ? lan : { ...lan, approval, addressRestriction: { ip: true, mac: true } });
    } else if (zone === "lgwan") {
      if (random() < 0.5)
        add({ system: id }, { external: "lgwan-network" }, { ...lan, direction: "bidirectional", transport: "lgwan", ports: [25, 443] });
      const internet = random() < 0.3 ? some("internet") : undefined;
      if (internet !== undefined) {
        add(
          { system: internet },
          { system: id },
          { ...lan, ports: [25], sanitisation: bad ? [] : ["mail-text-conversion", "attachment-removal"] },
        );
        add({ system: id, terminalGroup: "pc" }, { system: internet }, { ...lan, sanitisation: ["screen-transfer"] });
      }
    } else {
      add(
        { system: id },
        { external: "public-internet" },
        { ...lan, direction: "bidirectional", transport: "internet", via: bad ? [] : ["security-cloud"] },
      );
    }
    // Every 500th system: an unzoned relay that makes a two-hop path between zones.
    if (i % 500 === 250) {
      const relay = `relay-${i}`;
      systems.push({ id: relay, name: "中継装置", ownerBody: "市長部局" });
      const lgwan = some("lgwan");
      if (zone === "internet" && lgwan !== undefined) {
        add({ system: id }, { system: relay }, { ...lan, sanitisation: [] });
        add({ system: relay }, { system: lgwan }, { ...lan, sanitisation: [] });
      }
    }
  }

  return {
    title: `ベンチマーク用台帳（${size} システム）`,
    evaluationDate: "2026-04-01",
    municipality: {
      name: "人吉市",
      prefecture: "熊本県",
      roles: [
        { role: "ciso", person: "副市長" },
        { role: "chief-security-manager", person: "総務部長" },
        { role: "security-manager", person: "各部長" },
        { role: "security-administrator", person: "各課長" },
        { role: "system-administrator", person: "情報政策係長" },
        { role: "csirt-lead", person: "情報政策課長" },
      ],
      csirt: { established: true, contact: "csirt@example.jp" },
      training: { lastDate: "2025-11-20", completionRate: 100, staffCategories: ["regular", "part-time", "fiscal-year"] },
      audits: [{ date: "2025-09-30", kind: "external", openFindings: 0 }],
      selfInspections: [{ date: "2026-02-15", openFindings: 0 }],
    },
    systems,
    connections,
    vendors: [{ id: "vendor-1", name: "熊本システムズ", selectedWithSecurityCriteria: true, lastVerified: "2025-12-01" }],
  };
}
