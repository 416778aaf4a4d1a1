/**
 * Issue 17, "the YAML contract as the README states it": tags outside the YAML 1.2 core schema
 * are refused with a located error, and CR-only line endings are line endings.
 */
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/io/diagnostic.js";
import { parseSource } from "../../src/io/parse.js";

function refusal(text: string) {
  try {
    parseSource(text, "t.yaml");
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics[0];
    throw error;
  }
  return undefined;
}

describe("tags", () => {
  it.each([
    ["!!binary", "a: 1\nb: !!binary aGVsbG8=\n", 2],
    ["!!timestamp", "a: 1\nb: !!timestamp 2026-04-01\n", 2],
    ["!!set", "a: !!set { x, y }\n", 1],
    ["!!omap", "a: !!omap [ x: 1 ]\n", 1],
    ["!!pairs", "a: !!pairs [ x: 1 ]\n", 1],
    ["!local", "a: !local x\n", 1],
    ["!<tag:example.com,2026:x>", "a: !<tag:example.com,2026:x> x\n", 1],
  ])("refuses %s with a located unknown-tag", (tag, text, at) => {
    const d = refusal(text);
    expect(d?.code).toBe("unknown-tag");
    // Located at the tagged value.
    expect(d?.line).toBe(at);
    expect(d?.column).toBeGreaterThan(1);
    // Named as the file writes it, in both languages.
    expect(d?.message.en).toBe(`Unsupported tag ${tag}`);
    expect(d?.message.ja).toContain(tag);
  });

  it("refuses !!merge (which became a Symbol)", () => {
    // As a key, the parser refuses it (keys must be strings); as a value, the tag is refused.
    const key = refusal("base: &b { x: 1 }\nother:\n  !!merge <<: *b\n  y: 2\n");
    expect(key?.code).toBe("non-string-key");
    expect(key?.line).toBe(3);
    const value = refusal("a: 1\nb: !!merge <<\n");
    expect(value?.code).toBe("unknown-tag");
    expect(value?.line).toBe(2);
    expect(value?.message.en).toBe("Unsupported tag !!merge");
  });

  it("accepts the core schema's own tags", () => {
    const source = parseSource(
      'a: !!str 12\nb: !!int "3"\nc: !!bool true\nd: !!null ~\ne: !!seq [1]\nf: !!map { x: 1 }\ng: !!float 1.5\n',
      "t.yaml",
    );
    expect(source.value).toEqual({ a: "12", b: 3, c: true, d: null, e: [1], f: { x: 1 }, g: 1.5 });
  });
});

describe("line endings", () => {
  it("reads CR-only files (was read as empty)", () => {
    const source = parseSource('# comment\rtitle: x\revaluationDate: "2026-04-01"\r', "t.yaml");
    expect(source.value).toEqual({ title: "x", evaluationDate: "2026-04-01" });
    expect(source.locate("/evaluationDate")).toEqual({ line: 3, column: 1 });
  });

  it("reads CRLF and mixed endings", () => {
    expect(parseSource("a: 1\r\nb: 2\rc: 3\n", "t.yaml").value).toEqual({ a: 1, b: 2, c: 3 });
  });
});
