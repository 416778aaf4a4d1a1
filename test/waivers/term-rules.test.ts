/**
 * exceptions-valid judges an exception's term without the list of checks, by the ids of the
 * built-in policy-level My Number controls; the engine decides the same by the checks' metadata.
 * The two must name the same checks, or an exception the engine does not apply would go unexplained.
 */
import { describe, expect, it } from "vitest";
import { builtinChecks } from "../../src/checks/index.js";
import { isMyNumberPolicyControl, MY_NUMBER_POLICY_CONTROL_IDS } from "../../src/input/waiver-rules.js";

describe("the policy-level My Number controls", () => {
  it("listed for exceptions-valid are exactly the built-in checks the engine treats so", () => {
    const fromMeta = builtinChecks.filter((check) => isMyNumberPolicyControl(check.meta)).map((check) => String(check.meta.id));
    expect([...MY_NUMBER_POLICY_CONTROL_IDS].sort()).toEqual(fromMeta.sort());
    expect(fromMeta.length).toBeGreaterThan(5);
  });
});
