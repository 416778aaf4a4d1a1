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
 * a position-tracking parser for large files. Objects and arrays no pointer goes into are
 * stepped over bracket by bracket, without reading their keys.
 */
export function locateJsonPointers(text: string, pointers: readonly string[]): Map<string, number> {
  const root = pointerTrie(pointers);
  interface Frame {
    readonly trie: PointerTrie;
    readonly array: boolean;
    index: number;
    key: string | undefined;
    keyOffset: number;
  }
  const stack: Frame[] = [];
  const length = text.length;
  let i = 0;
  const skipSpace = () => {
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i++;
    }
  };
  /** Moves past the string whose opening quote is at `i`; says whether it held an escape. */
  const skipString = (): boolean => {
    let escaped = false;
    for (i++; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x5c) {
        escaped = true;
        i++;
      } else if (c === 0x22) break;
    }
    i++;
    return escaped;
  };
  const readString = (): string => {
    const start = i;
    return skipString() ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
  };
  /** Moves past the object or array whose opening bracket is at `i`. */
  const skipContainer = () => {
    let depth = 0;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        skipString();
        continue;
      }
      if (c === 0x7b || c === 0x5b) depth++;
      else if ((c === 0x7d || c === 0x5d) && --depth === 0) {
        i++;
        return;
      }
      i++;
    }
  };
  // Called at the start of every value: records it if wanted, and returns its trie node.
  const enter = (): PointerTrie | undefined => {
    const frame = stack[stack.length - 1];
    if (frame === undefined) {
      root.offset ??= i;
      return root;
    }
    const node = frame.trie.children.get(frame.array ? String(frame.index) : (frame.key as string));
    if (node !== undefined) node.offset ??= frame.array ? i : frame.keyOffset;
    return node;
  };
  skipSpace();
  while (i < length) {
    const c = text.charCodeAt(i);
    const frame = stack[stack.length - 1];
    if (c === 0x7b || c === 0x5b) {
      const trie = enter();
      // Nothing wanted inside: step over it.
      if (trie === undefined || trie.children.size === 0) skipContainer();
      else {
        stack.push({ trie, array: c === 0x5b, index: 0, key: undefined, keyOffset: i });
        i++;
      }
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
        skipString();
      }
    } else {
      enter();
      // A number, true, false or null: up to the next comma, closing bracket or space.
      for (; i < length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x2c || d === 0x5d || d === 0x7d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09) break;
      }
    }
    skipSpace();
  }
  return resolvePointerTrie(root, pointers);
}
