/**
 * The catalogue of input error codes (src/input/catalogue.ts) is complete and has nothing spare:
 * every code an input issue or a SecpolicyError carries is in it, and every entry is used. Issues'
 * codes are typed by the catalogue (`InputIssue.code`, and the local helpers that build issues), so
 * the compiler checks those uses; this test reads the sources for the codes given to error
 * classes, which take any string. The file reader's own diagnostics
 * (src/io: unknown-tag, duplicate-key…) are located file problems with their own codes, not these.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { INPUT_ERRORS, inputText, isInputErrorCode } from "../../src/input/catalogue.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const sourcesIn = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => join(dir, f));
const FILES = [
  ...sourcesIn("src/input").filter((f) => !f.endsWith("catalogue.ts")),
  ...sourcesIn("src/engine"),
  ...sourcesIn("src/profiles"),
  "src/report/index.ts",
  "src/io/profile-file.ts",
];
const text = (file: string) => readFileSync(join(root, file), "utf8");

/** Codes handed to the error classes and the catalogue's helpers, as written in the sources. */
function usedCodes(): Map<string, string> {
  const found = new Map<string, string>();
  const patterns = [
    /new (?:SecpolicyError|ProfileFileError)\(\s*"([a-z][a-z-]*)"/g,
    /\b(?:inputError|inputText)\(\s*"([a-z][a-z-]*)"/g,
    /\binputIssue\([^,]+,\s*"([a-z][a-z-]*)"/g,
    /\bsuper\(\s*(?:\w+\s*\?\s*)?"([a-z][a-z-]*)"(?:\s*:\s*"([a-z][a-z-]*)")?/g,
    /\bcode: "([a-z][a-z-]*)"/g,
  ];
  for (const file of FILES) {
    const source = text(file);
    for (const pattern of patterns)
      for (const match of source.matchAll(pattern))
        for (const code of match.slice(1)) if (code !== undefined && !found.has(code)) found.set(code, file);
  }
  return found;
}

describe("input error catalogue", () => {
  const used = usedCodes();

  it("finds the codes in the sources", () => {
    expect(used.size).toBeGreaterThan(10);
  });

  it("has every code used", () => {
    const missing = [...used].filter(([code]) => !isInputErrorCode(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing, "Add these codes to src/input/catalogue.ts").toEqual([]);
  });

  it("uses every code it has", () => {
    const everywhere = [...FILES, ...sourcesIn("src/cli"), ...sourcesIn("src/cli/commands")].map(text).join("\n");
    const unused = Object.keys(INPUT_ERRORS).filter((code) => !used.has(code) && !everywhere.includes(`"${code}"`));
    expect(unused, "Remove these entries from src/input/catalogue.ts or use them").toEqual([]);
  });

  it("says what each code means in Japanese and English", () => {
    for (const [code, entry] of Object.entries(INPUT_ERRORS)) {
      expect(entry.summary.ja, code).toMatch(/[ぁ-んァ-ン一-龯]/);
      expect(entry.summary.en, code).toMatch(/^[A-Z]/);
    }
  });

  it("words the issues whose text it holds", () => {
    expect(inputText("evaluation-date", { given: "2026-02-31", where: "options.evaluationDate" })).toEqual({
      message: {
        ja: 'options.evaluationDate の "2026-02-31" は実在する日付（YYYY-MM-DD）ではない',
        en: 'options.evaluationDate "2026-02-31" is not a real date (YYYY-MM-DD)',
      },
      hint: { ja: "実在する日を書くこと（例：2026-04-01）", en: "Give a date that exists, e.g. 2026-04-01" },
    });
    expect(inputText("syntax", { reason: { ja: "使えないタグ", en: "Unsupported tag" }, line: 2, column: 7 }).message.en).toBe(
      "Not valid YAML or JSON (line 2, column 7): Unsupported tag",
    );
  });
});
