/**
 * fast-check arbitraries for property tests. `validDescription` builds descriptions that pass
 * `parseDescription`: every field is drawn from the zod model itself (so new optional facts are
 * exercised without touching this file), then ids are made unique and references are pointed at
 * things that exist.
 */
import fc from "fast-check";
import type { z } from "zod";
import { Description } from "../../src/model/description.js";
import { System } from "../../src/model/system.js";

type Json = Record<string, unknown>;

interface Def {
  type: string;
  innerType?: Schema;
  element?: Schema;
  options?: Schema[];
  shape?: Record<string, Schema>;
  entries?: Record<string, string | number>;
  values?: unknown[];
  check?: string;
  format?: string;
  minimum?: number;
  checks?: { _zod: { def: { check: string; format?: string; value?: number; inclusive?: boolean; minimum?: number } } }[];
}
interface Schema {
  _zod: { def: Def };
}

const WORDS = ["税務", "住民記録", "groupware", "mail", "A", "x-1", "Ｂ課", "https", "japan"];

/** Fields that hold references to other entries; the generator leaves them out or fills them later. */
const REFERENCES = new Set(["evidence", "vendorIds", "cloudServiceId", "vendorId", "coveredSystems"]);

const isoDate = fc.integer({ min: Date.UTC(2018, 0, 1), max: Date.UTC(2027, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10));

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const checks = [...(def.checks ?? []).map((c) => c._zod.def), ...(def.check ? [def as { check: string; format?: string }] : [])];
  const integer = checks.some((c) => c.check === "number_format");
  let min = 0;
  let max = 1000;
  let exclusiveMin = false;
  for (const c of checks as { check: string; value?: number; inclusive?: boolean }[]) {
    if (c.check === "greater_than" && c.value !== undefined) {
      min = c.value;
      exclusiveMin = c.inclusive === false;
    }
    if (c.check === "less_than" && c.value !== undefined) max = c.value;
  }
  const low = exclusiveMin ? min + 1 : min;
  if (integer) return fc.integer({ min: low, max: Math.max(low, Math.min(max, low + 1000)) });
  return fc.oneof(
    fc.integer({ min: low, max: Math.max(low, Math.min(max, low + 1000)) }),
    fc.constant(Math.max(low, Math.min(max, 0.5 + low))),
  );
}

/** An arbitrary for the input form of a zod schema (the subset of zod the models use). */
export function arbitraryFor(schema: z.ZodType | Schema, depth = 0): fc.Arbitrary<unknown> {
  const def = (schema as Schema)._zod.def;
  switch (def.type) {
    case "optional":
      return arbitraryFor(def.innerType as Schema, depth);
    case "boolean":
      return fc.boolean();
    case "number":
      return numberArbitrary(def);
    case "string": {
      const checks = (def.checks ?? []).map((c) => c._zod.def);
      if (def.format === "date" || checks.some((c) => c.format === "date")) return isoDate;
      if (checks.some((c) => c.format === "starts_with")) return fc.constant("/systems/0");
      if (checks.some((c) => c.format === "regex")) return fc.constantFrom("a", "b-1", "x.y");
      return fc.constantFrom(...WORDS);
    }
    case "enum":
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case "literal":
      return fc.constantFrom(...(def.values ?? []));
    case "union":
      return fc.oneof(...(def.options ?? []).map((o) => arbitraryFor(o, depth)));
    case "array":
      return fc.array(arbitraryFor(def.element as Schema, depth + 1), { maxLength: depth > 2 ? 1 : 3 });
    case "object": {
      const shape = def.shape ?? {};
      const keys = Object.keys(shape).filter((k) => !REFERENCES.has(k));
      const record = Object.fromEntries(keys.map((k) => [k, arbitraryFor(shape[k] as Schema, depth + 1)]));
      const requiredKeys = keys.filter((k) => (shape[k] as Schema)._zod.def.type !== "optional");
      return fc.record(record, { requiredKeys });
    }
    default:
      // A zod type this generator does not know: leave the field out (records, lazies…).
      return fc.constant(undefined);
  }
}

/** Drops `undefined` values that the generic generator used for unknown types. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, clean(v)]),
  );
}

const shape = (Description as unknown as Schema)._zod.def.shape as Record<string, Schema>;
const element = (key: string): Schema => {
  let s = shape[key] as Schema;
  while (s._zod.def.type === "optional") s = s._zod.def.innerType as Schema;
  return s._zod.def.element as Schema;
};

/** Gives each entry of a list the id `${prefix}${index}` and each nested list its own. */
function withIds(items: unknown, prefix: string): Json[] {
  return ((items as Json[] | undefined) ?? []).map((item, i) => {
    const out: Json = { ...item, id: `${prefix}${i}` };
    for (const [key, nested] of [
      ["dataAssets", "da"],
      ["terminalGroups", "tg"],
      ["servers", "sv"],
    ] as const) {
      if (Array.isArray(out[key])) out[key] = withIds(out[key], `${prefix}${i}-${nested}`);
    }
    return out;
  });
}

/** A valid description: 1–5 systems in random zones with terminal groups, connections between them, vendors and cloud services. */
export const validDescription: fc.Arbitrary<Json> = fc
  .record({
    systems: fc.array(arbitraryFor(System), { minLength: 1, maxLength: 5 }),
    connections: fc.array(arbitraryFor(element("connections")), { maxLength: 6 }),
    vendors: fc.array(arbitraryFor(element("vendors")), { maxLength: 2 }),
    cloudServices: fc.array(arbitraryFor(element("cloudServices")), { maxLength: 2 }),
    socialMediaAccounts: fc.array(arbitraryFor(element("socialMediaAccounts")), { maxLength: 2 }),
    municipality: fc.option(arbitraryFor(shape.municipality as Schema), { nil: undefined }),
    picks: fc.array(fc.nat(), { minLength: 32, maxLength: 32 }),
  })
  .map(({ systems, connections, vendors, cloudServices, socialMediaAccounts, municipality, picks }) => {
    let p = 0;
    const pick = <T>(list: readonly T[]): T => list[(picks[p++ % picks.length] as number) % list.length] as T;
    const cloudList = withIds(cloudServices, "cs");
    const systemIds = systems.map((_, i) => `s${i}`);
    // A contract names systems of this description only.
    const vendorList = withIds(vendors, "v").map((vendor) => {
      const contract = vendor.contract as Json | undefined;
      if (contract?.systems === undefined) return vendor;
      return { ...vendor, contract: { ...contract, systems: [pick(systemIds)] } };
    });
    const systemList = withIds(systems, "s").map((system) => {
      const out = { ...system };
      // A system described elsewhere carries only its name and zone; the generator makes systems described here.
      delete out.describedElsewhere;
      if (vendorList.length > 0 && pick([true, false])) out.vendorIds = [pick(vendorList).id];
      if (cloudList.length > 0 && out.hosting !== undefined && pick([true, false]))
        out.hosting = { ...(out.hosting as Json), cloudServiceId: pick(cloudList).id };
      return out;
    });
    const end = (value: unknown): Json => {
      const ref = value as Json;
      if (!("system" in ref)) return ref;
      const system = pick(systemList);
      const out: Json = { system: system.id };
      const groups = (system.terminalGroups as Json[] | undefined) ?? [];
      const servers = (system.servers as Json[] | undefined) ?? [];
      if ("terminalGroup" in ref && groups.length > 0) out.terminalGroup = pick(groups).id;
      if ("server" in ref && servers.length > 0) out.server = pick(servers).id;
      return out;
    };
    const connectionList = withIds(connections, "c").map((c) => ({ ...c, from: end(c.from), to: end(c.to) }));
    return clean({
      evaluationDate: "2026-04-01",
      systems: systemList,
      connections: connectionList,
      vendors: vendorList,
      cloudServices: cloudList,
      socialMediaAccounts: withIds(socialMediaAccounts, "sm"),
      ...(municipality === undefined ? {} : { municipality }),
    }) as Json;
  });

/** Deterministic Fisher–Yates shuffle driven by the given random numbers. */
export function shuffle<T>(items: readonly T[], random: readonly number[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (random[i % random.length] as number) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The same description with every list (and the lists inside systems) in another order. */
export function reorder(description: Json, random: readonly number[]): Json {
  const lists = ["systems", "connections", "vendors", "cloudServices", "socialMediaAccounts", "evidence", "waivers"];
  const out: Json = { ...description };
  for (const key of lists) if (Array.isArray(out[key])) out[key] = shuffle(out[key] as unknown[], random);
  out.systems = (out.systems as Json[]).map((system, n) => {
    const copy: Json = { ...system };
    for (const key of ["dataAssets", "terminalGroups", "servers", "businessFunctions", "attachedZones"]) {
      if (Array.isArray(copy[key]))
        copy[key] = shuffle(
          copy[key] as unknown[],
          random.map((r) => r + n),
        );
    }
    return copy;
  });
  return out;
}
