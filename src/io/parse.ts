import { type Document, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, type YAMLError } from "yaml";
import { toPointer } from "../engine/json-pointer.js";
import { clip, shown } from "../engine/text.js";
import { positionOf } from "./decode.js";
import { JSON_SYNTAX_REASONS, jsonSyntaxError } from "./json-syntax.js";
import { type Diagnostic, InputError, MAX_DIAGNOSTICS_PER_FILE, moreProblems } from "./diagnostic.js";
import { FORBIDDEN_KEYS } from "./forbidden-keys.js";
import { locateJsonPointers } from "./json-locate.js";
import { type ByteSource, readJsonPieces } from "./json-pieces.js";
import { locatePointer, type Position } from "./locate.js";
import { DECLINED, locateBlockYaml, readBlockYaml } from "./yaml-block.js";

/** Limits that keep hostile input from exhausting memory or time. */
export interface ReadLimits {
  /** Largest accepted file, in bytes. */
  readonly maxBytes: number;
  /** Deepest accepted nesting of mappings and sequences. */
  readonly maxDepth: number;
  /**
   * How many values the data may hold once YAML aliases are expanded, for small files; larger
   * files get one per byte. Inventories that reuse blocks through anchors still load, while
   * alias bombs stay linear in the file's size.
   */
  readonly valueBudget: number;
}

/**
 * The default limits. 64 MiB admits a 10,000-system inventory in one file (about 27 MB as JSON,
 * 23 MB as YAML); larger inventories raise `maxBytes` (the CLI's `--max-input-mib`) or come in
 * several files.
 */
export const DEFAULT_LIMITS: ReadLimits = Object.freeze({ maxBytes: 64 * 1024 * 1024, maxDepth: 64, valueBudget: 10_000 });

/** A parsed input file. */
export interface ParsedSource {
  readonly file: string;
  readonly format: "json" | "yaml";
  /** Plain data: objects, arrays, strings, numbers, booleans, null. */
  readonly value: unknown;
  /** Where a JSON pointer lands in the file (see {@link locatePointer}). */
  locate(pointer: string): Position | undefined;
  /** The same for many pointers at once: one pass over a JSON text, whatever their number. */
  locateAll(pointers: readonly string[]): Map<string, Position>;
}

const YAML_OPTIONS = {
  // Duplicate keys are found in toPlain with a set: yaml's own check compares every pair of keys.
  uniqueKeys: false,
  strict: true,
  merge: false,
  schema: "core",
  stringKeys: true,
  prettyErrors: true,
} as const;

function yamlDocument(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...YAML_OPTIONS, lineCounter });
  return { doc, lineCounter };
}

/** The yaml library's message without its own " at line…" suffix and code frame. */
function bareMessage(error: YAMLError): string {
  return (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
}

function yamlDiagnostic(file: string, text: string, error: YAMLError): Diagnostic {
  const pos = error.linePos?.[0];
  const at = pos === undefined ? positionOf(text, error.pos[0]) : { line: pos.line, column: pos.col };
  const base = { file, line: at.line, column: at.column };
  // The token at the error: a key up to its colon, a tag up to the next space.
  const snippet = (/^[^\n]{0,80}?(?=:\s|:$|\s|$)/m.exec(text.slice(error.pos[0], error.pos[0] + 80))?.[0] ?? "").replace(
    /^["']|["']$/g,
    "",
  );
  switch (error.code) {
    case "DUPLICATE_KEY":
      return {
        ...base,
        code: "duplicate-key",
        message: { ja: `同じ項目 "${snippet}" が1つのマッピングに2回ある`, en: `Key "${snippet}" appears twice in the same mapping` },
        hint: {
          ja: "どちらかを削除するか名前を直すこと（後の値で上書きはされない）",
          en: "Remove or rename one of them (later values do not override earlier ones)",
        },
      };
    case "MULTIPLE_DOCS":
      return {
        ...base,
        code: "multiple-documents",
        message: { ja: "1つのファイルに複数の YAML 文書（---）がある", en: "The file holds more than one YAML document (---)" },
        hint: {
          ja: "1ファイルに1つの記述を書き、余分な --- を削除するか、ファイルを分けて並べて渡すこと",
          en: "Write one description per file: remove the extra --- or split the file and pass each part",
        },
      };
    case "TAG_RESOLVE_FAILED":
      return {
        ...base,
        code: "unknown-tag",
        message: { ja: `使えないタグ ${snippet} がある`, en: `Unsupported tag ${snippet}` },
        hint: {
          ja: "タグを削除すること。記述には文字列・数値・真偽値・リスト・マッピングだけを書く",
          en: "Remove the tag: descriptions hold only strings, numbers, booleans, lists and mappings",
        },
      };
    case "NON_STRING_KEY":
      return {
        ...base,
        code: "non-string-key",
        message: { ja: "マッピングのキーは文字列にすること", en: "Mapping keys must be plain strings" },
        hint: { ja: "キーにリストやマッピングを使わないこと", en: "Do not use lists or mappings as keys" },
      };
    case "RESOURCE_EXHAUSTION":
      return tooDeep(file, base);
    default:
      return {
        ...base,
        code: "yaml-syntax",
        message: {
          ja: `YAML の構文エラー：${YAML_ERRORS_JA[error.code] ?? "この位置を YAML として読めない"}（${error.code}）`,
          en: `YAML syntax error: ${bareMessage(error)}`,
        },
        hint: { ja: "この位置の字下げ・括弧・引用符を確認すること", en: "Check indentation, brackets and quotes at this position" },
      };
  }
}

/** What the YAML parser's error codes mean, in Japanese (its own messages are English). */
const YAML_ERRORS_JA: Readonly<Partial<Record<string, string>>> = {
  MISSING_CHAR: "必要な記号がない（リストの項目の「-」、マッピングの「:」、閉じる引用符や括弧など）",
  BAD_INDENT: "字下げが前後の行と合っていない",
  TAB_AS_INDENT: "字下げにタブを使っている（半角スペースにすること）",
  BLOCK_AS_IMPLICIT_KEY: "キーの位置にリストやマッピングがある（字下げか「:」の位置の誤り）",
  MULTILINE_IMPLICIT_KEY: "キーが複数行にわたっている（「:」の抜けか字下げの誤り）",
  UNEXPECTED_TOKEN: "ここにあってはならない記号がある",
  BAD_SCALAR_START: "値を書き始められない記号で始まっている（引用符で囲むこと）",
  BLOCK_IN_FLOW: "{ } や [ ] の中で字下げの書き方を使っている",
  BAD_DQ_ESCAPE: "二重引用符の中のエスケープ（\\）が不正",
  MULTIPLE_DOCS: "1つのファイルに複数の文書（---）がある",
  BAD_ALIAS: "エイリアス（*）の書き方が不正",
  KEY_OVER_1024_CHARS: "キーが長すぎる（1024文字を超える）",
};

/**
 * The first line from `firstLine` to `lastLine` (1-based) indented with a full-width space or a tab, or whose key ends in
 * a full-width colon or is followed by a full-width space: what Japanese keyboards slip into YAML, and what the parser's
 * own messages never name.
 */
function typingSlip(file: string, text: string, firstLine: number, lastLine: number): Diagnostic | undefined {
  const lines = text.split("\n");
  for (let i = Math.max(0, firstLine - 1); i < lines.length && i < lastLine; i++) {
    const line = lines[i] as string;
    const indent = /^[ \t\u3000]*/.exec(line)?.[0] ?? "";
    const rest = line.slice(indent.length);
    if (rest === "" || rest.startsWith("#")) continue;
    const slipAt = indent.search(/[\t\u3000]/);
    if (slipAt !== -1)
      return {
        file,
        line: i + 1,
        column: slipAt + 1,
        code: "yaml-syntax",
        message:
          indent[slipAt] === "\t"
            ? {
                ja: "字下げにタブがある（YAML ではタブで字下げできない）",
                en: "The indentation holds a tab (YAML cannot be indented with tabs)",
              }
            : { ja: "字下げに全角スペースがある", en: "The indentation holds a full-width space (U+3000)" },
        hint: { ja: "字下げは半角スペースで書くこと", en: "Indent with ASCII spaces only" },
      };
    // A full-width space after the colon (「zone:　lgwan」): YAML needs an ASCII space there (fifty-first review: the
    // parser said the key ran over several lines).
    const spaceAfter = /^(?:- )?[^:"'#{}[\],：]+?:\u3000/.exec(rest);
    if (spaceAfter !== null)
      return {
        file,
        line: i + 1,
        column: indent.length + spaceAfter[0].length,
        code: "yaml-syntax",
        message: {
          ja: "項目名のコロンの後が全角スペース（U+3000）になっている",
          en: "The colon after a key is followed by a full-width space (U+3000)",
        },
        hint: { ja: "コロンの後は半角スペースで書くこと（: ）", en: "Follow the colon with an ASCII space (: )" },
      };
    const colon = /^(?:- )?[^:"'#{}[\],]+?：/.exec(rest);
    if (colon !== null)
      return {
        file,
        line: i + 1,
        column: indent.length + colon[0].length,
        code: "yaml-syntax",
        message: { ja: "項目名の後のコロンが全角（：）になっている", en: "The colon after a key is full-width (：)" },
        hint: { ja: "半角のコロンと半角スペース（: ）で書くこと", en: "Write an ASCII colon and a space (: )" },
      };
  }
  return undefined;
}

/** The tags of the YAML 1.2 core schema: the only ones a description may carry. */
const CORE_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));

function unknownTag(file: string, text: string, tag: string, offset: number | undefined): Diagnostic {
  const name = shown(tag.replace(/^tag:yaml\.org,2002:/, "!!"), 80);
  return {
    file,
    ...(offset === undefined ? {} : positionOf(text, offset)),
    code: "unknown-tag",
    message: { ja: `使えないタグ ${name} がある`, en: `Unsupported tag ${name}` },
    hint: {
      ja: "タグを削除すること。記述には文字列・数値・真偽値・null・リスト・マッピング（YAML 1.2 core スキーマ）だけを書く",
      en: "Remove the tag: descriptions hold only strings, numbers, booleans, null, lists and mappings (the YAML 1.2 core schema)",
    },
  };
}

function duplicateKey(file: string, text: string, key: string, offset: number | undefined): Diagnostic {
  return {
    file,
    ...(offset === undefined ? {} : positionOf(text, offset)),
    code: "duplicate-key",
    message: {
      ja: `同じ項目 "${clip(key, 80, "ja")}" が1つのマッピングに2回ある`,
      en: `Key "${clip(key)}" appears twice in the same mapping`,
    },
    hint: {
      ja: "どちらかを削除するか名前を直すこと（後の値で上書きはされない）",
      en: "Remove or rename one of them (later values do not override earlier ones)",
    },
  };
}

function tooDeep(file: string, at: Partial<Position>, limit?: number, pointer?: string): Diagnostic {
  return {
    file,
    ...at,
    code: "too-deep",
    message: {
      ja: `入れ子が深すぎる${limit === undefined ? "" : `（上限 ${limit} 段）`}`,
      en: `The data is nested too deeply${limit === undefined ? "" : ` (limit: ${limit} levels)`}`,
    },
    hint: {
      ja: "記述の構造はこれほど深くならない。生成元のプログラムを確認すること",
      en: "Descriptions are never this deep; check the program that generated the file",
    },
    ...(pointer === undefined ? {} : { pointer }),
  };
}

/** How many values a file of `length` characters (or bytes) may hold once aliases are expanded. */
function aliasBudget(length: number, limits: ReadLimits): number {
  return Math.max(limits.valueBudget, length);
}

/** The first YAML alias of a text (「*name」 after a space, a dash, a colon, a comma or a bracket, or at a line's start). */
const FIRST_ALIAS = /(^|[\s\-:,[{])\*[^\s,\]}]+/mu;

function aliasLimit(file: string, budget: number): Diagnostic {
  return {
    file,
    code: "alias-limit",
    message: {
      ja: `エイリアス（*名前）を展開したデータが大きすぎる（上限 ${budget} 個の値。大きなファイルは1バイトにつき1個）`,
      en: `Aliases (*name) expand to too much data (limit: ${budget} values; larger files get one per byte)`,
    },
    hint: {
      ja: "エイリアスを使わずに値を書き出すこと（大量展開による資源枯渇攻撃を防ぐための制限）",
      en: "Write the values out instead of aliasing them; the limit guards against alias bombs",
    },
  };
}

/**
 * Converts a YAML document to plain data in one pass, in document order. yaml's own `toJS`
 * rescans the anchor list for every alias, which is quadratic for inventories that reuse
 * blocks through anchors; here an alias is a lookup of the latest anchor of its name (the same
 * rule), and shares the anchored value. Nesting is limited here; expansion is limited by the
 * shape check that follows.
 */
function toPlain(doc: Document, file: string, text: string, limits: ReadLimits): unknown {
  const anchors = new Map<string, unknown>();
  const convert = (node: unknown, depth: number): unknown => {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      if (!anchors.has(node.source)) {
        const at = node.range == null ? {} : positionOf(text, node.range[0]);
        throw new InputError([
          {
            file,
            ...at,
            code: "unknown-alias",
            message: {
              ja: `エイリアス *${node.source} のアンカー &${node.source} がその前にない`,
              en: `Alias *${node.source} has no anchor &${node.source} before it`,
            },
            hint: { ja: "アンカー（&名前）を先に書くこと", en: "Define the anchor (&name) before using it" },
          },
        ]);
      }
      return anchors.get(node.source);
    }
    let value: unknown;
    const tag = (node as Node).tag;
    if (tag !== undefined && !CORE_TAGS.has(tag)) throw new InputError([unknownTag(file, text, tag, (node as Node).range?.[0])]);
    if (isScalar(node)) {
      value = node.value;
      // Only the core schema's values: anything else (a Symbol from `<<`, bytes, dates) is refused.
      if (value !== null && typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
        throw new InputError([unknownTag(file, text, tag ?? typeof value, node.range?.[0])]);
      }
    } else {
      if (depth >= limits.maxDepth) {
        const range = (node as Node).range;
        const at = range == null ? {} : positionOf(text, range[0]);
        throw new InputError([tooDeep(file, at, limits.maxDepth)]);
      }
      if (isMap(node)) {
        const object: Record<string, unknown> = {};
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
          if (Object.hasOwn(object, key)) throw new InputError([duplicateKey(file, text, key, (pair.key as Node | null)?.range?.[0])]);
          // defineProperty: a "__proto__" key becomes an own property, never the prototype.
          Object.defineProperty(object, key, {
            value: convert(pair.value, depth + 1),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        value = object;
      } else if (isSeq(node)) {
        value = node.items.map((item) => convert(item, depth + 1));
      } else value = null;
    }
    const anchor = (node as Node).anchor;
    if (anchor !== undefined) anchors.set(anchor, value);
    return value;
  };
  return convert(doc.contents, 0);
}

/** A quick bound on flow-collection nesting, so absurd input is refused before the YAML parser works on it. */
function flowDepthExceeds(text: string, limit: number): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return undefined;
}

/**
 * Walks the parsed value without recursion: refuses nesting beyond the limit, more values than
 * the budget, and keys such as `__proto__`, reporting the JSON pointer of the first offence.
 * Counts the properties of every object into `counter`, when given.
 */
function checkShape(
  value: unknown,
  limits: ReadLimits,
  maxNodes: number,
  counter?: { keys: number },
): { kind: "too-deep" | "forbidden-key" | "too-many-nodes"; path: (string | number)[] } | undefined {
  interface Entry {
    readonly value: unknown;
    readonly depth: number;
    readonly parent: Entry | undefined;
    readonly key: string | number | undefined;
  }
  const pathOf = (entry: Entry | undefined): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let e = entry; e?.key !== undefined; e = e.parent) path.unshift(e.key);
    return path;
  };
  const stack: Entry[] = [{ value, depth: 0, parent: undefined, key: undefined }];
  let nodes = 0;
  while (stack.length > 0) {
    const entry = stack.pop() as Entry;
    // Shared (aliased) values are visited once per reference, as every later consumer will.
    if (++nodes > maxNodes) return { kind: "too-many-nodes", path: pathOf(entry) };
    const v = entry.value;
    if (v === null || typeof v !== "object") continue;
    const depth = entry.depth + 1;
    if (depth > limits.maxDepth) return { kind: "too-deep", path: pathOf(entry) };
    // Scalars are counted here, never stacked: an array of millions of numbers would otherwise
    // cost an entry each. Only containers can be too deep or hold a forbidden key.
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        const item: unknown = v[i];
        if (item === null || typeof item !== "object") nodes++;
        else stack.push({ value: item, depth, parent: entry, key: i });
      }
    } else {
      const keys = Object.keys(v);
      if (counter !== undefined) counter.keys += keys.length;
      for (const key of keys) {
        if (FORBIDDEN_KEYS.has(key)) return { kind: "forbidden-key", path: [...pathOf(entry), key] };
        const item: unknown = (v as Record<string, unknown>)[key];
        if (item === null || typeof item !== "object") nodes++;
        else stack.push({ value: item, depth, parent: entry, key });
      }
    }
    if (nodes > maxNodes) return { kind: "too-many-nodes", path: pathOf(entry) };
  }
  return undefined;
}

/** The first key that appears twice in one object of a syntactically valid JSON text. */
function duplicateJsonKey(text: string): { offset: number; key: string } | undefined {
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const start = i;
      let escaped = false;
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      const top = stack[stack.length - 1];
      if (top && expectKey) {
        const raw = text.slice(start, i + 1);
        const key = escaped ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        if (top.has(key)) return { offset: start, key };
        top.add(key);
        expectKey = false;
      }
    } else if (c === 0x7b) {
      stack.push(new Set());
      expectKey = true;
    } else if (c === 0x5b) stack.push(null);
    else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x2c) expectKey = stack[stack.length - 1] != null;
  }
  return undefined;
}

function emptyFile(file: string): Diagnostic {
  return {
    file,
    code: "empty-file",
    message: { ja: "ファイルが空（コメントしかない）", en: "The file is empty (or holds only comments)" },
    hint: { ja: "secpolicy init で雛形を作ること", en: "Start from the template: secpolicy init" },
  };
}

function jsonSyntax(file: string, text: string, error: unknown): Diagnostic {
  // Our own pass says where and why in both languages; the engine's message (often without a
  // position on Node 20) is the fallback.
  const found = jsonSyntaxError(text);
  if (found !== undefined) {
    const why = JSON_SYNTAX_REASONS[found.reason];
    return {
      file,
      ...positionOf(text, found.offset),
      code: "json-syntax",
      message: { ja: `JSON の構文エラー：${why.ja}`, en: `JSON syntax error: ${why.en}` },
      hint: {
        ja: "この位置のカンマ・括弧・引用符を確認すること（JSON ではコメントと末尾のカンマは書けない）",
        en: "Check commas, brackets and quotes at this position (JSON allows no comments or trailing commas)",
      },
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const lineCol = /\(line (\d+) column (\d+)\)/.exec(message);
  const at = lineCol
    ? { line: Number(lineCol[1]), column: Number(lineCol[2]) }
    : positionOf(text, position ? Number(position[1]) : text.length);
  return {
    file,
    ...at,
    code: "json-syntax",
    message: { ja: "JSON の構文エラー", en: `JSON syntax error: ${message.replace(/ in JSON at position \d+.*$/, "")}` },
    hint: {
      ja: "カンマ・括弧・引用符を確認すること（JSON ではコメントと末尾のカンマは書けない）",
      en: "Check commas, brackets and quotes (JSON allows no comments or trailing commas)",
    },
  };
}

/** Offsets at which lines start. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** Chooses the reader: by extension, else by the first character (`{` or `[` means JSON). */
export function detectFormat(file: string, text: string): "json" | "yaml" {
  return formatByName(file) ?? (/^\s*[[{]/.test(text) ? "json" : "yaml");
}

/** The format a file's extension names (`.json`, `.yaml`, `.yml`), if any. */
export function formatByName(file: string): "json" | "yaml" | undefined {
  if (/\.json$/i.test(file)) return "json";
  if (/\.ya?ml$/i.test(file)) return "yaml";
  return undefined;
}

/**
 * Parses a decoded input file as JSON or YAML with the strict settings the CLI relies on:
 * duplicate keys, unknown tags, several documents, alias bombs, excessive nesting and
 * `__proto__`-style keys are all refused with a located, bilingual diagnostic.
 *
 * @throws InputError with the diagnostics to print.
 */
export function parseSource(text: string, file: string, options: { format?: "json" | "yaml"; limits?: ReadLimits } = {}): ParsedSource {
  return parseText(text, file, options, true);
}

/**
 * {@link parseSource}, with the fast reader of the plain block subset of YAML tried first
 * (`blockReader`) or not: the tests compare the two routes.
 *
 * @internal
 */
export function parseText(
  text: string,
  file: string,
  options: { format?: "json" | "yaml"; limits?: ReadLimits },
  blockReader: boolean,
): ParsedSource {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const format = options.format ?? detectFormat(file, text);
  if (text.trim() === "") throw new InputError([emptyFile(file)]);

  let value: unknown;
  let located: { doc: Document; lineCounter: LineCounter } | undefined;
  let block = false;
  /** Whether the shape check below is known to pass (block YAML without aliases). */
  let shaped = false;
  if (format === "json") {
    try {
      value = JSON.parse(text);
    } catch (error) {
      // A JSON-looking file of unknown extension may still be YAML flow syntax.
      if (options.format === undefined && formatByName(file) !== "json")
        return parseText(text, file, { format: "yaml", limits }, blockReader);
      throw new InputError([jsonSyntax(file, text, error)]);
    }
    const duplicate = duplicateJsonKey(text);
    if (duplicate !== undefined) {
      throw new InputError([
        {
          file,
          ...positionOf(text, duplicate.offset),
          code: "duplicate-key",
          message: {
            ja: `同じ項目 "${duplicate.key}" が1つのオブジェクトに2回ある`,
            en: `Key "${duplicate.key}" appears twice in the same object`,
          },
          hint: { ja: "どちらかを削除するか名前を直すこと", en: "Remove or rename one of them" },
        },
      ]);
    }
  } else {
    // A lone CR ends a line too (old Mac files); the yaml parser only knows LF and CRLF. One
    // character for another, so offsets, lines and columns stay the same.
    if (text.includes("\r")) text = text.replace(/\r(?!\n)/g, "\n");
    // Most inventories are plain block YAML written by a program: read at several times the
    // speed, with no syntax tree kept. Anything else goes to the yaml package below.
    const fast = blockReader ? readBlockYaml(text, limits.maxDepth) : DECLINED;
    if (fast !== DECLINED) {
      value = fast.value;
      block = true;
      shaped = !fast.aliased;
    }
  }
  if (format === "yaml" && !block) {
    const deepAt = flowDepthExceeds(text, 1000);
    if (deepAt !== undefined) throw new InputError([tooDeep(file, positionOf(text, deepAt), limits.maxDepth)]);
    located = yamlDocument(text);
    const { doc } = located;
    const problems = [...doc.errors, ...doc.warnings];
    if (problems.length > 0) {
      // A slip of the keyboard (a full-width space or a tab in the indentation, a full-width colon)
      // makes the parser report a cascade of errors that name none of it: say the slip alone.
      // Only next to where the parser stopped: a full-width colon in a note earlier in the file is text.
      const firstLine = problems[0]?.linePos?.[0]?.line;
      const slip = firstLine === undefined ? undefined : typingSlip(file, text, firstLine - 1, firstLine + 1);
      if (slip !== undefined) throw new InputError([slip]);
      // Only the diagnostics that will be shown are built (locating each one scans the text).
      const first = problems.slice(0, MAX_DIAGNOSTICS_PER_FILE).map((e) => yamlDiagnostic(file, text, e));
      if (problems.length > first.length) first.push(moreProblems(file, problems.length - first.length));
      throw new InputError(first);
    }
    if (doc.contents === null) throw new InputError([emptyFile(file)]);
    value = toPlain(doc, file, text, limits);
  }

  // Positions are computed only when asked for: YAML from the syntax tree already built, JSON and
  // block YAML by one scan per batch of pointers.
  let lines: number[] | undefined;
  const positionAt = (offset: number): Position => {
    lines ??= lineStarts(text);
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lines[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lines[lo] as number) + 1 };
  };
  const locateAll = (pointers: readonly string[]): Map<string, Position> => {
    const out = new Map<string, Position>();
    if (located !== undefined) {
      for (const pointer of pointers) {
        const at = locatePointer(located.doc, located.lineCounter, pointer);
        if (at !== undefined) out.set(pointer, at);
      }
      return out;
    }
    const offsets = block ? locateBlockYaml(text, pointers, limits.maxDepth) : locateJsonPointers(text, pointers);
    for (const [pointer, offset] of offsets) out.set(pointer, positionAt(offset));
    return out;
  };
  const locate = (pointer: string): Position | undefined => locateAll([pointer]).get(pointer);

  // Without aliases a file has fewer values than bytes; more means aliases multiplied them.
  const shape = shaped ? undefined : checkShape(value, limits, aliasBudget(text.length, limits));
  if (shape !== undefined) {
    if (shape.kind === "too-many-nodes") {
      // Where the first alias stands, so an editor can jump to it (eighty-third review: the error named no line).
      const alias = FIRST_ALIAS.exec(text);
      const at = alias === null ? {} : positionAt(alias.index + (alias[1]?.length ?? 0));
      throw new InputError([{ ...aliasLimit(file, aliasBudget(text.length, limits)), ...at }]);
    }
    const pointer = toPointer(shape.path);
    const at = locate(pointer) ?? {};
    if (shape.kind === "too-deep") throw new InputError([tooDeep(file, at, limits.maxDepth, pointer)]);
    const key = String(shape.path[shape.path.length - 1]);
    throw new InputError([
      {
        file,
        ...at,
        pointer,
        code: "forbidden-key",
        message: { ja: `項目名 "${key}" は使えない`, en: `The key "${key}" is not allowed` },
        hint: {
          ja: "この項目を削除すること（オブジェクトのプロトタイプを書き換える攻撃に使われる名前）",
          en: "Remove it: the name is used to tamper with object prototypes",
        },
      },
    ]);
  }
  return { file, format, value, locate, locateAll };
}

/**
 * Reads the bytes of a JSON file (after any byte order mark) in pieces, never holding the whole
 * text as a string (see `json-pieces.ts`); `undefined` when that route declines or the data has
 * a shape problem, and the caller then decodes the text and goes through {@link parseSource},
 * which gives the same data and positions, or the diagnostics. `batchBytes` is for the tests;
 * `keep` keeps the bytes for locating another way (the file reader packs a large file's bytes
 * and then releases them), else they are kept as they are.
 *
 * @internal
 */
export function parseJsonBytes(
  body: Uint8Array,
  file: string,
  limits: ReadLimits = DEFAULT_LIMITS,
  batchBytes?: number,
  keep?: (body: Uint8Array) => ByteSource,
): ParsedSource | undefined {
  const pieces = readJsonPieces(body, batchBytes);
  if (pieces === undefined) return undefined;
  // A JSON value takes at least one byte, so the budget never binds; depth and keys can. Fewer
  // properties than keys in the text means a key appeared twice in an object: the whole-text
  // route finds and names it.
  const properties = { keys: 0 };
  if (checkShape(pieces.value, limits, aliasBudget(body.length, limits), properties) !== undefined) return undefined;
  if (properties.keys !== pieces.keys) return undefined;
  const bytes = keep?.(body);
  const locateAll = (pointers: readonly string[]) => pieces.locateAll(pointers, bytes);
  return { file, format: "json", value: pieces.value, locateAll, locate: (pointer) => locateAll([pointer]).get(pointer) };
}
