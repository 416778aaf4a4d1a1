/**
 * One YAML reader configuration: descriptions, profile files, waivers files and waivers given as
 * text are all read by src/io's reader, so they refuse the same things with the same code and text.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseWaivers } from "../../src/input/parse-waivers.js";
import { InputError } from "../../src/io/diagnostic.js";
import { loadProfileFile, ProfileFileError } from "../../src/io/profile-file.js";
import { readSourceSync } from "../../src/io/read.js";
import { loadWaiversFile } from "../../src/node/waivers-file.js";

const dir = mkdtempSync(join(tmpdir(), "secpolicy-yaml-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A line each kind of file may carry, and the code the reader refuses it with. */
const HOSTILE: readonly [name: string, line: string, code: string][] = [
  ["a !!binary tag", "note: !!binary aGVsbG8=", "unknown-tag"],
  ["a !!set tag", "note: !!set { a, b }", "unknown-tag"],
  ["a !!timestamp tag", "note: !!timestamp 2026-04-01", "unknown-tag"],
  ["a local tag", "note: !secret x", "unknown-tag"],
  ["a duplicate key", "note: a\nnote: b", "duplicate-key"],
  ["a __proto__ key", "__proto__: { polluted: true }", "forbidden-key"],
];

const HEADS = {
  description: 'evaluationDate: "2026-04-01"\nsystems: []',
  profile: "id: strict-town",
  waivers: "waivers: []",
} as const;

function codeOf(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof ProfileFileError || error instanceof InputError) {
      const first = error.diagnostics[0];
      return { code: first?.code ?? "", message: first?.message.en ?? "" };
    }
    throw error;
  }
  return { code: "accepted", message: "" };
}

describe.each(HOSTILE)("%s", (_name, line, code) => {
  const file = (kind: keyof typeof HEADS) => {
    const path = join(dir, `${kind}-${code}-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(path, `${HEADS[kind]}\n${line}\n`);
    return path;
  };

  it("is refused alike in a description, a profile file, a waivers file and waivers text", () => {
    const description = codeOf(() => readSourceSync(file("description")));
    const profile = codeOf(() => loadProfileFile(file("profile")));
    const waivers = codeOf(() => loadWaiversFile(file("waivers")));
    expect(description.code).toBe(code);
    expect(profile).toEqual(description);
    expect(waivers).toEqual(description);

    const text = parseWaivers(`${HEADS.waivers}\n${line}\n`);
    expect(text.ok).toBe(false);
    if (!text.ok) {
      expect(text.issues).toHaveLength(1);
      expect(text.issues[0]?.code).toBe("syntax");
      expect(text.issues[0]?.message.en).toContain(description.message);
      expect(text.issues[0]?.message.en).toMatch(/\(line [23], column \d+\)/);
    }
  });
});

describe("the same reader accepts plain data everywhere", () => {
  it("reads waivers text with a quoted date and an anchor", () => {
    const waiver = `- checkId: screen-lock
  target: &t { system: groupware }
  reason: 更新までの間
  requestedBy: 情報政策係長
  approvedBy: 副市長
  approvedOn: "2026-03-01"
  expiresOn: "2026-06-30"
  reference: 総務第1号
`;
    const parsed = parseWaivers(waiver);
    expect(parsed.ok ? parsed.value.map((w) => w.target) : parsed.issues).toEqual([{ system: "groupware" }]);
  });
});

describe("syntax errors say in Japanese what is wrong", () => {
  it("explains a list item written without its dash (fifth review: 「YAML の構文エラー（MISSING_CHAR）」 said nothing)", () => {
    const path = join(dir, "indent.yaml");
    writeFileSync(path, "systems:\n  - id: juki\n    dataAssets:\n    - id: a\n      name: 住民票\n     confidentiality: C3\n");
    try {
      readSourceSync(path);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const first = error.diagnostics[0];
      expect(first?.code).toBe("yaml-syntax");
      expect(first?.message.ja).toMatch(/^YAML の構文エラー：必要な記号がない/);
      return;
    }
    throw new Error("accepted");
  });
});
