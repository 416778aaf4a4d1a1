/**
 * A peer side by side (issue 18, target 8): one zone rule — "no link into a My Number system from
 * outside its zone, unless it goes to a national system or is an approved exception restricted by
 * address" — written in Cedar (its WASM build from
 * npm, a devDependency used by the benchmark only) and timed against this library's
 * `mynumber-connections-restricted` check on the same inventory.
 *
 * Cedar answers one request at a time, so every direction of every connection is one request
 * (principal = source node, resource = destination node, the zones in the context). The path
 * rule (`mynumber-path-from-internet`, two hops or more) cannot be written this way: Cedar's
 * `in` follows the entity hierarchy, which must be acyclic, and real networks have cycles (Cedar
 * refuses them: "input graph has a cycle").
 */
import * as cedar from "@cedar-policy/cedar-wasm/nodejs";
import { builtinChecks } from "../src/checks/index.js";
import { evaluate } from "../src/builtin.js";
import type { Description } from "../src/model/description.js";

export const CEDAR_POLICY = `permit (principal, action, resource);
forbid (principal, action == Action::"connect", resource)
when {
  context.toZone == "mynumber" &&
  context.fromZone != "mynumber" &&
  context.fromExternal != "national-system" &&
  !(context.approved && context.addressRestricted)
};`;

const POLICY_SET_ID = "secpolicy-bench-zones";
let prepared = false;

function prepare(): void {
  if (prepared) return;
  const answer = cedar.preparsePolicySet(POLICY_SET_ID, { staticPolicies: CEDAR_POLICY });
  if (answer.type !== "success") throw new Error(`Cedar refused the policy: ${JSON.stringify(answer.errors)}`);
  prepared = true;
}

type End = { system?: string; external?: string };

/** Cedar's answer for every direction of every connection: how many requests it denied. */
export function cedarDenials(description: Description): { requests: number; denied: number } {
  prepare();
  const zoneOf = new Map<string, string>();
  for (const system of description.systems ?? []) zoneOf.set(system.id, system.zone ?? "");
  const node = (end: End) => ({ type: "Node", id: end.system ?? `external:${end.external ?? ""}` });
  let requests = 0;
  let denied = 0;
  const ask = (from: End, to: End, approved: boolean, addressRestricted: boolean) => {
    requests++;
    const answer = cedar.statefulIsAuthorized({
      principal: node(from),
      action: { type: "Action", id: "connect" },
      resource: node(to),
      context: {
        fromZone: from.system === undefined ? "" : (zoneOf.get(from.system) ?? ""),
        fromExternal: from.external ?? "",
        toZone: to.system === undefined ? "" : (zoneOf.get(to.system) ?? ""),
        approved,
        addressRestricted,
      },
      preparsedPolicySetId: POLICY_SET_ID,
      entities: [],
    });
    if (answer.type !== "success") throw new Error(`Cedar failed: ${JSON.stringify(answer.errors)}`);
    if (answer.response.decision === "deny") denied++;
  };
  for (const connection of description.connections ?? []) {
    const from = connection.from as End;
    const to = connection.to as End;
    const approved = connection.approval !== undefined;
    const restricted = connection.addressRestriction?.ip === true && connection.addressRestriction.mac === true;
    ask(from, to, approved, restricted);
    if (connection.direction !== "one-way") ask(to, from, approved, restricted);
  }
  return { requests, denied };
}

const CHECK_ID = "mynumber-connections-restricted";
const check = builtinChecks.find((c) => c.meta.id === CHECK_ID);

/** This library's check for the same rule, alone, problems only: how many connections fail it. */
export function libraryFailures(description: Description): number {
  if (check === undefined) throw new Error(`No built-in check ${CHECK_ID}`);
  return evaluate(description, { checks: [check], results: "problems", evaluationDate: "2026-04-01" }).summary.byOutcome.fail;
}

export const PEER_CHECK_ID = CHECK_ID;
export const CEDAR_VERSION = (): string => cedar.getCedarVersion();
