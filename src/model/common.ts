import { z } from "zod";
import { doc } from "./registry.js";

export { isIsoDate } from "./values/common.js";

/** An identifier used for cross references inside a description. */
export const Id = doc(
  z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
    message: "ids use letters, digits, '.', '_' and '-' and start with a letter or digit",
  }),
  "識別子（英数字と . _ - 。先頭は英数字）。記述の中で参照に使う",
  "Identifier (letters, digits, '.', '_', '-'; starts with a letter or digit), used for references inside the description",
  "Id",
);

/** The one rule for a calendar date, as a schema: the pattern `isIsoDate` tests (./values/common.ts). */
const CALENDAR_DATE = z.iso.date();

/** A calendar date `YYYY-MM-DD` that exists. */
export const IsoDate = doc(
  CALENDAR_DATE,
  "日付（YYYY-MM-DD）。YAMLでも文字列として扱われる",
  "Calendar date (YYYY-MM-DD); YAML keeps it a string",
  "IsoDate",
);

/** A non-empty line of text. */
export const Text = z.string().min(1);

/** An optional fact, documented in both languages. Absent facts are reported as missing evidence by checks, never as passes. */
export function fact<T extends z.ZodType>(schema: T, ja: string, en: string) {
  return doc(schema.optional(), ja, en);
}

/** References to entries of the top-level `evidence` list. */
export const EvidenceRefs = fact(
  z.array(z.string().min(1)),
  "裏付けとなる証跡（evidence の id）",
  "Supporting evidence (ids from the top-level evidence list)",
);
