/** JSON pointers (RFC 6901). */

/** Encodes path segments as a JSON pointer: `["systems", 0, "zone"]` → `/systems/0/zone`. */
export function toPointer(path: readonly (string | number)[]): string {
  return path.map((segment) => `/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** Decodes a JSON pointer into segments; numeric segments stay strings. */
export function fromPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** Orders pointers segment by segment, numbers numerically: `/systems/2` before `/systems/10`. */
export function comparePointers(a: string, b: string): number {
  const left = fromPointer(a);
  const right = fromPointer(b);
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const x = left[i] as string;
    const y = right[i] as string;
    if (x === y) continue;
    const nx = /^\d+$/.test(x) ? Number(x) : Number.NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : Number.NaN;
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}
