import { constants, deflateRawSync, inflateRawSync } from "node:zlib";
import type { ByteSource } from "./json-pieces.js";

/**
 * A large JSON file's bytes kept compressed for locating, so that they do not stay in memory
 * beside the data while the description is validated and evaluated: a 270 MB inventory of 100,000
 * systems is kept in about 11 MB (JSON of one shape repeats itself), which costs about a sixth of
 * the time `JSON.parse` takes on the same bytes to pack and less to unpack.
 *
 * The bytes are packed in blocks of {@link BLOCK_BYTES}, each compressed on its own (raw deflate,
 * the fastest level), so that a piece is unpacked from the blocks it lies in. Locating asks for
 * pieces in ascending order and walks the bytes once from the start, so the last block unpacked is
 * kept and each block is unpacked about once.
 */

/** Bytes a block holds before it is compressed. */
const BLOCK_BYTES = 256 * 1024;

/** Packs `bytes` into compressed blocks; the caller may then release `bytes`. */
export function packBytes(bytes: Uint8Array, blockBytes: number = BLOCK_BYTES): ByteSource {
  const blocks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += blockBytes) {
    blocks.push(deflateRawSync(bytes.subarray(at, Math.min(bytes.length, at + blockBytes)), { level: constants.Z_BEST_SPEED }));
  }
  const length = bytes.length;
  let cached = -1;
  let cachedBytes: Uint8Array = new Uint8Array(0);
  const block = (n: number): Uint8Array => {
    if (n !== cached) {
      cachedBytes = inflateRawSync(blocks[n] as Uint8Array);
      cached = n;
    }
    return cachedBytes;
  };
  return {
    slice(start, end) {
      end = Math.min(end, length);
      if (end <= start) return new Uint8Array(0);
      const first = Math.floor(start / blockBytes);
      const last = Math.floor((end - 1) / blockBytes);
      if (first === last) return block(first).subarray(start - first * blockBytes, end - first * blockBytes);
      const out = new Uint8Array(end - start);
      for (let n = first; n <= last; n++) {
        const from = Math.max(start, n * blockBytes);
        const to = Math.min(end, (n + 1) * blockBytes);
        out.set(block(n).subarray(from - n * blockBytes, to - n * blockBytes), from - start);
      }
      return out;
    },
    *chunks(end) {
      const last = Math.min(blocks.length, Math.ceil(end / blockBytes));
      for (let n = 0; n < last; n++) yield block(n);
    },
  };
}
