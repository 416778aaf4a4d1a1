/**
 * Generated documents and the pointers into them, for the property tests that compare two
 * readers of the same text (src/io/yaml-block.test.ts, src/io/json-pieces.test.ts).
 */
import fc from "fast-check";
import { toPointer } from "../../src/engine/json-pointer.js";

/**
 * Trees of mappings and lists of at most `width` entries, with `key` for keys and `scalar` at
 * the leaves.
 */
export function trees(key: fc.Arbitrary<string>, scalar: fc.Arbitrary<unknown>, width: number): fc.Arbitrary<unknown> {
  const { tree } = fc.letrec<{ tree: unknown; node: unknown }>((tie) => ({
    tree: fc.oneof(
      fc.array(fc.tuple(key, tie("node")), { maxLength: 5 }).map((entries) => Object.fromEntries(entries)),
      fc.array(tie("node"), { maxLength: width }),
    ),
    node: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("tree")),
  }));
  return tree;
}

/**
 * Every pointer into the data (a shared block once per path), up to `cap`, and some that go past
 * it: a missing key, an index past the end, indexes that are not canonical (`01`, `-1`), a
 * segment below a scalar, an empty first segment.
 */
export function pointersOf(value: unknown, cap: number): string[] {
  const out: string[] = ["/missing", "/"];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (out.length >= cap) return;
    out.push(toPointer(path));
    if (v === null || typeof v !== "object") {
      if (path.length > 0) out.push(toPointer([...path, "beyond"]));
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, [...path, i]));
      out.push(toPointer([...path, v.length]), toPointer([...path, "01"]), toPointer([...path, "-1"]));
    } else {
      for (const [k, item] of Object.entries(v)) walk(item, [...path, k]);
      out.push(toPointer([...path, "missing"]));
    }
  };
  walk(value, []);
  return out;
}
