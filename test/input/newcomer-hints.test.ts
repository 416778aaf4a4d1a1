/**
 * Hints for a vendor's first description (seventy-ninth review, items 6–8): each says what to write
 * in a form that, followed literally, gives no second error.
 */
import { describe, expect, it } from "vitest";
import { parseDescription } from "../../src/input/parse-description.js";
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
