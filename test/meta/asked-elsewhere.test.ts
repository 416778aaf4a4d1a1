/**
 * One missing block, one question (tenth review): a check that leaves a missing block to another
 * (`applicability.askedElsewhere`) must be able to count on that check. Probed, not read: for each
 * such check, a system the check applies to but for the missing block gets, from the named check,
 * a needs-evidence result at the block, and the check itself is not applicable with the reason
 * that names the other check; run without the other check, it asks itself.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/builtin.js";
import type { AnyCheck } from "../../src/checks/define-check.js";
import { builtinChecks } from "../../src/checks/index.js";
import { parseDescription } from "../../src/input/parse-description.js";
import { description, lgwanSystem } from "../support/fixtures.js";

const leaving = builtinChecks.filter((check) => check.meta.applicability?.askedElsewhere !== undefined);

/**
 * An on-premises system with servers, terminals and C3/A2 data, in the check's first zone (else the
 * LGWAN zone), so that the check applies but for its block.
 */
function probe(without: readonly string[], check: AnyCheck) {
  const zone = check.meta.applicability?.zones?.[0] ?? "lgwan";
  const system: Record<string, unknown> = {
    ...lgwanSystem(),
    zone,
    hosting: { kind: "on-premises" },
    dataAssets: [{ id: "d", name: "業務データ", confidentiality: "C3", integrity: "I2", availability: "A2" }],
    servers: [{ id: "s", name: "サーバ" }],
    terminalGroups: [{ id: "t", name: "業務端末", count: 5 }],
    physicalSite: { accessControl: true },
    logging: { authentication: true },
    accounts: { privilegedMfa: true },
  };
  for (const field of without) delete system[field];
  const parsed = parseDescription(description([system]));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 2)));
  return parsed.value;
}

describe("checks that leave a missing block to another", () => {
  it("are some", () => {
    expect(leaving.length).toBeGreaterThanOrEqual(13);
  });

  for (const check of leaving) {
    const asked = check.meta.applicability?.askedElsewhere;
    it(`${check.meta.id}: ${asked?.by} asks for ${asked?.fields.join(", ")} when they are missing`, () => {
      if (asked === undefined) return;
      const owner = builtinChecks.find((c) => c.meta.id === asked.by);
      expect(owner, `${asked.by} is a built-in check`).toBeDefined();
      const report = evaluate(probe(asked.fields, check), { checks: [check, owner!] });
      const mine = report.results.filter((r) => r.checkId === check.meta.id);
      expect(mine.map((r) => r.outcome)).toEqual(["not-applicable"]);
      expect(mine[0]?.message.ja).toContain(asked.by);
      const theirs = report.results.filter((r) => r.checkId === asked.by && r.outcome === "needs-evidence");
      expect(theirs.length, `${asked.by} asks for the block`).toBe(1);
      // Run alone, without the check that asks, it asks for the block itself.
      const alone = evaluate(probe(asked.fields, check), { checks: [check] }).results.filter((r) => r.checkId === check.meta.id);
      expect(alone.map((r) => r.outcome)).toContain("needs-evidence");
      // With the block written, the check judges again.
      const judged = evaluate(probe([], check), { checks: [check] }).results.filter((r) => r.checkId === check.meta.id);
      expect(judged.map((r) => r.outcome)).not.toContain("not-applicable");
    });
  }
});

/**
 * The same for a single missing fact a message asks for (`askedBy` on a message): an asset without
 * a confidentiality class was asked about by asset-classified and, a second and third time, by the
 * checks that judge the class (the last stop's list; a 課長 read three findings for one gap).
 */
const askingMessages = builtinChecks.flatMap((check) =>
  Object.entries(check.meta.messages as Record<string, { askedBy?: { check: string } }>)
    .filter(([, template]) => template.askedBy !== undefined)
    .map(([id, template]) => ({ check, id, by: template.askedBy!.check })),
);

describe("messages that leave a missing fact to another check", () => {
  it("are some, and name built-in checks", () => {
    expect(askingMessages.map((m) => `${m.check.meta.id} ${m.id}`).sort()).toEqual([
      "classes-match-scheme confidentialityMissing",
      "mynumber-data-top-tier confidentialityMissing",
      "personal-information-minimum-class confidentialityMissing",
      "terminal-take-out-approval portabilityUnknown",
    ]);
    for (const m of askingMessages) expect(builtinChecks.some((c) => c.meta.id === m.by)).toBe(true);
  });

  const unclassified = () => {
    const system = {
      ...lgwanSystem(),
      dataAssets: [{ id: "d", name: "申請書データ", integrity: "I1", availability: "A1", personalInformation: true, myNumber: true }],
    };
    const parsed = parseDescription(description([system]));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 2)));
    return parsed.value;
  };

  /** A terminal group that does not say whether it is portable (seventy-ninth review: asked by two checks). */
  const portabilityUnknown = () => {
    const parsed = parseDescription(description([{ ...lgwanSystem(), terminalGroups: [{ id: "t", name: "業務端末", count: 5 }] }]));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 2)));
    return parsed.value;
  };
  const probeOf = (by: string) => (by === "portable-terminal-encryption" ? portabilityUnknown() : unclassified());

  for (const m of askingMessages) {
    it(`${m.check.meta.id}: left to ${m.by} while it runs, asked itself when it does not`, () => {
      const owner = builtinChecks.find((c) => c.meta.id === m.by)!;
      const unclassified = () => probeOf(m.by);
      const both = evaluate(unclassified(), { checks: [m.check, owner] }).results;
      const mine = both.filter((r) => r.checkId === m.check.meta.id);
      expect(mine.map((r) => r.outcome)).toEqual(["not-applicable"]);
      expect(mine[0]?.message.ja).toContain(m.by);
      expect(both.filter((r) => r.checkId === m.by && r.outcome === "needs-evidence")).toHaveLength(1);
      const alone = evaluate(unclassified(), { checks: [m.check] }).results.filter((r) => r.checkId === m.check.meta.id);
      expect(alone.map((r) => `${r.outcome} ${r.messageId}`)).toEqual([`needs-evidence ${m.id}`]);
    });
  }
});
