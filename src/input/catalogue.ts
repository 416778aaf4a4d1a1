/**
 * The catalogue of input error codes: every code an {@link InputIssue} or a {@link SecpolicyError}
 * carries, with what it means and the text of its message and hint in Japanese and English. The
 * texts live here and nowhere else; callers name a code and pass its data. A meta-test checks
 * that each entry is used and each code used is here.
 */
import type { LocalizedText } from "../model/finding.js";

/**
 * One code: what it means, and how an issue with it reads. Codes whose message is still composed
 * where the problem is found (the schema, cross-reference and exception-rule translations, which
 * pick among many wordings) carry their summary here and no `message` yet.
 */
export interface InputErrorEntry<D> {
  /** What the code means, in a few words (for documentation and listings). */
  readonly summary: LocalizedText;
  /** The message of one issue with this code. */
  readonly message?: (data: D) => LocalizedText;
  /** What to do about it; absent when the message says it all. */
  readonly hint?: (data: D) => LocalizedText | undefined;
}

const entry = <D = Record<string, never>>(e: InputErrorEntry<D>): InputErrorEntry<D> => e;
const coded = (ja: string, en: string): InputErrorEntry<never> => ({ summary: { ja, en } });

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
  invalid: coded("値が不正（その他の検査）", "A value fails another validation rule"),
  "invalid-format": coded("値の形式が不正（日付など）", "A value has the wrong form (a date, for example)"),
  "invalid-type": coded("値の型が違う", "A value has the wrong type"),
  "invalid-union": coded("どの書き方にも当てはまらない", "A value matches none of the accepted forms"),
  "invalid-value": coded("使えない値", "A value outside the allowed set"),
  "missing-field": coded("必須の項目がない", "A required field is missing"),
  "too-big": coded("値・文字数・要素数が上限を超える", "A value, length or number of items is above its limit"),
  "too-small": coded("値・文字数・要素数が下限に満たない", "A value, length or number of items is below its limit"),
  "unknown-key": coded("知らない項目", "A field the model does not know"),
  unreadable: coded("入力を検証できない（JSON・YAML のデータではない）", "The input cannot be validated (not plain JSON or YAML data)"),
  "dangling-reference": coded("参照先の id がない", "A reference names an id that does not exist"),
  "duplicate-id": coded("id の重複", "An id appears twice in its list"),
  "described-twice": entry<{
    /** What is described twice, e.g. システム / system; absent for the municipality. */
    readonly what?: LocalizedText;
    readonly id?: string;
    /** The file of the run that describes it first. */
    readonly first: string;
    /** Where the two first differ, relative to the entry (e.g. `servers/1/patching`). */
    readonly difference?: string;
    /** Whether the list has `describedElsewhere` stubs (systems). */
    readonly stubs?: boolean;
  }>({
    summary: {
      ja: "同じ実行の2つのファイルに同じ id のものが別の内容で記載されている",
      en: "Two files of one run describe the same id differently",
    },
    message: ({ what, id, first, difference }) => {
      const at =
        difference === undefined ? { ja: "", en: "" } : { ja: `（最初の違い：${difference}）`, en: ` (first difference: ${difference})` };
      return what === undefined
        ? {
            ja: `団体全体の事実（municipality）が ${first} の記載と異なる${at.ja}`,
            en: `The municipality's facts (municipality) differ from those in ${first}${at.en}`,
          }
        : {
            ja: `${what.ja} ${quote(id)} は ${first} にも記載されていて、内容が異なる${at.ja}`,
            en: `The ${what.en} ${quote(id)} is also described in ${first}, with different facts${at.en}`,
          };
    },
    // The files of one run are joined into one description, so one fact must have one value.
    hint: ({ what, stubs }) =>
      stubs === true
        ? {
            ja: "システムは1つのファイルにだけ記載し、他のファイルでは describedElsewhere: true として id・name・zone だけを書くこと。別々の団体の記述なら --each-file でファイルごとに評価する",
            en: "Describe the system in one file and, in the others, write only its id, name and zone with describedElsewhere: true; for descriptions of different organisations, judge each file alone with --each-file",
          }
        : what === undefined
          ? {
              ja: "団体全体の事実（municipality）は1つのファイルにだけ記載するか、どのファイルでも同じ内容にすること。別々の団体の記述なら --each-file でファイルごとに評価する",
              en: "Describe the municipality's facts in one file only, or identically in each; for descriptions of different organisations, judge each file alone with --each-file",
            }
          : {
              // Twenty-first review: two departments reused one id for two different connections.
              ja: `同じ${what.ja}なら1つのファイルにだけ記載するか、どのファイルでも同じ内容にすること（同じ実行の他のファイルからも参照できる）。別の${what.ja}なら別の id を付けること。別々の団体の記述なら --each-file でファイルごとに評価する`,
              en: `If it is one ${what.en}, describe it in one file only (the other files of the run can refer to it) or identically in each; if they are different, give them different ids; for descriptions of different organisations, judge each file alone with --each-file`,
            },
  }),
  "described-elsewhere-facts": coded(
    "別の記述に記載するシステムに、そのシステム自身の事実が書かれている",
    "A system described elsewhere carries facts of its own",
  ),
  "empty-name": coded("名前が空白だけ", "A name is only white space"),
  "invisible-character": coded("名前に見えない文字がある", "A name contains invisible characters"),
  "unwaivable-check": coded("例外措置の対象にできないチェック", "A check that cannot be waived"),
  "waiver-expires-before-approval": coded("例外措置の有効期限が承認日より前", "An exception expires before it is approved"),
  "waiver-part-without-system": coded("例外措置の対象の部分にシステムの指定がない", "An exception names a part without its system"),
  "waiver-several-targets": coded("例外措置の対象が複数ある", "An exception names more than one target"),
  "waiver-target-path": coded("例外措置の対象を JSON ポインタで指定している", "An exception names its target by JSON pointer"),
  "waiver-without-target": coded("例外措置の対象の指定がない", "An exception names no target"),
  "invalid-check": coded("チェックのメタデータが不正", "A check's metadata is invalid"),
  "duplicate-check": coded("チェック id の重複", "A check id appears twice"),
  "foreign-builtin-check": coded("別に読み込まれた組込みチェック", "A built-in check from another loaded copy of the package"),
  "unnamespaced-check": coded("名前空間のない独自チェック", "A custom check without a namespace"),
  "invalid-checks": coded("チェックの一覧が不正", "The list of checks is invalid"),
  "unknown-check": coded("知らないチェック id", "An unknown check id"),
  "invalid-waivers": coded("例外措置が不正", "The exceptions are invalid"),
  "merge-empty": coded("統合するレポートがない", "No reports to merge"),
  "merge-mismatch": coded("条件の違うレポートは統合できない", "Reports made under different conditions cannot be merged"),
  "report-options": coded("評価済みのレポートに評価の指定をしている", "Evaluation options given with a report already evaluated"),
  "class-outside-scheme": coded("分類体系にない区分", "A class outside the classification scheme"),
  "extends-file": coded(
    "extends にファイルを指定している（ファイルを読む入口でだけ使える）",
    "The extends field names a file (only the file-reading entry can follow it)",
  ),
  "invalid-profile": coded("プロファイルが不正", "The profile is invalid"),
  "unknown-profile": coded("知らない組込みプロファイル", "An unknown built-in profile"),
  "unknown-format": coded("知らないレポートの形式", "An unknown report format"),
  "profile-cycle": coded("プロファイルの extends が循環している", "Profiles extend each other in a cycle"),
  "extends-outside": coded("extends がプロファイルのフォルダの外を指している", "The extends field points outside the profile's folder"),
  "extends-not-found": coded("extends の継承元のプロファイルが見つからない", "The profile that extends names does not exist"),
  "invalid-description": coded(
    "記述が不正なため評価できない（適合の判定）",
    "The description is not valid, so compliance cannot be judged",
  ),
  "not-compliant": coded("適合しない結果がある（適合の判定）", "Results that do not comply"),
  "profile-unreadable": coded("プロファイルのファイルを読めない", "The profile file cannot be read"),
} as const;

/** A code of the catalogue. */
export type InputErrorCode = keyof typeof INPUT_ERRORS;

/** The data the texts of `code` need. */
export type InputErrorData<C extends InputErrorCode> = (typeof INPUT_ERRORS)[C] extends InputErrorEntry<infer D> ? D : never;

/** The message and hint of an issue with `code`. */
export function inputText<C extends InputErrorCode>(code: C, data: InputErrorData<C>): { message: LocalizedText; hint?: LocalizedText } {
  const e = INPUT_ERRORS[code] as InputErrorEntry<InputErrorData<C>>;
  const message = e.message?.(data) ?? e.summary;
  const hint = e.hint?.(data);
  return hint === undefined ? { message } : { message, hint };
}

/** Whether `code` is in the catalogue. */
export function isInputErrorCode(code: string): code is InputErrorCode {
  return Object.hasOwn(INPUT_ERRORS, code);
}
