/**
 * Hints for a vendor's first description (seventy-ninth review, items 6–8): each says what to write
 * in a form that, followed literally, gives no second error.
 */
import { describe, expect, it } from "vitest";
import { explainDescription, parseDescription } from "../../src/input/parse-description.js";
import { issuesToDiagnostics } from "../../src/io/issues.js";
import { parseSource } from "../../src/io/parse.js";
import type { InputIssue } from "../../src/input/errors.js";
import { description, lgwanSystem, mynumberSystem } from "../support/fixtures.js";

/** The one issue of an input with exactly one problem. */
function onlyIssue(input: unknown): InputIssue {
  const result = parseDescription(input);
  if (result.ok) throw new Error(`expected an issue, got a valid description: ${JSON.stringify(input)}`);
  expect(result.issues, JSON.stringify(result.issues, null, 2)).toHaveLength(1);
  return result.issues[0] as InputIssue;
}

const maintained = (line: unknown) =>
  description([mynumberSystem({ remoteMaintenance: { used: true, line, perSessionApproval: true, mfa: true, logged: true } })]);

const connection = (fields: Record<string, unknown>) =>
  description([lgwanSystem()], { connections: [{ id: "c", from: { system: "groupware" }, to: { external: "lgwan-network" }, ...fields }] });

describe("a code of a sibling list (item 6)", () => {
  it("reads a connection's closed-line in the maintenance line as closed", () => {
    const issue = onlyIssue(maintained("closed-line"));
    expect(issue).toMatchObject({ code: "invalid-value", pointer: "/systems/0/remoteMaintenance/line" });
    expect(issue.message.ja).toBe('"line" に値 "closed-line" は使えない');
    expect(issue.hint).toEqual({
      ja: 'この項目では "closed-line" を "closed" と書くこと（使える値：closed, lgwan, internet-vpn, internet）',
      en: 'Here "closed-line" is written "closed" (allowed: closed, lgwan, internet-vpn, internet)',
    });
  });

  it("reads a dedicated line as the closed maintenance line, as the remote-maintenance check does", () => {
    expect(onlyIssue(maintained("dedicated-line")).hint?.en).toBe(
      'Here "dedicated-line" is written "closed" (allowed: closed, lgwan, internet-vpn, internet)',
    );
  });

  it.each([
    ["閉域網", "closed"],
    ["閉域回線", "closed"],
    ["専用線", "closed"],
  ])("gives the maintenance line's code for %s", (written, code) => {
    expect(onlyIssue(maintained(written)).hint?.en).toMatch(new RegExp(`^Write "${written}" as its code "${code}"`));
  });

  it("keeps the transport's own reading of closed (a code cut short)", () => {
    expect(onlyIssue(connection({ transport: "closed" })).hint?.en).toMatch(/^Did you mean "closed-line"\?/);
  });
});

describe("an example of the right shape holds the code (item 7)", () => {
  it("puts a business function's code into the list it shows", () => {
    const issue = onlyIssue(description([lgwanSystem({ businessFunctions: "文書管理" })]));
    expect(issue).toMatchObject({ code: "invalid-type", pointer: "/systems/0/businessFunctions" });
    expect(issue.hint).toEqual({
      ja: "1つでも角括弧で囲んだ一覧で書くこと（例：businessFunctions: [document-management]）",
      en: "Write a list in brackets, even of one item (e.g. businessFunctions: [document-management])",
    });
    // Several, each mapped; one that maps to nothing is shown as written.
    expect(onlyIssue(description([lgwanSystem({ businessFunctions: "文書管理、財務会計、独自業務, GROUPWARE" })])).hint?.en).toBe(
      "Write a list in brackets, even of one item (e.g. businessFunctions: [document-management, finance, 独自業務, groupware])",
    );
  });

  it("puts the hosting kind's code into the object it shows", () => {
    const issue = onlyIssue(description([lgwanSystem({ hosting: "LGWAN-ASP" })]));
    expect(issue).toMatchObject({ code: "invalid-type", pointer: "/systems/0/hosting" });
    expect(issue.hint).toEqual({
      ja: "「項目: 値」の組で書くこと（例：{ kind: lgwan-asp }。ほかに書ける項目：cloudServiceId, closedNetworkOnly）",
      en: "Write key: value pairs (e.g. { kind: lgwan-asp }; other keys: cloudServiceId, closedNetworkOnly)",
    });
    expect(onlyIssue(description([lgwanSystem({ hosting: "オンプレミス" })])).hint?.en).toContain("e.g. { kind: on-premises }");
  });

  it("names the codes to choose from when the text maps to none, rather than showing it where a code belongs", () => {
    const issue = onlyIssue(description([lgwanSystem({ hosting: "市役所の3階" })]));
    expect(issue.hint?.ja).toBe(
      "「項目: 値」の組で書くこと（例：{ kind: … }。kind に書ける値：on-premises, data-centre, government-cloud, lgwan-asp, cloud-service。ほかに書ける項目：cloudServiceId, closedNetworkOnly）",
    );
  });

  it("shows values the model accepts (the review's two hints, applied as written)", () => {
    const followed = description([lgwanSystem({ hosting: { kind: "lgwan-asp" }, businessFunctions: ["document-management"] })]);
    expect(parseDescription(followed).ok).toBe(true);
  });
});

describe("Japanese names of further codes (item 8)", () => {
  it.each([
    ["双方向", "bidirectional"],
    ["両方向", "bidirectional"],
    ["片方向", "one-way"],
    ["一方向", "one-way"],
  ])("gives the direction's code for %s", (written, code) => {
    const issue = onlyIssue(connection({ direction: written }));
    expect(issue).toMatchObject({ code: "invalid-value", pointer: "/connections/0/direction" });
    expect(issue.hint?.ja).toBe(`「${written}」はコードの "${code}" で書くこと（使える値：one-way, bidirectional）`);
  });

  it("reads two-way as bidirectional", () => {
    expect(onlyIssue(connection({ direction: "two-way" })).hint?.en).toBe(
      'Here "two-way" is written "bidirectional" (allowed: one-way, bidirectional)',
    );
  });
});

const asset = (fields: Record<string, unknown>) =>
  description([
    lgwanSystem({
      dataAssets: [{ id: "a", name: "台帳", confidentiality: "C2", integrity: "I1", availability: "A1", ...fields }],
    }),
  ]);

describe("a yes/no field written as a word (item 8)", () => {
  it.each([
    ["はい", "true"],
    ["yes", "true"],
    ["○", "true"],
    ["〇", "true"],
    ["ＹＥＳ", "true"],
    ["いいえ", "false"],
    ["no", "false"],
    ["×", "false"],
  ])("says to write %s as %s", (written, meant) => {
    const issue = onlyIssue(asset({ personalInformation: written }));
    expect(issue).toMatchObject({ code: "invalid-type", pointer: "/systems/0/dataAssets/0/personalInformation" });
    expect(issue.hint?.ja).toBe(
      `「${written}」は ${meant} と書くこと（この項目は true か false で書く。はい・yes・○ は true、いいえ・no・× は false）。この項目：個人情報を含むか`,
    );
    expect(issue.hint?.en).toBe(
      `Write "${written}" as ${meant} (this field takes true or false: yes, はい, ○ are true; no, いいえ, × are false). This field: Whether it contains personal information`,
    );
  });

  it("says to write true or false for a word it cannot read", () => {
    expect(onlyIssue(asset({ myNumber: "一部" })).hint?.en).toMatch(/^Write true or false \(this field takes true or false: /);
  });

  it("says to take the spaces off true written with them (a spreadsheet's cell)", () => {
    expect(onlyIssue(asset({ personalInformation: "true " })).hint?.ja).toBe(
      "前後の空白を除いて true と書くこと。この項目：個人情報を含むか",
    );
  });
});

describe("numbers in full-width digits or quotes (item 8)", () => {
  it("gives the port in ASCII digits", () => {
    const result = parseDescription(connection({ ports: ["４４３", "１５２１"] }));
    if (result.ok) throw new Error("expected issues");
    expect(result.issues.map((i) => [i.pointer, i.code, i.hint?.ja])).toEqual([
      ["/connections/0/ports/0", "invalid-union", '全角の数字は半角で書くこと（例：443）（書き方：1〜65535の整数 または "any"）'],
      ["/connections/0/ports/1", "invalid-union", '全角の数字は半角で書くこと（例：1521）（書き方：1〜65535の整数 または "any"）'],
    ]);
    expect(result.issues[0]?.hint?.en).toBe('Write the number in ASCII digits (e.g. 443) (forms: an integer from 1 to 65535 or "any")');
  });

  it("says to take the quotes off a quoted number", () => {
    expect(onlyIssue(connection({ ports: ["443"] })).hint?.en).toBe(
      'Write the number without quotes (e.g. 443) (forms: an integer from 1 to 65535 or "any")',
    );
  });

  it("puts full-width digits of a list written as one value into the list in ASCII", () => {
    expect(onlyIssue(connection({ ports: "４４３、１５２１" })).hint?.en).toBe(
      "Write a list in brackets, even of one item (e.g. ports: [443, 1521])",
    );
  });
});

describe("a list where one value belongs (item 8)", () => {
  it("says to write the one value, and shows it", () => {
    const issue = onlyIssue(description([lgwanSystem({ zone: ["lgwan"] })]));
    expect(issue).toMatchObject({ code: "invalid-value", pointer: "/systems/0/zone" });
    expect(issue.message).toEqual({
      ja: '"zone" は1つの値であること（一覧 ["lgwan"] になっている）',
      en: '"zone" takes one value, not a list (["lgwan"])',
    });
    expect(issue.hint).toEqual({
      ja: "一覧にせず1つの値で書くこと（例：zone: lgwan）",
      en: "Write one value, not a list (e.g. zone: lgwan)",
    });
  });

  it("shows the code of the one item, and the codes when there are several", () => {
    expect(onlyIssue(description([lgwanSystem({ zone: ["LGWAN接続系"] })])).hint?.en).toBe(
      "Write one value, not a list (e.g. zone: lgwan)",
    );
    expect(onlyIssue(description([lgwanSystem({ zone: ["lgwan", "internet"] })])).hint?.en).toBe(
      "Write one value, not a list: one of mynumber, lgwan, internet",
    );
  });

  it("says the same for a text field", () => {
    const issue = onlyIssue(description([lgwanSystem({ department: ["総務課"] })]));
    expect(issue).toMatchObject({ code: "invalid-type", pointer: "/systems/0/department" });
    expect(issue.message.en).toBe('"department" must be a string, not an array (list) (["総務課"])');
    expect(issue.hint?.en).toBe("Write one value, not a list (e.g. department: 総務課)");
  });
});

describe("a field left blank (item 8)", () => {
  it("says a coded field has no value, and gives its codes", () => {
    const issue = onlyIssue(description([lgwanSystem({ zone: null })]));
    expect(issue).toMatchObject({ code: "invalid-value", pointer: "/systems/0/zone" });
    expect(issue.message).toEqual({ ja: '"zone" の値が書かれていない（空欄または null）', en: '"zone" has no value (blank or null)' });
    expect(issue.hint?.ja).toBe(
      "次から1つを書くこと：mynumber, lgwan, internet。値がなければ項目ごと省くこと（null は書けない。表計算ソフトや台帳の書き出しで空欄が null になっていないか確かめること）",
    );
  });

  it("keeps the export's advice for an optional field, and asks a required one for its value", () => {
    const optional = onlyIssue(asset({ personalInformation: null }));
    expect(optional.message.en).toBe('"personalInformation" has no value (blank or null; expected a boolean (true/false))');
    expect(optional.hint?.en).toBe(
      "Leave the field out when it has no value (null cannot be written; check whether an export turned blank cells into null)",
    );
    // Leaving a required field out would only give a second error.
    const required = onlyIssue(description([lgwanSystem({ name: null })]));
    expect(required).toMatchObject({ code: "invalid-type", pointer: "/systems/0/name" });
    expect(required.hint?.en).toMatch(/^Write its value \(this field: .+\) \(a required field; check whether an export/);
  });
});

describe("a duplicated id cites the line of the first (item 8)", () => {
  const yaml = [
    'evaluationDate: "2026-04-01"',
    "systems:",
    "  - id: juki",
    "    name: 住民記録",
    "    zone: mynumber",
    "connections:",
    "  - id: juki-cs",
    "    from: { system: juki }",
    "    to: { external: national-system }",
    "  - id: juki-cs",
    "    from: { external: vendor-network }",
    "    to: { system: juki }",
    "",
  ].join("\n");

  /** The diagnostics of a text, as the command line makes them. */
  function diagnosticsOf(text: string, file: string) {
    const source = parseSource(text, file);
    const parsed = explainDescription(source.value);
    if (parsed.ok) throw new Error("expected issues");
    return issuesToDiagnostics(source, parsed.issues);
  }

  it("gives the pointer of the first entry to the issue, and its line to the diagnostic", () => {
    const result = parseDescription(parseSource(yaml, "spec.yaml").value);
    if (result.ok) throw new Error("expected issues");
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "duplicate-id", pointer: "/connections/1/id", related: "/connections/0/id" }),
    ]);
    expect(diagnosticsOf(yaml, "spec.yaml")).toEqual([
      {
        file: "spec.yaml",
        line: 10,
        column: 5,
        code: "duplicate-id",
        pointer: "/connections/1/id",
        message: {
          ja: '接続の id "juki-cs" が重複している（/connections/0 と同じ）。最初の記載は 7行5列',
          en: 'Duplicate connection id "juki-cs" (also at /connections/0); the first is at line 7, column 5',
        },
        hint: { ja: "id を一意にすること", en: "Give each entry its own id" },
      },
    ]);
  });

  it("does the same in JSON", () => {
    const json = JSON.stringify(parseSource(yaml, "spec.yaml").value, null, 2);
    const [diagnostic] = diagnosticsOf(json, "spec.json");
    const line = (text: string) => json.split("\n").findIndex((l) => l.includes(text)) + 1;
    // The first "juki-cs" is the first connection's id.
    expect(diagnostic?.message.en).toBe(
      `Duplicate connection id "juki-cs" (also at /connections/0); the first is at line ${line('"id": "juki-cs"')}, column 7`,
    );
  });
});

describe("a list written as text, and a number too large (eighty-third review)", () => {
  it("splits the example list on commas only where there are commas, keeping the spaces inside items", () => {
    const sys = lgwanSystem({ hosting: { kind: "cloud-service", cloudServiceId: "saas" } });
    const issue = onlyIssue(
      description([sys], {
        cloudServices: [{ id: "saas", name: "SaaS", provider: "A社", otherAssurance: "ISO/IEC 27001, SOC 2 Type II" }],
      }),
    );
    expect(issue.pointer).toBe("/cloudServices/0/otherAssurance");
    expect(issue.hint?.ja).toContain("otherAssurance: [ISO/IEC 27001, SOC 2 Type II]");
  });

  it("splits on spaces where no comma separates the items", () => {
    const issue = onlyIssue(connection({ ports: "22 443" }));
    expect(issue.hint?.en).toContain("ports: [22, 443]");
  });

  it("says a number that reads as Infinity is too large, not 'a number, not a number'", () => {
    const issue = onlyIssue(description([lgwanSystem({ recoveryTimeHours: Number.POSITIVE_INFINITY })]));
    expect(issue.message.en).toBe('"recoveryTimeHours" is a number too large to hold (Infinity)');
    expect(issue.hint?.ja).toBe("有限の数（例：24）を書くこと");
  });
});

describe("numbers that are no finite number", () => {
  it.each([Number.NaN, Number.NEGATIVE_INFINITY])("refuses %s where a number is expected, as the command does", (value) => {
    const result = parseDescription(description([lgwanSystem({ recoveryTimeHours: value })]));
    expect(result.ok).toBe(false);
  });
});
