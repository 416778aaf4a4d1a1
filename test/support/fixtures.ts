/**
 * Small builders for test descriptions. Each returns plain data as a user would write it; pass
 * overrides for the facts a case is about.
 */

type Obj = Record<string, unknown>;

/** A My Number zone system with compliant terminals. */
export function mynumberSystem(overrides: Obj = {}): Obj {
  return {
    id: "juki",
    name: "住民記録システム",
    ownerBody: "市長部局",
    department: "市民課",
    zone: "mynumber",
    businessFunctions: ["resident-records"],
    dataAssets: [
      {
        id: "residents",
        name: "住民票データ",
        confidentiality: "C3",
        integrity: "I2",
        availability: "A2",
        personalInformation: true,
        myNumber: true,
      },
    ],
    terminalGroups: [
      {
        id: "mn-pc",
        name: "マイナンバー系端末",
        externalMedia: "blocked",
        authenticationFactors: ["password", "biometric"],
        internetAccess: "none",
      },
    ],
    ...overrides,
  };
}

/** An LGWAN zone system. */
export function lgwanSystem(overrides: Obj = {}): Obj {
  return {
    id: "groupware",
    name: "グループウェア",
    ownerBody: "市長部局",
    department: "情報政策課",
    zone: "lgwan",
    businessFunctions: ["groupware"],
    dataAssets: [
      { id: "schedules", name: "予定表", confidentiality: "C2", integrity: "I1", availability: "A1", personalInformation: false },
    ],
    ...overrides,
  };
}

/** An internet zone system. */
export function internetSystem(overrides: Obj = {}): Obj {
  return {
    id: "web-mail",
    name: "インターネットメール",
    ownerBody: "市長部局",
    department: "情報政策課",
    zone: "internet",
    businessFunctions: ["mail"],
    dataAssets: [
      {
        id: "mail",
        name: "メール",
        confidentiality: "C2",
        integrity: "I1",
        availability: "A1",
        personalInformation: true,
        myNumber: false,
      },
    ],
    ...overrides,
  };
}

/** A description with the given systems and connections. */
/** A municipality whose organisation lists who may approve exceptions (the head and the CISO), for descriptions with approvals. */
export const APPROVING_MUNICIPALITY = {
  name: "人吉市",
  roles: [
    { role: "head", person: "市長" },
    { role: "ciso", person: "副市長" },
  ],
} as const;

export function description(systems: Obj[], extra: Obj = {}): Obj {
  return { evaluationDate: "2026-04-01", systems, ...extra };
}

/** A connection end written as `system-id` or `external:<endpoint>`. */
export function end(name: string): { system: string } | { external: string } {
  return name.startsWith("external:") ? { external: name.slice("external:".length) } : { system: name };
}

/** A one-way connection between two ends written as for {@link end}; `extra` adds or overrides facts. */
export function link(id: string, from: string, to: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, from: end(from), to: end(to), direction: "one-way", ...extra };
}

/**
 * Seventieth review: a town's My Number terminals written once, with `juki`, and used over a connection by a Government
 * Cloud system that lists none of its own (`gc-zei`): the terminals are judged with `juki`, not asked of `gc-zei`.
 */
export function sharedMyNumberTerminals(): Obj {
  return description(
    [
      mynumberSystem({
        terminalGroups: [
          {
            id: "mn-pc",
            name: "マイナンバー系端末",
            externalMedia: "blocked",
            authenticationFactors: ["password", "biometric"],
            internetAccess: "none",
            deviceRegistration: true,
          },
        ],
      }),
      mynumberSystem({
        id: "gc-zei",
        name: "税務システム（ガバメントクラウド）",
        hosting: { kind: "government-cloud" },
        terminalGroups: undefined,
      }),
    ],
    {
      connections: [
        {
          id: "to-gc-zei",
          from: { system: "juki", terminalGroup: "mn-pc" },
          to: { system: "gc-zei" },
          direction: "one-way",
          transport: "closed-line",
        },
      ],
    },
  );
}
