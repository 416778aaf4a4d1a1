import { fromPointer } from "../engine/json-pointer.js";

/** The pointers being located, as a tree of their segments; `offset` is filled in by a pass over the text. */
export interface PointerTrie {
  readonly children: Map<string, PointerTrie>;
  offset?: number;
}

/** The trie of many pointers. */
export function pointerTrie(pointers: readonly string[]): PointerTrie {
  const root: PointerTrie = { children: new Map() };
  for (const pointer of pointers) {
    let node = root;
    for (const segment of fromPointer(pointer)) {
      let child = node.children.get(segment);
      if (child === undefined) {
        child = { children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    }
  }
  return root;
}

/** Each pointer's offset after a pass filled the trie in: its own, else its deepest located ancestor's. */
export function resolvePointerTrie(root: PointerTrie, pointers: readonly string[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const pointer of pointers) {
    let node: PointerTrie | undefined = root;
    let offset = root.offset;
    for (const segment of fromPointer(pointer)) {
      node = node?.children.get(segment);
      if (node?.offset === undefined) break;
      offset = node.offset;
    }
    if (offset !== undefined) result.set(pointer, offset);
  }
  return result;
}

/**
 * Finds the offsets of many JSON pointers in one pass over a (valid) JSON text, without building
 * a syntax tree: the key of an object member, the start of an array item. A pointer that goes
 * past the data resolves to its deepest existing ancestor. Linear in the text; far cheaper than
 * a position-tracking parser for large files.
 */
export function locateJsonPointers(text: string, pointers: readonly string[]): Map<string, number> {
  const root = pointerTrie(pointers);
  interface Frame {
    readonly trie: PointerTrie | undefined;
    readonly array: boolean;
    index: number;
    key: string | undefined;
    keyOffset: number;
  }
  const stack: Frame[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i++;
    }
  };
  const readString = (): string => {
    const start = i;
    let escaped = false;
    for (i++; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x5c) {
        escaped = true;
        i++;
      } else if (c === 0x22) break;
    }
    i++;
    const raw = text.slice(start, i);
    return escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  };
  // Called at the start of every value: records it if wanted, and returns its trie node.
  const enter = (): PointerTrie | undefined => {
    const frame = stack[stack.length - 1];
    if (frame === undefined) {
      root.offset ??= i;
      return root;
    }
    const segment = frame.array ? String(frame.index) : (frame.key as string);
    const node = frame.trie?.children.get(segment);
    if (node !== undefined) node.offset ??= frame.array ? i : frame.keyOffset;
    return node;
  };
  skipSpace();
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const frame = stack[stack.length - 1];
    if (c === 0x7b || c === 0x5b) {
      const trie = enter();
      stack.push({ trie, array: c === 0x5b, index: 0, key: undefined, keyOffset: i });
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
      i++;
    } else if (c === 0x2c) {
      if (frame?.array) frame.index++;
      else if (frame) frame.key = undefined;
      i++;
    } else if (c === 0x3a) {
      i++;
    } else if (c === 0x22) {
      if (frame !== undefined && !frame.array && frame.key === undefined) {
        frame.keyOffset = i;
        frame.key = readString();
      } else {
        enter();
        readString();
      }
    } else {
      enter();
      while (i < text.length && !/[,\]}\s]/.test(text[i] as string)) i++;
    }
    skipSpace();
  }
  return resolvePointerTrie(root, pointers);
}
