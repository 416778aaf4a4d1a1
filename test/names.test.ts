/**
 * One comparison of people's and posts' names (engine/names.ts): exceptions' requester and
 * approver, the approver's role, and combined roles all give the same verdict for the same pair.
 */
import { describe, expect, it } from "vitest";
import { builtinChecks } from "../src/checks/index.js";
import { sameName } from "../src/engine/names.js";
import { evaluate } from "../src/builtin.js";
import { parseDescription } from "../src/input/parse-description.js";
import { isSelfApproved } from "../src/input/waiver-rules.js";
import { hitoyoshiProfile } from "../src/profiles/hitoyoshi.js";
import { description, lgwanSystem } from "./support/fixtures.js";

/** Pairs of names and whether they name the same holder. */
const PAIRS: readonly [string, string, boolean][] = [
  ["総務課長", "総務課長", true],
  ["総務課長", " 総務 課長 ", true],
  ["ＣＩＳＯ", "ciso", true],
  ["副市長", "副\u200b市長", true],
  ["ｿｳﾑ課長", "ソウム課長", true],
  ["課長", "総務課長", false],
  ["市長", "副市長", false],
  ["情報政策課長", "情報政策係長", false],
];

const check = (id: string) => {
  const found = builtinChecks.find((c) => c.meta.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

/**
 * Only the CISO approves here: 「市長」 also names the head's role, which approves under the default
 * profile whoever holds the CISO's post, and this file is about comparing names.
 */
const cisoApproves = { ...hitoyoshiProfile, exceptions: { ...hitoyoshiProfile.exceptions, approverRoles: ["ciso" as const] } };

function run(id: string, extra: Record<string, unknown>) {
  const parsed = parseDescription(description([lgwanSystem()], extra));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return evaluate(parsed.value, { checks: [check(id)], profile: cisoApproves }).results.filter((f) => f.checkId === id);
}

const waiver = (requestedBy: string, approvedBy: string) => ({
  checkId: "screen-lock",
  target: { system: "groupware" },
  reason: "更新までの間",
  requestedBy,
  approvedBy,
  approvedOn: "2026-03-01",
  expiresOn: "2026-06-30",
  reference: "総務第1号",
});

describe.each(PAIRS)("%s / %s", (a, b, same) => {
  it(`${same ? "are" : "are not"} the same name`, () => {
    expect(sameName(a, b)).toBe(same);
    expect(sameName(b, a)).toBe(same);
  });

  it("an exception requested by one and approved by the other is self-approved exactly when they are the same", () => {
    expect(isSelfApproved(waiver(a, b))).toBe(same);
  });

  it("an approver written as the other is the CISO exactly when they are the same (exceptions-valid)", () => {
    const results = run("exceptions-valid", {
      municipality: { name: "人吉市", roles: [{ role: "ciso", person: b }] },
      // Invisible characters are refused in an approver's name, so the holder carries them here.
      waivers: [waiver("情報政策係", a)],
    });
    expect(results.some((f) => f.messageId === "approverNotAuthorised")).toBe(!same);
  });

  it("the audit officer and the CISO are one person exactly when they are the same (roles-not-combined)", () => {
    const results = run("roles-not-combined", {
      municipality: {
        name: "人吉市",
        roles: [
          { role: "auditor", person: a },
          { role: "ciso", person: b },
        ],
      },
    });
    expect(results.some((f) => f.outcome === "fail")).toBe(same);
  });
});

describe("placeholders and blank names", () => {
  it("are nobody: never the same holder, so never a combined role", () => {
    // Thirty-third review: empty brackets, 「（調整中）」 and 「（未定）（…）」 name nobody either, so two roles written so are
    // not one person holding both.
    for (const nobody of ["未定", "TBD", "   ", "（）", "（調整中）", "（未定）（令和9年度設置予定）"]) {
      const results = run("roles-not-combined", {
        municipality: {
          name: "人吉市",
          roles: [
            { role: "auditor", person: nobody },
            { role: "ciso", person: nobody },
          ],
        },
      });
      expect(
        results.filter((f) => f.outcome === "fail"),
        nobody,
      ).toEqual([]);
    }
  });
});
