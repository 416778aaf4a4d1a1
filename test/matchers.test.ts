import { beforeAll, describe, expect, it } from "vitest";
import { builtinChecks } from "../src/checks/index.js";
import { evaluate } from "../src/builtin.js";
import { parseDescription } from "../src/input/parse-description.js";
import { matchers } from "../src/vitest/index.js";
import { departmentNamed } from "./support/custom-check.js";
import { description, mynumberSystem } from "./support/fixtures.js";

beforeAll(() => {
  expect.extend(matchers);
});

const compliant = description([mynumberSystem()]);
const mediaAllowed = description([
  mynumberSystem({
    terminalGroups: [{ id: "mn-pc", name: "端末", externalMedia: "allowed", authenticationFactors: ["password", "biometric"] }],
  }),
]);
const noDepartment = description([mynumberSystem({ department: undefined })]);
const checks = [...builtinChecks, departmentNamed];

/** The message of the assertion error an expectation throws. */
function failure(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("the expectation did not fail");
}

describe("toComply", () => {
  it("passes a description with no failing result, and fails one with a violation", () => {
    expect(compliant).toComply();
    expect(mediaAllowed).not.toComply();
  });

  it("prints each failing result with its check, path, message and clause", () => {
    const text = failure(() => expect(mediaAllowed).toComply());
    expect(text).toContain("1 result does not comply (profile hitoyoshi-2026-03, evaluated on 2026-04-01)");
    expect(text).toMatch(
      /fail \[critical\] mynumber-terminal-export-blocked at \/systems\/0\/terminalGroups\/0\/externalMedia: .+ \(clause 6\(3\)①\)/,
    );
    expect(text).toMatch(/more results need evidence; set requireEvidence/);
  });

  it("counts needs-evidence results only with requireEvidence", () => {
    expect(compliant).toComply();
    const text = failure(() => expect(compliant).toComply({ requireEvidence: true }));
    expect(text).toMatch(/needs-evidence \[\w+\] /);
    expect(text).not.toMatch(/set requireEvidence/);
  });

  it("ignores results below failOn", () => {
    expect(noDepartment).not.toComply({ checks });
    expect(noDepartment).toComply({ checks, failOn: "medium" });
    expect(mediaAllowed).not.toComply({ failOn: "critical" });
  });

  it("accepts a report, and refuses evaluation options with one", () => {
    const parsed = parseDescription(noDepartment);
    if (!parsed.ok) throw new Error("fixture invalid");
    const report = evaluate(parsed.value, { checks });
    expect(report).not.toComply();
    expect(report).toComply({ failOn: "medium", checks: undefined });
    expect(report).toViolate("acme/department-named");
    expect(() => expect(report).toComply({ evaluationDate: "2026-04-01" })).toThrow(/evaluationDate cannot apply to a report/);
  });

  it("fails for an invalid description under .not too, listing the issues", () => {
    const invalid = { evaluationDate: "2026-04-01", systems: [{ id: "x", zoen: "lgwan" }] };
    for (const assertion of [() => expect(invalid).toComply(), () => expect(invalid).not.toComply()]) {
      const text = failure(assertion);
      expect(text).toMatch(/The description is not valid/);
      expect(text).toContain('/systems/0/zoen: Unknown field "zoen"');
    }
  });

  it("writes the message in Japanese with locale ja", () => {
    expect(failure(() => expect(mediaAllowed).toComply({ locale: "ja" }))).toMatch(
      /^1 件の結果が適合しない（プロファイル hitoyoshi-2026-03、基準日 2026-04-01）/,
    );
  });

  it("reports a missing evaluation date as an error", () => {
    expect(() => expect({ systems: [] }).toComply()).toThrow(/evaluation date/);
  });

  it("works as an asymmetric matcher", () => {
    expect({ spec: compliant, other: 1 }).toEqual({ spec: expect.toComply(), other: 1 });
    expect({ spec: mediaAllowed }).toEqual({ spec: expect.not.toComply() });
  });
});

describe("toViolate", () => {
  it("passes when the check fails, with or without message id and path", () => {
    expect(mediaAllowed).toViolate("mynumber-terminal-export-blocked");
    expect(mediaAllowed).toViolate("mynumber-terminal-export-blocked", {
      messageId: "exportAllowed",
      path: "/systems/0/terminalGroups/0/externalMedia",
    });
    expect(mediaAllowed).not.toViolate("mynumber-terminal-export-blocked", { messageId: "exportUnknown" });
    expect(compliant).not.toViolate("mynumber-terminal-export-blocked");
  });

  it("looks for needs-evidence with outcome", () => {
    const unstated = description([mynumberSystem({ terminalGroups: [{ id: "mn-pc", name: "端末" }] })]);
    expect(unstated).toViolate("mynumber-terminal-export-blocked", { outcome: "needs-evidence", messageId: "exportUnknown" });
    expect(unstated).not.toViolate("mynumber-terminal-export-blocked");
  });

  it("says what the check reported instead", () => {
    const text = failure(() => expect(mediaAllowed).toViolate("mynumber-terminal-export-blocked", { path: "/systems/0" }));
    expect(text).toContain("Expected a fail of mynumber-terminal-export-blocked at /systems/0; mynumber-terminal-export-blocked reported:");
    expect(text).toContain("fail [critical] mynumber-terminal-export-blocked at /systems/0/terminalGroups/0/externalMedia");
  });

  it("fails for an unknown check id under .not too, suggesting close ids", () => {
    for (const assertion of [
      () => expect(mediaAllowed).toViolate("zones/zone-declared"),
      () => expect(mediaAllowed).not.toViolate("zones/zone-declared"),
    ]) {
      expect(failure(assertion)).toBe("No check evaluated has the id zones/zone-declared. Did you mean zone-declared?");
    }
  });

  it("runs custom checks given in the options", () => {
    expect(noDepartment).toViolate("acme/department-named", { checks, messageId: "missing", path: "/systems/0" });
  });
});

describe("toPassCheck", () => {
  it("passes when the check passed a target and reported nothing", () => {
    expect(compliant).toPassCheck("mynumber-terminal-export-blocked");
    expect(mediaAllowed).not.toPassCheck("mynumber-terminal-export-blocked");
    expect(compliant).toPassCheck("acme/department-named", { checks });
  });

  it("does not count a check that only reported not-applicable, or had nothing to evaluate", () => {
    expect(failure(() => expect(compliant).toPassCheck("local-breakout-allow-list"))).toMatch(
      /Expected local-breakout-allow-list to pass, but it (does not apply|had nothing)/,
    );
    expect(failure(() => expect(compliant).toPassCheck("cloud-exit-plan"))).toMatch(/had nothing to evaluate/);
  });

  it("lists what the check reported", () => {
    const text = failure(() => expect(mediaAllowed).toPassCheck("mynumber-terminal-export-blocked"));
    expect(text).toMatch(/^Expected mynumber-terminal-export-blocked to pass, but it reported:\n {2}- fail \[critical\]/);
  });
});
