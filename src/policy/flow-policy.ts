/**
 * The allowed flows between zones and well-known external networks (domain reference §2.5), per
 * network model, as data. Path checks read this table; neither the graph nor the engine branches
 * on a particular zone.
 */
import type { Connection, NodeRef, SanitisationMethod } from "../model/connection.js";
import { EXTERNAL_ENDPOINT_IDS, type ExternalEndpoint } from "../model/endpoint.js";
import type { NetworkModel } from "../model/network-model.js";
import { ZONE_IDS, type Zone } from "../model/zone.js";

/** Where a node of the network sits: one of the three zones or a well-known external network. */
export type FlowPlace = Zone | ExternalEndpoint;
export const FLOW_PLACES: readonly FlowPlace[] = [...ZONE_IDS, ...EXTERNAL_ENDPOINT_IDS];

/**
 * What a single hop between two places needs:
 * - `allowed`: nothing further;
 * - `denied`: never allowed;
 * - `sanitised-only`: the hop applies sanitisation (one of `methods` when given);
 * - `exception-only`: an approved exception restricted by address and port, or a link to a
 *   designated national system (profile.approvedSpecificCommunications);
 * - `via-security-cloud`: the hop passes through the prefectural security cloud;
 * - `allow-listed-breakout`: α' local breakout with destination allow-list, tenant restriction and logging.
 */
export type FlowRuleKind = "allowed" | "denied" | "sanitised-only" | "exception-only" | "via-security-cloud" | "allow-listed-breakout";

export interface FlowRule {
  readonly kind: FlowRuleKind;
  /** For `sanitised-only`: the sanitisation methods that count; any method when absent. */
  readonly methods?: readonly SanitisationMethod[];
}

export type FlowTable = Readonly<Record<FlowPlace, Readonly<Record<FlowPlace, FlowRule>>>>;

const A: FlowRule = { kind: "allowed" };
const D: FlowRule = { kind: "denied" };
const S: FlowRule = { kind: "sanitised-only" };
const E: FlowRule = { kind: "exception-only" };
const C: FlowRule = { kind: "via-security-cloud" };

/** One row, in the column order of FLOW_PLACES. */
function row(...rules: FlowRule[]): Readonly<Record<FlowPlace, FlowRule>> {
  return Object.fromEntries(FLOW_PLACES.map((place, i) => [place, rules[i] ?? D])) as Record<FlowPlace, FlowRule>;
}

// Columns: mynumber, lgwan, internet, public-internet, lgwan-network, security-cloud, government-cloud, national-system, vendor-network.
// Flows between two external networks are outside the municipality and allowed.
const ALPHA: FlowTable = {
  mynumber: row(A, E, D, D, E, D, A, E, E),
  lgwan: row(E, A, S, D, A, D, A, A, E),
  internet: row(D, S, A, C, D, A, D, D, C),
  "public-internet": row(D, D, C, A, A, A, A, A, A),
  "lgwan-network": row(E, A, D, A, A, A, A, A, A),
  "security-cloud": row(D, D, A, A, A, A, A, A, A),
  "government-cloud": row(A, A, D, A, A, A, A, A, A),
  "national-system": row(E, A, D, A, A, A, A, A, A),
  "vendor-network": row(E, E, C, A, A, A, A, A, A),
};

/** A table with some cells replaced. */
function amend(base: FlowTable, changes: readonly [FlowPlace, FlowPlace, FlowRule][]): FlowTable {
  const copy = Object.fromEntries(FLOW_PLACES.map((from) => [from, { ...base[from] }])) as Record<FlowPlace, Record<FlowPlace, FlowRule>>;
  for (const [from, to, rule] of changes) copy[from][to] = rule;
  return copy;
}

/** The allowed-flow table of each network model (guideline). */
export const FLOW_POLICY: Readonly<Record<NetworkModel, FlowTable>> = {
  alpha: ALPHA,
  // α' (令和6年10月): LGWAN terminals may reach approved cloud services directly.
  "alpha-prime": amend(ALPHA, [["lgwan", "public-internet", { kind: "allow-listed-breakout" }]]),
  // β / β': internet-zone terminals reach LGWAN business systems only by screen transfer.
  beta: amend(ALPHA, [["internet", "lgwan", { kind: "sanitised-only", methods: ["screen-transfer"] }]]),
  "beta-prime": amend(ALPHA, [["internet", "lgwan", { kind: "sanitised-only", methods: ["screen-transfer"] }]]),
};

/** The rule for one hop, or `undefined` when a place is unknown (e.g. a system without a zone). */
export function flowRule(model: NetworkModel, from: FlowPlace | undefined, to: FlowPlace | undefined): FlowRule | undefined {
  return from === undefined || to === undefined ? undefined : FLOW_POLICY[model][from][to];
}

/** How a hop measures up to a rule: it complies, a fact needed to tell is missing, or it does not comply. */
export type HopStatus = "ok" | "unknown" | "violates";

/** Whether a connection end is a designated national system (profile.approvedSpecificCommunications). */
export function isDesignatedNationalLink(connection: Connection, approvedServices: readonly string[]): boolean {
  const approved = approvedServices.map((s) => s.toLowerCase());
  const designated = (end: NodeRef) =>
    "external" in end && end.external === "national-system" && end.service !== undefined && approved.includes(end.service.toLowerCase());
  return designated(connection.from) || designated(connection.to);
}

/** Whether the connection applies sanitisation that the rule accepts (`unknown` when `sanitisation` is not stated). */
export function sanitisationStatus(connection: Connection, methods?: readonly SanitisationMethod[]): HopStatus {
  const applied = connection.sanitisation;
  if (applied === undefined) return "unknown";
  return applied.some((m) => methods === undefined || methods.includes(m)) ? "ok" : "violates";
}

/** Whether the connection passes through the security cloud (`unknown` when `via` is not stated). */
export function securityCloudStatus(connection: Connection): HopStatus {
  const ends = [connection.from, connection.to];
  if (ends.some((end) => "external" in end && end.external === "security-cloud")) return "ok";
  if (connection.via === undefined) return "unknown";
  return connection.via.includes("security-cloud") ? "ok" : "violates";
}

/** Whether an α' breakout is allow-listed, tenant-restricted and logged. */
export function breakoutStatus(connection: Connection): HopStatus {
  const facts = [
    connection.destinationAllowList === undefined ? undefined : connection.destinationAllowList.length > 0,
    connection.tenantRestriction,
    connection.logged,
  ];
  if (facts.includes(false)) return "violates";
  return facts.includes(undefined) ? "unknown" : "ok";
}

/** Whether the connection is an approved exception restricted by address and port, or a designated national link. */
export function exceptionStatus(connection: Connection, approvedServices: readonly string[]): HopStatus {
  if (connection.transport === "internet") return "violates";
  if (isDesignatedNationalLink(connection, approvedServices)) return "ok";
  if (connection.approval === undefined) return "violates";
  const { addressRestriction: restriction, ports } = connection;
  if (restriction === undefined || ports === undefined) return "unknown";
  const restricted = restriction.ip === true || restriction.mac === true;
  return restricted && ports.length > 0 && !ports.includes("any") ? "ok" : "violates";
}

/** Judges one hop (one connection, in one direction) against its rule; `unknown` when the rule itself is unknown. */
export function judgeHop(rule: FlowRule | undefined, connection: Connection | undefined, approvedServices: readonly string[]): HopStatus {
  if (rule === undefined) return "unknown";
  // Links inside one system (a system and its own terminal group or server) carry no connection.
  if (connection === undefined) return rule.kind === "allowed" ? "ok" : "unknown";
  switch (rule.kind) {
    case "allowed":
      return "ok";
    case "denied":
      return "violates";
    case "sanitised-only":
      return sanitisationStatus(connection, rule.methods);
    case "exception-only":
      return exceptionStatus(connection, approvedServices);
    case "via-security-cloud":
      return securityCloudStatus(connection);
    case "allow-listed-breakout":
      return breakoutStatus(connection);
  }
}
