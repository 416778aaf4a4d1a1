import { describe, expect, it } from "vitest";
import type { Description } from "../model/description.js";
import { danglingReferences, firstDifference, type JoinIssue, joinDescriptions, type JoinPart } from "./join.js";

/** A description of the given parts (the join reads validated descriptions; these are small on purpose). */
const d = (fields: Record<string, unknown>): Description => ({ systems: [], ...fields }) as Description;
const part = (file: string, fields: Record<string, unknown>): JoinPart => ({ file, description: d(fields) });

const gw = { id: "gw", name: "グループウェア", zone: "lgwan", vendorIds: ["oa"], terminalGroups: [{ id: "staff-pc", count: 10 }] };
const gwStub = { id: "gw", name: "グループウェア", zone: "lgwan", describedElsewhere: true };
const inet = { id: "inet", name: "インターネット接続系", zone: "internet" };
const oa = { id: "oa", name: "人吉OA", lastVerified: "2025-11-20" };
const mailIn = { id: "mail-in", from: { system: "inet" }, to: { system: "gw" } };

function joined(parts: JoinPart[]) {
  const result = joinDescriptions(parts);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function issues(parts: JoinPart[]): JoinIssue[] {
  const result = joinDescriptions(parts);
  if (result.ok) throw new Error("joined without issues");
  return [...result.issues];
}

/** The one issue of a join. */
function oneIssue(parts: JoinPart[]): JoinIssue["issue"] {
  const found = issues(parts);
  expect(found).toHaveLength(1);
  return (found[0] as JoinIssue).issue;
}

describe("joinDescriptions", () => {
  it("keeps a full entry over the stubs of its id, wherever the stub is", () => {
    for (const order of [
      [part("a.yaml", { systems: [gwStub, inet] }), part("b.yaml", { systems: [gw] })],
      [part("b.yaml", { systems: [gw] }), part("a.yaml", { systems: [gwStub, inet] })],
    ]) {
      const j = joined(order);
      expect(j.description.systems.map((s) => s.id).sort()).toEqual(["gw", "inet"]);
      expect(j.description.systems.find((s) => s.id === "gw")).toEqual(gw);
    }
  });

  it("keeps one stub of a system no file describes, with the terminal groups every stub names", () => {
    const j = joined([
      part("a.yaml", { systems: [inet, gwStub] }),
      part("b.yaml", { systems: [inet, { ...gwStub, terminalGroups: [{ id: "staff-pc", name: "職員端末" }] }] }),
    ]);
    expect(j.description.systems).toEqual([inet, { ...gwStub, terminalGroups: [{ id: "staff-pc", name: "職員端末" }] }]);
    // The terminal group came from the second file: a finding about it points there.
    expect(j.origin("/systems/1/terminalGroups/0")).toEqual({ part: 1, pointer: "/systems/1/terminalGroups/0" });
    expect(j.origin("/systems/1")).toEqual({ part: 0, pointer: "/systems/1" });
  });

  it("keeps deep-equal entries once, whatever the order of their keys", () => {
    const reordered = { lastVerified: "2025-11-20", name: "人吉OA", id: "oa" };
    const j = joined([part("a.yaml", { systems: [gw], vendors: [oa] }), part("b.yaml", { systems: [inet], vendors: [reordered] })]);
    expect(j.description.vendors).toEqual([oa]);
    expect(j.origin("/vendors/0/name")).toEqual({ part: 0, pointer: "/vendors/0/name" });
  });

  it("points every element back to the file and position it was written at", () => {
    const j = joined([
      part("a.yaml", { systems: [gwStub, inet], connections: [mailIn] }),
      part("b.yaml", { systems: [gw], connections: [{ ...mailIn, id: "browse" }], municipality: { name: "人吉市" } }),
    ]);
    expect(j.description.systems.map((s) => s.id)).toEqual(["inet", "gw"]);
    expect(j.origin("/systems/0/zone")).toEqual({ part: 0, pointer: "/systems/1/zone" });
    expect(j.origin("/systems/1/terminalGroups/0/count")).toEqual({ part: 1, pointer: "/systems/0/terminalGroups/0/count" });
    expect(j.origin("/connections/1")).toEqual({ part: 1, pointer: "/connections/0" });
    expect(j.origin("/municipality/name")).toEqual({ part: 1, pointer: "/municipality/name" });
    expect(j.origin("")).toEqual({ part: 0, pointer: "" });
  });

  it("refuses one id described differently in two files, at the later file's first difference, in both languages", () => {
    const found = issues([
      part("a.yaml", { systems: [gw], vendors: [oa] }),
      part("b.yaml", { systems: [inet], vendors: [{ ...oa, lastVerified: "2025-12-20" }] }),
    ]);
    expect(found.map((f) => f.part)).toEqual([1]);
    const { issue } = found[0] as JoinIssue;
    expect(issue.code).toBe("described-twice");
    expect(issue.pointer).toBe("/vendors/0/lastVerified");
    expect(issue.message.ja).toBe('事業者 "oa" は a.yaml にも記載されていて、内容が異なる（最初の違い：lastVerified）');
    expect(issue.message.en).toBe('The vendor "oa" is also described in a.yaml, with different facts (first difference: lastVerified)');
    expect(issue.hint?.en).toContain("--each-file");
  });

  it("tells a system described twice to be described once, with describedElsewhere stubs elsewhere", () => {
    const issue = oneIssue([part("a.yaml", { systems: [gw] }), part("b.yaml", { systems: [{ ...gw, vendorIds: [] }] })]);
    // The first file lists a vendor the later one does not: located at the later file's list.
    expect(issue.pointer).toBe("/systems/0/vendorIds");
    expect(issue.hint?.ja).toContain("describedElsewhere: true");
    expect(issue.hint?.en).toContain("describedElsewhere: true");
  });

  it("locates a difference that only the first file writes at what the later file has", () => {
    const { vendorIds: _v, ...bare } = gw;
    const issue = oneIssue([part("a.yaml", { systems: [gw] }), part("b.yaml", { systems: [bare] })]);
    expect(issue.pointer).toBe("/systems/0");
  });

  it("keeps the municipality once when the files agree and refuses two versions of it", () => {
    const city = { name: "人吉市", csirt: { established: true } };
    expect(
      joined([part("a.yaml", { systems: [gw], municipality: city }), part("b.yaml", { systems: [inet], municipality: city })]).description
        .municipality,
    ).toEqual(city);
    const issue = oneIssue([
      part("a.yaml", { systems: [gw], municipality: city }),
      part("b.yaml", { systems: [inet], municipality: { ...city, csirt: { established: false } } }),
    ]);
    expect(issue.pointer).toBe("/municipality/csirt/established");
    expect(issue.message.en).toBe(
      "The municipality's facts (municipality) differ from those in a.yaml (first difference: csirt/established)",
    );
  });

  it("keeps an exception repeated word for word once, and two different ones both", () => {
    const waiver = { checkId: "software-supported", target: { system: "gw" }, reference: "第1号" };
    const j = joined([
      part("a.yaml", { systems: [gw], waivers: [waiver] }),
      part("b.yaml", { systems: [inet], waivers: [{ ...waiver }, { ...waiver, reference: "第2号" }] }),
    ]);
    expect(j.description.waivers?.map((w) => w.reference)).toEqual(["第1号", "第2号"]);
    expect(j.origin("/waivers/1/reference")).toEqual({ part: 1, pointer: "/waivers/1/reference" });
  });

  it("takes the title and date of the first file that has them", () => {
    const j = joined([
      part("a.yaml", { systems: [gw] }),
      part("b.yaml", { systems: [inet], title: "LGWAN", evaluationDate: "2026-04-01" }),
    ]);
    expect(j.description.title).toBe("LGWAN");
    expect(j.origin("/title")).toEqual({ part: 1, pointer: "/title" });
  });
});

describe("danglingReferences", () => {
  it("answers a reference from what another file holds, and locates one nothing answers where it was written", () => {
    const j = joined([
      part("a.yaml", { systems: [inet, gwStub], connections: [mailIn] }),
      part("b.yaml", { systems: [{ ...gw, vendorIds: ["oa", "nobody"] }], vendors: [oa] }),
    ]);
    const found = danglingReferences(j);
    expect(found.map((f) => [f.part, f.issue.pointer, f.issue.path])).toEqual([
      [1, "/systems/0/vendorIds/1", ["systems", 0, "vendorIds", 1]],
    ]);
  });
});

describe("firstDifference", () => {
  it.each([
    [{ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, undefined],
    [{ a: 1 }, { a: 2 }, "/a"],
    [{ a: [1] }, { a: [1, 2] }, "/a/1"],
    [{ a: 1 }, { a: 1, b: 2 }, "/b"],
    [1, "1", ""],
  ])("%j and %j: %s", (a, b, expected) => {
    expect(firstDifference(a, b)).toBe(expected);
  });
});
