/** Where JSON stops being JSON: a table of the mistakes people make, and a property against JSON.parse. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonSyntaxError } from "./json-syntax.js";

const at = (text: string) => {
  const found = jsonSyntaxError(text);
  if (found === undefined) return undefined;
  const before = text.slice(0, found.offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, reason: found.reason };
};

describe("jsonSyntaxError", () => {
  it("points at the mistake, not at the end of the file", () => {
    // First-contact review: a trailing comma on line 3 was reported at 6:1.
    expect(at('{\n  "systems": [\n    {"id": "a", "name": "b"},\n  ]\n}\n')).toEqual({ line: 3, column: 29, reason: "trailing-comma" });
    expect(at('{"a": 1,}')).toEqual({ line: 1, column: 8, reason: "trailing-comma" });
    expect(at('// note\n{"a": 1}')).toEqual({ line: 1, column: 1, reason: "comment" });
    expect(at('{"a": 1 // note\n}')).toEqual({ line: 1, column: 9, reason: "comment" });
    expect(at("{a: 1}")).toEqual({ line: 1, column: 2, reason: "unquoted-key" });
    expect(at("{'a': 1}")).toEqual({ line: 1, column: 2, reason: "single-quote" });
    expect(at('{"a": 1\n "b": 2}')).toEqual({ line: 2, column: 2, reason: "missing-comma" });
    expect(at('{"a" 1}')).toEqual({ line: 1, column: 6, reason: "missing-colon" });
    expect(at('{"a": "b}')).toEqual({ line: 1, column: 7, reason: "unterminated-string" });
    expect(at('{"a": "x\\q"}')).toEqual({ line: 1, column: 9, reason: "bad-escape" });
    expect(at('{"a": "x\ty"}')).toEqual({ line: 1, column: 9, reason: "control-character" });
    expect(at('{"a": 01}')).toEqual({ line: 1, column: 8, reason: "bad-number" });
    expect(at('{"a": [1, 2}')).toEqual({ line: 1, column: 12, reason: "unexpected" });
    expect(at('{"a": [1, 2')).toEqual({ line: 1, column: 12, reason: "end" });
    expect(at('{"a": 1} x')).toEqual({ line: 1, column: 10, reason: "extra" });
    expect(at('{"a": 1}')).toBeUndefined();
  });

  it("agrees with JSON.parse on validity, for generated JSON and for it cut or with a character inserted", () => {
    const text = fc.jsonValue({ maxDepth: 4 }).chain((v) => fc.constantFrom(JSON.stringify(v), JSON.stringify(v, null, 2)));
    const edited = fc
      .tuple(text, fc.nat(), fc.constantFrom(",", "}", "]", "{", "[", '"', ":", "/", "'", "x", "\\", "0", "\n", ""))
      .map(([t, k, c]) => {
        const cut = k % (t.length + 1);
        return c === "" ? t.slice(0, cut) : `${t.slice(0, cut)}${c}${t.slice(cut)}`;
      });
    fc.assert(
      fc.property(fc.oneof(text, edited), (t) => {
        let valid = true;
        try {
          JSON.parse(t);
        } catch {
          valid = false;
        }
        const found = jsonSyntaxError(t);
        expect(found === undefined).toBe(valid);
        if (found !== undefined) expect(found.offset).toBeLessThanOrEqual(t.length);
      }),
      { numRuns: 400 },
    );
  });

  it("walks deep nesting without recursion", () => {
    expect(jsonSyntaxError(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toBeUndefined();
    expect(jsonSyntaxError(`${"[".repeat(100_000)}${"]".repeat(99_999)}`)?.reason).toBe("end");
  });
});
