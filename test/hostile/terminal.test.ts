/**
 * Issue 17, "output that cannot attack the terminal": user-supplied strings reach stderr and the
 * text report with control characters made visible and long values cut with their length.
 */
import { describe, expect, it } from "vitest";
import { clip, shown, visible } from "../../src/engine/text.js";
import { formatDiagnostic } from "../../src/io/diagnostic.js";
import { InputError } from "../../src/io/diagnostic.js";
import { parseSource } from "../../src/io/parse.js";
import { parseDescription } from "../../src/input/parse-description.js";
import { issuesToDiagnostics } from "../../src/io/issues.js";
import { formatText } from "../../src/report/text.js";
import { handBuiltReport } from "../support/reports.js";

const ESC = "\u001b";
const BEL = "\u0007";
// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function stderrOf(text: string, file = "evil.yaml"): string {
  try {
    const source = parseSource(text, file);
    const parsed = parseDescription(source.value);
    return parsed.ok
      ? ""
      : issuesToDiagnostics(source, parsed.issues)
          .map((d) => formatDiagnostic(d))
          .join("\n");
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics.map((d) => formatDiagnostic(d)).join("\n");
    throw error;
  }
}

describe("the escaping helper", () => {
  it("makes control characters visible and cuts long values with their length", () => {
    expect(visible(`a${ESC}]0;x${BEL}b`)).toBe("a\\u001b]0;x\\u0007b");
    // Zero-width characters are shown too (a name that looks like another); an emoji's joiner is left alone.
    expect(visible("副\u200b市長")).toBe("副\\u200b市長");
    expect(visible("👨\u200d💻")).toBe("👨\u200d💻");
    expect(clip("abcdef", 3)).toBe("abc… (6 characters)");
    expect(clip("abcdef", 3, "ja")).toBe("abc…（全 6 文字）");
    expect(clip("abc", 3)).toBe("abc");
    // A surrogate pair is never split.
    expect(clip("a😀b", 2)).toBe("a… (4 characters)");
    expect(shown(`${ESC}[2J${"x".repeat(100)}`, 10)).toBe("\\u001b[2Jxxxxxx… (104 characters)");
  });
});

describe("diagnostics on stderr", () => {
  it("an unknown key that sets the window title and clears the screen is shown escaped", () => {
    const out = stderrOf(`evaluationDate: "2026-04-01"\nsystems: []\n"${"\\e"}]0;pwned${"\\a"}${"\\e"}[2J": 1\n`);
    expect(out).toContain("error[unknown-key]");
    expect(out).toContain("\\u001b]0;pwned\\u0007\\u001b[2J");
    expect(out).not.toMatch(RAW_CONTROL);
  });

  it("a JSON syntax snippet with escapes is shown escaped", () => {
    const out = stderrOf(`{"a": 1, ${ESC}]0;pwned${BEL}}`, "evil.json");
    expect(out).toContain("error[json-syntax]");
    expect(out).not.toMatch(RAW_CONTROL);
  });

  it("a huge unknown key is cut with its length", () => {
    const key = "k".repeat(100_000);
    const out = stderrOf(`{"evaluationDate": "2026-04-01", "systems": [], "${key}": 1}`, "evil.json");
    expect(out).toContain("(100000 characters)");
    expect(out).toContain("（全 100000 文字）");
    expect(out.length).toBeLessThan(2_000);
  });

  it("a file name with control characters is shown escaped", () => {
    const out = formatDiagnostic({ file: `a${ESC}[2J.yaml`, code: "x", message: { ja: "あ", en: "a" } });
    expect(out).toBe("a\\u001b[2J.yaml: error[x]: あ / a");
  });

  it("an unknown value with escapes and a did-you-mean stays escaped", () => {
    const out = stderrOf(`evaluationDate: "2026-04-01"\nsystems:\n  - id: a\n    name: a\n    zone: "intern${"\\e"}[31met"\n`);
    expect(out).toContain("error[invalid-value]");
    expect(out).not.toMatch(RAW_CONTROL);
  });
});

describe("the text report", () => {
  it("shows control characters visibly and cuts absurdly long messages", () => {
    const report = handBuiltReport();
    const long = "長".repeat(5_000);
    const results = report.results.map((f, i) => (i === 1 ? { ...f, message: { ja: `${ESC}]0;x${BEL}${long}`, en: long } } : f));
    const out = formatText({ ...report, results }, { locale: "ja", color: false });
    expect(out).not.toMatch(RAW_CONTROL);
    expect(out).toContain("\\u001b]0;x\\u0007長");
    expect(out).toContain("（全 5006 文字）");
    expect(out).not.toContain(long);
  });
});
