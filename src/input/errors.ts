import type { LocalizedText } from "../model/finding.js";
import { toPointer } from "../engine/json-pointer.js";
import { type InputErrorCode, type InputErrorData, inputText } from "./catalogue.js";

/** One problem with an input, located by JSON pointer. */
export interface InputIssue {
  /** Path segments into the input, e.g. `["systems", 0, "zone"]`. */
  readonly path: readonly (string | number)[];
  /** The same path as a JSON pointer, e.g. `/systems/0/zone`. */
  readonly pointer: string;
  /** A stable code from the catalogue of input errors (`INPUT_ERRORS`), e.g. `unknown-key`, `invalid-type`, `dangling-reference`. */
  readonly code: InputErrorCode;
  /** What is wrong. */
  readonly message: LocalizedText;
  /** What to do about it. */
  readonly hint?: LocalizedText;
  /**
   * Another place in the same input the issue concerns, as a JSON pointer: for a duplicated id, the
   * entry that has it first. The command line gives its line and column beside the message.
   */
  readonly related?: string;
}

/**
 * Thrown by the library when it is called with input it cannot use (an invalid profile, a missing
 * evaluation date, a malformed custom check). It carries located issues in both languages.
 */
export class SecpolicyError extends Error {
  readonly code: string;
  readonly issues: readonly InputIssue[];
  readonly localized: LocalizedText;

  constructor(code: string, message: LocalizedText, issues: readonly InputIssue[] = []) {
    const detail = issues.map((issue) => `\n  ${issue.pointer || "/"}: ${issue.message.en}`).join("");
    super(`${message.en}${detail}`);
    this.name = "SecpolicyError";
    this.code = code;
    this.issues = issues;
    this.localized = message;
  }
}

/** An issue at `path` with a catalogued code and its texts. */
export function inputIssue<C extends InputErrorCode>(path: readonly (string | number)[], code: C, data: InputErrorData<C>): InputIssue {
  return { path, pointer: toPointer(path), code, ...inputText(code, data) };
}

/** A {@link SecpolicyError} with a catalogued code and its message. */
export function inputError<C extends InputErrorCode>(code: C, data: InputErrorData<C>, issues: readonly InputIssue[] = []): SecpolicyError {
  const { message, hint } = inputText(code, data);
  return new SecpolicyError(
    code,
    hint === undefined ? message : { ja: `${message.ja}。${hint.ja}`, en: `${message.en}. ${hint.en}` },
    issues,
  );
}
