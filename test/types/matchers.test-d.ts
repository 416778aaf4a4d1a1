import { describe, expect, expectTypeOf, it } from "vitest";
import { matchers } from "../../src/vitest/index.js";

describe("matcher types", () => {
  it("are on expect() once the ./vitest entry is imported", () => {
    expect.extend(matchers);
    expect({}).toComply({ failOn: "high", requireEvidence: true, evaluationDate: "2026-04-01" });
    expect({}).not.toViolate("acme/x", { messageId: "m", path: "/systems/0", outcome: "needs-evidence" });
    expect({}).toPassCheck("zone-declared", { evaluationDate: "2026-04-01" });
    expect({ a: {} }).toEqual({ a: expect.toComply() });
    // @ts-expect-error: failOn takes a severity
    expect({}).toComply({ failOn: "urgent" });
    // @ts-expect-error: the check id is required
    expect({}).toViolate();
    expectTypeOf(matchers.toComply).thisParameter.toEqualTypeOf<{ readonly isNot: boolean }>();
  });
});
