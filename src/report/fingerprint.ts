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

/** FNV-1a, 64-bit, over the UTF-8 bytes: small, pure and stable across platforms. */
export function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
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
