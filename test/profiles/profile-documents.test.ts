import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SecpolicyError } from "../../src/input/errors.js";
import { loadProfileFile, ProfileFileError } from "../../src/io/profile-file.js";
import { hitoyoshiProfile } from "../../src/profiles/hitoyoshi.js";
import { mergeProfileValues, resolveProfile } from "../../src/profiles/resolve.js";

/** The issues of the SecpolicyError `body` throws, as "pointer code" lines plus the hint. */
function issuesOf(body: () => unknown): { pointer: string; code: string; message: string; hint?: string }[] {
  try {
    body();
  } catch (error) {
    if (!(error instanceof SecpolicyError)) throw error;
    return error.issues.map((i) => ({
      pointer: i.pointer,
      code: i.code,
      message: `${i.message.ja} / ${i.message.en}`,
      ...(i.hint ? { hint: i.hint.en } : {}),
    }));
  }
  throw new Error("expected a SecpolicyError");
}

const child = { extends: "hitoyoshi-2026-03", id: "kuma-2026-04", version: "1.0.0" };

describe("resolveProfile", () => {
  it("extends a built-in profile, merging objects key by key and replacing arrays", () => {
    const profile = resolveProfile({
      ...child,
      networkModel: "beta",
      intervals: { auditMonths: 24 },
      approvedSpecificCommunications: ["eltax"],
      checks: { "zone-declared": { severity: "low" } },
    });
    expect(profile.id).toBe("kuma-2026-04");
    expect(profile.title).toBeUndefined();
    expect(profile.networkModel).toBe("beta");
    expect(profile.intervals).toEqual({ ...hitoyoshiProfile.intervals, auditMonths: 24 });
    expect(profile.approvedSpecificCommunications).toEqual(["eltax"]);
    expect(profile.municipality).toBe("人吉市");
    expect(profile.checks).toEqual({ "zone-declared": { severity: "low" } });
  });

  it("merges overrides of one check from several layers", () => {
    expect(mergeProfileValues({ checks: { a: { enabled: false } } }, { checks: { a: { severity: "low" } } })).toEqual({
      checks: { a: { enabled: false, severity: "low" } },
    });
  });

  it("accepts a complete profile without extends", () => {
    const { $schema: _s, title: _t, ...complete } = hitoyoshiProfile;
    expect(resolveProfile({ ...complete, id: "standalone" }).id).toBe("standalone");
  });

  it("reports values missing from a profile without a base", () => {
    const issues = issuesOf(() => resolveProfile({ id: "x", version: "1", networkModel: "alpha" }));
    expect(issues.map((i) => i.pointer)).toContain("/municipality");
    expect(issues.map((i) => i.pointer)).not.toContain("/checks");
    expect(issues.every((i) => i.code === "missing-field" || i.code === "invalid-value")).toBe(true);
  });

  it("names an unknown check id and suggests the close one", () => {
    const issues = issuesOf(() => resolveProfile({ ...child, checks: { "zone-declard": { enabled: false } } }));
    expect(issues).toEqual([
      {
        pointer: "/checks/zone-declard",
        code: "unknown-check",
        message: 'チェック "zone-declard" は存在しない / There is no check "zone-declard"',
        hint: 'Did you mean "zone-declared"?',
      },
    ]);
  });

  it("accepts namespaced ids of custom checks unless the check list is given", () => {
    expect(resolveProfile({ ...child, checks: { "acme/x": { enabled: false } } }).checks).toHaveProperty("acme/x");
    expect(issuesOf(() => resolveProfile({ ...child, checks: { "acme/x": {} } }, { checks: [] }))[0]?.code).toBe("unknown-check");
  });

  it("names the key of a value of the wrong kind", () => {
    const issues = issuesOf(() =>
      resolveProfile({
        ...child,
        intervals: { auditMonths: "12" },
        networkModel: "betta",
        checks: { "zone-declared": { severity: "urgent" } },
      }),
    );
    expect(issues.map((i) => `${i.pointer} ${i.code}`)).toEqual([
      "/networkModel invalid-value",
      "/intervals/auditMonths invalid-type",
      "/checks/zone-declared/severity invalid-value",
    ]);
    expect(issues[0]?.hint).toContain('"beta"');
  });

  it("reports misspelt keys with a suggestion", () => {
    const issues = issuesOf(() => resolveProfile({ ...child, intervals: { auditMonth: 12 } }));
    expect(issues).toMatchObject([{ pointer: "/intervals/auditMonth", code: "unknown-key" }]);
    expect(issues[0]?.hint).toContain('"auditMonths"');
  });

  it("requires an id and a version", () => {
    const issues = issuesOf(() => resolveProfile({ extends: "hitoyoshi-2026-03" }));
    expect(issues.map((i) => i.pointer).sort()).toEqual(["/id", "/version"]);
  });

  it("rejects an unknown built-in with a suggestion, and a file path without a loader", () => {
    expect(issuesOf(() => resolveProfile({ ...child, extends: "hitoyoshi-2026-3" }))).toMatchObject([
      { pointer: "/extends", code: "unknown-profile", hint: 'Did you mean "hitoyoshi-2026-03"?' },
    ]);
    expect(issuesOf(() => resolveProfile({ ...child, extends: "./base.yaml" }))).toMatchObject([
      { pointer: "/extends", code: "extends-file" },
    ]);
  });

  it("rejects class thresholds outside the classification scheme", () => {
    const issues = issuesOf(() => resolveProfile({ ...child, classificationScheme: "r6", handling: { protectFrom: "2" } }));
    expect(issues.map((i) => i.pointer)).toEqual([
      "/handling/municipalTerminalsFrom",
      "/handling/myNumberMinimum",
      "/handling/personalInformationMinimum",
      "/cloud/assuranceRequiredFrom",
      "/cloud/clickThroughMaxConfidentiality",
    ]);
    const r6 = resolveProfile({
      ...child,
      classificationScheme: "r6",
      handling: { protectFrom: "2", municipalTerminalsFrom: "3B", myNumberMinimum: "3A", personalInformationMinimum: "2" },
      cloud: { assuranceRequiredFrom: "2", clickThroughMaxConfidentiality: "1" },
    });
    expect(r6.handling.protectFrom).toBe("2");
  });

  it("throws a SecpolicyError whose message names the profile and every issue", () => {
    expect(() => resolveProfile({ ...child, logRetentionDays: -1 })).toThrow(
      /The profile kuma-2026-04 is invalid\n {2}\/logRetentionDays: /,
    );
  });
});

describe("loadProfileFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "secpolicy-profiles-"));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it("follows extends through files and built-ins", () => {
    write("base.yaml", "extends: hitoyoshi-2026-03\nid: kuma-base\nversion: '1'\nnetworkModel: beta\nintervals:\n  auditMonths: 24\n");
    const file = write(
      "child.json",
      JSON.stringify({ extends: "./base.yaml", id: "kuma-child", version: "2", intervals: { drillMonths: 6 } }),
    );
    const profile = loadProfileFile(file);
    expect(profile).toMatchObject({ id: "kuma-child", version: "2", networkModel: "beta", intervals: { auditMonths: 24, drillMonths: 6 } });
  });

  it("names the file and the key of an invalid value", () => {
    const file = write("bad.yaml", "extends: hitoyoshi-2026-03\nid: bad\nversion: '1'\nscreenLockMinutes: ten\n");
    expect(() => loadProfileFile(file)).toThrow(/bad\.yaml: The profile bad is invalid\n {2}\/screenLockMinutes: /);
  });

  it("reports a cycle in extends", () => {
    write("a.yaml", "extends: ./b.yaml\nid: a\nversion: '1'\n");
    const b = write("b.yaml", "extends: ./a.yaml\nid: b\nversion: '1'\n");
    expect(() => loadProfileFile(b)).toThrow(/cycle: .*b\.yaml → .*a\.yaml → .*b\.yaml/);
  });

  it("reports a missing file and YAML it cannot read", () => {
    expect(() => loadProfileFile(join(dir, "none.yaml"))).toThrow(/Cannot read the profile file .*none\.yaml: No such file/);
    const file = write("tag.yaml", "id: !!js/function x\nversion: '1'\n");
    expect(() => loadProfileFile(file)).toThrow(SecpolicyError);
  });
});

describe("loadProfileFile with the safe reader", () => {
  const dir = mkdtempSync(join(tmpdir(), "secpolicy-profile-safety-"));

  it("locates an invalid value at its line and column", () => {
    const file = join(dir, "located.yaml");
    writeFileSync(file, "extends: hitoyoshi-2026-03\nid: located\nversion: '1'\nscreenLockMinutes: ten\n");
    try {
      loadProfileFile(file);
      expect.unreachable("an invalid profile must throw");
    } catch (error) {
      expect(error).toBeInstanceOf(ProfileFileError);
      expect((error as ProfileFileError).diagnostics[0]).toMatchObject({ file, line: 4, pointer: "/screenLockMinutes" });
    }
  });

  it("refuses a Shift_JIS file with the conversion hint, as for descriptions", () => {
    const file = join(dir, "sjis.yaml");
    // "id: 人吉" in Shift_JIS.
    writeFileSync(file, Buffer.from([0x69, 0x64, 0x3a, 0x20, 0x90, 0x6c, 0x8b, 0x67, 0x0a]));
    expect(() => loadProfileFile(file)).toThrow(ProfileFileError);
    try {
      loadProfileFile(file);
    } catch (error) {
      expect((error as ProfileFileError).diagnostics[0]?.hint?.en).toMatch(/iconv/);
    }
  });
});
