import { describe, expect, it } from "vitest";
import type { InputIssue } from "../src/input/errors.js";
import { toPointer } from "../src/engine/json-pointer.js";
import { parseDescription } from "../src/input/parse-description.js";
import { hitoyoshiProfile } from "../src/profiles/hitoyoshi.js";
import { resolveProfile } from "../src/profiles/resolve.js";
import { editDistance, suggest } from "../src/input/suggest.js";
import { description, internetSystem, lgwanSystem, mynumberSystem } from "./support/fixtures.js";

/** Parses input that must fail; checks every issue is located and bilingual, and returns the issues. */
function issuesOf(input: unknown): readonly InputIssue[] {
  const result = parseDescription(input);
  if (result.ok) throw new Error(`expected issues, got a valid description: ${JSON.stringify(input)}`);
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(issue.pointer).toBe(toPointer(issue.path));
    expect(issue.code).toMatch(/^[a-z-]+$/);
    expect(issue.message.ja.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
    if (issue.hint !== undefined) {
      expect(issue.hint.ja.length).toBeGreaterThan(0);
      expect(issue.hint.en.length).toBeGreaterThan(0);
    }
  }
  return result.issues;
}

/** The single issue of an input with exactly one problem. */
function onlyIssue(input: unknown): InputIssue {
  const issues = issuesOf(input);
  expect(issues, JSON.stringify(issues, null, 2)).toHaveLength(1);
  return issues[0] as InputIssue;
}

const waiver = (overrides: Record<string, unknown> = {}) => ({
  checkId: "mynumber-terminal-mfa",
  target: { system: "juki" },
  reason: "更新作業中",
  requestedBy: "市民課長",
  approvedBy: "CISO",
  approvedOn: "2026-03-01",
  expiresOn: "2026-09-30",
  reference: "R8-123",
  ...overrides,
});

describe("parseDescription", () => {
  it("accepts a valid description and returns it", () => {
    const input = description([mynumberSystem(), lgwanSystem(), internetSystem()]);
    const result = parseDescription(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.systems.map((s) => s.id)).toEqual(["juki", "groupware", "web-mail"]);
  });

  describe("unknown keys", () => {
    it("suggests the field meant (zoen → zone)", () => {
      const issue = onlyIssue(description([lgwanSystem({ zoen: "lgwan" })]));
      expect(issue).toMatchObject({ code: "unknown-key", pointer: "/systems/0/zoen" });
      expect(issue.message.en).toContain('"zoen"');
      expect(issue.hint?.en).toBe('Did you mean "zone"?');
      expect(issue.hint?.ja).toContain('"zone"');
    });

    it("suggests across case (Zone → zone) and at the top level (sytems → systems)", () => {
      expect(onlyIssue(description([lgwanSystem({ Zone: "lgwan" })])).hint?.en).toBe('Did you mean "zone"?');
      const issues = issuesOf({ sytems: [] });
      expect(issues.find((i) => i.code === "unknown-key")?.hint?.en).toBe('Did you mean "systems"?');
      expect(issues.find((i) => i.code === "missing-field")?.pointer).toBe("/systems");
    });

    // Thirty-second review: a first-time vendor on a β town's project writes the network model in the description.
    // The model is the profile's (the guideline's models are chosen by the municipality, not per description), so
    // an auditor expects the error to say where it goes, with a profile that loads, not only the allowed fields.
    it.each([
      ["at the top", { ...description([lgwanSystem()]), networkModel: "beta" }, "/networkModel"],
      [
        "under municipality",
        description([lgwanSystem()], { municipality: { name: "白鷺市", networkModel: "β" } }),
        "/municipality/networkModel",
      ],
      ["spelt network_model", { ...description([lgwanSystem()]), network_model: "beta" }, "/network_model"],
    ])("sends a network model written %s to the profile", (_where, input, pointer) => {
      const issue = onlyIssue(input);
      expect(issue).toMatchObject({ code: "unknown-key", pointer });
      expect(issue.hint?.ja).toContain(
        "ネットワークモデルは記述ではなくプロファイル（--profile で指定するファイル）の networkModel に書く",
      );
      expect(issue.hint?.en).toContain("The network model is set in the profile (the file given with --profile), not in the description");
    });

    it("gives a profile in the network model hint that loads", () => {
      const issue = onlyIssue({ ...description([lgwanSystem()]), networkModel: "beta" });
      // The example's fields, as the hint writes them, make a profile the resolver accepts.
      const example = /extends: ([\w-]+), id: ([\w-]+), version: "([\d.]+)" and networkModel: ([\w-]+)/.exec(issue.hint?.en ?? "");
      expect(example).not.toBeNull();
      const [, base, id, version, networkModel] = example as RegExpExecArray;
      expect(base).toBe(hitoyoshiProfile.id);
      expect(resolveProfile({ extends: base, id, version, networkModel }).networkModel).toBe("beta");
    });

    it("says that YAML merge keys (<<) are not supported instead of listing the fields", () => {
      // What a YAML 1.2 reader makes of `<<: *base`: a field named "<<" holding the anchor's mapping.
      const issue = onlyIssue(description([lgwanSystem({ "<<": { ownerBody: "市長部局" } })]));
      expect(issue).toMatchObject({ code: "unknown-key", pointer: "/systems/0/<<" });
      expect(issue.hint?.en).toBe(
        "YAML merge keys (<<: *anchor) are not supported (YAML 1.2 has none); write the anchor's fields out here",
      );
      expect(issue.hint?.ja).toContain("マージキー");
    });

    it("says where YAML anchors go when an x- extension block holds them (fortieth review)", () => {
      const issue = onlyIssue(description([lgwanSystem()], { "x-common": { maintenance: { used: true } } }));
      expect(issue).toMatchObject({ code: "unknown-key", pointer: "/x-common" });
      expect(issue.hint?.en).toMatch(
        /^Extension fields \(x-…\) are not allowed\. To keep YAML anchors, define each anchor where it is first used/,
      );
      expect(issue.hint?.ja).toContain("アンカーは最初に使う場所で定義する");
    });

    it("lists the allowed fields when nothing is close", () => {
      const issue = onlyIssue(description([lgwanSystem()], { colour: "blue" }));
      expect(issue.pointer).toBe("/colour");
      expect(issue.hint?.en).toMatch(/^Allowed fields: .*systems/);
    });

    it("reports unknown keys in nested objects", () => {
      const issue = onlyIssue(description([lgwanSystem({ dataAssets: [{ id: "a", name: "b", confidentialty: "C2" }] })]));
      expect(issue.pointer).toBe("/systems/0/dataAssets/0/confidentialty");
      expect(issue.hint?.en).toBe('Did you mean "confidentiality"?');
    });
  });

  describe("wrong types", () => {
    it("names the field, the expected and the received type", () => {
      const issue = onlyIssue(description([lgwanSystem({ dataAssets: "none" })]));
      expect(issue).toMatchObject({ code: "invalid-type", pointer: "/systems/0/dataAssets" });
      expect(issue.message.en).toBe('"dataAssets" must be an array (list), not a string ("none")');
      expect(issue.message.ja).toContain("配列");
    });

    it("shows a list written as one value in brackets, and none as an empty list (twenty-ninth review)", () => {
      expect(onlyIssue(description([lgwanSystem({ businessFunctions: "finance" })])).hint?.ja).toBe(
        "1つでも角括弧で囲んだ一覧で書くこと（例：businessFunctions: [finance]）",
      );
      expect(onlyIssue(description([lgwanSystem({ dataAssets: "なし" })])).hint?.en).toBe(
        "Write an empty list when there are none (dataAssets: [])",
      );
      const ports = description([lgwanSystem()], {
        connections: [{ id: "c", from: { system: "groupware" }, to: { external: "public-internet" }, ports: "22, 443" }],
      });
      expect(onlyIssue(ports).hint?.en).toBe("Write a list in brackets, even of one item (e.g. ports: [22, 443])");
    });

    it("says how to write a network named by its own name, and reads a code cut short (twenty-ninth review)", () => {
      const named = description([lgwanSystem()], {
        connections: [{ id: "c", from: { external: "保守センター" }, to: { system: "groupware" } }],
      });
      expect(onlyIssue(named).hint?.en).toContain("{ external: vendor-network, service: 保守センター }");
      const cut = description([lgwanSystem()], {
        connections: [{ id: "c", from: { external: "vendor-network" }, to: { system: "groupware" }, transport: "closed" }],
      });
      expect(onlyIssue(cut).hint?.en).toContain('Did you mean "closed-line"?');
      const line = description([lgwanSystem({ remoteMaintenance: { used: true, line: "閉域網" } })]);
      expect(onlyIssue(line).hint?.en).toContain('its code "closed"');
    });

    it("shows a text given for an object under the key that holds such a text", () => {
      // A contract written as its number: the number is the contract's reference, not a name.
      const contract = onlyIssue(description([lgwanSystem()], { vendors: [{ id: "acme", name: "アクメ", contract: "第7-215号" }] }));
      expect(contract).toMatchObject({ code: "invalid-type", pointer: "/vendors/0/contract" });
      expect(contract.hint?.ja).toMatch(
        /^「項目: 値」の組で書くこと（例：\{ reference: 第7-215号 \}。ほかに書ける項目：signedOn, validUntil/u,
      );
      expect(contract.hint?.en).toContain("e.g. { reference: 第7-215号 }");
      // An object that has a name takes the text as its name.
      const asset = onlyIssue(description([lgwanSystem({ dataAssets: ["住民票"] })]));
      expect(asset.hint?.en).toContain("e.g. { name: 住民票 }");
    });

    it("names the system of a terminal group written without it at a connection's end (seventieth review)", () => {
      const issue = onlyIssue(
        description([lgwanSystem({ terminalGroups: [{ id: "staff-pc", name: "職員端末" }] })], {
          connections: [{ id: "c", from: { terminalGroup: "staff-pc" }, to: { external: "lgwan-network" }, direction: "one-way" }],
        }),
      );
      expect(issue).toMatchObject({ code: "missing-field", pointer: "/connections/0/from/system" });
      expect(issue.hint?.en).toBe("staff-pc belongs to system groupware: write { system: groupware, terminalGroup: staff-pc }");
    });

    it("tells to leave a field out rather than write null (seventy-fourth review: exports write blank cells as null)", () => {
      const issue = issuesOf(description([lgwanSystem({ hosting: null })])).find((i) => i.pointer === "/systems/0/hosting");
      expect(issue).toMatchObject({ code: "invalid-type", pointer: "/systems/0/hosting" });
      expect(issue?.message.en).toBe('"hosting" has no value (blank or null; expected an object (key: value pairs))');
      expect(issue?.hint?.en).toContain("Leave the field out");
    });

    it("tells to quote a number where a string is expected", () => {
      const issue = onlyIssue(description([lgwanSystem({ department: 42 })]));
      expect(issue.code).toBe("invalid-type");
      expect(issue.hint?.en).toContain('"42"');
    });

    it("explains Date objects from YAML 1.1 readers", () => {
      const issue = onlyIssue(description([lgwanSystem()], { evaluationDate: new Date("2026-04-01T00:00:00Z") }));
      expect(issue.pointer).toBe("/evaluationDate");
      expect(issue.hint?.en).toContain('"2026-04-01"');
    });

    it("reports a number out of range with the bound", () => {
      const issue = onlyIssue(
        description([lgwanSystem()], {
          connections: [{ id: "c", from: { system: "groupware" }, to: { external: "public-internet" }, ports: [70000] }],
        }),
      );
      expect(issue).toMatchObject({ code: "too-big", pointer: "/connections/0/ports/0" });
      expect(issue.message.en).toContain("65535");
    });

    it("refuses port 0, which some firewall exports write for every port, and points to any", () => {
      const issue = onlyIssue(
        description([lgwanSystem()], {
          connections: [{ id: "c", from: { system: "groupware" }, to: { external: "public-internet" }, ports: [0] }],
        }),
      );
      expect(issue).toMatchObject({ code: "too-small", pointer: "/connections/0/ports/0" });
      expect(issue.hint?.ja).toContain("any");
    });
  });

  describe("enum values", () => {
    it("suggests the value meant (lgwn → lgwan) and lists the allowed ones", () => {
      const issue = onlyIssue(description([lgwanSystem({ zone: "lgwn" })]));
      expect(issue).toMatchObject({ code: "invalid-value", pointer: "/systems/0/zone" });
      expect(issue.hint?.en).toBe('Did you mean "lgwan"? (allowed: mynumber, lgwan, internet)');
    });

    it("gives the code for a value written by its Japanese name (マイナンバー利用事務系 → mynumber, 生体認証 → biometric)", () => {
      const zone = onlyIssue(description([lgwanSystem({ zone: "マイナンバー利用事務系" })]));
      expect(zone).toMatchObject({ code: "invalid-value", pointer: "/systems/0/zone" });
      expect(zone.hint?.en).toBe('Write "マイナンバー利用事務系" as its code "mynumber" (allowed: mynumber, lgwan, internet)');
      expect(zone.hint?.ja).toBe('「マイナンバー利用事務系」はコードの "mynumber" で書くこと（使える値：mynumber, lgwan, internet）');
      const factor = onlyIssue(
        description([lgwanSystem({ terminalGroups: [{ id: "pc", name: "端末", authenticationFactors: ["password", "生体認証"] }] })]),
      );
      expect(factor.pointer).toBe("/systems/0/terminalGroups/0/authenticationFactors/1");
      expect(factor.hint?.en).toMatch(/^Write "生体認証" as its code "biometric"/);
      // Full-width and spaces folded; a parenthetical may be left off (防災（被災者支援） → 防災).
      expect(onlyIssue(description([lgwanSystem({ businessFunctions: ["防災"] })])).hint?.en).toMatch(/as its code "disaster-response"/);
      expect(onlyIssue(description([lgwanSystem({ zone: "ＬＧＷＡＮ接続系" })])).hint?.en).toMatch(/as its code "lgwan"/);
      // First-contact review: full-width codes, a class by its property's name, the policy's other name of the zone.
      expect(onlyIssue(description([lgwanSystem({ zone: "個人番号利用事務系" })])).hint?.en).toMatch(/as its code "mynumber"/);
      const asset = (confidentiality: string) =>
        description([lgwanSystem({ dataAssets: [{ id: "a", name: "台帳", confidentiality, integrity: "I2", availability: "A2" }] })]);
      expect(onlyIssue(asset("Ｃ２")).hint?.en).toMatch(/as its code "C2"/);
      // A class by its property's name and number: that number in either scheme (the profile decides which is in use).
      expect(onlyIssue(asset("機密性2")).hint?.en).toMatch(/classificationScheme\): C2 \(legacy scheme\); 2 \(October 2024 scheme, r6\)/);
      expect(onlyIssue(asset("機密性3")).hint?.ja).toContain("C3（従来の区分 legacy）、3A・3B・3C");
      // Eighth review: the external-media setting in Japanese.
      expect(
        onlyIssue(description([lgwanSystem({ terminalGroups: [{ id: "pc", name: "端末", externalMedia: "禁止" }] })])).hint?.en,
      ).toMatch(/as its code "blocked"/);
      // Fifth review: a field written with its Japanese name gets its key.
      expect(onlyIssue(description([lgwanSystem({ 領域: "lgwan" })])).hint?.en).toBe('Did you mean "zone"?');
      // Fifth review: the October 2024 scheme's classes have no letter.
      expect(onlyIssue(asset("機密性3B")).hint?.en).toMatch(/as its code "3B"/);
      // A name that is no value's gets the list.
      expect(onlyIssue(description([lgwanSystem({ zone: "庁内系" })])).hint?.en).toBe("Allowed values: mynumber, lgwan, internet");
    });

    it("suggests across case (c3 → C3)", () => {
      const issue = onlyIssue(description([lgwanSystem({ dataAssets: [{ id: "a", name: "b", confidentiality: "c3" }] })]));
      expect(issue.hint?.en).toMatch(/^Did you mean "C3"\?/);
    });

    it("names the classes of both schemes for a bare class number (3 → C3, 3A, 3B, 3C), not the nearest spelling", () => {
      const issue = onlyIssue(
        description([lgwanSystem({ dataAssets: [{ id: "d", name: "d", confidentiality: "3", integrity: "I1", availability: "A1" }] })]),
      );
      expect(issue).toMatchObject({ code: "invalid-value", pointer: "/systems/0/dataAssets/0/confidentiality" });
      expect(issue.hint?.ja).toContain("C3（従来の区分 legacy）、3A・3B・3C（令和6年10月の区分 r6）");
      expect(issue.hint?.en).not.toContain('Did you mean "1"');
    });

    it('tells to quote an unquoted numeric class (2 → "2")', () => {
      const issue = onlyIssue(description([lgwanSystem({ dataAssets: [{ id: "a", name: "b", confidentiality: 2 }] })]));
      expect(issue.code).toBe("invalid-value");
      expect(issue.hint?.en).toBe('Quote the value to make it a string: "2"');
    });

    it("reports the problem inside the union form that was meant", () => {
      const issue = onlyIssue(
        description([lgwanSystem()], { connections: [{ id: "c", from: { system: "groupware" }, to: { external: "public-internernet" } }] }),
      );
      expect(issue).toMatchObject({ code: "invalid-value", pointer: "/connections/0/to/external" });
      expect(issue.hint?.en).toMatch(/^Did you mean "public-internet"\?/);
    });

    it("suggests a field of the union forms when none matches (sytem → system)", () => {
      const issue = onlyIssue(
        description([lgwanSystem()], { connections: [{ id: "c", from: { sytem: "groupware" }, to: { external: "public-internet" } }] }),
      );
      expect(issue).toMatchObject({ code: "invalid-union", pointer: "/connections/0/from" });
      expect(issue.hint?.en).toContain('Did you mean "system" instead of "sytem"?');
      expect(issue.hint?.en).toContain("{ external, service?, segment? }");
    });

    it("lists the accepted forms of a primitive union", () => {
      const issue = onlyIssue(
        description([lgwanSystem()], {
          connections: [{ id: "c", from: { system: "groupware" }, to: { external: "public-internet" }, ports: ["all"] }],
        }),
      );
      expect(issue).toMatchObject({ code: "invalid-union", pointer: "/connections/0/ports/0" });
      expect(issue.hint?.en).toBe('Write it as an integer from 1 to 65535 or "any"');
    });
  });

  describe("dates", () => {
    it.each(["2026-02-30", "2026/04/01", "20260401", "2026-4-1", "2025-02-29"])("rejects %s", (date) => {
      const issue = onlyIssue(description([lgwanSystem()], { evaluationDate: date }));
      expect(issue).toMatchObject({ code: "invalid-format", pointer: "/evaluationDate" });
      expect(issue.message.en).toContain("YYYY-MM-DD");
    });

    it("accepts a leap day", () => {
      expect(parseDescription(description([lgwanSystem()], { evaluationDate: "2028-02-29" })).ok).toBe(true);
    });

    it("reports invalid dates deep inside", () => {
      const issue = onlyIssue(
        description([lgwanSystem()], { waivers: [waiver({ target: { system: "groupware" }, approvedOn: "2026-13-01" })] }),
      );
      expect(issue.pointer).toBe("/waivers/0/approvedOn");
    });
  });

  describe("missing required fields", () => {
    it("names the field and explains it", () => {
      const issue = onlyIssue(description([{ id: "x" }]));
      expect(issue).toMatchObject({ code: "missing-field", pointer: "/systems/0/name" });
      expect(issue.message.en).toBe('Required field "name" is missing (expected a string)');
      expect(issue.hint?.en).toBe("Add it: Name of the system");
    });

    it("says a missing end of a connection is missing, with the forms it takes", () => {
      // First-contact review: a connection without `to` read "matches none of the accepted forms (received undefined)".
      const issue = onlyIssue(description([lgwanSystem()], { connections: [{ id: "c", from: { system: "groupware" } }] }));
      expect(issue).toMatchObject({ code: "missing-field", pointer: "/connections/0/to" });
      expect(issue.message.ja).toBe('必須の項目 "to" がない');
      expect(issue.hint?.en).toBe("Add it: { system, terminalGroup?, server? } or { external, service?, segment? }");
    });

    it("reports the missing systems list", () => {
      const issue = onlyIssue({ evaluationDate: "2026-04-01" });
      expect(issue).toMatchObject({ code: "missing-field", pointer: "/systems" });
    });

    it("reports every missing field at once", () => {
      const issues = issuesOf(description([{ id: "x" }], { waivers: [{ checkId: "a" }] }));
      expect(issues.map((i) => i.pointer)).toEqual(
        expect.arrayContaining([
          "/systems/0/name",
          "/waivers/0/target",
          "/waivers/0/reason",
          "/waivers/0/approvedBy",
          "/waivers/0/expiresOn",
        ]),
      );
    });
  });

  describe("ids and references", () => {
    it("reports duplicate ids with the first occurrence", () => {
      const issue = onlyIssue(description([lgwanSystem(), lgwanSystem()]));
      expect(issue).toMatchObject({ code: "duplicate-id", pointer: "/systems/1/id" });
      expect(issue.message.en).toContain("/systems/0");
    });

    it("reports duplicate ids inside a system", () => {
      const group = { id: "pc", name: "端末" };
      const issue = onlyIssue(description([lgwanSystem({ terminalGroups: [group, group] })]));
      expect(issue).toMatchObject({ code: "duplicate-id", pointer: "/systems/0/terminalGroups/1/id" });
    });

    it("reports connections to unknown systems with a suggestion", () => {
      const issue = onlyIssue(
        description([lgwanSystem()], { connections: [{ id: "c", from: { system: "grupware" }, to: { external: "public-internet" } }] }),
      );
      expect(issue).toMatchObject({ code: "dangling-reference", pointer: "/connections/0/from/system" });
      expect(issue.hint?.en).toBe('Did you mean "groupware"?');
    });

    it("reports unknown vendors, cloud services and evidence", () => {
      const issues = issuesOf(
        description([lgwanSystem({ vendorIds: ["acme"], hosting: { cloudServiceId: "aws" }, evidence: ["ev-1"] })], {
          vendors: [{ id: "acme-corp", name: "Acme" }],
          evidence: [{ id: "ev-2", title: "構成図" }],
        }),
      );
      expect(issues.map((i) => [i.code, i.pointer])).toEqual([
        ["dangling-reference", "/systems/0/vendorIds/0"],
        ["dangling-reference", "/systems/0/hosting/cloudServiceId"],
        ["dangling-reference", "/systems/0/evidence/0"],
      ]);
      expect(issues[1]?.hint?.en).toBe("Add it to cloudServices (now empty)");
      expect(issues[2]?.hint?.en).toBe('Did you mean "ev-2"?');
    });

    it("reports systems a vendor's contract names but the description lacks", () => {
      const issues = issuesOf(
        description([lgwanSystem()], { vendors: [{ id: "v", name: "V", contract: { systems: ["groupware", "groupwear2"] } }] }),
      );
      expect(issues.map((i) => [i.code, i.pointer])).toEqual([["dangling-reference", "/vendors/0/contract/systems/1"]]);
    });

    it("reports evidence references anywhere", () => {
      const issues = issuesOf(
        description([lgwanSystem()], {
          vendors: [{ id: "v", name: "V", evidence: ["nope"] }],
          connections: [{ id: "c", from: { system: "groupware" }, to: { external: "public-internet" }, evidence: ["nope"] }],
        }),
      );
      expect(issues.map((i) => i.pointer).sort()).toEqual(["/connections/0/evidence/0", "/vendors/0/evidence/0"]);
    });

    it("reports terminal groups and servers that the named system does not have", () => {
      const issues = issuesOf(
        description([mynumberSystem(), lgwanSystem()], {
          connections: [{ id: "c", from: { system: "juki", terminalGroup: "mn-pcs" }, to: { system: "groupware", server: "db" } }],
        }),
      );
      expect(issues.map((i) => [i.code, i.pointer])).toEqual([
        ["dangling-reference", "/connections/0/from/terminalGroup"],
        ["dangling-reference", "/connections/0/to/server"],
      ]);
      expect(issues[0]?.message.en).toBe('Terminal group "mn-pcs" is not in the terminal groups of system "juki" (terminalGroups)');
      expect(issues[0]?.hint?.en).toBe('Did you mean "mn-pc"?');
    });

    it("does not look for a terminal group in another system", () => {
      const issue = onlyIssue(
        description([mynumberSystem(), lgwanSystem()], {
          connections: [{ id: "c", from: { system: "groupware", terminalGroup: "mn-pc" }, to: { external: "lgwan-network" } }],
        }),
      );
      expect(issue.pointer).toBe("/connections/0/from/terminalGroup");
    });
  });

  describe("systems described elsewhere", () => {
    it("carry no facts of their own and state their zone (fourteenth review: a bridged system passed silently)", () => {
      const own = onlyIssue(
        description([{ id: "gw", name: "グループウェア", zone: "lgwan", describedElsewhere: true, attachedZones: ["lgwan", "internet"] }]),
      );
      expect(own).toMatchObject({ code: "described-elsewhere-facts", pointer: "/systems/0/attachedZones" });
      const zoneless = onlyIssue(description([{ id: "gw", name: "グループウェア", describedElsewhere: true }]));
      expect(zoneless).toMatchObject({ code: "missing-field", pointer: "/systems/0" });
      expect(parseDescription(description([{ id: "gw", name: "グループウェア", zone: "lgwan", describedElsewhere: true }])).ok).toBe(true);
      // What names it is allowed: its owner and business, and its terminal groups by name, for the links that start there.
      const named = {
        id: "gw",
        name: "グループウェア",
        zone: "lgwan",
        describedElsewhere: true,
        owner: "総務課長",
        businessFunctions: ["groupware"],
        terminalGroups: [{ id: "staff-pc", name: "職員端末", count: 300 }],
      };
      expect(parseDescription(description([named])).ok).toBe(true);
      const facts = onlyIssue(
        description([{ ...named, terminalGroups: [{ id: "staff-pc", name: "職員端末", externalMedia: "allowed" }] }]),
      );
      // At the fact itself, inside the group (twenty-ninth review).
      expect(facts).toMatchObject({ code: "described-elsewhere-facts", pointer: "/systems/0/terminalGroups/0/externalMedia" });
    });
  });

  describe("waivers", () => {
    it("accepts a waiver approved by someone else", () => {
      expect(parseDescription(description([mynumberSystem()], { waivers: [waiver()] })).ok).toBe(true);
    });

    it.each([
      ["the same text", "市民課長"],
      ["other spacing and full-width forms", "　市民課長 "],
    ])("accepts a waiver approved by its requester (%s): exceptions-valid reports it, and it is not applied", (_, approver) => {
      expect(parseDescription(description([mynumberSystem()], { waivers: [waiver({ approvedBy: approver })] })).ok).toBe(true);
    });

    it("rejects a waiver without a target, for an unknown system, or expiring before approval", () => {
      const issues = issuesOf(
        description([mynumberSystem()], {
          waivers: [waiver({ target: {} }), waiver({ target: { system: "juk" } }), waiver({ expiresOn: "2026-01-01" })],
        }),
      );
      expect(issues.map((i) => [i.code, i.pointer])).toEqual([
        ["waiver-without-target", "/waivers/0/target"],
        ["dangling-reference", "/waivers/1/target/system"],
        ["waiver-expires-before-approval", "/waivers/2/expiresOn"],
      ]);
    });

    it("asks only for the system of a server named without it (twenty-seventh review: a second, false error said no target)", () => {
      const issues = issuesOf(description([mynumberSystem()], { waivers: [waiver({ target: { server: "ap" } })] }));
      expect(issues.map((i) => [i.code, i.pointer])).toEqual([["waiver-part-without-system", "/waivers/0/target/server"]]);
    });
  });

  describe("hostile and odd input", () => {
    it("reports __proto__ and constructor keys without polluting prototypes", () => {
      const input = JSON.parse(
        '{"systems": [{"id": "a", "name": "A", "__proto__": {"zone": "mynumber", "polluted": true}}], "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
      ) as unknown;
      const issues = issuesOf(input);
      expect(issues.map((i) => [i.code, i.pointer]).sort()).toEqual([
        ["unknown-key", "/__proto__"],
        ["unknown-key", "/constructor"],
        ["unknown-key", "/systems/0/__proto__"],
      ]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("polluted");
      expect(Object.prototype).not.toHaveProperty("zone");
    });

    it.each([
      ["null", null],
      ["an array", [{ systems: [] }]],
      ["a string", "systems: []"],
      ["a number", 42],
      ["a boolean", true],
      ["undefined", undefined],
    ])("gives one root issue for %s", (_, input) => {
      const issue = onlyIssue(input);
      expect(issue).toMatchObject({ code: "invalid-type", pointer: "", path: [] });
      expect(issue.hint?.en).toContain("key: value");
    });

    it("handles objects without a prototype and cyclic input", () => {
      const bare = Object.assign(Object.create(null) as object, { systems: [] });
      expect(parseDescription(bare).ok).toBe(true);
      const cyclic: Record<string, unknown> = { systems: [] };
      (cyclic.systems as unknown[]).push(cyclic);
      expect(issuesOf(cyclic).length).toBeGreaterThan(0);
    });

    it("shortens long values in messages", () => {
      const issue = onlyIssue(description([lgwanSystem({ zone: "x".repeat(500) })]));
      expect(issue.message.en.length).toBeLessThan(120);
    });
  });
});

describe("suggest", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("zoen", "zone")).toBe(1);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("suggests only close candidates", () => {
    expect(suggest("zoen", ["zones", "zone", "name"])).toBe("zone");
    expect(suggest("xyz", ["zone", "name"])).toBeUndefined();
    expect(suggest("internt", ["mynumber", "lgwan", "internet"])).toBe("internet");
    expect(suggest("a", [])).toBeUndefined();
  });
});
