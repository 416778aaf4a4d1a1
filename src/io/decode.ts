import type { Diagnostic } from "./diagnostic.js";

/** Line and column (1-based) of a character offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf("\n"); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/** Line (1-based) of a byte offset, counting LF bytes. */
function lineOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The offset of the first byte that breaks UTF-8 (lead/continuation structure only), or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Whether the bytes decode cleanly as Shift_JIS (CP932) and contain double-byte characters. */
function looksShiftJis(bytes: Uint8Array): boolean {
  let doubleByte = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80 || (b >= 0xa1 && b <= 0xdf)) continue;
    const t = bytes[i + 1];
    const lead = (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
    if (!lead || t === undefined || !((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfc))) return false;
    doubleByte++;
    i++;
  }
  return doubleByte > 0;
}

/** Whether the bytes look like EUC-JP (pairs of bytes in 0xA1–0xFE, or SS2 kana). */
function looksEucJp(bytes: Uint8Array): boolean {
  let pairs = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80) continue;
    const t = bytes[i + 1];
    if (t === undefined) return false;
    if (b === 0x8e ? t >= 0xa1 && t <= 0xdf : b >= 0xa1 && b <= 0xfe && t >= 0xa1 && t <= 0xfe) {
      pairs++;
      i++;
      continue;
    }
    return false;
  }
  return pairs > 0;
}

/** Whether NUL bytes alternate with text, as in UTF-16 without a byte order mark. */
function looksUtf16(bytes: Uint8Array): "le" | "be" | undefined {
  const sample = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  if (sample < 2) return undefined;
  if (odd > sample / 4 && even === 0) return "le";
  if (even > sample / 4 && odd === 0) return "be";
  return undefined;
}

const convertHint = (from: string, file: string) => ({
  ja: `UTF-8 で保存し直すこと（例：iconv -f ${from} -t UTF-8 ${file} > ${file}.utf8）`,
  en: `Save it as UTF-8 (e.g. iconv -f ${from} -t UTF-8 ${file} > ${file}.utf8)`,
});

/** The bytes after a UTF-8 byte order mark, or all of them when there is none. */
export function withoutBom(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

/**
 * Decodes the bytes of an input file as UTF-8. A UTF-8 byte order mark is accepted and removed;
 * UTF-16, Shift_JIS and EUC-JP are recognised and reported with a conversion command, since
 * Japanese offices often save files in those encodings.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): { ok: true; text: string } | { ok: false; diagnostic: Diagnostic } {
  const shown = file === "<stdin>" ? "input.yaml" : file;
  const fail = (code: string, ja: string, en: string, hint: Diagnostic["hint"], at?: { line: number; column: number }) =>
    ({ ok: false, diagnostic: { file, code, message: { ja, en }, hint, ...(at ?? {}) } }) as const;
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || looksUtf16(bytes) !== undefined) {
    const from = b0 === 0xfe || looksUtf16(bytes) === "be" ? "UTF-16BE" : "UTF-16LE";
    return fail(
      "encoding-utf16",
      `文字コードが UTF-16（${from}）になっている。UTF-8 で書くこと`,
      `The file is encoded as UTF-16 (${from}); it must be UTF-8`,
      convertHint(from, shown),
    );
  }
  const body = withoutBom(bytes);
  const start = bytes.length - body.length;
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(body) };
  } catch {
    // fall through: find where and why
  }
  const bad = Math.max(0, firstInvalidUtf8(body));
  const at = lineOfByte(body, bad);
  // EUC-JP first: its byte pairs usually also pass as Shift_JIS, while Shift_JIS kana and most
  // kanji use lead bytes 0x81–0x9F, which EUC-JP never does.
  if (looksEucJp(body)) {
    return fail(
      "encoding-euc-jp",
      "文字コードが EUC-JP になっている。UTF-8 で書くこと",
      "The file is encoded as EUC-JP; it must be UTF-8",
      convertHint("EUC-JP", shown),
      at,
    );
  }
  if (looksShiftJis(body)) {
    return fail(
      "encoding-shift-jis",
      "文字コードが Shift_JIS（Windows-31J）になっている。UTF-8 で書くこと",
      "The file is encoded as Shift_JIS (Windows-31J); it must be UTF-8",
      // CP932, not SHIFT_JIS: files saved on Windows carry ①, ～ and the like, where iconv's SHIFT_JIS stops and leaves a
      // cut file behind (fifty-first review).
      convertHint("CP932", shown),
      at,
    );
  }
  return fail(
    "not-utf8",
    `UTF-8 として読めないバイトがある（${bad + start} バイト目）`,
    `The file is not valid UTF-8 (byte offset ${bad + start})`,
    {
      ja: "UTF-8 で保存し直すこと。バイナリファイルを渡していないか確認すること",
      en: "Save it as UTF-8, and check that it is not a binary file",
    },
    at,
  );
}
