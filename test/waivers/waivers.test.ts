import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/evaluate.js";
import { SecpolicyError } from "../../src/engine/errors.js";
import { parseDescription } from "../../src/engine/parse-description.js";
import { parseWaivers } from "../../src/engine/waivers.js";
import { Report } from "../../src/model/report.js";
import type { Waiver } from "../../src/model/waiver.js";
import { hitoyoshiProfile } from "../../src/profiles/hitoyoshi.js";
import { description, internetSystem, mynumberSystem } from "../support/fixtures.js";

/** Two failures: a single-factor My Number terminal (/systems/0/…) and a bypassed security cloud (/connections/0/via). */
function described(waivers?: unknown[]) {
  const parsed = parseDescription(
    description(
      [
        mynumberSystem({ terminalGroups: [{ id: "mn-pc", name: "端末", externalMedia: "blocked", authenticationFactors: ["password"] }] }),
        internetSystem(),
      ],
      {
        municipality: { name: "人吉市", roles: [{ role: "ciso", person: "副市長" }] },
        connections: [{ id: "web", from: { system: "web-mail" }, to: { external: "public-internet" }, via: [] }],
        ...(waivers === undefined ? {} : { waivers }),
      },
    ),
  );
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.pointer}: ${i.message.en}`).join("\n"));
  return parsed.value;
}

const waiver = (checkId: string, target: Waiver["target"], overrides: Partial<Waiver> = {}): Waiver => ({
  checkId,
  target,
  reason: "更新までの暫定措置",
  requestedBy: "情報政策課長",
  approvedBy: "副市長",
  approvedOn: "2026-01-15",
  expiresOn: "2026-06-30",
  reference: `人情第${checkId.length}号`,
  ...overrides,
});

const mfa = "mynumber-terminal-mfa";
const cloud = "internet-via-security-cloud";
const find = (report: Report, checkId: string, outcome?: string) =>
  report.results.filter((r) => r.checkId === checkId && (outcome === undefined || r.outcome === outcome));

describe("waivers through evaluate", () => {
  it("without waivers both failures stand and the report has no unusedWaivers", () => {
    const report = evaluate(described());
    expect(find(report, mfa, "fail")).toHaveLength(1);
    expect(find(report, cloud, "fail")).toHaveLength(1);
    expect(report).not.toHaveProperty("unusedWaivers");
  });

  it("a valid waiver by system turns the failure inside the system into waived", () => {
    const report = evaluate(described([waiver(mfa, { system: "juki" })]));
    const [waived] = find(report, mfa, "waived");
    expect(waived).toMatchObject({
      path: "/systems/0/terminalGroups/0/authenticationFactors",
      waiver: { reference: "人情第21号", reason: "更新までの暫定措置", approvedBy: "副市長", expiresOn: "2026-06-30" },
    });
    expect(waived).not.toHaveProperty("remediation");
    expect(report.summary.byOutcome.waived).toBe(1);
    expect(report.unusedWaivers).toEqual([]);
  });

  it("a valid waiver by path covers results at or below it, and only those", () => {
    const report = evaluate(described([waiver(cloud, { path: "/connections/0" }), waiver(mfa, { path: "/systems/1" })]));
    expect(find(report, cloud, "waived")).toHaveLength(1);
    expect(find(report, mfa, "fail")).toHaveLength(1);
    expect(report.unusedWaivers?.map((w) => w.checkId)).toEqual([mfa]);
  });

  it("is in force from its approval date through its expiry date", () => {
    const d = described([waiver(mfa, { system: "juki" }, { approvedOn: "2026-04-01", expiresOn: "2026-04-01" })]);
    expect(find(evaluate(d, { evaluationDate: "2026-04-01" }), mfa, "waived")).toHaveLength(1);
    expect(find(evaluate(d, { evaluationDate: "2026-04-02" }), mfa, "fail")).toHaveLength(1);
    expect(find(evaluate(d, { evaluationDate: "2026-03-31" }), mfa, "fail")).toHaveLength(1);
  });

  it("an expired waiver hides nothing and is a finding of its own", () => {
    const report = evaluate(described([waiver(mfa, { system: "juki" }, { expiresOn: "2026-03-31" })]));
    expect(find(report, mfa, "fail")).toHaveLength(1);
    expect(find(report, "exceptions-valid", "fail")).toMatchObject([{ messageId: "expired", path: "/waivers/0/expiresOn" }]);
    // It still covers a failure, so it is not unused: it needs renewing, not withdrawing.
    expect(report.unusedWaivers).toEqual([]);
  });

  it("a waiver that covers no failure is listed as unused", () => {
    const unused = waiver("mynumber-terminal-export-blocked", { system: "juki" });
    const report = evaluate(described([unused]));
    expect(report.unusedWaivers).toEqual([unused]);
  });

  it("a waiver of a check the profile disables is unused", () => {
    const profile = { ...hitoyoshiProfile, checks: { [mfa]: { enabled: false } } };
    expect(evaluate(described([waiver(mfa, { system: "juki" })]), { profile }).unusedWaivers).toHaveLength(1);
  });

  it("a waiver for an unknown check is an error naming /waivers/i/checkId with a suggestion", () => {
    try {
      evaluate(described([waiver(mfa, { system: "juki" }), waiver("mynumber-terminal-mfaa", { system: "juki" })]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SecpolicyError);
      expect((error as SecpolicyError).issues).toMatchObject([
        { pointer: "/waivers/1/checkId", code: "unknown-check", hint: { en: `Did you mean "${mfa}"?` } },
      ]);
    }
  });

  it("the JSON report carries waived results and unused waivers, and validates", () => {
    const report = evaluate(
      described([
        waiver(mfa, { system: "juki" }),
        waiver(cloud, { path: "/connections/0" }, { expiresOn: "2026-01-31" }),
        waiver("zone-declared", { system: "web-mail" }),
      ]),
    );
    const json = JSON.parse(JSON.stringify(report)) as Report;
    expect(Report.safeParse(json).success).toBe(true);
    expect(json.results.filter((r) => r.outcome === "waived").map((r) => [r.checkId, r.waiver?.reference])).toEqual([[mfa, "人情第21号"]]);
    expect(find(json, cloud, "fail")).toHaveLength(1);
    expect(find(json, "exceptions-valid", "fail").map((r) => r.path)).toEqual(["/waivers/1/expiresOn"]);
    expect(json.unusedWaivers?.map((w) => w.checkId)).toEqual(["zone-declared"]);
  });
});

describe("waivers kept in a separate file", () => {
  const file = `
waivers:
  - checkId: internet-via-security-cloud
    target: { path: /connections/0 }
    reason: 県クラウドの切替工事の間の暫定措置
    requestedBy: 情報政策課長
    approvedBy: 副市長
    approvedOn: "2026-01-15"
    expiresOn: "2026-06-30"
    reference: 人情第7号
`;

  it("parses { waivers: [...] } and a bare list, from text or data", () => {
    const parsed = parseWaivers(file);
    expect(parsed.ok && parsed.value[0]?.reference).toBe("人情第7号");
    const bare = parseWaivers([waiver(mfa, { system: "juki" })]);
    expect(bare.ok && bare.value).toHaveLength(1);
  });

  it("joins the description's own, numbered after them", () => {
    const parsed = parseWaivers(file);
    if (!parsed.ok) throw new Error("unreachable");
    const report = evaluate(described([waiver(mfa, { system: "juki" }, { expiresOn: "2026-02-01" })]), { waivers: parsed.value });
    expect(find(report, cloud, "waived")).toHaveLength(1);
    expect(find(report, "exceptions-valid", "fail").map((r) => r.path)).toEqual(["/waivers/0/expiresOn"]);
  });

  it("reports invalid waivers with their paths", () => {
    const self = parseWaivers({ waivers: [waiver(mfa, {}, { approvedBy: "情報政策課長" })] });
    expect(self.ok ? [] : self.issues.map((i) => `${i.pointer} ${i.code}`)).toEqual([
      "/waivers/0/approvedBy self-approved-waiver",
      "/waivers/0/target waiver-without-target",
    ]);
    const typo = parseWaivers([{ ...waiver(mfa, { system: "juki" }), expiresOn: "2026-6-30" }]);
    expect(typo.ok ? [] : typo.issues.map((i) => `${i.pointer} ${i.code}`)).toEqual(["/0/expiresOn invalid-format"]);
    const syntax = parseWaivers("waivers: [");
    expect(syntax.ok).toBe(false);
  });

  it("rejects at evaluate time a separate waiver naming an unknown system", () => {
    expect(() => evaluate(described(), { waivers: [waiver(mfa, { system: "jyuki" })] })).toThrow(
      /\/waivers\/0\/target\/system: System "jyuki" is not in systems/,
    );
  });
});
