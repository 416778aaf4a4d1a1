/** The scaffold `npm run new:check -- <area>/<id>`: its arguments and the files it writes. */
import { describe, expect, it } from "vitest";
import { parseRequest, renderCheckSkeleton, renderTableSkeleton, SKELETON_MESSAGES, TODO } from "../scripts/new-check.js";

describe("new:check arguments", () => {
  it("reads <area>/<id> and an optional target kind", () => {
    expect(parseRequest(["human/records-kept"])).toEqual({ area: "human", id: "records-kept", target: "system" });
    expect(parseRequest(["--target", "municipality", "audit/plan-approved"])).toEqual({
      area: "audit",
      id: "plan-approved",
      target: "municipality",
    });
  });

  it.each([
    [[], "Usage: npm run new:check -- <area>/<id>"],
    [["human"], '"human" is not <area>/<id>'],
    [["humans/x"], '"humans" is not a measure area. Use one of: organisation,'],
    [["human/Records_Kept"], '"Records_Kept" is not a kebab-case id'],
    [["human/x", "--target", "systems"], '--target "systems" is not a target kind. Use one of: description,'],
    [["human/x", "zones/y"], "Usage:"],
  ])("refuses %j, saying what to write", (args, message) => {
    expect(() => parseRequest(args)).toThrow(message);
  });
});

describe("new:check files", () => {
  const request = parseRequest(["zones/no-shared-terminals", "--target", "system"]);

  it("writes a check with typed metadata: id, area, the area's clause, target and both messages", () => {
    const text = renderCheckSkeleton(request);
    expect(text).toContain('id: "no-shared-terminals"');
    expect(text).toContain('area: "zones"');
    expect(text).toContain('clauses: ["6(3)"]');
    expect(text).toContain('target: "system"');
    expect(text).toContain(`${SKELETON_MESSAGES.fail}: {`);
    expect(text).toContain(`${SKELETON_MESSAGES.needsEvidence}: {`);
    expect(text).toContain("export default defineCheck({");
  });

  it("writes a table typed by the check, with a valid, a fail and a needs-evidence case, all placeholders", () => {
    const text = renderTableSkeleton(request, Object.values(SKELETON_MESSAGES));
    expect(text).toContain('import check from "./no-shared-terminals.js";');
    expect(text).toContain("export default defineTable(check, {");
    expect(text).toContain(`expected: [{ messageId: "${SKELETON_MESSAGES.fail}" }]`);
    expect(text).toContain(`expected: [{ messageId: "${SKELETON_MESSAGES.needsEvidence}", outcome: "needs-evidence" }]`);
    // Each case's description is a placeholder that fails validation until replaced.
    expect(text.match(new RegExp(`description: \\{ "${TODO.replace(/[()]/g, "\\$&")}"`, "g"))).toHaveLength(3);
  });

  it("uses an existing check's own message ids for its missing table", () => {
    const text = renderTableSkeleton({ id: "csirt-established" }, ["notEstablished", "contactMissing", "csirtUnknown"]);
    expect(text).toContain('messageId: "notEstablished" }');
    expect(text).toContain('messageId: "contactMissing", outcome: "needs-evidence"');
  });
});
