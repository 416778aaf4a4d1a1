/**
 * Issue 12, must-have 1: the report carries the metadata of the checks that ran, so formatters
 * need no catalogue. Built-in checks link to this version's docs page; custom checks carry their
 * own title, messages, remediation, docs link and version.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinChecks, defineCheck, evaluate, hitoyoshiProfile, mergeReports, parseDescription, SecpolicyError } from "../src/index.js";
import { REPORT_VERSION, Report } from "../src/model/report.js";
import { checkDocsUrl, HOMEPAGE_URL, REPOSITORY_URL } from "../src/project.js";
import { VERSION } from "../src/version.js";
import { departmentNamed } from "./support/custom-check.js";
import { description, mynumberSystem } from "./support/fixtures.js";

function parsed(input: unknown) {
  const result = parseDescription(input);
  if (!result.ok) throw new Error("fixture invalid");
  return result.value;
}

const subject = parsed(description([mynumberSystem({ department: undefined })]));
const acme = defineCheck({
  ...departmentNamed,
  meta: {
    ...departmentNamed.meta,
    description: { ja: "所管課が分かれば連絡先が分かる", en: "The department tells whom to ask" },
    docsUrl: "https://acme.example/checks/department-named",
    version: "1.2.0",
    messages: {
      missing: { ...departmentNamed.meta.messages.missing, basis: "guideline", reference: { ja: "ガイドライン 1.2", en: "Guideline 1.2" } },
    },
  },
});

describe("report.checks", () => {
  it("lists every check that ran once, sorted by id, and validates against the Report schema", () => {
    const report = evaluate(subject, { evaluationDate: "2026-04-01" });
    expect(report.reportVersion).toBe(REPORT_VERSION);
    const enabled = builtinChecks.filter((c) => hitoyoshiProfile.checks[c.meta.id]?.enabled !== false).map((c) => c.meta.id);
    expect(report.checks.map((c) => c.id)).toEqual([...enabled].sort());
    expect(Report.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
  });

  it("describes built-in checks from their metadata, linked to this version's docs page", () => {
    const report = evaluate(subject, { evaluationDate: "2026-04-01" });
    for (const check of report.checks) {
      const meta = builtinChecks.find((c) => c.meta.id === check.id)?.meta;
      if (meta === undefined) throw new Error(`no built-in ${check.id}`);
      expect(check).toMatchObject({ origin: "builtin", version: VERSION, title: meta.title, remediation: meta.remediation });
      expect(check.docsUrl).toBe(`${REPOSITORY_URL}/blob/v${VERSION}/docs/checks/${check.id}.md`);
      // The page the link names is in the repository at that path.
      expect(existsSync(`docs/checks/${check.id}.md`), check.id).toBe(true);
      expect(Object.keys(check.messages)).toEqual(Object.keys(meta.messages));
    }
  });

  it("states the severity as used after the profile's override, beside the default, per check and per message", () => {
    const id = "zone-declared";
    const meta = builtinChecks.find((c) => c.meta.id === id)?.meta;
    if (meta === undefined) throw new Error("no zone-declared");
    const lowered: "low" | "medium" = meta.severity === "low" ? "medium" : "low";
    const profile = { ...hitoyoshiProfile, checks: { ...hitoyoshiProfile.checks, [id]: { severity: lowered } } };
    const report = evaluate(subject, { evaluationDate: "2026-04-01", profile });
    const check = report.checks.find((c) => c.id === id);
    expect(check).toMatchObject({ defaultSeverity: meta.severity, severity: lowered });
    for (const message of Object.values(check?.messages ?? {})) expect(message.severity).toBe(lowered);
    // Without the override, used and default agree.
    const plain = evaluate(subject, { evaluationDate: "2026-04-01" }).checks.find((c) => c.id === id);
    expect(plain?.severity).toBe(meta.severity);
  });

  it("leaves out checks the profile disables", () => {
    const profile = { ...hitoyoshiProfile, checks: { ...hitoyoshiProfile.checks, "zone-declared": { enabled: false } } };
    const report = evaluate(subject, { evaluationDate: "2026-04-01", profile });
    expect(report.checks.some((c) => c.id === "zone-declared")).toBe(false);
    expect(report.checks.length).toBeGreaterThan(0);
  });

  it("carries a custom check's own title, description, messages, remediation, docs link and version", () => {
    const report = evaluate(subject, { evaluationDate: "2026-04-01", checks: [acme] });
    expect(report.checks).toEqual([
      {
        id: "acme/department-named",
        origin: "custom",
        version: "1.2.0",
        title: acme.meta.title,
        description: acme.meta.description,
        area: "organisation",
        target: "system",
        clauses: ["6(1)"],
        threats: ["T3"],
        basis: "practice",
        defaultSeverity: "low",
        severity: "low",
        messages: {
          missing: {
            ja: acme.meta.messages.missing.ja,
            en: acme.meta.messages.missing.en,
            basis: "guideline",
            reference: { ja: "ガイドライン 1.2", en: "Guideline 1.2" },
            defaultSeverity: "low",
            severity: "low",
          },
        },
        remediation: acme.meta.remediation,
        docsUrl: "https://acme.example/checks/department-named",
      },
    ]);
    // A custom check without docsUrl and version has neither.
    const bare = evaluate(subject, { evaluationDate: "2026-04-01", checks: [departmentNamed] }).checks[0];
    expect(bare).not.toHaveProperty("docsUrl");
    expect(bare).not.toHaveProperty("version");
  });

  it("refuses a custom check whose docsUrl is not an http(s) URL", () => {
    const bad = defineCheck({ ...acme, meta: { ...acme.meta, docsUrl: "javascript:alert(1)" } });
    expect(() => evaluate(subject, { evaluationDate: "2026-04-01", checks: [bad] })).toThrow(SecpolicyError);
  });
});

describe("mergeReports and checks", () => {
  it("lists the checks of every report once, sorted by id, and keeps summing the summaries", () => {
    const a = evaluate(subject, { evaluationDate: "2026-04-01", checks: [acme] });
    const b = evaluate(subject, { evaluationDate: "2026-04-01", checks: [builtinChecks[0] as (typeof builtinChecks)[number], acme] });
    const merged = mergeReports([a, b]);
    expect(merged.checks.map((c) => c.id)).toEqual([builtinChecks[0]?.meta.id, "acme/department-named"].sort());
    expect(merged.summary.total).toBe(a.summary.total + b.summary.total);
    expect(Report.safeParse(merged).success).toBe(true);
  });

  it("refuses reports that describe one check id differently", () => {
    const a = evaluate(subject, { evaluationDate: "2026-04-01", checks: [acme] });
    const older = defineCheck({ ...acme, meta: { ...acme.meta, version: "1.1.0" } });
    const b = evaluate(subject, { evaluationDate: "2026-04-01", checks: [older] });
    expect(() => mergeReports([a, b])).toThrow(/acme\/department-named/);
  });
});

describe("project links", () => {
  it("derive from one repository URL that package.json names too", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { homepage: string; repository: { url: string } };
    expect(pkg.homepage).toBe(HOMEPAGE_URL);
    expect(pkg.repository.url).toBe(`git+${REPOSITORY_URL}.git`);
    expect(checkDocsUrl("zone-declared")).toBe(`${REPOSITORY_URL}/blob/v${VERSION}/docs/checks/zone-declared.md`);
  });
});
