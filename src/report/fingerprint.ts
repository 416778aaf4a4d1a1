/**
 * The one fingerprint of a finding, shared by SARIF `partialFingerprints`, the JSON report, the
 * baseline and the spreadsheet worklist.
 *
 * It identifies "the same finding" across re-deliveries of a description: it is made of the file
 * the finding is in, the check, the target (by id; by pointer only when the target has no id),
 * the message and the values filled into the message. It leaves out everything that moves when
 * unrelated parts of a file change: line and column, the finding's JSON pointer (list indexes
 * shift when items are reordered), the outcome, the severity, the locale and the waiver.
 */
import type { Finding } from "../model/finding.js";

/** Version of the fingerprint's inputs; bump it when they change (a baseline records it). */
export const FINGERPRINT_VERSION = "secpolicyFinding/v2";

/**
 * FNV-1a, 64-bit, over the UTF-8 bytes: small, pure and stable across platforms. The 64-bit
 * state is kept in four 16-bit limbs (no BigInt) and the text is encoded as it is hashed (no
 * buffer), which makes it fast enough to fingerprint every finding of a national-scale inventory.
 * Lone surrogates count as U+FFFD, as `TextEncoder` encodes them.
 */
export function fnv1a64(text: string): string {
  // 0xcbf29ce484222325, lowest limb first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  const add = (byte: number): void => {
    h0 ^= byte;
    // Multiply by the prime 0x100000001b3 = 0x1b3 + 0x100·2^32, keeping the low 64 bits.
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      add(c);
      continue;
    }
    if (c < 0x800) {
      add(0xc0 | (c >> 6));
      add(0x80 | (c & 0x3f));
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        add(0xf0 | (c >> 18));
        add(0x80 | ((c >> 12) & 0x3f));
        add(0x80 | ((c >> 6) & 0x3f));
        add(0x80 | (c & 0x3f));
        continue;
      }
      c = 0xfffd;
    }
    add(0xe0 | (c >> 12));
    add(0x80 | ((c >> 6) & 0x3f));
    add(0x80 | (c & 0x3f));
  }
  const hex = (limb: number) => limb.toString(16).padStart(4, "0");
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/** A file name as the fingerprint sees it: forward slashes, no leading `./`. */
export function fingerprintFile(file: string): string {
  return file.replaceAll("\\", "/").replace(/^(\.\/)+/, "");
}

/**
 * The fingerprint of a finding (16 hex digits). `file` defaults to the finding's own
 * `location.file`; a finding with neither is fingerprinted without a file.
 */
export function findingFingerprint(
  finding: Pick<Finding, "checkId" | "target" | "messageId" | "data" | "location">,
  file: string | undefined = finding.location?.file,
): string {
  const data = Object.entries(finding.data ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const target = finding.target.id ?? finding.target.path;
  return fnv1a64(
    JSON.stringify([
      file === undefined ? null : fingerprintFile(file),
      finding.checkId,
      finding.target.kind,
      target,
      finding.messageId,
      data,
    ]),
  );
}
