/**
 * Dates in the review and audit messages read as people write them in a report (2025年11月1日,
 * 1 November 2025), not as the description's ISO strings; the ISO dates stay in the data.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/builtin.js";
import { parseDescription } from "../../src/input/parse-description.js";
import { activity, withEval } from "../support/fixtures-evaluation.js";
import { description, internetSystem } from "../support/fixtures.js";

function messages(input: Record<string, unknown>, checkId: string) {
  const parsed = parseDescription(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  return evaluate(parsed.value, { evaluationDate: "2026-04-01" }).results.filter((f) => f.checkId === checkId && f.outcome === "fail");
}

const ISO = /\b\d{4}-\d{2}-\d{2}\b/;

describe("dates in messages", () => {
  it("audit-findings-followed-up names the audit and the missed due date in words", () => {
    // An external audit of 1 November 2025 with a finding due 31 March 2026 and still open on
    // 1 April 2026: overdue, and the report should say so with dates a reader recognises.
    const input = withEval({
      audits: [activity("2025-11-01", "external", { findings: [{ summary: "パスワードの管理", dueOn: "2026-03-31" }] })],
    });
    const [finding] = messages(input, "audit-findings-followed-up");
    expect(finding?.message.ja).toContain("2025年11月1日の");
    expect(finding?.message.ja).toContain("改善の期限（2026年3月31日）");
    expect(finding?.message.en).toContain("1 November 2025");
    expect(finding?.message.en).toContain("31 March 2026");
    expect(`${finding?.message.ja} ${finding?.message.en}`).not.toMatch(ISO);
    expect(finding?.data).toMatchObject({ date: "2025-11-01", dueOn: "2026-03-31" });
  });

  it("standards-established names the date of standards dated after the evaluation in words", () => {
    const input = withEval({ standardsEstablishedOn: "2026-06-01" });
    const [finding] = messages(input, "standards-established");
    expect(finding?.message.ja).toContain("（2026年6月1日）");
    expect(finding?.message.en).toContain("1 June 2026");
    expect(`${finding?.message.ja} ${finding?.message.en}`).not.toMatch(ISO);
  });

  it("exceptions-valid says when an exception expired, or was approved after the evaluation date, in words", () => {
    // An exception that ran to 31 March 2026, read on 1 April 2026; another approved on 2 April 2026.
    const municipality = { name: "人吉市", roles: [{ role: "ciso", person: "副市長" }] };
    const waiver = (approvedOn: string, expiresOn: string, reference: string) => ({
      checkId: "internet-via-security-cloud",
      target: { system: "web-mail" },
      reason: "県クラウドの切替工事の間の暫定措置",
      requestedBy: "情報政策課長",
      approvedBy: "副市長",
      approvedOn,
      expiresOn,
      reference,
    });
    const input = description([internetSystem()], {
      municipality,
      waivers: [waiver("2026-01-15", "2026-03-31", "人情第1号"), waiver("2026-04-02", "2026-09-30", "人情第2号")],
    });
    const found = messages(input, "exceptions-valid");
    const expired = found.find((f) => f.messageId === "expired");
    expect(expired?.message.ja).toContain("2026年3月31日に期限が切れた");
    expect(expired?.message.en).toContain("expired on 31 March 2026");
    const early = found.find((f) => f.messageId === "notYetInForce");
    expect(early?.message.ja).toContain("承認日（2026年4月2日）が評価の基準日（2026年4月1日）より後");
    expect(early?.message.en).toContain("approved on 2 April 2026, after the evaluation date (1 April 2026)");
    for (const f of found) expect(`${f.message.ja} ${f.message.en}`).not.toMatch(ISO);
    expect(expired?.data).toMatchObject({ expiresOn: "2026-03-31", evaluationDate: "2026-04-01" });
  });
});
