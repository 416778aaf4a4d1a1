import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Node, type Pair, type YAMLMap } from "yaml";
import { fromPointer } from "../engine/json-pointer.js";

/** A 1-based position in a source file. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Each mapping's keys, indexed on first use: locating many pointers stays linear in the file. */
const keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  let index = keyIndex.get(map);
  if (index === undefined) {
    index = new Map();
    for (const item of map.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const name = String(item.key.value);
      if (!index.has(name)) index.set(name, item);
    }
    keyIndex.set(map, index);
  }
  return index.get(key);
}

/**
 * Finds where a JSON pointer lands in a parsed YAML (or JSON) document: the key of a mapping
 * entry, the item of a sequence. When the path goes further than the document (a missing field),
 * the deepest existing node is returned, which is where the field must be added.
 */
export function locatePointer(doc: Document, lineCounter: LineCounter, pointer: string): Position | undefined {
  let node: Node | null | undefined = doc.contents;
  let offset = node?.range?.[0];
  for (const segment of fromPointer(pointer)) {
    // Findings inside an aliased block point at the alias: that is where this target uses it.
    if (isAlias(node)) break;
    if (isMap(node)) {
      const pair = pairOf(node, segment);
      if (pair === undefined) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      // An array index as RFC 6901 spells it (no leading zero), as the JSON and block YAML readers take it.
      const item = /^(0|[1-9]\d*)$/.test(segment) ? node.items[Number(segment)] : undefined;
      if (item === undefined || item === null) break;
      node = item as Node;
      offset = node.range?.[0] ?? offset;
    } else break;
  }
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
