import { builtinChecks } from "../checks/index.js";
import type { InputErrorCode } from "../input/catalogue.js";
import type { AnyCheck } from "../checks/define-check.js";
import { SecpolicyError, type InputIssue } from "../input/errors.js";
import { toPointer } from "../engine/json-pointer.js";
import { parseWith } from "../input/parse-description.js";
import { suggest } from "../input/suggest.js";
import type { ConfidentialityClass } from "../model/asset-class.js";
import { schemeOf } from "../model/values/asset-class.js";
import { Profile, ProfileDocument } from "../model/profile.js";
import { hitoyoshiProfile } from "./hitoyoshi.js";

/** The profiles shipped with the library, by id. */
export const builtinProfiles: Readonly<Record<string, Profile>> = Object.freeze({ [hitoyoshiProfile.id]: hitoyoshiProfile });

/** Options of {@link resolveProfile}. */
export interface ResolveProfileOptions {
  /**
   * The profile the document builds on. Given, it replaces the lookup of `extends` (the file
   * loader passes the resolved parent file this way); otherwise `extends` must name a built-in.
   */
  readonly base?: Profile;
  /** The checks whose ids `checks` overrides may name; the built-in checks by default. Namespaced ids (`acme/x`) are accepted when this is not given. */
  readonly checks?: readonly AnyCheck[];
}

/** Whether `extends` names a file rather than a built-in profile. */
export function isProfilePath(reference: string): boolean {
  return /[/\\]/.test(reference) || /\.(ya?ml|json)$/i.test(reference);
}

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Merges `override` onto `base`: objects key by key, everything else (arrays too) replaced. */
export function mergeProfileValues(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlain(base) || !isPlain(override)) return override;
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = mergeProfileValues(base[key], value);
  return out;
}

const issue = (path: (string | number)[], code: InputErrorCode, message: InputIssue["message"], hint?: InputIssue["hint"]): InputIssue => ({
  path,
  pointer: toPointer(path),
  code,
  message,
  ...(hint === undefined ? {} : { hint }),
});

function fail(document: { id?: unknown }, issues: readonly InputIssue[]): never {
  const id = typeof document.id === "string" ? document.id : undefined;
  throw new SecpolicyError(
    "invalid-profile",
    {
      ja: id === undefined ? "プロファイルが不正" : `プロファイル「${id}」が不正`,
      en: id === undefined ? "The profile is invalid" : `The profile ${id} is invalid`,
    },
    issues,
  );
}

/** Overrides naming checks that do not exist, with a "did you mean" where one is close. */
function unknownCheckIssues(profile: Profile, checks: readonly AnyCheck[] | undefined): InputIssue[] {
  const known = (checks ?? builtinChecks).map((check) => String(check.meta.id));
  const knownSet = new Set(known);
  return Object.keys(profile.checks)
    .filter((id) => !knownSet.has(id) && (checks !== undefined || !id.includes("/")))
    .map((id) => {
      const close = suggest(id, known);
      return issue(
        ["checks", id],
        "unknown-check",
        { ja: `チェック "${id}" は存在しない`, en: `There is no check "${id}"` },
        close === undefined
          ? { ja: "チェックの id は docs/checks の一覧を参照すること", en: "See docs/checks for the check ids" }
          : { ja: `"${close}" の誤りではないか`, en: `Did you mean "${close}"?` },
      );
    });
}

/** The class of the other scheme that takes a threshold's place (the defaults stated in docs/profiles.md). */
function equivalentClass(key: string, cls: ConfidentialityClass): ConfidentialityClass {
  if (schemeOf(cls) === "legacy") {
    // 特定個人情報: 3B (serious infringement of individuals' rights), not 3A (secret-document level).
    if (key === "handling.myNumberMinimum" && cls === "C3") return "3B";
    return cls === "C3" ? "3A" : cls === "C2" ? "2" : "1";
  }
  return cls === "3A" || cls === "3B" ? "C3" : cls === "3C" || cls === "2" ? "C2" : "C1";
}

/**
 * Class thresholds written in the other scheme than `classificationScheme` says: one located issue
 * each, saying whether the value was inherited from the base profile and which class to write.
 */
function schemeIssues(profile: Profile, document: Plain): InputIssue[] {
  const thresholds: [string[], ConfidentialityClass][] = [
    ...Object.entries(profile.handling).map(([key, cls]): [string[], ConfidentialityClass] => [["handling", key], cls]),
    [["cloud", "assuranceRequiredFrom"], profile.cloud.assuranceRequiredFrom],
    [["cloud", "clickThroughMaxConfidentiality"], profile.cloud.clickThroughMaxConfidentiality],
  ];
  const scheme = profile.classificationScheme;
  const written = (path: string[]) => {
    let node: unknown = document;
    for (const key of path) node = isPlain(node) ? node[key] : undefined;
    return node !== undefined;
  };
  return thresholds
    .filter(([, cls]) => schemeOf(cls) !== scheme)
    .map(([path, cls]) => {
      const key = path.join(".");
      const want = equivalentClass(key, cls);
      const inherited = !written(path);
      return issue(
        path,
        "class-outside-scheme",
        {
          ja: `機密性 "${cls}" は分類体系 ${scheme} の区分ではない${inherited ? "（継承元のプロファイルの値）" : ""}`,
          en: `Confidentiality "${cls}" is not a class of the ${scheme} scheme${inherited ? " (inherited from the base profile)" : ""}`,
        },
        {
          ja: `${key}: "${want}" のように ${scheme} の区分で書くこと${scheme === "legacy" ? "。または classificationScheme を r6 にすること" : ""}`,
          en: `Write a ${scheme} class, e.g. ${key}: "${want}"${scheme === "legacy" ? ", or set classificationScheme to r6" : ""}`,
        },
      );
    });
}

/**
 * Turns a profile document (JSON or YAML data, see `ProfileDocument`) into a complete, validated
 * profile: the document's values merged onto its base (objects key by key, arrays replaced).
 * Pure; a document that extends a file needs `options.base` (or use `loadProfileFile`).
 *
 * @throws SecpolicyError (`invalid-profile`) with one located issue per problem: unknown or
 *   misspelt keys and check ids, values of the wrong kind, missing values, an unknown `extends`,
 *   and class thresholds outside the profile's classification scheme.
 */
export function resolveProfile(document: unknown, options: ResolveProfileOptions = {}): Profile {
  const parsed = parseWith(ProfileDocument, document);
  if (!parsed.ok) fail(isPlain(document) ? document : {}, parsed.issues);
  const { extends: reference, $schema: _schema, ...values } = parsed.value;

  let base = options.base;
  if (base === undefined && reference !== undefined) {
    if (isProfilePath(reference)) {
      fail(values, [
        issue(
          ["extends"],
          "extends-file",
          { ja: `extends がファイル "${reference}" を指している`, en: `extends names the file "${reference}"` },
          {
            ja: "ファイルを継承するプロファイルは loadProfileFile で読み込むこと",
            en: "Load a profile that extends a file with loadProfileFile",
          },
        ),
      ]);
    }
    base = builtinProfiles[reference];
    if (base === undefined) {
      const ids = Object.keys(builtinProfiles);
      const close = suggest(reference, ids);
      fail(values, [
        issue(
          ["extends"],
          "unknown-profile",
          { ja: `組込みプロファイル "${reference}" は存在しない`, en: `There is no built-in profile "${reference}"` },
          close === undefined
            ? {
                ja: `組込みプロファイル：${ids.join(", ")}。ファイルなら ./ で始めること`,
                en: `Built-in profiles: ${ids.join(", ")}. Start a file path with ./`,
              }
            : { ja: `"${close}" の誤りではないか`, en: `Did you mean "${close}"?` },
        ),
      ]);
    }
  }

  // The base's `$schema` and `title` describe the base, not this profile.
  const { $schema: _baseSchema, title: _baseTitle, ...inherited } = base ?? {};
  // A profile with no overrides need not write `checks: {}`.
  const merged = mergeProfileValues({ checks: {}, ...inherited }, values);
  const complete = parseWith(Profile, merged);
  if (!complete.ok) fail(values, complete.issues);
  const issues = [...unknownCheckIssues(complete.value, options.checks), ...schemeIssues(complete.value, values as Plain)];
  if (issues.length > 0) fail(values, issues);
  return complete.value;
}
