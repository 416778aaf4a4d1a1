/** The check tester's comparison: message data as a subset, and expectations paired with findings exactly. */
import { describe, expect, it } from "vitest";
import { defineCheck } from "../src/index.js";
import { type CheckTable, checkTester, defineTable, runCheckCase } from "../src/vitest/index.js";
import { departmentNamed } from "./support/custom-check.js";
import { description, mynumberSystem } from "./support/fixtures.js";

const noDepartment = description([mynumberSystem({ department: undefined })]);

/** Reports one finding per data asset of a system, with the asset's id and its classes in the data. */
const assetListed = defineCheck({
  meta: {
    ...departmentNamed.meta,
    id: "acme/asset-listed",
    messages: {
      asset: { ja: "資産 {{asset}}（{{c}}）", en: "Asset {{asset}} ({{c}})" },
    },
  },
  *evaluate(system, ctx) {
    for (const [i, asset] of (system.dataAssets ?? []).entries())
      yield ctx.fail("asset", ["dataAssets", i], { asset: asset.id, c: asset.confidentiality ?? "" });
  },
});
const twoAssets = description([
  mynumberSystem({
    dataAssets: [
      { id: "a", name: "A", confidentiality: "C3", integrity: "I2", availability: "A2", personalInformation: true, myNumber: true },
      { id: "b", name: "B", confidentiality: "C2", integrity: "I2", availability: "A2", personalInformation: false, myNumber: false },
    ],
  }),
]);

describe("runCheckCase with clauses", () => {
  it("compares the clauses exactly, in order, when a case gives them", () => {
    const cited = departmentNamed.meta.clauses;
    const held = runCheckCase(departmentNamed, {
      name: "the check's clauses",
      description: noDepartment,
      expected: [{ messageId: "missing", clauses: cited }],
    });
    expect(held.message).toBe("");
    const wrong = runCheckCase(departmentNamed, {
      name: "another clause",
      description: noDepartment,
      expected: [{ messageId: "missing", clauses: ["6(3)③"] }],
    });
    expect(wrong.ok).toBe(false);
    expect(wrong.message).toContain("expected but not reported:\n  - fail missing citing 6(3)③");
    expect(wrong.message).toContain(`citing ${cited.join(", ")}`);
  });
});

describe("runCheckCase with message data", () => {
  it("holds when the expected data is a subset of the finding's data", () => {
    const result = runCheckCase(departmentNamed, {
      name: "named system",
      description: noDepartment,
      expected: [{ messageId: "missing", data: { id: "juki" } }],
    });
    expect(result.message).toBe("");
    expect(result.ok).toBe(true);
  });

  it("fails with the expected and the reported data when a value differs", () => {
    const result = runCheckCase(departmentNamed, {
      name: "wrong id",
      description: noDepartment,
      expected: [{ messageId: "missing", data: { id: "koseki" } }],
    });
    expect(result.ok).toBe(false);
    expect(result.message).toContain('expected but not reported:\n  - fail missing with data including {"id":"koseki"}');
    expect(result.message).toContain('reported but not expected:\n  - fail missing at /systems/0 with data {"id":"juki"}');
  });

  it("fails when the finding lacks a key the case expects, and compares values strictly", () => {
    const extraKey = runCheckCase(departmentNamed, {
      name: "extra key",
      description: noDepartment,
      expected: [{ messageId: "missing", data: { id: "juki", zone: "mynumber" } }],
    });
    expect(extraKey.ok).toBe(false);
    const asNumber = runCheckCase(assetListed, {
      name: "class as another type",
      description: twoAssets,
      expected: [
        { messageId: "asset", data: { asset: "a" } },
        { messageId: "asset", data: { asset: "b", c: 2 } },
      ],
    });
    expect(asNumber.ok).toBe(false);
  });

  it("pairs each expectation with a finding it fits, whatever the order of the expectations", () => {
    // The loose expectation comes first; taking the first finding that fits would leave none for the second.
    const result = runCheckCase(assetListed, {
      name: "loose then strict",
      description: twoAssets,
      expected: [{ messageId: "asset" }, { messageId: "asset", path: "/systems/0/dataAssets/0", data: { asset: "a", c: "C3" } }],
    });
    expect(result.message).toBe("");
    expect(result.ok).toBe(true);
  });

  it("still reports a finding no expectation takes", () => {
    const result = runCheckCase(assetListed, {
      name: "one of two",
      description: twoAssets,
      expected: [{ messageId: "asset", data: { asset: "b" } }],
    });
    expect(result.ok).toBe(false);
    expect(result.message).toContain(
      'reported but not expected:\n  - fail asset at /systems/0/dataAssets/0 with data {"asset":"a","c":"C3"}',
    );
  });
});

describe("defineTable", () => {
  it("returns the table it is given", () => {
    const table = { valid: [], invalid: [{ name: "x", description: noDepartment, expected: [{ messageId: "missing" as const }] }] };
    expect(defineTable(departmentNamed, table)).toBe(table);
  });

  it("types expected message ids by the check", () => {
    defineTable(departmentNamed, {
      valid: [],
      // @ts-expect-error: "absent" is not a message of acme/department-named
      invalid: [{ name: "x", description: noDepartment, expected: [{ messageId: "absent" }] }],
    });
    // The same for a table typed with CheckTable<typeof check>.
    const typed: CheckTable<typeof departmentNamed> = {
      valid: [],
      // @ts-expect-error: "absent" is not a message of acme/department-named
      invalid: [{ name: "x", description: {}, expected: [{ messageId: "absent" }] }],
    };
    // A plain CheckTable takes any message id, as before.
    const plain: CheckTable = { valid: [], invalid: [{ name: "x", description: {}, expected: [{ messageId: "absent" }] }] };
    expect([typed, plain].map((t) => t.invalid.length)).toEqual([1, 1]);
  });
});

describe("checkTester with a typed table and message data", () => {
  checkTester(
    assetListed,
    defineTable(assetListed, {
      valid: [{ name: "no data assets", description: description([mynumberSystem({ dataAssets: [] })]) }],
      invalid: [
        {
          name: "two assets",
          description: twoAssets,
          expected: [
            { messageId: "asset", path: "/systems/0/dataAssets/1", data: { asset: "b", c: "C2" } },
            { messageId: "asset", data: { asset: "a" } },
          ],
        },
      ],
    }),
    { describe, it },
  );
});
