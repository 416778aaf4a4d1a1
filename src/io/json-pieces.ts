import { FORBIDDEN_KEYS } from "./forbidden-keys.js";
import { locateJsonPointers } from "./json-locate.js";
import type { Position } from "./locate.js";

/**
 * Reading a JSON file from its bytes piece by piece, so that a large inventory never exists as
 * one string beside its data: a 270 MB file decodes to a 540 MB string (V8 stores text with any
 * Japanese in it at two bytes a character), which the one-piece route holds together with the
 * parsed data and, for positions, until the report is located.
 *
 * The top-level object is walked over the bytes; each member's value is decoded and parsed on
 * its own, and the items of an array member in batches of about {@link BATCH_BYTES}. Only the
 * bytes stay, for positions (the file reader packs a large file's bytes, see {@link ByteSource}):
 * a pointer is located by decoding the one item (or member) it goes into and counting lines and
 * columns over the bytes before it. The data and every position are
 * the same as the one-piece route's (a property test compares them); anything unusual (not an
 * object, bad UTF-8, a syntax error, a forbidden key, a duplicate key) is declined, and the
 * caller reads the file the usual way, which also gives the usual diagnostics.
 *
 * Batches are small enough (a 16 KiB batch decodes to at most 32 KB) that their text is collected
 * young, with no large-object garbage for the old generation to grow on.
 */

/** About how many bytes of array items are decoded and parsed at a time. */
const BATCH_BYTES = 16 * 1024;

/** A member of the top-level object: where its key and value are, and where each item starts if it is an array. */
interface Member {
  readonly key: string;
  /** Byte offset of the key's opening quote. */
  readonly keyAt: number;
  /** Byte offsets of the value: its first byte and the one after its last. */
  readonly start: number;
  readonly end: number;
  /**
   * The first byte of each item, when the value is an array: four bytes an item, so even an
   * array of a million one-digit numbers costs less here than in the parsed data.
   */
  readonly items: Uint32Array | undefined;
}

/**
 * The bytes a JSON file was read from, kept for locating: as they were read ({@link bytesInMemory}),
 * or another way that gives back the same bytes (the file reader packs a large file's bytes, see
 * io/packed-bytes.ts). Locating asks for the few pieces findings point into, in ascending order,
 * and walks the bytes once from the start to count lines.
 */
export interface ByteSource {
  /** The bytes from `start` up to `end`. */
  slice(start: number, end: number): Uint8Array;
  /** The bytes from the start up to at least `end`, as consecutive chunks. */
  chunks(end: number): Iterable<Uint8Array>;
}

/** Bytes kept as they are. */
export function bytesInMemory(b: Uint8Array): ByteSource {
  return { slice: (start, end) => b.subarray(start, end), chunks: (end) => [b.subarray(0, end)] };
}

/** The data of a JSON file read in pieces, and how to locate pointers in it. */
export interface JsonPieces {
  readonly value: Record<string, unknown>;
  /**
   * How many object keys the text holds, at every depth. The parser keeps one property per key
   * and object, so fewer properties in the data than this means a key appeared twice: the caller
   * counts them (its walk over the data does) and declines then.
   */
  readonly keys: number;
  /** Positions of pointers, in the bytes read or in `bytes`: the same bytes, kept another way. */
  locateAll(pointers: readonly string[], bytes?: ByteSource): Map<string, Position>;
}

const isSpace = (c: number | undefined) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** The offset after the string whose opening quote is at `i`, or -1 when it does not close or holds a control character. */
function skipString(b: Uint8Array, i: number): number {
  const n = b.length;
  for (i++; i < n; i++) {
    const c = b[i] as number;
    if (c === 0x22) return i + 1;
    if (c === 0x5c) i++;
    else if (c < 0x20) return -1;
  }
  return -1;
}

/**
 * The offset after the value that starts at `i`: strings and brackets are matched, everything
 * else runs to the next delimiter. Not a validation: the parser checks each piece. Counts the
 * keys inside (strings followed by a colon) into `counter`.
 */
function skipValue(b: Uint8Array, i: number, counter: { keys: number }): number {
  const n = b.length;
  const first = b[i];
  if (first === 0x22) return skipString(b, i);
  if (first === 0x7b || first === 0x5b) {
    let depth = 0;
    let keys = 0;
    while (i < n) {
      const c = b[i] as number;
      if (c === 0x22) {
        i = skipString(b, i);
        if (i < 0) return -1;
        let j = i;
        while (isSpace(b[j])) j++;
        if (b[j] === 0x3a) keys++;
        continue;
      }
      if (c === 0x7b || c === 0x5b) depth++;
      else if ((c === 0x7d || c === 0x5d) && --depth === 0) {
        counter.keys += keys;
        return i + 1;
      }
      i++;
    }
    return -1;
  }
  const start = i;
  while (i < n) {
    const c = b[i];
    if (c === 0x2c || c === 0x5d || c === 0x7d || isSpace(c)) break;
    i++;
  }
  return i === start ? -1 : i;
}

function skipSpace(b: Uint8Array, i: number): number {
  while (isSpace(b[i])) i++;
  return i;
}

/** Thrown inside {@link attempt} for anything this reader leaves to the one-piece route. */
class Declined extends Error {}

/**
 * Reads the bytes (after any byte order mark) of a JSON file whose top level is an object, in
 * pieces; `undefined` for anything else and for anything the one-piece route would refuse.
 */
export function readJsonPieces(bytes: Uint8Array, batchBytes: number = BATCH_BYTES): JsonPieces | undefined {
  try {
    return attempt(bytes, batchBytes);
  } catch (error) {
    if (error instanceof Declined) return undefined;
    throw error;
  }
}

function attempt(b: Uint8Array, batchBytes: number): JsonPieces {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const decode = (start: number, end: number) => decoder.decode(b.subarray(start, end));
  /**
   * A piece parsed (`items`: a run of array items, parsed as one array), or declined: bad UTF-8
   * (the decoder), a syntax error or absurd nesting (the parser).
   */
  const parse = (start: number, end: number, items = false): unknown => {
    try {
      const text = decode(start, end);
      return JSON.parse(items ? `[${text}]` : text) as unknown;
    } catch {
      throw new Declined();
    }
  };
  const counter = { keys: 0 };
  const expect = (ok: boolean) => {
    if (!ok) throw new Declined();
  };

  const members: Member[] = [];
  const value: Record<string, unknown> = {};
  let i = skipSpace(b, 0);
  const root = i;
  expect(b[i] === 0x7b);
  i = skipSpace(b, i + 1);
  if (b[i] === 0x7d) i++;
  else {
    for (;;) {
      expect(b[i] === 0x22);
      const keyAt = i;
      i = skipString(b, i);
      expect(i > 0);
      const key = parse(keyAt, i) as string;
      expect(!Object.hasOwn(value, key) && !FORBIDDEN_KEYS.has(key));
      i = skipSpace(b, i);
      expect(b[i] === 0x3a);
      const start = skipSpace(b, i + 1);
      let items: Uint32Array | undefined;
      if (b[start] === 0x5b) {
        let starts = new Uint32Array(1024);
        let count = 0;
        const list: unknown[] = [];
        i = skipSpace(b, start + 1);
        if (b[i] === 0x5d) i++;
        else {
          // Items are grouped into batches, each parsed as one array.
          let batchStart = i;
          let batchCount = 0;
          for (;;) {
            if (count === starts.length) {
              const grown = new Uint32Array(count * 2);
              grown.set(starts);
              starts = grown;
            }
            starts[count++] = i;
            const itemEnd = skipValue(b, i, counter);
            expect(itemEnd > 0);
            batchCount++;
            i = skipSpace(b, itemEnd);
            const last = b[i] === 0x5d;
            expect(last || b[i] === 0x2c);
            if (last || itemEnd - batchStart >= batchBytes) {
              const batch = parse(batchStart, itemEnd, true) as unknown[];
              expect(batch.length === batchCount);
              for (const item of batch) list.push(item);
              batchCount = 0;
            }
            i = skipSpace(b, i + 1);
            if (last) break;
            if (batchCount === 0) batchStart = i;
          }
        }
        value[key] = list;
        items = starts.slice(0, count);
      } else {
        i = skipValue(b, start, counter);
        expect(i > 0);
        value[key] = parse(start, i);
      }
      members.push({ key, keyAt, start, end: i, items });
      counter.keys++;
      i = skipSpace(b, i);
      if (b[i] === 0x7d) {
        i++;
        break;
      }
      expect(b[i] === 0x2c);
      i = skipSpace(b, i + 1);
    }
  }
  expect(skipSpace(b, i) === b.length);
  return {
    value,
    keys: counter.keys,
    locateAll: (pointers, bytes = bytesInMemory(b)) => locate(bytes, root, members, pointers),
  };
}

/**
 * Positions of pointers, the same as locating them in the whole text: the key of an object
 * member, the start of an array item, else the deepest existing ancestor.
 */
function locate(bytes: ByteSource, root: number, members: readonly Member[], pointers: readonly string[]): Map<string, Position> {
  const byKey = new Map(members.map((m) => [m.key, m]));
  const count = pointers.length;
  // Per pointer, by its index: the byte offset its position counts from, and how far below and
  // along from there it is (a column of -1: at the offset itself). Typed arrays rather than maps
  // and objects, since a report at 100,000 systems locates some 200,000 pointers.
  const anchor = new Float64Array(count);
  const down = new Int32Array(count);
  const along = new Int32Array(count).fill(-1);
  /** The piece to decode for a pointer (its first and past-last byte; -1: none). */
  const pieceStart = new Float64Array(count).fill(-1);
  const pieceEnd = new Float64Array(count);
  /** Where the rest of a pointer inside a piece starts, and where it lands if nothing deeper is found. */
  const restAt = new Int32Array(count);
  const fallback = new Float64Array(count);
  let inPieces = 0;
  for (let i = 0; i < count; i++) {
    const pointer = pointers[i] as string;
    // The first segment names a member; the rest of the pointer stays encoded, as the piece's own pointer.
    const second = pointer.indexOf("/", 1);
    const member = pointer === "" ? undefined : byKey.get(segment(pointer, 1, second));
    if (member === undefined) {
      anchor[i] = root;
      continue;
    }
    if (second < 0) {
      anchor[i] = member.keyAt;
      continue;
    }
    let start = member.start;
    let end = member.end;
    restAt[i] = second;
    fallback[i] = member.keyAt;
    if (member.items !== undefined) {
      const third = pointer.indexOf("/", second + 1);
      const at = indexOf(pointer, second + 1, third < 0 ? pointer.length : third);
      if (at < 0 || at >= member.items.length) {
        anchor[i] = member.keyAt;
        continue;
      }
      start = member.items[at] as number;
      if (third < 0) {
        anchor[i] = start;
        continue;
      }
      // Up to the next item's start (or the array's end): the separator and bracket after the
      // item are stepped over by the locator, and no offset before them changes.
      end = at + 1 < member.items.length ? (member.items[at + 1] as number) : member.end;
      restAt[i] = third;
      fallback[i] = start;
    }
    pieceStart[i] = start;
    pieceEnd[i] = end;
    inPieces++;
  }

  // Inside a decoded piece, a pointer is so many lines below the piece's start, and at a column
  // counted from the piece's own column (no line break before it) or from the line's start.
  // Pieces are taken in the order of the bytes, which packed bytes give back block by block.
  // The bytes were found to be UTF-8 when they were read.
  const decoder = new TextDecoder();
  const byPiece = new Uint32Array(inPieces);
  for (let i = 0, k = 0; i < count; i++) if ((pieceStart[i] as number) >= 0) byPiece[k++] = i;
  byPiece.sort((a, b) => (pieceStart[a] as number) - (pieceStart[b] as number) || a - b);
  for (let first = 0; first < inPieces; ) {
    const start = pieceStart[byPiece[first] as number] as number;
    let last = first + 1;
    while (last < inPieces && pieceStart[byPiece[last] as number] === start) last++;
    const text = decoder.decode(bytes.slice(start, pieceEnd[byPiece[first] as number] as number));
    const inner = byPiece.subarray(first, last);
    const relative = Array.from(inner, (i) => (pointers[i] as string).slice(restAt[i]));
    const offsets = locateJsonPointers(text, relative);
    inner.forEach((i, k) => {
      const offset = offsets.get(relative[k] as string) ?? 0;
      // Offset 0 is the piece itself: nothing deeper was found, so the pointer's nearest located ancestor.
      if (offset === 0) {
        anchor[i] = fallback[i] as number;
        return;
      }
      const lastBreak = text.lastIndexOf("\n", offset - 1);
      let lines = 0;
      for (let n = lastBreak; n !== -1; n = n === 0 ? -1 : text.lastIndexOf("\n", n - 1)) lines++;
      anchor[i] = start;
      down[i] = lines;
      along[i] = lastBreak < 0 ? offset : offset - lastBreak;
    });
    first = last;
  }

  // The anchors' own lines and columns, in one pass over the bytes in the anchors' order.
  const byAnchor = new Uint32Array(count);
  for (let i = 0; i < count; i++) byAnchor[i] = i;
  byAnchor.sort((a, b) => (anchor[a] as number) - (anchor[b] as number));
  const at = positionsOfBytes(
    bytes,
    Float64Array.from(byAnchor, (i) => anchor[i] as number),
  );
  const out = new Map<string, Position>();
  for (let k = 0; k < count; k++) {
    const i = byAnchor[k] as number;
    const line = at.line[k] as number;
    const baseColumn = at.column[k] as number;
    const column = along[i] as number;
    const lines = down[i] as number;
    out.set(
      pointers[i] as string,
      column < 0 ? { line, column: baseColumn } : lines === 0 ? { line, column: baseColumn + column } : { line: line + lines, column },
    );
  }
  return out;
}

/** The decoded pointer segment from `start` up to `end` (-1: the end of the pointer). */
function segment(pointer: string, start: number, end: number): string {
  const raw = pointer.slice(start, end < 0 ? undefined : end);
  return raw.includes("~") ? raw.replaceAll("~1", "/").replaceAll("~0", "~") : raw;
}

/** The array index a segment spells in canonical form (no sign, no leading zero), else -1. */
function indexOf(pointer: string, start: number, end: number): number {
  if (start === end || end - start > 15 || (pointer.charCodeAt(start) === 0x30 && end - start > 1)) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = pointer.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Line and column (1-based, the column in UTF-16 code units as in the decoded text) of each byte
 * offset, in one pass over the bytes up to the last; `offsets` sorted ascending, the results in
 * the same order.
 */
function positionsOfBytes(bytes: ByteSource, offsets: Float64Array): { line: Int32Array; column: Int32Array } {
  const out = { line: new Int32Array(offsets.length), column: new Int32Array(offsets.length) };
  if (offsets.length === 0) return out;
  // Streaming: a character split between two chunks is counted with the second, before any
  // offset (offsets are at ASCII bytes: quotes, brackets, digits, letters of literals).
  const decoder = new TextDecoder();
  const stream = { stream: true };
  let line = 1;
  let column = 1;
  let k = 0;
  /** Offset of the chunk's first byte. */
  let base = 0;
  for (const chunk of bytes.chunks((offsets[offsets.length - 1] as number) + 1)) {
    const chunkEnd = base + chunk.length;
    /** Where the counting stands in this chunk. */
    let from = 0;
    /** The next line feed at or after `from` (-1: none in this chunk), found natively. */
    let lf = chunk.indexOf(0x0a);
    const advance = (to: number) => {
      if (lf !== -1 && lf < to) {
        do {
          line++;
          from = lf + 1;
          column = 1;
          lf = chunk.indexOf(0x0a, from);
        } while (lf !== -1 && lf < to);
        // A new line: the part of a character the last chunk ended with belongs to a line passed.
        decoder.decode();
      }
      // The column advances by the UTF-16 length of the bytes since the last stop.
      column += decoder.decode(chunk.subarray(from, to), stream).length;
      from = to;
    };
    for (; k < offsets.length && (offsets[k] as number) < chunkEnd; k++) {
      const offset = offsets[k] as number;
      if (k === 0 || offset !== offsets[k - 1]) advance(offset - base);
      out.line[k] = line;
      out.column[k] = column;
    }
    if (k === offsets.length) break;
    advance(chunk.length);
    base = chunkEnd;
  }
  return out;
}
