import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineCounter, parse, parseDocument } from "yaml";
import { evaluate } from "../builtin.js";
import { parseDescription } from "../input/parse-description.js";
import { toPointer } from "../engine/json-pointer.js";
import { decodeUtf8 } from "./decode.js";
import { InputError } from "./diagnostic.js";
import { locateJsonPointers } from "./json-locate.js";
import { locatePointer } from "./locate.js";
import { parseSource } from "./parse.js";

const example = parse(readFileSync("examples/delivery-spec.yaml", "utf8")) as unknown;

function codeOf(body: () => unknown): string | undefined {
  try {
    body();
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics[0]?.code;
    throw error;
  }
  return undefined;
}

describe("locating JSON pointers", () => {
  it("agrees with the YAML syntax tree on JSON text, for every finding of the example", () => {
    const parsed = parseDescription(example);
    if (!parsed.ok) throw new Error("example invalid");
    const pointers = evaluate(parsed.value).results.map((f) => f.path);
    for (const text of [JSON.stringify(example, null, 2), JSON.stringify(example)]) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(text, { lineCounter });
      const source = parseSource(text, "x.json");
      const fast = source.locateAll([...pointers, "/systems/0/missing/deeper"]);
      for (const pointer of pointers) expect(fast.get(pointer), pointer).toEqual(locatePointer(doc, lineCounter, pointer));
      expect(fast.get("/systems/0/missing/deeper")).toEqual(locatePointer(doc, lineCounter, "/systems/0"));
    }
  });

  it("agrees with the YAML syntax tree on any JSON, for every pointer and for a few alone", () => {
    const key = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom("a", "b", 'q"', "\\", "x,]}", "0", "1"));
    const { value } = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        fc.oneof(
          fc.string({ maxLength: 4 }),
          fc.integer(),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.boolean(),
          fc.constant(null),
        ),
        fc.array(tie("value"), { maxLength: 4 }),
        fc.array(fc.tuple(key, tie("value")), { maxLength: 4 }).map((entries) => Object.fromEntries(entries)),
      ),
    }));
    const pointersOf = (v: unknown, path: (string | number)[] = [], out: string[] = []): string[] => {
      out.push(toPointer(path), toPointer([...path, "missing"]));
      if (Array.isArray(v)) v.forEach((item, i) => pointersOf(item, [...path, i], out));
      else if (v !== null && typeof v === "object") for (const [k, item] of Object.entries(v)) pointersOf(item, [...path, k], out);
      return out;
    };
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, 2, "\t"), fc.nat(), (v, indent, pick) => {
        const text = JSON.stringify(v, null, indent);
        const lineCounter = new LineCounter();
        const doc = parseDocument(text, { lineCounter });
        const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => (m.index as number) + 1)];
        const at = (offset: number) => {
          const line = starts.findLastIndex((s) => s <= offset);
          return { line: line + 1, column: offset - (starts[line] as number) + 1 };
        };
        const all = pointersOf(v);
        for (const chosen of [all, all.filter((_, i) => i % 5 === pick % 5)]) {
          const offsets = locateJsonPointers(text, chosen);
          for (const pointer of chosen) {
            const offset = offsets.get(pointer);
            expect(offset === undefined ? undefined : at(offset), pointer).toEqual(locatePointer(doc, lineCounter, pointer));
          }
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
  });

  it("handles escaped keys, nested arrays and scalars of every kind", () => {
    const text = '{"a\\"b": [1, true, null, {"c": "x,]}"}], "d": -1.5e3}';
    const at = locateJsonPointers(text, ['/a"b/3/c', "/d", '/a"b/1']);
    expect(at.get('/a"b/3/c')).toBe(text.indexOf('"c"'));
    expect(at.get("/d")).toBe(text.indexOf('"d"'));
    expect(at.get('/a"b/1')).toBe(text.indexOf("true"));
  });
});

describe("parseSource", () => {
  it("finds duplicate JSON keys, also when written with escapes", () => {
    expect(codeOf(() => parseSource('{"a": 1, "\\u0061": 2}', "x.json"))).toBe("duplicate-key");
    expect(codeOf(() => parseSource('{"a": {"b": 1}, "b": 2}', "x.json"))).toBeUndefined();
  });

  it("shares anchored values and keeps __proto__ an own key for the shape check", () => {
    const source = parseSource("base: &b {x: 1}\ncopy: *b\n", "x.yaml");
    expect(source.value).toEqual({ base: { x: 1 }, copy: { x: 1 } });
    expect(codeOf(() => parseSource('{"__proto__": {"x": 1}}', "x.json"))).toBe("forbidden-key");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("refuses aliases before their anchor and YAML 1.1 merge keys stay plain keys", () => {
    expect(codeOf(() => parseSource("a: *nope\n", "x.yaml"))).not.toBeUndefined();
    expect(parseSource("a: &a {x: 1}\nb:\n  <<: *a\n", "x.yaml").value).toEqual({ a: { x: 1 }, b: { "<<": { x: 1 } } });
  });

  it("points an alias bomb's error at the first alias (eighty-third review: no line was given)", () => {
    const rows = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 8; i++) rows.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(",")}]`);
    try {
      parseSource(`${rows.join("\n")}\n`, "bomb.yaml");
      throw new Error("the bomb was read");
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).diagnostics[0]).toMatchObject({ code: "alias-limit", line: 2, column: 10 });
    }
  });

  it("reads YAML 1.2 core scalars: yes stays a string, 012 is twelve, dates stay strings", () => {
    expect(parseSource("a: yes\nb: 012\nc: 2026-04-01\n", "x.yaml").value).toEqual({ a: "yes", b: 12, c: "2026-04-01" });
  });
});

describe("decodeUtf8", () => {
  it("strips a UTF-8 byte order mark", () => {
    expect(decodeUtf8(Buffer.from("\ufeffa: 1", "utf8"), "x")).toEqual({ ok: true, text: "a: 1" });
  });
});
