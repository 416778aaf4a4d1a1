/**
 * What a profile changes in an evaluation: the network model, the classification thresholds, the
 * guideline baseline and per-check overrides, each shown through `evaluate`.
 */
import { describe, expect, it } from "vitest";
import { type AnyCheck, defineCheck } from "../../src/checks/define-check.js";
import { evaluate } from "../../src/builtin.js";
import { parseDescription } from "../../src/input/parse-description.js";
import type { Report } from "../../src/model/report.js";
import { resolveProfile } from "../../src/profiles/resolve.js";
import { description, internetSystem, lgwanSystem, mynumberSystem } from "../support/fixtures.js";

function run(input: Record<string, unknown>, profile: Record<string, unknown> = {}, checks?: readonly AnyCheck[]): Report {
  const parsed = parseDescription(input);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.pointer}: ${i.message.en}`).join("\n"));
  const resolved = resolveProfile({ extends: "hitoyoshi-2026-03", id: "test", version: "1", ...profile });
  return evaluate(parsed.value, { profile: resolved, ...(checks === undefined ? {} : { checks }) });
}

/** "outcome messageId path" of one check's results. */
const outcomes = (report: Report, checkId: string) =>
  report.results.filter((r) => r.checkId === checkId).map((r) => `${r.outcome} ${r.messageId} ${r.path}`);

describe("network model", () => {
  // Staff terminals in the internet zone (the β layout), with EPP only, reaching the LGWAN
  // groupware through file sanitisation instead of screen transfer.
  const betaLayout = description(
    [
      internetSystem({ terminalGroups: [{ id: "staff-pc", name: "業務端末", endpointProtection: { epp: true, edr: false } }] }),
      lgwanSystem(),
    ],
    {
      connections: [
        {
          id: "to-groupware",
          from: { system: "web-mail", terminalGroup: "staff-pc" },
          to: { system: "groupware" },
          sanitisation: ["file-sanitisation"],
        },
      ],
    },
  );

  it("β requires EDR on internet-zone terminals; α does not judge it", () => {
    expect(outcomes(run(betaLayout), "beta-terminal-edr")).toEqual([
      "not-applicable not-applicable /systems/0",
      "not-applicable not-applicable /systems/1",
    ]);
    expect(outcomes(run(betaLayout, { networkModel: "beta" }), "beta-terminal-edr")).toEqual([
      "fail edrMissing /systems/0/terminalGroups/0/endpointProtection/edr",
      "not-applicable not-applicable /systems/1",
    ]);
  });

  it("β requires screen transfer from internet-zone terminals to LGWAN systems", () => {
    expect(outcomes(run(betaLayout), "lgwan-internet-sanitised")).toEqual(["pass pass /connections/0"]);
    expect(outcomes(run(betaLayout, { networkModel: "beta" }), "lgwan-internet-sanitised")).toEqual([
      "fail screenTransferRequired /connections/0/sanitisation",
    ]);
  });

  it("β asks for its organisational preconditions; α does not", () => {
    const town = { ...betaLayout, municipality: { name: "人吉市", csirt: { established: false } } };
    expect(outcomes(run(town), "beta-preconditions")).toEqual(["not-applicable not-applicable /municipality"]);
    expect(outcomes(run(town, { networkModel: "beta-prime" }), "beta-preconditions")).toContain(
      "fail csirtMissing /municipality/csirt/established",
    );
  });

  it("α' allows an allow-listed local breakout that α forbids", () => {
    const breakout = description([lgwanSystem({ terminalGroups: [{ id: "staff-pc", name: "業務端末" }] })], {
      connections: [
        {
          id: "m365",
          from: { system: "groupware", terminalGroup: "staff-pc" },
          to: { external: "public-internet" },
          direction: "one-way",
          destinationAllowList: ["*.office.com"],
          tenantRestriction: true,
          logged: true,
        },
      ],
    });
    expect(outcomes(run(breakout), "lgwan-no-direct-internet")).toEqual(["fail denied /connections/0"]);
    expect(outcomes(run(breakout, { networkModel: "alpha-prime" }), "lgwan-no-direct-internet")).toEqual(["pass pass /connections/0"]);
  });
});

describe("classification scheme and thresholds", () => {
  // A custom check that applies from the profile's `handling.protectFrom` threshold.
  const protectedData = defineCheck({
    meta: {
      id: "acme/protected-data",
      area: "classification",
      title: { ja: "保護対象の情報資産を扱うこと", en: "Protected data must be handled" },
      clauses: ["6(2)"],
      threats: ["T1"],
      basis: "guideline",
      severity: "low",
      target: "system",
      applicability: { confidentialityFrom: "protectFrom" },
      messages: { unprotected: { ja: "保護されていない", en: "Not protected" } },
      remediation: { ja: "-", en: "-" },
    },
    *evaluate() {},
  });
  const withClass = (id: string, confidentiality: string) =>
    lgwanSystem({ id, dataAssets: [{ id: "a", name: "資産", confidentiality, integrity: "I1", availability: "A1" }] });
  const systems = description([
    withClass("legacy-c2", "C2"),
    withClass("r6-2", "2"),
    withClass("r6-3c", "3C"),
    withClass("legacy-c1", "C1"),
  ]);
  const applicable = (report: Report) => report.results.filter((r) => r.outcome !== "not-applicable").map((r) => r.target.id);
  const r6 = { classificationScheme: "r6", cloud: { assuranceRequiredFrom: "2", clickThroughMaxConfidentiality: "1" } };

  it("legacy C2 and r6 2 are the same threshold on the shared scale", () => {
    expect(applicable(run(systems, {}, [protectedData]))).toEqual(["legacy-c2", "r6-2", "r6-3c"]);
    const r6Profile = {
      ...r6,
      handling: { protectFrom: "2", municipalTerminalsFrom: "3A", myNumberMinimum: "3A", personalInformationMinimum: "2" },
    };
    expect(applicable(run(systems, r6Profile, [protectedData]))).toEqual(["legacy-c2", "r6-2", "r6-3c"]);
  });

  it("an r6 profile can set a threshold the legacy scheme cannot express (3C)", () => {
    const strict = {
      ...r6,
      handling: { protectFrom: "3C", municipalTerminalsFrom: "3A", myNumberMinimum: "3A", personalInformationMinimum: "2" },
    };
    expect(applicable(run(systems, strict, [protectedData]))).toEqual(["r6-3c"]);
  });

  it("a threshold outside the scheme is a profile error, not a silent mix", () => {
    expect(() => run(systems, { classificationScheme: "r6" })).toThrow(
      /\/handling\/protectFrom: Confidentiality "C2" is not a class of the r6 scheme/,
    );
  });
});

describe("guideline baseline", () => {
  const wireless = description([
    mynumberSystem({
      terminalGroups: [
        { id: "mn-pc", name: "端末", wireless: { used: true, security: "wpa3-enterprise", deviceAuthentication: "client-certificate" } },
      ],
    }),
  ]);

  it("switches the wireless rule of the My Number zone", () => {
    expect(outcomes(run(wireless), "wireless-lan")).toEqual(["pass pass /systems/0"]);
    expect(outcomes(run(wireless, { guidelineBaseline: "2024-10" }), "wireless-lan")).toEqual([
      "fail forbidden /systems/0/terminalGroups/0/wireless/used",
    ]);
  });
});

describe("per-check overrides", () => {
  const undeclared = description([{ id: "x", name: "未分類のシステム" }]);

  it("disables a check", () => {
    expect(outcomes(run(undeclared), "zone-declared")).not.toEqual([]);
    const report = run(undeclared, { checks: { "zone-declared": { enabled: false } } });
    expect(outcomes(report, "zone-declared")).toEqual([]);
  });

  it("changes a check's severity in results and summary", () => {
    const report = run(undeclared, { checks: { "zone-declared": { severity: "low" } } });
    const results = report.results.filter((r) => r.checkId === "zone-declared");
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.severity === "low")).toBe(true);
    const lowNeeds = report.summary.bySeverity.low["needs-evidence"] + report.summary.bySeverity.low.fail;
    expect(lowNeeds).toBeGreaterThanOrEqual(results.filter((r) => r.outcome === "fail" || r.outcome === "needs-evidence").length);
  });

  it("rejects an override of an unknown check, naming it", () => {
    expect(() => run(undeclared, { checks: { "zone-declare": { enabled: false } } })).toThrow(
      /\/checks\/zone-declare: There is no check "zone-declare"/,
    );
  });
});
