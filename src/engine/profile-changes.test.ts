import { describe, expect, it } from "vitest";
import { evaluate } from "../builtin.js";
import { hitoyoshiProfile } from "../profiles/hitoyoshi.js";
import { formatReport } from "../report/index.js";
import { profileChanges } from "./profile-changes.js";

const description = { evaluationDate: "2026-04-01", systems: [{ id: "a", name: "財務会計", zone: "lgwan" as const }] };
/** A town's profile: β, a longer patch deadline, one check turned off, its own id. */
const town = {
  ...hitoyoshiProfile,
  id: "kumagawa-2026",
  networkModel: "beta" as const,
  patchSlaDays: { ...hitoyoshiProfile.patchSlaDays, default: 60 },
  checks: { ...hitoyoshiProfile.checks, "wireless-lan": { enabled: false } },
};

describe("the values a profile changes from the built-in one", () => {
  it("are listed by dotted path, sorted, with the value as JSON; naming fields are not", () => {
    expect(profileChanges(town, hitoyoshiProfile)).toEqual([
      { path: "checks.wireless-lan.enabled", value: "false" },
      { path: "networkModel", value: '"beta"' },
      { path: "patchSlaDays.default", value: "60" },
    ]);
    expect(profileChanges({ ...hitoyoshiProfile, id: "copy" }, hitoyoshiProfile)).toEqual([]);
  });

  it("go into the report and its headings, and are left out when there are none", () => {
    const report = evaluate(description, { profile: town });
    expect(report.profile).toMatchObject({ id: "kumagawa-2026", changedFrom: "hitoyoshi-2026-03" });
    expect(report.profile.changed).toHaveLength(3);
    expect(formatReport(report, "text", { locale: "ja" })).toContain(
      '組み込みのプロファイル hitoyoshi-2026-03 から変更した値：checks.wireless-lan.enabled = false、networkModel = "beta"、patchSlaDays.default = 60',
    );
    expect(formatReport(report, "markdown", { locale: "en" })).toContain("Changed from the built-in profile hitoyoshi-2026-03: ");
    expect(formatReport(report, "html", { locale: "ja" })).toContain("patchSlaDays.default = 60");
    const plain = evaluate(description);
    expect(plain.profile).toEqual({ id: "hitoyoshi-2026-03", networkModel: "alpha", classificationScheme: "legacy" });
    expect(formatReport(plain, "text", { locale: "ja" })).not.toContain("から変更した値");
  });

  it("name checks turned off first and in full, and cut long values, never the line", () => {
    const many = {
      ...town,
      municipality: "a".repeat(500),
      intervals: Object.fromEntries(Object.keys(hitoyoshiProfile.intervals).map((key) => [key, 1])) as typeof hitoyoshiProfile.intervals,
      checks: {
        ...hitoyoshiProfile.checks,
        "mynumber-terminal-mfa": { enabled: false },
        "mynumber-terminal-export-blocked": { enabled: false },
      },
    };
    const line = formatReport(evaluate(description, { profile: many }), "text", { locale: "en" })
      .split("\n")
      .find((l) => l.startsWith("Changed from the built-in profile"));
    expect(line).toMatch(/: checks\.mynumber-terminal-export-blocked\.enabled = false, checks\.mynumber-terminal-mfa\.enabled = false, /);
    expect(line).toMatch(/, and \d+ more$/);
    expect(line?.length).toBeLessThan(2000);
  });

  it("show a list of names whole item by item, never cut inside a name (fiftieth review)", () => {
    const bodies = ["町長部局", "教育委員会", "選挙管理委員会", "監査委員事務局", "農業委員会", "固定資産評価審査委員会", "議会事務局"];
    const report = evaluate(description, { profile: { ...town, coveredBodies: bodies } });
    const line = formatReport(report, "text", { locale: "ja" })
      .split("\n")
      .find((l) => l.includes("coveredBodies"));
    expect(line).toContain(`coveredBodies = ${JSON.stringify(bodies)}`);
    const many = Array.from({ length: 40 }, (_, i) => `第${i + 1}委員会事務局`);
    const cut = formatReport(evaluate(description, { profile: { ...town, coveredBodies: many } }), "text", { locale: "ja" })
      .split("\n")
      .find((l) => l.includes("coveredBodies"));
    expect(cut).toMatch(/"第\d+委員会事務局",…\(\+\d+\)\]/);
  });

  it("say whose policy the cited clauses are when the profile names another municipality", () => {
    // Seventeenth review: a town's 課長 read 「基本方針 6(3)②」 as the town's own document.
    const asagiri = { ...town, municipality: "あさぎり町" };
    const report = evaluate(description, { profile: asagiri });
    expect(formatReport(report, "text", { locale: "ja" })).toContain(
      "根拠に示す条項の番号と文言は人吉市情報セキュリティポリシー 情報セキュリティ基本方針（令和8年3月改定）のもの。あさぎり町の基本方針の対応する条項に読み替えること",
    );
    expect(formatReport(report, "markdown", { locale: "en" })).toContain(
      "read them as the corresponding clauses of あさぎり町's own policy",
    );
    expect(formatReport(evaluate(description, { profile: town }), "text", { locale: "ja" })).not.toContain("読み替えること");
    // 人吉市 written another way is still 人吉市 (eighteenth review).
    for (const name of ["熊本県人吉市", "人吉市役所"])
      expect(formatReport(evaluate(description, { profile: { ...town, municipality: name } }), "text", { locale: "ja" })).not.toContain(
        "読み替えること",
      );
  });
});
