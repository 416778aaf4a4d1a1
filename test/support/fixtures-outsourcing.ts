/**
 * Builders for the outsourcing and external-service checks (6(8)): a vendor, a cloud service and
 * a social media account that meet every rule of the default profile at 2026-04-01. Pass overrides
 * for the facts a case is about.
 */
import { hitoyoshiProfile } from "../../src/profiles/hitoyoshi.js";
import { description, internetSystem, lgwanSystem } from "./fixtures.js";

type Obj = Record<string, unknown>;

/** A contract stating every clause the default profile requires. */
export function contract(overrides: Obj = {}): Obj {
  return { reference: "R7-情政-012", signedOn: "2025-04-01", securityClauses: [...hitoyoshiProfile.requiredContractClauses], ...overrides };
}

/** A vendor selected on security criteria, under a full contract, verified last autumn. */
export function vendor(overrides: Obj = {}): Obj {
  return {
    id: "acme",
    name: "株式会社アクメ情報",
    services: "グループウェアの運用保守",
    selectedWithSecurityCriteria: true,
    contract: contract(),
    subcontractors: [],
    lastVerified: "2025-10-15",
    ...overrides,
  };
}

/** A description with the given vendors and one LGWAN system maintained by `acme`. */
export function withVendors(vendors: Obj[], systems: Obj[] = [lgwanSystem({ vendorIds: ["acme"] })]): Obj {
  return description(systems, { vendors });
}

/** A negotiated, ISMAP-registered C2 service in Japan under Japanese law. */
export function cloudService(overrides: Obj = {}): Obj {
  return {
    id: "web-form",
    name: "電子申請フォーム",
    provider: "クラウド株式会社",
    terms: "negotiated",
    registeredInInventory: true,
    highestConfidentiality: "C2",
    ismap: true,
    dataLocations: ["japan"],
    governingLaw: "japan",
    adminMfa: true,
    exitPlan: true,
    ...overrides,
  };
}

/** A description with the given cloud services. */
export function withCloud(...services: Obj[]): Obj {
  return description([lgwanSystem()], { cloudServices: services });
}

/**
 * A service with a system hosted on it (`hosting.cloudServiceId`) that holds one asset of the given
 * confidentiality: what the service receives, whatever its own row says.
 */
export function withHostedAsset(service: Obj, confidentiality: string): Obj {
  const system = internetSystem({
    id: "ai-use",
    name: "生成AIの利用",
    hosting: { kind: "cloud-service", cloudServiceId: service.id },
    dataAssets: [
      {
        id: "consult-summary",
        name: "福祉相談記録の要約",
        confidentiality,
        integrity: "I1",
        availability: "A1",
        personalInformation: true,
        myNumber: false,
      },
    ],
  });
  return description([system], { cloudServices: [service] });
}

/** An official account with procedure, publishing rules, a responsible person and protection. */
export function socialAccount(overrides: Obj = {}): Obj {
  return {
    id: "x-official",
    service: "X",
    account: "@hitoyoshi_city",
    operatingProcedure: "ソーシャルメディア運用手順（令和7年4月）",
    publishableContent: "ソーシャルメディア発信基準",
    responsiblePerson: "秘書広報課長",
    mfa: true,
    takeoverProtection: true,
    ...overrides,
  };
}

/** A description with the given social media accounts. */
export function withSocial(...accounts: Obj[]): Obj {
  return description([lgwanSystem()], { socialMediaAccounts: accounts });
}
