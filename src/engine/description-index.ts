import type { CloudService } from "../model/cloud-service.js";
import type { Connection } from "../model/connection.js";
import type { Description } from "../model/description.js";
import type { System } from "../model/system.js";
import type { Vendor } from "../model/vendor.js";
import { buildNetworkGraph, type NetworkGraph } from "./network-graph.js";

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
  /** The whole network as a graph; built on first use, so evaluations whose checks never ask pay nothing. */
  readonly graph: NetworkGraph;
}

/** Builds the lookups of a description in one pass. */
export function indexDescription(description: Description): DescriptionIndex {
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
  return {
    systemsById,
    vendorsById,
    cloudServicesById,
    connectionsBySystem,
    get graph() {
      graph ??= buildNetworkGraph(description);
      return graph;
    },
  };
}
