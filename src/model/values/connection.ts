/** Sanitisation methods without zod; `../connection.ts` builds the schemas and re-exports these. */
import type { ProtocolKind } from "../protocol.js";

/** Sanitisation methods (無害化, 2(13)), with what each can sanitise. */
export const SANITISATION_METHODS = {
  "mail-text-conversion": { ja: "メール本文のテキスト化", en: "mail text conversion", fits: ["mail"] },
  "screen-transfer": { ja: "画面転送", en: "screen transfer", fits: ["screen", "web"] },
  // Mail into the LGWAN side needs its body made text (2(13)'s own example); sanitising the
  // attachments leaves an HTML body as it was (tenth review), so file sanitisation alone does not fit mail.
  "file-sanitisation": { ja: "ファイルの無害化", en: "file sanitisation", fits: ["file", "web"] },
  "attachment-removal": { ja: "添付ファイルの削除", en: "attachment removal", fits: [] },
} as const satisfies Record<string, { ja: string; en: string; fits: readonly ProtocolKind[] }>;
