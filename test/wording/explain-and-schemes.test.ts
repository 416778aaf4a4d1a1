/**
 * `explain` speaks in words (review §5: no raw JSON, no ids for area, target or severity), and a
 * switch of classification scheme reports every inherited threshold with the class to write
 * (issue 11 item 5).
 */
import { describe, expect, it } from "vitest";
import { explainCommand } from "../../src/cli/commands/explain.js";
import type { CliIo } from "../../src/cli/context.js";
import { SecpolicyError } from "../../src/input/errors.js";
import { resolveProfile } from "../../src/profiles/resolve.js";

async function explain(id: string, lang: "ja" | "en"): Promise<string> {
  let out = "";
  const io: CliIo = {
    stdout: {
      write: (t) => {
        out += t;
      },
    },
    stderr: { write: () => {} },
    env: {},
    today: () => "2026-04-01",
  };
  expect(await explainCommand([id], io, lang)).toBe(0);
  return out;
}

describe("explain", () => {
  it("renders applicability conditions, area, target and severity in words", async () => {
    const ja = await explain("beta-terminal-edr", "ja");
    expect(ja).toContain("βモデルまたはβ'モデルを採る場合");
    expect(ja).toContain("条件：インターネット接続系の端末群を持つシステム");
    expect(ja).toContain("対策区分: 情報システム全体の強靱性の向上（6(3)）");
    expect(ja).toContain("対象: 情報システムごと");
    expect(ja).toContain("重大度: 高（high）");
    expect(ja).not.toMatch(/\{"|"condition"|対策区分: zones|対象: system\b/);
    const en = await explain("beta-terminal-edr", "en");
    expect(en).toContain("Network model: the β model or the β' model");
    expect(en).toContain("Condition: systems with terminal groups in the internet zone");
  });

  it("names zones in words for a zone-bound check", async () => {
    expect(await explain("mynumber-terminal-mfa", "ja")).toContain("領域：マイナンバー利用事務系のもの");
  });
});

describe("switching the classification scheme", () => {
  it("reports every inherited threshold, located, with the class of the new scheme to write", () => {
    let error: unknown;
    try {
      resolveProfile({ extends: "hitoyoshi-2026-03", id: "r6-only", version: "1", classificationScheme: "r6" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SecpolicyError);
    const issues = (error as SecpolicyError).issues.map((i) => [i.pointer, i.hint?.ja ?? ""]);
    expect(Object.fromEntries(issues)).toEqual({
      "/handling/protectFrom": 'handling.protectFrom: "2" のように r6 の区分で書くこと',
      "/handling/municipalTerminalsFrom": 'handling.municipalTerminalsFrom: "3A" のように r6 の区分で書くこと',
      "/handling/myNumberMinimum": 'handling.myNumberMinimum: "3B" のように r6 の区分で書くこと',
      "/handling/personalInformationMinimum": 'handling.personalInformationMinimum: "2" のように r6 の区分で書くこと',
      "/cloud/assuranceRequiredFrom": 'cloud.assuranceRequiredFrom: "2" のように r6 の区分で書くこと',
      "/cloud/clickThroughMaxConfidentiality": 'cloud.clickThroughMaxConfidentiality: "1" のように r6 の区分で書くこと',
    });
    expect((error as SecpolicyError).issues.every((i) => i.message.ja.includes("継承元のプロファイルの値"))).toBe(true);
  });

  it("does not call a value the document wrote itself inherited, and points back to legacy classes", () => {
    let error: unknown;
    try {
      resolveProfile({ extends: "hitoyoshi-2026-03", id: "mixed", version: "1", handling: { myNumberMinimum: "3B" } });
    } catch (e) {
      error = e;
    }
    const [only] = (error as SecpolicyError).issues;
    expect((error as SecpolicyError).issues).toHaveLength(1);
    expect(only?.pointer).toBe("/handling/myNumberMinimum");
    expect(only?.message.ja).not.toContain("継承");
    expect(only?.hint?.en).toBe('Write a legacy class, e.g. handling.myNumberMinimum: "C3", or set classificationScheme to r6');
  });
});
