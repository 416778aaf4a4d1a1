/**
 * The catalogue of input error codes: every code an {@link InputIssue} or a {@link SecpolicyError}
 * carries, with what it means and the text of its message and hint in Japanese and English. The
 * texts live here and nowhere else; callers name a code and pass its data. A meta-test checks
 * that each entry is used and each code used is here.
 */
import type { LocalizedText } from "../model/finding.js";

/** One code: what it means, and how an issue with it reads. */
export interface InputErrorEntry<D> {
  /** What the code means, in a few words (for documentation and listings). */
  readonly summary: LocalizedText;
  /** The message of one issue with this code. */
  readonly message: (data: D) => LocalizedText;
  /** What to do about it; absent when the message says it all. */
  readonly hint?: (data: D) => LocalizedText | undefined;
}

const entry = <D = Record<string, never>>(e: InputErrorEntry<D>): InputErrorEntry<D> => e;

const quote = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** Every input error code, with its texts. */
export const INPUT_ERRORS = {
  "evaluation-date": entry<{ readonly given?: unknown; readonly where?: "options.evaluationDate" | "evaluationDate" }>({
    summary: { ja: "評価の基準日がない、または実在しない日付", en: "Evaluation date missing or not a real date" },
    message: ({ given, where }) =>
      where === undefined
        ? {
            ja: "評価の基準日（YYYY-MM-DD）を options.evaluationDate または記述の evaluationDate で指定すること",
            en: "Give the evaluation date (YYYY-MM-DD) as options.evaluationDate or the description's evaluationDate",
          }
        : {
            ja: `${where} の ${quote(given)} は実在する日付（YYYY-MM-DD）ではない`,
            en: `${where} ${quote(given)} is not a real date (YYYY-MM-DD)`,
          },
    hint: ({ where }) =>
      where === undefined ? undefined : { ja: "実在する日を書くこと（例：2026-04-01）", en: "Give a date that exists, e.g. 2026-04-01" },
  }),
  syntax: entry<{ readonly reason: LocalizedText; readonly hint?: LocalizedText; readonly line?: number; readonly column?: number }>({
    summary: { ja: "YAML・JSON として読めないテキスト", en: "Text that is not valid YAML or JSON" },
    message: ({ reason, line, column }) => {
      const at =
        line === undefined ? { ja: "", en: "" } : { ja: `（${line}行${column ?? 1}列）`, en: ` (line ${line}, column ${column ?? 1})` };
      return { ja: `YAML・JSON として読めない${at.ja}：${reason.ja}`, en: `Not valid YAML or JSON${at.en}: ${reason.en}` };
    },
    hint: ({ hint }) => hint,
  }),
} as const;

/** A code of the catalogue. */
export type InputErrorCode = keyof typeof INPUT_ERRORS;

/** The data the texts of `code` need. */
export type InputErrorData<C extends InputErrorCode> = (typeof INPUT_ERRORS)[C] extends InputErrorEntry<infer D> ? D : never;

/** The message and hint of an issue with `code`. */
export function inputText<C extends InputErrorCode>(code: C, data: InputErrorData<C>): { message: LocalizedText; hint?: LocalizedText } {
  const e = INPUT_ERRORS[code] as InputErrorEntry<InputErrorData<C>>;
  const hint = e.hint?.(data);
  return hint === undefined ? { message: e.message(data) } : { message: e.message(data), hint };
}

/** Whether `code` is in the catalogue. */
export function isInputErrorCode(code: string): code is InputErrorCode {
  return Object.hasOwn(INPUT_ERRORS, code);
}
