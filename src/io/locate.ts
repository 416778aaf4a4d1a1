import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import { fromPointer } from "../engine/json-pointer.js";

/** A 1-based position in a source file. */
export interface Position {
  readonly line: number;
  readonly column: number;
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
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
      if (pair === undefined) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      const item = /^\d+$/.test(segment) ? node.items[Number(segment)] : undefined;
      if (item === undefined || item === null) break;
      node = item as Node;
      offset = node.range?.[0] ?? offset;
    } else break;
  }
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
