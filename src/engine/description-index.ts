import type { CloudService } from "../model/cloud-service.js";
import type { Connection } from "../model/connection.js";
import type { Description } from "../model/description.js";
import type { System } from "../model/system.js";
import type { Vendor } from "../model/vendor.js";
import type { Hop } from "../policy/flow-policy.js";
import { buildNetworkGraph, connectionHops, type NetworkGraph, type SystemLookup } from "./network-graph.js";

/** A system with its position in `systems`. */
export interface IndexedSystem {
  readonly system: System;
  readonly index: number;
}

/** Lookups over a description, built once per evaluation. */
export interface DescriptionIndex {
  readonly systemsById: ReadonlyMap<string, IndexedSystem>;
  readonly vendorsById: ReadonlyMap<string, Vendor>;
  readonly cloudServicesById: ReadonlyMap<string, CloudService>;
  /** Connections that touch each system (either end), in description order. */
  readonly connectionsBySystem: ReadonlyMap<string, readonly { connection: Connection; index: number }[]>;
  /**
   * Systems of bodies outside the policy's scope (4(1)), by id: their ends of a connection are that
   * body's network, not a zone of the municipality. The evaluation gives them (engine/applicability.ts); empty otherwise.
   */
  readonly otherBodySystems: ReadonlySet<string>;
  /** The whole network as a graph; built on first use, so evaluations whose checks never ask pay nothing. */
  readonly graph: NetworkGraph;
}

/** Builds the lookups of a description in one pass. */
export function indexDescription(description: Description, otherBodySystems: ReadonlySet<string> = new Set()): DescriptionIndex {
  const systemsById = new Map<string, IndexedSystem>();
  description.systems.forEach((system, index) => {
    if (!systemsById.has(system.id)) systemsById.set(system.id, { system, index });
  });
  const vendorsById = new Map((description.vendors ?? []).map((vendor) => [vendor.id, vendor]));
  const cloudServicesById = new Map((description.cloudServices ?? []).map((service) => [service.id, service]));
  const connectionsBySystem = new Map<string, { connection: Connection; index: number }[]>();
  (description.connections ?? []).forEach((connection, index) => {
    for (const end of [connection.from, connection.to]) {
      if ("system" in end) {
        const list = connectionsBySystem.get(end.system) ?? [];
        if (list.at(-1)?.connection !== connection) list.push({ connection, index });
        connectionsBySystem.set(end.system, list);
      }
    }
  });
  let graph: NetworkGraph | undefined;
  const index: DescriptionIndex & { [HOPS]?: HopsCache } = {
    systemsById,
    otherBodySystems,
    vendorsById,
    cloudServicesById,
    connectionsBySystem,
    get graph() {
      graph ??= buildNetworkGraph(description, (connection) => connectionHopsOf(index, connection));
      return graph;
    },
  };
  return index;
}

/**
 * The hops of each connection, built once per index: the network graph and every link check ask
 * for them (a link check's applicability, then its findings), which made building them the
 * hottest line of an evaluation. An index is made once per evaluation and never changes, so the
 * hops cannot go stale.
 */
interface HopsCache {
  readonly systemOf: SystemLookup;
  readonly otherBody: ((id: string) => boolean) | undefined;
  readonly hops: Map<Connection, readonly Hop[]>;
}

/**
 * Where an index keeps its hops: on the index itself (a property read, where a weak map's lookup cost as much as
 * the rest of a link check's applicability), under a key no check can name.
 */
const HOPS: unique symbol = Symbol("hops");

/** The hops of a connection of the indexed description, as {@link connectionHops} gives them (shared: do not change them). */
export function connectionHopsOf(index: DescriptionIndex, connection: Connection): readonly Hop[] {
  const holder = index as DescriptionIndex & { [HOPS]?: HopsCache };
  let cache = holder[HOPS];
  if (cache === undefined) {
    const others = index.otherBodySystems;
    cache = {
      systemOf: (id) => index.systemsById.get(id)?.system,
      otherBody: others.size === 0 ? undefined : (id) => others.has(id),
      hops: new Map(),
    };
    holder[HOPS] = cache;
  }
  let hops = cache.hops.get(connection);
  if (hops === undefined) {
    hops = connectionHops(connection, cache.systemOf, cache.otherBody);
    cache.hops.set(connection, hops);
  }
  return hops;
}
