/**
 * The uncompressed size a ZIP archive (an .xlsx workbook) declares, read from its central
 * directory without inflating anything: a 1 MB workbook can hold a gigabyte of repeated text, and
 * the workbook reader would build all of it in memory. The declared sizes are the archive's own
 * statement; an archive that cannot be read this way is left to the reader, which refuses it.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes, followed by a comment of at most 65,535 bytes. */
const END_SEARCH = 22 + 0xffff;

/** The sum of the uncompressed sizes of the archive's entries, or `undefined` when it has no readable central directory (or is ZIP64). */
export function declaredUncompressedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - END_SEARCH); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const entries = view.getUint16(end + 10, true);
  const start = view.getUint32(end + 16, true);
  if (entries === 0xffff || start === 0xffffffff) return undefined;
  let total = 0;
  let at = start;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return undefined;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return undefined;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}
