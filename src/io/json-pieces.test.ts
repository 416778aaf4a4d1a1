/**
 * Reading JSON from its bytes in pieces (json-pieces.ts) against reading the decoded text whole
 * (parse.ts): whatever the bytes, the pieces route must give what the whole-text route gives —
 * the same data, key order included, and the same position for every pointer — or decline, and
 * it must never take bytes the whole-text route refuses. It may decline anything; it may never
 * differ.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { generateInventory } from "../../bench/generate.js";
import { evaluate } from "../builtin.js";
import { pointersOf, trees } from "../../test/support/trees.js";
import { InputError } from "./diagnostic.js";
import { packBytes } from "./packed-bytes.js";
import { DEFAULT_LIMITS, parseJsonBytes, parseText } from "./parse.js";
import { readSource, readSourceSync } from "./read.js";

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 200) };
const encoder = new TextEncoder();

/** The whole-text route's data and positions, or its diagnostics. */
function whole(text: string): { ok: true; value: unknown; positions: Map<string, unknown> } | { ok: false; diagnostics: unknown } {
  try {
    const parsed = parseText(text, "t.json", { format: "json", limits: DEFAULT_LIMITS }, true);
    return { ok: true, value: parsed.value, positions: parsed.locateAll(pointersOf(parsed.value, 300)) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, diagnostics: error.diagnostics };
    throw error;
  }
}

/**
 * The two routes agree on `text` (read as UTF-8 bytes); returns whether the pieces route took it.
 * With `block`, the pieces route also locates in the bytes packed in blocks of that size, as the
 * file reader keeps a large file's bytes, and must find the same positions.
 */
function agree(text: string, batchBytes: number, block?: number): boolean {
  // Files are bytes: a lone surrogate in `text` is written as U+FFFD, which the whole-text route then reads.
  const bytes = encoder.encode(text);
  const pieces = parseJsonBytes(bytes, "t.json", DEFAULT_LIMITS, batchBytes);
  if (pieces === undefined) return false;
  const full = whole(new TextDecoder().decode(bytes));
  expect(full.ok).toBe(true);
  if (!full.ok) return true;
  expect(isDeepStrictEqual(pieces.value, full.value)).toBe(true);
  // Key order too, which deep equality does not see.
  expect(JSON.stringify(pieces.value)).toBe(JSON.stringify(full.value));
  const pointers = [...full.positions.keys()];
  expect(pieces.locateAll(pointers)).toEqual(full.positions);
  // A few alone: each pass decodes only the pieces its pointers go into.
  for (const pointer of pointers.filter((_, i) => i % 11 === 5)) expect(pieces.locate(pointer)).toEqual(full.positions.get(pointer));
  if (block !== undefined) {
    const packed = parseJsonBytes(bytes, "t.json", DEFAULT_LIMITS, batchBytes, (b) => packBytes(b, block));
    expect(packed?.locateAll(pointers)).toEqual(full.positions);
    const last = pointers[pointers.length - 1] as string;
    expect(packed?.locate(last)).toEqual(full.positions.get(last));
  }
  return true;
}

/** Strings that are awkward in JSON or in UTF-8. */
const TRICKY = [
  "",
  " ",
  '"',
  "\\",
  "\\u0041",
  "/",
  "a\nb",
  "\r\n",
  "\t",
  "\u0000",
  "\u001f",
  "\u007f",
  "\u0085",
  "\u2028",
  "\ufeff",
  "é",
  "人吉市",
  "全角　スペース",
  "😀",
  "a😀b",
  "\ud800",
  "\udfff",
  "__proto__",
  "constructor",
  "0",
  "01",
  "-1",
  "1e3",
  "{",
  "[",
  "}",
  "]",
  ",",
  ":",
  "~",
  "~0",
  "~1",
  "a/b",
];

const text = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.string({ unit: fc.constantFrom(...'ab{}[],:"\\ 人😀\n'.split("")), maxLength: 6 }),
);
const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e21, 5e-324, 123456789012345680000),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof(text, fc.constantFrom("systems", "zones", "connections", "id", "name", "名前"));

const tree = trees(key, scalar, 6);

/** A description-like top level: an object whose members are mostly arrays. */
const top = fc
  .array(fc.tuple(key, fc.oneof(fc.array(tree, { maxLength: 8 }), fc.array(scalar, { maxLength: 4 }), tree, scalar)), { maxLength: 6 })
  .map((entries) => Object.fromEntries(entries));

/** Whitespace between tokens, as writers and hands produce it. */
const SPACE = ["", "", "", " ", "\n", "\t", "\r\n", "\n    ", "  ", "\r"];

/**
 * Writes JSON with the given whitespace between tokens (taken in turn) and, when `escape` is set,
 * every non-ASCII character of keys and strings as a \u escape.
 */
function write(value: unknown, spaces: readonly string[], asciiOnly: boolean, twice?: object): string {
  let n = 0;
  const ws = () => spaces[n++ % spaces.length] as string;
  const str = (s: string) => {
    const json = JSON.stringify(s);
    return asciiOnly ? json.replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : json;
  };
  const go = (v: unknown): string => {
    if (v === null || typeof v !== "object") return typeof v === "string" ? str(v) : JSON.stringify(v);
    if (Array.isArray(v)) return `[${ws()}${v.map((x) => go(x)).join(`${ws()},${ws()}`)}${ws()}]`;
    const parts = Object.entries(v).map(([k, x]) => `${str(k)}${ws()}:${ws()}${go(x)}`);
    // The object `twice` gets its first member written a second time, at the end.
    if (v === twice) parts.push(parts[0] as string);
    return `{${ws()}${parts.join(`${ws()},${ws()}`)}${ws()}}`;
  };
  return `${ws()}${go(value)}${ws()}`;
}

const written = fc.record({
  value: top,
  spaces: fc.array(fc.constantFrom(...SPACE), { minLength: 1, maxLength: 12 }),
  escape: fc.boolean(),
  pretty: fc.constantFrom(undefined, 0, 2, "\t"),
  batch: fc.constantFrom(1, 2, 7, 40, 1024, 16 * 1024),
  // Packed in blocks for locating (a third of the runs): blocks of a few bytes split multi-byte
  // characters and pieces everywhere. Each block is compressed on its own, so not many.
  block: fc.constantFrom(undefined, undefined, undefined, undefined, 7, 61),
});
const render = (w: { value: unknown; spaces: string[]; escape: boolean; pretty: number | string | undefined }) =>
  w.pretty === undefined ? write(w.value, w.spaces, w.escape) : JSON.stringify(w.value, null, w.pretty);

describe("reading JSON in pieces", () => {
  it("gives the whole-text route's data and positions for documents as programs and people write them", () => {
    let taken = 0;
    let runs = 0;
    fc.assert(
      fc.property(written, (w) => {
        runs++;
        if (agree(render(w), w.batch, w.block)) taken++;
      }),
      RUNS,
    );
    // Only forbidden keys, deep nesting or lone surrogates send a written document the other way.
    expect(taken / runs).toBeGreaterThan(0.6);
  });

  it("never differs and never takes what the whole-text route refuses, for edited documents", () => {
    const edit = fc.record({
      at: fc.nat(),
      cut: fc.nat({ max: 3 }),
      insert: fc.constantFrom(
        "",
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        '"',
        "\\",
        " ",
        "\n",
        "0",
        "-",
        "e",
        "x",
        "\u0000",
        "人",
        '"a":1,',
        "tru",
        "]]",
        "\ud800",
      ),
    });
    let taken = 0;
    let refused = 0;
    fc.assert(
      fc.property(written, fc.array(edit, { minLength: 1, maxLength: 3 }), (w, edits) => {
        let s = render(w);
        for (const e of edits) {
          const at = s.length === 0 ? 0 : e.at % (s.length + 1);
          s = s.slice(0, at) + e.insert + s.slice(at + e.cut);
        }
        if (agree(s, w.batch)) taken++;
        else if (!whole(s).ok) refused++;
      }),
      RUNS,
    );
    // Both kinds occur, so the property says something about each.
    expect(taken).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it("declines a document in which some object, at any depth, has a key twice", () => {
    const objects = (v: unknown, out: object[] = []): object[] => {
      if (v !== null && typeof v === "object") {
        if (!Array.isArray(v) && Object.keys(v).length > 0) out.push(v);
        for (const x of Object.values(v)) objects(x, out);
      }
      return out;
    };
    fc.assert(
      fc.property(written, fc.nat(), (w, pick) => {
        const candidates = objects(w.value);
        fc.pre(candidates.length > 0);
        const text = write(w.value, w.spaces, w.escape, candidates[pick % candidates.length]);
        expect(parseJsonBytes(encoder.encode(text), "t.json", DEFAULT_LIMITS, w.batch)).toBeUndefined();
        const full = whole(text);
        expect(full.ok).toBe(false);
      }),
      RUNS,
    );
  });

  it("declines bytes that are not UTF-8, and the reader then names the encoding", async () => {
    const text = '{"systems":[{"id":"a","name":"人吉"}]}';
    const bytes = encoder.encode(text);
    // A lone continuation byte inside a string, and a truncated character at the end of one.
    const broken = [Uint8Array.from([...bytes.slice(0, 30), 0x80, ...bytes.slice(30)]), bytes.slice(0, bytes.length - 5)];
    for (const b of broken) expect(parseJsonBytes(b, "t.json")).toBeUndefined();
    const dir = mkdtempSync(join(tmpdir(), "pieces-"));
    try {
      const file = join(dir, "bad.json");
      writeFileSync(file, broken[0] as Uint8Array);
      await expect(readSource(file)).rejects.toMatchObject({ diagnostics: [{ code: "not-utf8", line: 1 }] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("declines what the whole-text route refuses or treats otherwise: duplicates, forbidden keys, other tops", () => {
    const declined = [
      '{"a":1,"a":2}',
      '{"systems":[{"id":"x","id":"y"}]}',
      '{"systems":[{"a":{"b":1,"b":1}}]}',
      '{"__proto__":{}}',
      '{"systems":[{"__proto__":{"x":1}}]}',
      '{"constructor":1}',
      "[1,2]",
      '"text"',
      "",
      "   ",
      '{"a":1}{"b":2}',
      '{"a":1,}',
      '{"a":[1,]}',
      '{"a":[1 2]}',
      '{"a":"x\ty"}',
      '{"a" 1}',
      '{"a":01}',
      '{"a":[}',
      '{"a":}',
      `{"a":${"[".repeat(100)}${"]".repeat(100)}}`,
    ];
    for (const text of declined) {
      expect(parseJsonBytes(encoder.encode(text), "t.json", DEFAULT_LIMITS, 1), text).toBeUndefined();
    }
  });

  it("takes a generated inventory, pretty or not, in many batches, with the same data and positions", () => {
    const inventory = generateInventory(60);
    for (const pretty of [undefined, 2]) {
      const json = JSON.stringify(inventory, null, pretty);
      for (const batch of [1, 500, 16 * 1024]) expect(agree(json, batch, batch === 500 ? 1000 : undefined)).toBe(true);
    }
  });

  describe("through readSource, as the command reads files", () => {
    const dir = mkdtempSync(join(tmpdir(), "pieces-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const text = '{\r\n  "systems": [\r\n    {"id": "s1", "name": "人吉😀"}, {"id": "s2"}\r\n  ]\r\n}\r\n';

    it("drops a byte order mark, and positions are those of the text after it", async () => {
      const file = join(dir, "bom.json");
      writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
      const source = await readSource(file);
      expect(source.value).toEqual(JSON.parse(text));
      expect(source.locateAll(["", "/systems", "/systems/1", "/systems/0/name", "/systems/1/nothing"])).toEqual(
        new Map([
          ["", { line: 1, column: 1 }],
          ["/systems", { line: 2, column: 3 }],
          ["/systems/1", { line: 3, column: 35 }],
          ["/systems/0/name", { line: 3, column: 18 }],
          ["/systems/1/nothing", { line: 3, column: 35 }],
        ]),
      );
    });

    it("packs a large file's bytes for locating and releases them, with the same data and positions", async () => {
      // The command packs from 32 MiB on; `packFrom` packs this small file the same way.
      const file = join(dir, "packed.json");
      const body = JSON.stringify(generateInventory(40), null, 1).replace(/"name": "/g, '"name": "人吉😀 ');
      writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]));
      const pointers = pointersOf(JSON.parse(body), 5000);
      const plain = await readSource(file);
      for (const read of [readSource(file, { packFrom: 0 }), Promise.resolve(readSourceSync(file, { packFrom: 0 }))]) {
        const packed = await read;
        expect(JSON.stringify(packed.value)).toBe(JSON.stringify(plain.value));
        expect(packed.locateAll(pointers)).toEqual(plain.locateAll(pointers));
      }
      // What the command locates: the findings of an evaluation.
      const report = evaluate(plain.value as never, { results: "problems", evaluationDate: "2026-12-01" });
      const paths = report.results.map((f) => f.path);
      expect(paths.length).toBeGreaterThan(10);
      expect((await readSource(file, { packFrom: 0 })).locateAll(paths)).toEqual(plain.locateAll(paths));
    });

    it("reads a file of no known extension that starts with a brace as JSON, and one that is YAML flow as YAML", async () => {
      const json = join(dir, "description");
      writeFileSync(json, text);
      expect((await readSource(json)).format).toBe("json");
      const flow = join(dir, "flow");
      writeFileSync(flow, "{systems: [{id: s1}]}\n");
      const source = await readSource(flow);
      expect(source.format).toBe("yaml");
      expect(source.value).toEqual({ systems: [{ id: "s1" }] });
    });

    it("gives the whole-text route's diagnostics for a duplicate key deep in a large array", async () => {
      const items = Array.from({ length: 3000 }, (_, i) => `{"id": "s${i}"${i === 2500 ? ', "id": "again"' : ""}}`);
      const file = join(dir, "dup.json");
      const body = `{"systems": [\n${items.join(",\n")}\n]}`;
      writeFileSync(file, body);
      const expected = (() => {
        try {
          parseText(body, file, { format: "json" }, true);
        } catch (error) {
          return (error as InputError).diagnostics;
        }
      })();
      expect(expected).toMatchObject([{ code: "duplicate-key", line: 2502 }]);
      await expect(readSource(file)).rejects.toMatchObject({ diagnostics: expected });
    });
  });
});
