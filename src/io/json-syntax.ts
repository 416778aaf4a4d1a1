/**
 * Where JSON text first stops being JSON, and why, in words. `JSON.parse` on Node 20 often names
 * no position ("Unexpected token ']', …" is not valid JSON), so a trailing comma on line 3 was
 * reported at the end of the file. This pass runs only on text `JSON.parse` refused: one walk over
 * the characters with an explicit stack (no recursion, whatever the nesting).
 */
import type { LocalizedText } from "../model/finding.js";

/** What is wrong at the offset. */
export type JsonSyntaxReason =
  | "trailing-comma"
  | "comment"
  | "unquoted-key"
  | "single-quote"
  | "missing-comma"
  | "missing-colon"
  | "unterminated-string"
  | "bad-escape"
  | "control-character"
  | "bad-number"
  | "unexpected"
  | "end"
  | "extra";

/** The words of each reason. */
export const JSON_SYNTAX_REASONS: Readonly<Record<JsonSyntaxReason, LocalizedText>> = {
  "trailing-comma": {
    ja: "閉じ括弧の前に余分なカンマがある（JSON では末尾のカンマは書けない）",
    en: "a comma before a closing bracket (JSON allows no trailing comma)",
  },
  comment: { ja: "JSON ではコメントは書けない", en: "JSON allows no comments" },
  "unquoted-key": { ja: '項目名が二重引用符（"）で囲まれていない', en: 'a key is not in double quotes (")' },
  "single-quote": {
    ja: '文字列は二重引用符（"）で囲むこと（単一引用符は使えない）',
    en: 'strings take double quotes ("), not single quotes',
  },
  "missing-comma": { ja: "値と値の間のカンマがない", en: "a comma is missing between two values" },
  "missing-colon": { ja: "項目名の後にコロン（:）がない", en: "a colon (:) is missing after a key" },
  "unterminated-string": { ja: "文字列が閉じていない（二重引用符がない）", en: "a string is not closed (no closing double quote)" },
  "bad-escape": { ja: "文字列の中のバックスラッシュ（\\）の使い方が誤っている", en: "a backslash (\\) in a string starts no valid escape" },
  "control-character": {
    ja: "文字列の中に改行やタブがそのまま入っている（\\n、\\t と書く）",
    en: "a line break or tab inside a string (write \\n or \\t)",
  },
  "bad-number": { ja: "数の書き方が誤っている", en: "a number is written wrongly" },
  unexpected: { ja: "ここに書ける値ではない", en: "this cannot stand here" },
  end: { ja: "ファイルが途中で終わっている（括弧か引用符が閉じていない）", en: "the file ends early (a bracket or a quote is not closed)" },
  extra: { ja: "JSON の値の後に余分な内容がある", en: "there is more after the JSON value" },
};

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** The offset of the first character that cannot continue valid JSON, and why; `undefined` for valid JSON. */
export function jsonSyntaxError(text: string): { offset: number; reason: JsonSyntaxReason } | undefined {
  // Open containers: true for an object, false for an array.
  const stack: boolean[] = [];
  let i = 0;
  const n = text.length;
  const skip = () => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };
  const fail = (reason: JsonSyntaxReason, at = i) => ({ offset: at, reason });
  /** What a character where a value or key belongs most likely means. */
  const misplaced = (key: boolean): JsonSyntaxReason => {
    const c = text[i];
    if (c === "/") return "comment";
    if (c === "'") return "single-quote";
    if (key && c !== undefined && /[\p{L}_$]/u.test(c)) return "unquoted-key";
    return "unexpected";
  };
  const string = (): JsonSyntaxReason | undefined => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c < 0x20) return "control-character";
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return "bad-escape";
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return "bad-escape";
        i += 2;
        continue;
      }
      i++;
    }
    return "unterminated-string";
  };
  const value = (): JsonSyntaxReason | undefined => {
    const c = text.charCodeAt(i);
    if (c === 0x22) return string();
    if (c === 0x2d || isDigit(c)) {
      const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (match === null) return "bad-number";
      i += match[0].length;
      const next = text.charCodeAt(i);
      if (isDigit(next) || next === 0x2e || next === 0x65 || next === 0x45) return "bad-number";
      return undefined;
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return undefined;
      }
    }
    return misplaced(false);
  };

  // expect: what comes next — a value, a key (after { or ,), or what follows a value.
  let expect: "value" | "key-or-close" | "key" | "value-or-close" | "after" = "value";
  for (;;) {
    skip();
    if (i >= n) return expect === "after" && stack.length === 0 ? undefined : fail("end");
    const c = text.charCodeAt(i);
    switch (expect) {
      case "value":
      case "value-or-close": {
        if (c === 0x5d && expect === "value-or-close") {
          stack.pop();
          i++;
          expect = "after";
          break;
        }
        if (c === 0x5d || c === 0x7d) {
          const comma = lastToken(text, i);
          return stack.length > 0 && text.charCodeAt(comma) === 0x2c ? fail("trailing-comma", comma) : fail("unexpected");
        }
        if (c === 0x7b) {
          stack.push(true);
          i++;
          expect = "key-or-close";
          break;
        }
        if (c === 0x5b) {
          stack.push(false);
          i++;
          expect = "value-or-close";
          break;
        }
        const start = i;
        const problem = value();
        if (problem !== undefined) return fail(problem, problem === "unterminated-string" ? start : i);
        expect = "after";
        break;
      }
      case "key":
      case "key-or-close": {
        if (c === 0x7d) {
          if (expect === "key") return fail("trailing-comma", lastToken(text, i));
          stack.pop();
          i++;
          expect = "after";
          break;
        }
        if (c !== 0x22) return fail(misplaced(true));
        const start = i;
        const problem = string();
        if (problem !== undefined) return fail(problem, problem === "unterminated-string" ? start : i);
        skip();
        if (text.charCodeAt(i) !== 0x3a) return fail(i >= n ? "end" : "missing-colon");
        i++;
        expect = "value";
        break;
      }
      case "after": {
        const top = stack[stack.length - 1];
        if (top === undefined) return fail(c === 0x2f ? "comment" : "extra");
        if (c === 0x2c) {
          i++;
          expect = top ? "key" : "value";
          break;
        }
        if ((top && c === 0x7d) || (!top && c === 0x5d)) {
          stack.pop();
          i++;
          break;
        }
        if (c === 0x2f) return fail("comment");
        return fail(c === 0x22 || c === 0x7b || c === 0x5b || isDigit(c) ? "missing-comma" : "unexpected");
      }
    }
  }
}

/** The offset of the last character before `at` that is not white space. */
function lastToken(text: string, at: number): number {
  let j = at - 1;
  while (j > 0 && isSpace(text.charCodeAt(j))) j--;
  return j;
}
