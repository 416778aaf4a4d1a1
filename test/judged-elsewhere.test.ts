/**
 * A measure the description says is not taken (`backup.enabled: false`) is judged by the check of that
 * measure; the checks of its details (restore test, restore time) are not applicable, naming that
 * check — unless it does not run, when they ask themselves (twenty-seventh review: three findings of one gap).
 */
import { describe, expect, it } from "vitest";
import { evaluate, hitoyoshiProfile, parseDescription } from "../src/index.js";
import { description, mynumberSystem } from "./support/fixtures.js";
import { criticalSystem } from "./support/fixtures-operations.js";
import { withEval } from "./support/fixtures-evaluation.js";

const noBackup = () => {
  const system = criticalSystem({ backup: { enabled: false }, recoveryTimeHours: 24 });
  const dataAssets = [
    {
      id: "kokuho",
      name: "国保資格",
      confidentiality: "C3",
      integrity: "I2",
      availability: "A2",
      personalInformation: true,
      myNumber: true,
    },
  ];
  const parsed = parseDescription(description([{ ...system, dataAssets }]));
  if (!parsed.ok) throw new Error("invalid fixture");
  return parsed.value;
};
const detailChecks = ["restore-test-current", "availability-recovery-time"];

describe("a backup written as not taken", () => {
  it("fails the backup check once and leaves the restore questions to it", () => {
    const report = evaluate(noBackup(), { evaluationDate: "2026-04-01" });
    const of = (id: string) => report.results.filter((r) => r.checkId === id);
    expect(of("critical-data-backed-up").map((r) => [r.outcome, r.messageId])).toEqual([["fail", "noBackup"]]);
    for (const id of detailChecks) {
      const [result] = of(id);
      expect(result?.outcome, id).toBe("not-applicable");
      expect(result?.data).toMatchObject({ reason: "judged-elsewhere", by: "critical-data-backed-up" });
      expect(result?.message.ja).toContain("バックアップを取得しない（backup.enabled: false）");
    }
  });

  it("still asks for the recovery time objective, a fact of its own, when it is not written (thirtieth review)", () => {
    const system = criticalSystem({ backup: { enabled: false } });
    const dataAssets = [
      { id: "k", name: "国保資格", confidentiality: "C3", integrity: "I2", availability: "A2", personalInformation: true, myNumber: true },
    ];
    const parsed = parseDescription(description([{ ...system, dataAssets }]));
    if (!parsed.ok) throw new Error("invalid fixture");
    const report = evaluate(parsed.value, { evaluationDate: "2026-04-01" });
    const [result] = report.results.filter((r) => r.checkId === "availability-recovery-time");
    expect([result?.outcome, result?.messageId]).toEqual(["needs-evidence", "recoveryTimeMissing"]);
  });

  it("asks about the restore itself when the backup check does not run", () => {
    const profile = { ...hitoyoshiProfile, checks: { ...hitoyoshiProfile.checks, "critical-data-backed-up": { enabled: false } } };
    const alone = evaluate(noBackup(), { evaluationDate: "2026-04-01", profile });
    for (const id of detailChecks) {
      const [result] = alone.results.filter((r) => r.checkId === id);
      expect(result?.outcome, id).toBe("needs-evidence");
    }
  });
});

describe("a line to Government Cloud across the internet", () => {
  it("is government-cloud-closed-line's critical, and not a pass of the My Number link check (twenty-ninth review)", () => {
    const parsed = parseDescription(
      description([{ ...mynumberSystem(), hosting: { kind: "government-cloud" } }], {
        connections: [
          {
            id: "ops",
            from: { external: "vendor-network", service: "運用センター" },
            to: { external: "government-cloud", segment: "mynumber" },
            direction: "one-way",
            transport: "internet-vpn",
            ports: [443],
            addressRestriction: { ip: true },
            approval: { reference: "人情政第45号", approvedBy: "CISO（副市長）", approvedOn: "2026-03-10" },
          },
        ],
      }),
    );
    if (!parsed.ok) throw new Error("invalid fixture");
    const report = evaluate(parsed.value, { evaluationDate: "2026-04-01" });
    const of = (id: string) => report.results.filter((r) => r.checkId === id && r.target.kind === "connection");
    expect(of("government-cloud-closed-line").map((r) => [r.outcome, r.severity])).toEqual([["fail", "critical"]]);
    expect(of("mynumber-connections-restricted").map((r) => r.outcome)).toEqual(["not-applicable"]);
    expect(of("mynumber-connections-restricted")[0]?.message.ja).toContain("government-cloud-closed-line が判定する");
  });
});

describe("no audit on record under β and β'", () => {
  // Clause 7: audits are carried out. Under β/β' a missing audit is also the model's condition, reported once by
  // beta-preconditions at the policy's basis; audit-current then says so, not "pass" (fortieth review: a reader of
  // every result saw 「情報セキュリティ監査を定期的に実施すること：適合」 for a town never audited).
  const noAudits = () => {
    const parsed = parseDescription(withEval({ audits: [] }));
    if (!parsed.ok) throw new Error("invalid fixture");
    return parsed.value;
  };
  const beta = { ...hitoyoshiProfile, networkModel: "beta" as const };

  it("is beta-preconditions' policy finding, and not applicable to audit-current, naming it", () => {
    const report = evaluate(noAudits(), { evaluationDate: "2026-04-01", profile: beta });
    const of = (id: string) => report.results.filter((r) => r.checkId === id);
    const [current] = of("audit-current");
    expect(current?.outcome).toBe("not-applicable");
    expect(current?.data).toMatchObject({ reason: "judged-elsewhere", by: "beta-preconditions" });
    expect(current?.message.ja).toBe(
      "情報セキュリティ監査の記録がない（audits が空または記載なし）。βモデル・β'モデルでは、この点は採用の条件として beta-preconditions が基本方針 7 に基づいて判定する",
    );
    const missing = of("beta-preconditions").filter((r) => r.messageId === "auditMissing");
    expect(missing.map((r) => [r.outcome, r.basis, r.clauses.includes("7")])).toEqual([["fail", "policy", true]]);
  });

  it("fails audit-current itself when beta-preconditions does not run, and under α", () => {
    const off = { ...beta, checks: { ...beta.checks, "beta-preconditions": { enabled: false } } };
    for (const profile of [off, hitoyoshiProfile]) {
      const report = evaluate(noAudits(), { evaluationDate: "2026-04-01", profile });
      const current = report.results.filter((r) => r.checkId === "audit-current");
      expect(current.map((r) => [r.outcome, r.messageId, r.basis])).toEqual([["fail", "never", "policy"]]);
    }
  });
});
