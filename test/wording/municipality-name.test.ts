/**
 * Messages name the municipality the profile is for, not 「市」 (thirty-second review: under a town's
 * profile, 木綿葉町, a vendor was told to evaluate its spec with 「市の台帳」).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/builtin.js";
import { builtinChecks } from "../../src/checks/index.js";
import type { MessageTemplate } from "../../src/model/finding.js";
import { parseDescription } from "../../src/input/parse-description.js";
import { hitoyoshiProfile } from "../../src/profiles/hitoyoshi.js";
import { description, lgwanSystem, mynumberSystem } from "../support/fixtures.js";

describe("the municipality in messages", () => {
  it("approverUnverified points a town's vendor to the town's inventory", () => {
    // A vendor's spec with an approved exception link but no organisation: the approver can only be checked
    // against the municipality's own inventory (guideline, exceptions), which is the town's here.
    const parsed = parseDescription(
      description([mynumberSystem(), lgwanSystem()], {
        connections: [
          {
            id: "c1",
            from: { system: "juki" },
            to: { system: "groupware" },
            direction: "one-way",
            transport: "lan",
            ports: [443],
            addressRestriction: { ip: true, mac: true },
            approval: { reference: "総第12号", approvedBy: "CISO", approvedOn: "2026-01-10" },
          },
        ],
      }),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
    const profile = { ...hitoyoshiProfile, municipality: "木綿葉町" };
    const findings = evaluate(parsed.value, { evaluationDate: "2026-04-01", profile }).results.filter(
      (f) => f.messageId === "approverUnverified",
    );
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.message.ja).toContain("木綿葉町の台帳と一緒に評価し");
      expect(finding.message.ja).not.toContain("市の台帳");
      expect(finding.message.en).toContain("together with the inventory of 木綿葉町");
      expect(finding.message.en).not.toContain("the city's");
    }
  });

  it("no message or remediation sends a reader to 「市の台帳」", () => {
    // The checks run for towns and villages too; where a text cannot name the municipality, it says 団体.
    const texts = builtinChecks.flatMap((check) => [
      check.meta.remediation.ja,
      check.meta.remediation.en,
      ...Object.values(check.meta.messages as Record<string, MessageTemplate>).flatMap((m) => [
        m.ja,
        m.en,
        m.remediation?.ja ?? "",
        m.remediation?.en ?? "",
      ]),
    ]);
    expect(texts.filter((text) => text.includes("市の台帳") || text.includes("the city's inventory"))).toEqual([]);
  });
});
