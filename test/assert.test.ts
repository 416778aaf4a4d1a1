import { describe, expect, it } from "vitest";
import { builtinChecks } from "../src/checks/index.js";
import { assertCompliant, checkCompliance, ComplianceError, formatFindings } from "../src/index.js";
import { SecpolicyError } from "../src/input/errors.js";
import { departmentNamed } from "./support/custom-check.js";
import { description, mynumberSystem } from "./support/fixtures.js";

const compliant = description([mynumberSystem()]);
const mediaAllowed = description([
  mynumberSystem({
    terminalGroups: [{ id: "mn-pc", name: "端末", externalMedia: "allowed", authenticationFactors: ["password", "biometric"] }],
  }),
]);

function thrown(run: () => void): ComplianceError {
  try {
    run();
  } catch (error) {
    if (error instanceof ComplianceError) return error;
    throw error;
  }
  throw new Error("assertCompliant did not throw");
}

describe("assertCompliant", () => {
  it("returns quietly for a compliant description", () => {
    expect(() => assertCompliant(compliant)).not.toThrow();
  });

  it("throws a ComplianceError with the failing findings attached and listed in the message", () => {
    const error = thrown(() => assertCompliant(mediaAllowed));
    expect(error).toBeInstanceOf(SecpolicyError);
    expect(error.name).toBe("ComplianceError");
    expect(error.code).toBe("not-compliant");
    expect(error.findings.map((f) => [f.checkId, f.path])).toEqual([
      ["mynumber-terminal-export-blocked", "/systems/0/terminalGroups/0/externalMedia"],
    ]);
    expect(error.report?.results.length).toBeGreaterThan(1);
    expect(error.message).toContain("fail [critical] mynumber-terminal-export-blocked at /systems/0/terminalGroups/0/externalMedia");
    expect(error.localized.ja).toBe("1 件の結果が適合しない");
  });

  it("throws for an invalid description, with the issues attached", () => {
    const error = thrown(() => assertCompliant({ evaluationDate: "2026-04-01", systems: [{ id: "a", name: "A", zone: "lgwn" }] }));
    expect(error.code).toBe("invalid-description");
    expect(error.findings).toEqual([]);
    expect(error.issues.map((i) => i.pointer)).toContain("/systems/0/zone");
    expect(error.message).toBe(
      'The description is not valid (1 issue):\n  - /systems/0/zone: "zone" cannot be "lgwn" (Did you mean "lgwan"? (allowed: mynumber, lgwan, internet))',
    );
  });

  it("counts needs-evidence with requireEvidence and respects failOn", () => {
    expect(() => assertCompliant(compliant, { requireEvidence: true })).toThrow(ComplianceError);
    expect(() => assertCompliant(compliant, { requireEvidence: true, failOn: "critical" })).not.toThrow();
  });
});

describe("checkCompliance", () => {
  it("names the checks evaluated, built-in and custom", () => {
    const result = checkCompliance(compliant, { checks: [...builtinChecks, departmentNamed] });
    expect(result.ok).toBe(true);
    expect(result.checkIds).toContain("acme/department-named");
    expect(result.checkIds).toHaveLength(builtinChecks.length + 1);
  });
});

describe("formatFindings", () => {
  it("cuts long lists after twenty entries", () => {
    const result = checkCompliance(compliant, { requireEvidence: true });
    expect(result.failing.length).toBeGreaterThan(20);
    const lines = formatFindings(result.failing).split("\n");
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe(`  … and ${result.failing.length - 20} more`);
  });
});
