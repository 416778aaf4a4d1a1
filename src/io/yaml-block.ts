import { FORBIDDEN_KEYS } from "./forbidden-keys.js";
import { type PointerTrie, pointerTrie, resolvePointerTrie } from "./json-locate.js";

/**
 * A fast reader for the plain block subset of YAML: the shape programs write when they dump an
 * inventory — block mappings and sequences (compact forms included), single-line plain and quoted
 * scalars, one-line flow collections, comments, anchors and aliases.
 *
 * It either returns exactly the data the full reader (the `yaml` package with the core schema and
 * the reader's strict settings, `parse.ts`) would return, or declines: anything outside the subset
 * — tags, block and multi-line scalars, flow collections over several lines, escapes beyond
 * JSON's, tabs, control characters, duplicate keys, keys that are not plain strings, directives and
 * document markers, anything the full reader would refuse — makes it give up, and the full reader
 * takes over with its own diagnostics. The property test `src/io/yaml-block.test.ts` holds the two
 * readers to that contract on generated and edited documents.
 *
 * It builds no syntax tree: positions are found by a second pass over the text for the pointers
 * a report asks for (see {@link locateBlockYaml}), as the JSON reader does.
 */

/** Thrown inside the reader to give up; never escapes this module. */
const DECLINE: unique symbol = Symbol("decline");

/** What {@link readBlockYaml} returns when the text is outside the subset. */
export const DECLINED: unique symbol = Symbol("declined");

/**
 * Characters the subset never holds: tabs, C0/C1 controls other than LF and CR, DEL, the byte
 * order mark, the Unicode line and paragraph separators and surrogates (a pair included, which
 * keeps offsets and the full reader's handling of astral characters out of the question).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters the subset excludes
const OUTSIDE = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u2028\u2029\ud800-\udfff]|\r(?!\n)/;

/** Characters the reader takes no plain scalar to start with: YAML's indicators (a value may start with `-` and a non-space). */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** Plain scalars that resolve to something other than a string under the core schema. */
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** A first character that can begin a non-string plain scalar: digits, sign, dot, ~, n/N, t/T, f/F. */
const MAYBE_TYPED = /^[-+.0-9~nNtTfF]/;

/** JSON's escapes; YAML's double-quoted style has these and more (the others decline). */
const JSON_ESCAPES = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/g;

/** The core schema's resolution of a plain scalar, the order of the `yaml` package's tag tests. */
function resolvePlain(source: string): unknown {
  if (!MAYBE_TYPED.test(source)) return source;
  if (NULL.test(source)) return null;
  if (BOOL.test(source)) return source[0] === "t" || source[0] === "T";
  if (INT_OCT.test(source)) return Number.parseInt(source.slice(2), 8);
  if (INT.test(source)) return Number.parseInt(source, 10);
  if (INT_HEX.test(source)) return Number.parseInt(source.slice(2), 16);
  if (FLOAT_NAN.test(source)) return source.slice(-3).toLowerCase() === "nan" ? Number.NaN : source[0] === "-" ? -Infinity : Infinity;
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return Number.parseFloat(source);
  return source;
}

class BlockReader {
  private readonly text: string;
  private readonly maxDepth: number;
  /** The current content line: where it starts, its indentation, where its content ends (no CR, no newline). */
  private lineStart = 0;
  private indent = 0;
  private end = 0;
  /** False once the text is exhausted. */
  private more = true;
  /** Anchored values by name, the latest definition of a name winning, as in the full reader. */
  private readonly anchors = new Map<string, unknown>();
  /**
   * Locating pointers in a text already read: entries and items no pointer goes into are skipped
   * line by line (they were checked on the first pass), and aliases are not followed.
   */
  private locating = false;
  /** Whether the text used an alias: only then can its data hold more values than it has bytes, or nest deeper than it reads. */
  aliased = false;

  constructor(text: string, maxDepth: number) {
    this.text = text;
    this.maxDepth = maxDepth;
  }

  /** Moves to the next line holding content (blank and comment lines skipped) from `from`. */
  private seek(from: number): void {
    const text = this.text;
    let start = from;
    while (start < text.length) {
      let newline = text.indexOf("\n", start);
      if (newline === -1) newline = text.length;
      let end = newline;
      if (end > start && text.charCodeAt(end - 1) === 0x0d) end--;
      let i = start;
      while (i < end && text.charCodeAt(i) === 0x20) i++;
      if (i < end && text.charCodeAt(i) !== 0x23) {
        // Directives, document markers: the full reader decides.
        if (i === start) {
          const c = text.charCodeAt(i);
          if (c === 0x25 || ((c === 0x2d || c === 0x2e) && /^(?:---|\.\.\.)/.test(text.slice(i, i + 3)))) throw DECLINE;
        }
        this.lineStart = start;
        this.indent = i - start;
        this.end = end;
        return;
      }
      start = newline + 1;
    }
    this.more = false;
    this.indent = -1;
  }

  private next(): void {
    this.seek(this.end + 1 + (this.text.charCodeAt(this.end) === 0x0d ? 1 : 0));
  }

  read(trie: PointerTrie | undefined): unknown {
    this.locating = trie !== undefined;
    this.seek(0);
    if (!this.more) throw DECLINE;
    const first = this.lineStart + this.indent;
    if (trie !== undefined) trie.offset ??= first;
    const c = this.text.charCodeAt(first);
    let value: unknown;
    if (c === 0x5b || c === 0x7b) {
      // A flow collection on one line makes a whole document too (`{}`, `[]`).
      value = this.flow(first, 0, trie);
      this.next();
    } else value = this.block(this.indent, 0, trie);
    if (this.more) throw DECLINE;
    return value;
  }

  /** A block collection starting on the current line at its indentation. */
  private block(indent: number, depth: number, trie: PointerTrie | undefined): unknown {
    if (depth >= this.maxDepth) throw DECLINE;
    const at = this.lineStart + indent;
    if (this.isDash(at)) return this.sequence(indent, depth, trie);
    const map = {};
    this.entries(map, at, indent, depth, trie);
    return map;
  }

  /** `-` followed by a space or the end of the line. */
  private isDash(at: number): boolean {
    return this.text.charCodeAt(at) === 0x2d && (at + 1 === this.end || this.text.charCodeAt(at + 1) === 0x20);
  }

  /**
   * The entries of a block mapping whose keys sit at column `indent`; the first key starts at
   * `at` on the current line (after a `- ` when the mapping is a sequence item).
   */
  private entries(map: Record<string, unknown>, at: number, indent: number, depth: number, trie: PointerTrie | undefined): void {
    const text = this.text;
    for (;;) {
      const colon = this.keyEnd(at);
      if (colon === -1) throw DECLINE;
      const key = this.key(at, colon);
      if (Object.hasOwn(map, key)) throw DECLINE;
      const child = trie?.children.get(key);
      if (child !== undefined) child.offset ??= at;
      if (child === undefined && this.locating) {
        // The value: the rest of this line, deeper lines, and a sequence at the key's column.
        do this.next();
        while (this.indent > indent || (this.indent === indent && this.isDash(this.lineStart + indent)));
        if (this.indent !== indent) return;
        at = this.lineStart + indent;
        continue;
      }
      let valueAt = this.skipSpaces(colon + 1);
      let anchor: string | undefined;
      if (text.charCodeAt(valueAt) === 0x26 && valueAt < this.end) {
        anchor = this.name(valueAt);
        valueAt = this.skipSpaces(valueAt + 1 + anchor.length);
      }
      let value: unknown;
      if (valueAt === this.end || text.charCodeAt(valueAt) === 0x23) {
        // The value is on the following lines: deeper, or a sequence at the key's own column.
        this.next();
        if (this.indent > indent) value = this.nested(depth + 1, child);
        else if (this.indent === indent && this.isDash(this.lineStart + indent)) value = this.sequence(indent, depth + 1, child);
        else value = null;
      } else {
        value = text.charCodeAt(valueAt) === 0x2a && anchor === undefined ? this.alias(valueAt) : this.inline(valueAt, depth + 1, child);
        this.next();
        // More-indented text after a scalar would continue it, or is an error: the full reader decides.
        if (this.indent > indent) throw DECLINE;
      }
      if (anchor !== undefined) this.anchors.set(anchor, value);
      map[key] = value;
      if (this.indent !== indent) {
        if (this.indent > indent) throw DECLINE;
        return;
      }
      at = this.lineStart + indent;
      if (this.isDash(at)) throw DECLINE;
    }
  }

  /**
   * A block collection on the following, deeper lines (from the current line). Its start is where
   * a sequence item is located; a mapping value keeps its key's offset, recorded first, as in the
   * full reader.
   */
  private nested(depth: number, trie: PointerTrie | undefined): unknown {
    if (trie !== undefined) trie.offset ??= this.lineStart + this.indent;
    return this.block(this.indent, depth, trie);
  }

  /** The items of a block sequence whose dashes sit at column `indent`, from the current line. */
  private sequence(indent: number, depth: number, trie: PointerTrie | undefined): unknown[] {
    if (depth >= this.maxDepth) throw DECLINE;
    const text = this.text;
    const items: unknown[] = [];
    for (;;) {
      let at = this.skipSpaces(this.lineStart + indent + 1);
      let anchor: string | undefined;
      if (text.charCodeAt(at) === 0x26 && at < this.end) {
        anchor = this.name(at);
        at = this.skipSpaces(at + 1 + anchor.length);
      }
      const child = trie?.children.get(String(items.length));
      if (child === undefined && this.locating) {
        // The item: the rest of this line and the deeper lines after it.
        items.push(undefined);
        do this.next();
        while (this.indent > indent);
        if (this.indent !== indent || !this.isDash(this.lineStart + indent)) return items;
        continue;
      }
      let item: unknown;
      if (at === this.end || text.charCodeAt(at) === 0x23) {
        // `-` alone: an item on the following, deeper lines. An empty item declines.
        this.next();
        if (this.indent <= indent) throw DECLINE;
        item = this.nested(depth + 1, child);
      } else if (this.isDash(at)) {
        // `- - x`: a sequence whose dashes sit at the column of this inner dash.
        if (anchor !== undefined) throw DECLINE;
        if (child !== undefined) child.offset ??= at;
        item = this.sequence(at - this.lineStart, depth + 1, child);
      } else if (text.charCodeAt(at) !== 0x5b && text.charCodeAt(at) !== 0x7b && this.keyEnd(at) !== -1) {
        // `- key: value`: a mapping whose keys sit at the column of this first key. (An anchor
        // before it would belong to the first key: the full reader decides.)
        if (anchor !== undefined || depth + 1 >= this.maxDepth) throw DECLINE;
        if (child !== undefined) child.offset ??= at;
        const map = {};
        this.entries(map, at, at - this.lineStart, depth + 1, child);
        item = map;
      } else {
        if (child !== undefined) child.offset ??= at;
        item = text.charCodeAt(at) === 0x2a && anchor === undefined ? this.alias(at) : this.inline(at, depth + 1, child);
        this.next();
        if (this.indent > indent) throw DECLINE;
      }
      if (anchor !== undefined) this.anchors.set(anchor, item);
      items.push(item);
      if (this.indent !== indent || !this.isDash(this.lineStart + indent)) {
        if (this.indent > indent) throw DECLINE;
        return items;
      }
    }
  }

  private skipSpaces(from: number): number {
    let i = from;
    while (i < this.end && this.text.charCodeAt(i) === 0x20) i++;
    return i;
  }

  /** The name of an anchor (`&name`) or alias (`*name`) whose indicator is at `at`. */
  private name(at: number): string {
    let to = at + 1;
    while (to < this.end && this.text.charCodeAt(to) !== 0x20) to++;
    const name = this.text.slice(at + 1, to);
    if (name === "" || /[,[\]{}:]/.test(name)) throw DECLINE;
    return name;
  }

  /** The value an alias at `at` shares; nothing but a comment may follow it. */
  private alias(at: number): unknown {
    const name = this.name(at);
    this.rest(at + 1 + name.length);
    if (this.locating) return undefined;
    if (!this.anchors.has(name)) throw DECLINE;
    this.aliased = true;
    return this.anchors.get(name);
  }

  /**
   * Where the `:` of a key starting at `at` on the current line is (followed by a space or the
   * end of the line), or -1 when the line holds no key there.
   */
  private keyEnd(at: number): number {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === 0x22 || c === 0x27) {
      const close = this.quoteEnd(at);
      if (close === -1) return -1;
      if (close + 1 < this.end && text.charCodeAt(close + 1) === 0x3a && (close + 2 === this.end || text.charCodeAt(close + 2) === 0x20)) {
        return close + 1;
      }
      return -1;
    }
    // The first `: ` (or `:` at the end), unless a comment (` #`) comes first.
    const end = this.end;
    for (let i = at; i < end; i++) {
      const d = text.charCodeAt(i);
      if (d === 0x3a) {
        if (i + 1 === end || text.charCodeAt(i + 1) === 0x20) return i;
      } else if (d === 0x23 && i > at && text.charCodeAt(i - 1) === 0x20) return -1;
    }
    return -1;
  }

  /** The key from `at` to its colon. */
  private key(at: number, colon: number): string {
    const text = this.text;
    // The full reader refuses an implicit key whose colon is over 1024 characters from its start.
    if (colon - at > 1000) throw DECLINE;
    const c = text.charCodeAt(at);
    let key: string;
    if (c === 0x22 || c === 0x27) key = this.quoted(at, colon - 1);
    else {
      key = text.slice(at, colon);
      // Plain keys of the simplest kind: not empty (an empty key is null, located oddly by the full
      // reader), no indicator first, no trailing space or comment, nothing the core schema reads
      // as a number, boolean or null.
      if (key === "" || INDICATOR_START.test(key) || / $| #/.test(key)) throw DECLINE;
      if (resolvePlain(key) !== key) throw DECLINE;
    }
    if (FORBIDDEN_KEYS.has(key)) throw DECLINE;
    return key;
  }

  /** The closing quote of a quoted scalar opening at `at` on the current line, or -1. */
  private quoteEnd(at: number): number {
    const text = this.text;
    const quote = text.charCodeAt(at);
    for (let i = at + 1; i < this.end; i++) {
      const c = text.charCodeAt(i);
      if (quote === 0x22 && c === 0x5c) i++;
      else if (c === quote) {
        if (quote === 0x27 && text.charCodeAt(i + 1) === 0x27 && i + 1 < this.end) i++;
        else return i;
      }
    }
    return -1;
  }

  /** The value of a quoted scalar from its opening quote `at` to its closing quote `close`. */
  private quoted(at: number, close: number): string {
    const raw = this.text.slice(at + 1, close);
    if (this.text.charCodeAt(at) === 0x27) return raw.includes("'") ? raw.replaceAll("''", "'") : raw;
    if (!raw.includes("\\")) return raw;
    // Only JSON's escapes; YAML's others (\x, \U, \N, \_, \0, \e, …) decline.
    if (raw.replace(JSON_ESCAPES, "").includes("\\")) throw DECLINE;
    return JSON.parse(`"${raw}"`) as string;
  }

  /** A value on the current line from `at` to the end (a comment excepted). */
  private inline(at: number, depth: number, trie: PointerTrie | undefined): unknown {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === 0x22 || c === 0x27) {
      const close = this.quoteEnd(at);
      if (close === -1) throw DECLINE;
      this.rest(close + 1);
      return this.quoted(at, close);
    }
    if (c === 0x5b || c === 0x7b) return this.flow(at, depth, trie);
    let end = at;
    while (end < this.end && !(text.charCodeAt(end) === 0x23 && text.charCodeAt(end - 1) === 0x20)) end++;
    while (end > at && text.charCodeAt(end - 1) === 0x20) end--;
    const source = text.slice(at, end);
    if (INDICATOR_START.test(source) && !/^-[^\s]/.test(source)) throw DECLINE;
    if (source.includes(": ") || source.endsWith(":")) throw DECLINE;
    return resolvePlain(source);
  }

  /** Nothing but spaces and a comment may follow a quoted scalar or a flow sequence. */
  private rest(from: number): void {
    let i = from;
    while (i < this.end && this.text.charCodeAt(i) === 0x20) i++;
    if (i < this.end && (i === from || this.text.charCodeAt(i) !== 0x23)) throw DECLINE;
  }

  /** A flow collection that opens at `at` and closes on the same line; nothing but a comment after it. */
  private flow(at: number, depth: number, trie: PointerTrie | undefined): unknown {
    this.cursor = at;
    const value = this.flowValue(depth, trie);
    this.rest(this.cursor);
    return value;
  }

  /** Where the flow reader stands on the current line. */
  private cursor = 0;

  /**
   * A value inside a one-line flow collection, at the cursor: a nested collection, a quoted
   * scalar or a plain one. Leaves the cursor after it.
   */
  private flowValue(depth: number, trie: PointerTrie | undefined): unknown {
    const text = this.text;
    const at = this.cursor;
    const c = text.charCodeAt(at);
    if (c === 0x5b || c === 0x7b) return this.flowCollection(depth, trie);
    if (c === 0x22 || c === 0x27) {
      const close = this.quoteEnd(at);
      if (close === -1) throw DECLINE;
      this.cursor = close + 1;
      return this.quoted(at, close);
    }
    let end = at;
    while (end < this.end) {
      const d = text.charCodeAt(end);
      if (d === 0x2c || d === 0x5d || d === 0x7d) break;
      end++;
    }
    this.cursor = end;
    while (end > at && text.charCodeAt(end - 1) === 0x20) end--;
    const source = text.slice(at, end);
    // Plain flow scalars of the simplest kind only: no indicators, colons, comments or brackets.
    if (source === "" || INDICATOR_START.test(source) || /[:#[{]/.test(source)) throw DECLINE;
    return resolvePlain(source);
  }

  /** `[…]` or `{…}` at the cursor, on one line, with `, ` between items and `key: value` entries. */
  private flowCollection(depth: number, trie: PointerTrie | undefined): unknown {
    if (depth >= this.maxDepth) throw DECLINE;
    const text = this.text;
    const isMap = text.charCodeAt(this.cursor) === 0x7b;
    const close = isMap ? 0x7d : 0x5d;
    const map: Record<string, unknown> = {};
    const items: unknown[] = [];
    this.cursor = this.skipSpaces(this.cursor + 1);
    if (text.charCodeAt(this.cursor) === close && this.cursor < this.end) {
      this.cursor++;
      return isMap ? map : items;
    }
    for (;;) {
      if (this.cursor >= this.end) throw DECLINE;
      if (isMap) {
        const at = this.cursor;
        const colon = this.flowKeyEnd(at);
        const key = this.key(at, colon);
        if (Object.hasOwn(map, key)) throw DECLINE;
        const child = trie?.children.get(key);
        if (child !== undefined) child.offset ??= at;
        this.cursor = this.skipSpaces(colon + 1);
        const c = text.charCodeAt(this.cursor);
        if (this.cursor >= this.end || c === 0x2c || c === close) throw DECLINE;
        map[key] = this.flowValue(depth + 1, child);
      } else {
        const child = trie?.children.get(String(items.length));
        if (child !== undefined) child.offset ??= this.cursor;
        items.push(this.flowValue(depth + 1, child));
      }
      this.cursor = this.skipSpaces(this.cursor);
      const d = text.charCodeAt(this.cursor);
      if (this.cursor >= this.end) throw DECLINE;
      if (d === close) {
        this.cursor++;
        return isMap ? map : items;
      }
      if (d !== 0x2c) throw DECLINE;
      this.cursor = this.skipSpaces(this.cursor + 1);
      const e = text.charCodeAt(this.cursor);
      // A trailing comma, or an empty item: the full reader decides.
      if (this.cursor >= this.end || e === 0x2c || e === 0x5d || e === 0x7d) throw DECLINE;
    }
  }

  /** The `:` (followed by a space) ending a flow mapping key at `at`. */
  private flowKeyEnd(at: number): number {
    const text = this.text;
    const c = text.charCodeAt(at);
    let colon: number;
    if (c === 0x22 || c === 0x27) {
      const close = this.quoteEnd(at);
      if (close === -1) throw DECLINE;
      colon = close + 1;
    } else {
      colon = at;
      while (colon < this.end) {
        const d = text.charCodeAt(colon);
        if (d === 0x3a || d === 0x2c || d === 0x5b || d === 0x5d || d === 0x7b || d === 0x7d || d === 0x23) break;
        colon++;
      }
    }
    if (text.charCodeAt(colon) !== 0x3a || colon + 1 >= this.end || text.charCodeAt(colon + 1) !== 0x20) throw DECLINE;
    return colon;
  }
}

function attempt(text: string, maxDepth: number, trie: PointerTrie | undefined): { value: unknown; aliased: boolean } | typeof DECLINED {
  if (OUTSIDE.test(text)) return DECLINED;
  const reader = new BlockReader(text, maxDepth);
  try {
    return { value: reader.read(trie), aliased: reader.aliased };
  } catch (error) {
    if (error === DECLINE) return DECLINED;
    throw error;
  }
}

/**
 * Reads a YAML text of the plain block subset into plain data, or returns {@link DECLINED}.
 * `aliased` says whether the data shares values through aliases: without them it has fewer values
 * than the text has bytes, no `__proto__`-like key (those decline) and no nesting beyond
 * `maxDepth`, so the reader's shape check has nothing to find.
 */
export function readBlockYaml(text: string, maxDepth: number): { value: unknown; aliased: boolean } | typeof DECLINED {
  return attempt(text, maxDepth, undefined);
}

/**
 * The offsets of many JSON pointers in a text {@link readBlockYaml} accepted, in one pass: a
 * mapping entry's key, a sequence item's start, the deepest existing ancestor for a pointer
 * beyond the data — where the full reader's `locatePointer` lands.
 */
export function locateBlockYaml(text: string, pointers: readonly string[], maxDepth: number): Map<string, number> {
  const root = pointerTrie(pointers);
  if (attempt(text, maxDepth, root) === DECLINED) return new Map();
  return resolvePointerTrie(root, pointers);
}
