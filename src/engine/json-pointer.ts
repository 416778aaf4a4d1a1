/** JSON pointers (RFC 6901). */

/** Encodes path segments as a JSON pointer: `["systems", 0, "zone"]` → `/systems/0/zone`. */
export function toPointer(path: readonly (string | number)[]): string {
  // A loop rather than map and join: every finding's path goes through here.
  let pointer = "";
  for (const segment of path) {
    const text = String(segment);
    pointer += `/${text.includes("~") || text.includes("/") ? text.replaceAll("~", "~0").replaceAll("/", "~1") : text}`;
  }
  return pointer;
}

/** Decodes a JSON pointer into segments; numeric segments stay strings. */
export function fromPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** Whether a pointer segment (from `start` to `end` in `text`) is all digits. */
function isIndex(text: string, start: number, end: number): boolean {
  if (start === end) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Number of "/" in `text` from `start` on: the segments left. */
function segmentsFrom(text: string, start: number): number {
  let count = 0;
  for (let i = start; i < text.length; i++) if (text.charCodeAt(i) === 47) count++;
  return count;
}

/** Whether two segments are the same text, compared in place. */
function sameSegment(a: string, i: number, endA: number, b: string, j: number, endB: number): boolean {
  if (endA - i !== endB - j) return false;
  for (let k = 0; k < endA - i; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
}

/**
 * Orders pointers segment by segment, numbers numerically: `/systems/2` before `/systems/10`.
 * Walks both strings in place, since reports sort tens of thousands of findings by it.
 */
export function comparePointers(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    // Both positions are at a "/": the segments run to the next "/" or the end.
    let endA = a.indexOf("/", i + 1);
    let endB = b.indexOf("/", j + 1);
    if (endA === -1) endA = a.length;
    if (endB === -1) endB = b.length;
    if (!sameSegment(a, i + 1, endA, b, j + 1, endB)) {
      if (isIndex(a, i + 1, endA) && isIndex(b, j + 1, endB)) {
        const d = Number(a.slice(i + 1, endA)) - Number(b.slice(j + 1, endB));
        if (d !== 0) return d;
      }
      const x = a
        .slice(i + 1, endA)
        .replaceAll("~1", "/")
        .replaceAll("~0", "~");
      const y = b
        .slice(j + 1, endB)
        .replaceAll("~1", "/")
        .replaceAll("~0", "~");
      if (x !== y) return x < y ? -1 : 1;
    }
    i = endA;
    j = endB;
  }
  // One is a prefix of the other, segment by segment: the shorter comes first.
  return segmentsFrom(a, i) - segmentsFrom(b, j);
}
