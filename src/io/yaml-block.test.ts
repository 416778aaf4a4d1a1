/**
 * The fast reader of the plain block subset of YAML (yaml-block.ts) against the full reader (the
 * `yaml` package, parse.ts): whatever the text, reading it with the fast reader first must give
 * what the full reader alone gives — the same data, the same position for every pointer, or the
 * same refusal. The fast reader may decline anything; it may never differ.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ToStringOptions, stringify } from "yaml";
import { generateInventory } from "../../bench/generate.js";
import { pointersOf, trees } from "../../test/support/trees.js";
import { InputError } from "./diagnostic.js";
import { DEFAULT_LIMITS, parseText } from "./parse.js";
import { DECLINED, readBlockYaml } from "./yaml-block.js";

const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 200) };

type Outcome =
  | { readonly ok: true; readonly value: unknown; readonly positions: Map<string, unknown>; readonly some: Map<string, unknown> }
  | { readonly ok: false; readonly diagnostics: unknown };

function outcome(text: string, blockReader: boolean): Outcome {
  try {
    const parsed = parseText(text, "t.yaml", { format: "yaml", limits: DEFAULT_LIMITS }, blockReader);
    const pointers = pointersOf(parsed.value, 400);
    // Every pointer at once, and a few alone: a pass for a few skips what they do not go into.
    const some = parsed.locateAll(pointers.filter((_, i) => i % 7 === 3));
    return { ok: true, value: parsed.value, positions: parsed.locateAll(pointers), some };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, diagnostics: error.diagnostics };
    throw error;
  }
}

/** The two routes agree on `text`; returns whether the fast reader took it. */
function agree(text: string): boolean {
  const full = outcome(text, false);
  const fast = outcome(text, true);
  expect(fast.ok).toBe(full.ok);
  if (fast.ok && full.ok) {
    expect(isDeepStrictEqual(fast.value, full.value)).toBe(true);
    expect(fast.positions).toEqual(full.positions);
    expect(fast.some).toEqual(full.some);
  } else expect(fast).toEqual(full);
  const taken = readBlockYaml(text.replace(/\r(?!\n)/g, "\n"), DEFAULT_LIMITS.maxDepth) !== DECLINED;
  // Taking a text the full reader refuses would be a difference the outcomes above cannot show
  // when both fail alike only by luck: the fast reader never takes refused input.
  if (taken) expect(full.ok).toBe(true);
  return taken;
}

/** Strings that mean something else to YAML, or nearly do. */
const TRICKY = [
  "",
  " ",
  "a b",
  " lead",
  "trail ",
  "1",
  "-1",
  "+1",
  "-0",
  "012",
  "0o17",
  "0o8",
  "0x1F",
  "0x",
  "1e3",
  "1e",
  ".5",
  "+.5",
  "1.",
  "1_000",
  "0b101",
  ".inf",
  "-.Inf",
  ".NaN",
  "~",
  "null",
  "Null",
  "NULL",
  "nULL",
  "true",
  "True",
  "tRUE",
  "yes",
  "off",
  "2026-04-01",
  "12:30",
  "a: b",
  "a:b",
  "a:",
  "a #b",
  "a#b",
  "#a",
  "- a",
  "-a",
  "-",
  "--- a",
  "---",
  "...",
  "'q'",
  '"q"',
  "it's",
  "a\\b",
  'a"b',
  "&a",
  "*a",
  "!a",
  "|",
  ">",
  "[a]",
  "{a}",
  "a, b",
  "a]",
  "?",
  "? a",
  ":",
  ":a",
  "%a",
  "@a",
  "`a",
  "人吉市",
  "全角　スペース",
  "a\nb",
  "a\tb",
  "\u2028",
  "\u0085",
  "é",
  "😀",
  "__proto__",
  "constructor",
];

/** Strings of the characters that matter to YAML, printable ones only (the fast reader takes those). */
const meaningful = fc.string({ unit: fc.constantFrom(..."ab :#-'\"&*!|>[]{},?%@`\\.0123xeE+~人吉　".split("")), maxLength: 8 });
// biome-ignore lint/suspicious/noControlCharactersInRegex: the strings left out are those with control characters
const printable = (s: string) => !/[\x00-\x1f\x7f-\x9f\u2028\ufeff\ud800-\udfff]/.test(s);

const scalar = fc.oneof(
  fc.constantFrom(...TRICKY),
  meaningful,
  fc.constantFrom(...TRICKY.filter(printable)),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double({ noDefaultInfinity: false }),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof(
  fc.constantFrom(...TRICKY),
  meaningful,
  fc.string({ maxLength: 6 }),
  fc.constantFrom("id", "name", "zone", "systems", "名前", "a b", "x-y"),
  fc.constantFrom("id", "name", "zone", "systems", "名前", "a b", "x-y"),
);

const tree = trees(key, scalar, 5);

/** A tree in which one block is used twice, so the writer emits an anchor and an alias. */
const shared = fc
  .tuple(tree, tree)
  .map(([outer, block]) => (Array.isArray(outer) ? [...outer, block, block] : { ...(outer as object), first: block, second: block }));

const options: fc.Arbitrary<ToStringOptions> = fc.record({
  indent: fc.constantFrom(1, 2, 4),
  indentSeq: fc.boolean(),
  defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_LITERAL"),
  defaultKeyType: fc.constantFrom(null, "PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"),
  lineWidth: fc.constantFrom(0, 12, 80),
  minContentWidth: fc.constantFrom(0, 20),
  collectionStyle: fc.constantFrom("any", "block", "block", "flow"),
  flowCollectionPadding: fc.boolean(),
  doubleQuotedAsJSON: fc.boolean(),
  singleQuote: fc.constantFrom(null, true, false),
}) as fc.Arbitrary<ToStringOptions>;

const written = fc.tuple(fc.oneof(tree, shared), options).map(([data, opts]) => {
  try {
    return stringify(data, opts);
  } catch {
    return stringify(data);
  }
});

/** Characters that change how YAML reads a line. */
const SIGNIFICANT = [" ", "  ", ":", ": ", "-", "- ", "#", " #", "'", '"', "&", "*", "!", "|", ">", "[", "]", "{", "}", ","];
const SIGNIFICANT_MORE = ["\\", "\t", "?", "%", "@", "`", "\n", "\r", "\r\n", "0", "x", "~", ".", "\u2028", "\u3000", "\ufeff", "---\n"];

type Edit = (text: string) => string;
const at = (text: string, r: number) => Math.floor(r * (text.length + 1));
const lineEdit = (f: (lines: string[], i: number) => void) => (r: number) => (text: string) => {
  const lines = text.split("\n");
  f(lines, Math.floor(r * lines.length));
  return lines.join("\n");
};
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.constantFrom(...SIGNIFICANT, ...SIGNIFICANT_MORE)).map(
    ([r, s]) =>
      (text: string) =>
        text.slice(0, at(text, r)) + s + text.slice(at(text, r)),
  ),
  fc
    .double({ min: 0, max: 1, maxExcluded: true, noNaN: true })
    .map((r) => (text: string) => text.slice(0, at(text, r)) + text.slice(at(text, r) + 1)),
  fc
    .double({ min: 0, max: 1, maxExcluded: true, noNaN: true })
    .map(lineEdit((lines, i) => lines.splice(i, 0, `${" ".repeat(i % 5)}# note`))),
  fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }).map(lineEdit((lines, i) => (lines[i] = `${lines[i]} # note`))),
  fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }).map(lineEdit((lines, i) => lines.splice(i, 0, ""))),
  fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }).map(lineEdit((lines, i) => lines.splice(i, 0, lines[i] ?? ""))),
  fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }).map(lineEdit((lines, i) => (lines[i] = ` ${lines[i]}`))),
  fc
    .double({ min: 0, max: 1, maxExcluded: true, noNaN: true })
    .map(lineEdit((lines, i) => (lines[i] = (lines[i] ?? "").replace(/^ /, "")))),
  fc.constant((text: string) => text.replaceAll("\n", "\r\n")),
);

describe("the fast reader of block YAML", () => {
  it("gives the full reader's data and positions for documents programs write", () => {
    let taken = 0;
    fc.assert(
      fc.property(written, (text) => {
        if (agree(text)) taken++;
      }),
      RUNS,
    );
    // The comparison means something only if the fast reader takes a good share of them.
    expect(taken).toBeGreaterThan(RUNS.numRuns / 4);
  });

  it("gives the full reader's data, positions or refusal for edited documents", () => {
    let taken = 0;
    fc.assert(
      fc.property(written, fc.array(edit, { minLength: 1, maxLength: 3 }), (text, edits) => {
        if (agree(edits.reduce((t, e) => e(t), text))) taken++;
      }),
      RUNS,
    );
    expect(taken).toBeGreaterThan(RUNS.numRuns / 10);
  });

  it("gives the full reader's outcome for lines put together from YAML's pieces", () => {
    // biome-ignore format: a list of pieces reads best on a few lines
    const KEY_PIECES = ["", "a:", "b: ", "a b: ", '"q": ', "'k': ", ": ", "1: ", "&x a: ", "-a: ", "a :", "名前: ",
      '"a: b": ', "? ", "null: ", '"": ', "x#y: ", "a,b: ", "*x : "];
    // biome-ignore format: a list of pieces reads best on a few lines
    const VALUE_PIECES = ["", "", "x", "1", "0x1F", "~", "true", "'s''t'", '"d\\u00e9"', "[a, 1]", "{k: v}", "[]", "&x",
      "&x v", "*x", "*y", "|", "a: b", "c #d", "#e", "- y", "[a, [b]]", "{a: [1]}", "[a,]", "{a}", "!!str x", "-1", ".5",
      "'a #b'", '"a: b"', "---", "...", "%YAML 1.2", "x:y", "http://h/p?q#f", "[a, 'b, c']", "{a: 1, a: 2}"];
    // Hand-written shapes no writer produces: odd indentation, compact and same-column forms,
    // empty and quoted keys, anchors and aliases in every place, comments, flow on one line.
    const line = fc
      .tuple(
        fc.constantFrom("", " ", "  ", "   ", "    ", "      "),
        fc.constantFrom("", "", "- ", "- - ", "-"),
        fc.constantFrom(...KEY_PIECES),
        fc.constantFrom(...VALUE_PIECES),
        fc.constantFrom("", "", " # c", "#c", "  "),
      )
      .map((parts) => parts.join(""));
    let taken = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom("\n", "\r\n"), (lines, eol) => {
        if (agree(lines.join(eol) + eol)) taken++;
      }),
      { numRuns: RUNS.numRuns * 2 },
    );
    // Most such texts are not YAML or not in the subset; about one in twenty is taken.
    expect(taken).toBeGreaterThan((RUNS.numRuns * 2) / 100);
  });

  it("takes what it is for: generated inventories, the examples and the realistic fixtures", () => {
    expect(agree(stringify(generateInventory(30)))).toBe(true);
    expect(agree(stringify(generateInventory(30), { indentSeq: false, aliasDuplicateObjects: false }))).toBe(true);
    const files = [
      ...["delivery-spec.yaml", "inventory.yaml"].map((f) => join("examples", f)),
      ...readdirSync("test/fixtures/realistic")
        .filter((f) => f.endsWith(".yaml"))
        .map((f) => join("test/fixtures/realistic", f)),
    ];
    const taken = files.filter((f) => agree(readFileSync(f, "utf8")));
    // Files written by hand use block scalars and comments freely; most still take the fast route.
    expect(taken.length).toBeGreaterThanOrEqual(Math.ceil(files.length / 2));
  });
});

/** Cases written from the YAML 1.2 core schema and the block syntax: what a reader must make of them. */
describe.each<[string, string, unknown]>([
  ["a decimal integer", "n: 012", { n: 12 }],
  ["a signed integer", "n: +12", { n: 12 }],
  ["negative zero", "n: -0", { n: -0 }],
  ["an octal integer (0o)", "n: 0o17", { n: 15 }],
  ["a hexadecimal integer", "n: 0x1F", { n: 31 }],
  ["an exponent", "n: 1e3", { n: 1000 }],
  ["a float without leading digit", "n: .5", { n: 0.5 }],
  ["infinity", "n: -.INF", { n: -Infinity }],
  ["not a number", "n: .NaN", { n: Number.NaN }],
  ["YAML 1.1 booleans are strings", "b: [yes, No, off]", { b: ["yes", "No", "off"] }],
  ["core booleans", "b: [true, True, FALSE]", { b: [true, true, false] }],
  ["null spellings", "a: ~\nb: Null\nc:\nd: nULL", { a: null, b: null, c: null, d: "nULL" }],
  ["a date stays a string", "d: 2026-04-01", { d: "2026-04-01" }],
  ["a comment after a value", "a: x # note\nb: x#y", { a: "x", b: "x#y" }],
  ["single-quoted with a doubled quote", "a: 'it''s'", { a: "it's" }],
  ["double-quoted with JSON escapes", 'a: "\\u4EBA\\t\\"q\\""', { a: '人\t"q"' }],
  ["a sequence at its key's column", "a:\n- 1\n- x\nb: 2", { a: [1, "x"], b: 2 }],
  ["mappings in a sequence", "- a: 1\n  b: [x, 'y']\n-   c: {}", [{ a: 1, b: ["x", "y"] }, { c: {} }]],
  [
    "flow collections on one line",
    "a: [[1], {k: 'v', n: [x]}]\nb: { kind: data-centre } # c",
    { a: [[1], { k: "v", n: ["x"] }], b: { kind: "data-centre" } },
  ],
  ["an anchor shared by an alias", "a: &x\n  k: 1\nb: *x", { a: { k: 1 }, b: { k: 1 } }],
  ["CRLF line ends", "a: 1\r\nb:\r\n  - x\r\n", { a: 1, b: ["x"] }],
])("%s", (_name, text, expected) => {
  it("is read as the core schema says, by both routes alike", () => {
    expect(readBlockYaml(text, 64)).toEqual({ value: expected, aliased: text.includes("*") });
    expect(agree(text)).toBe(true);
  });
});

describe.each<[string, string]>([
  ["a YAML 1.2 escape JSON lacks", 'a: "\\x41"'],
  ["a block scalar", "a: |\n  text\n"],
  ["a plain scalar over two lines", "a: one\n  two\n"],
  ["a tab", "a:\t1"],
  ["a tag", "a: !!str 1"],
  ["a duplicate key", "a: 1\na: 2"],
  ["an alias before its anchor", "a: *x\nb: &x 1"],
  ["a flow collection over two lines", "a: [1,\n  2]"],
  ["a flow mapping key without a value", "a: {k}"],
  ["a trailing comma", "a: [1, ]"],
  ["an anchor on a compact mapping's first key", "- &x a: 1"],
  ["a __proto__ key", "__proto__: 1"],
  ["a key the core schema reads as a number", "1: a"],
  ["two documents", "a: 1\n---\nb: 2"],
  ["bad indentation", "a:\n    b: 1\n  c: 2"],
  ["a lone scalar", "just text"],
  ["an empty key", ": x"],
  ["an empty key in a sequence's mapping", "- b: 2\n  : y"],
  ["an empty key in a flow mapping", "a: { : x}"],
  ["a key over 1024 characters", `${"k".repeat(1100)}: 1`],
  ["a quoted key over 1024 characters", `"${"k".repeat(1100)}": 1`],
])("%s", (_name, text) => {
  it("is left to the full reader, which gives the same outcome either way", () => {
    expect(readBlockYaml(text, 64)).toBe(DECLINED);
    expect(agree(text)).toBe(false);
  });
});
