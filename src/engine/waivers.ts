/**
 * Exceptions (例外措置): validating them against the checks and the description, and applying
 * them to results (reading them is `parseWaivers`, in src/input). The engine applies waivers here and nowhere
 * else, so every output format sees the same outcomes.
 */
import type { InputErrorCode } from "../input/catalogue.js";
import type { AnyCheck } from "./check-api.js";
import type { Description } from "../model/description.js";
import type { Finding, LocalizedText } from "../model/finding.js";
import type { SecurityRole } from "../model/organisation.js";
import type { ExceptionRules } from "../model/profile.js";
import type { Waiver } from "../model/waiver.js";
import { type InputIssue, SecpolicyError } from "../input/errors.js";
import { toPointer } from "./json-pointer.js";
import { BRACKET_NOTE, CLOSE_BRACKETS, OPEN_BRACKETS } from "../model/values/common.js";
import { invisibleCharacters, isUnassigned, normaliseName, sameName } from "./names.js";
import { suggest } from "../input/suggest.js";
import {
  isMyNumberPolicyControl,
  isSelfApproved,
  keepsTermRules,
  strictException,
  UNWAIVABLE_CHECKS,
  waiverRuleIssues,
} from "../input/waiver-rules.js";

type Path = (string | number)[];

const issue = (path: Path, code: InputErrorCode, message: LocalizedText, hint?: LocalizedText): InputIssue => ({
  path,
  pointer: toPointer(path),
  code,
  message,
  ...(hint === undefined ? {} : { hint }),
});

/** Whether an exception is in force on `date`: approved on or before it and not yet expired. */
export function isWaiverInForce(waiver: Waiver, date: string): boolean {
  return waiver.approvedOn <= date && date <= waiver.expiresOn;
}

/** The roles that may approve an exception when the profile names none: the head of the municipality and the CISO. */
export const DEFAULT_APPROVER_ROLES: readonly SecurityRole[] = ["head", "ciso"];

/**
 * Who may approve exceptions: the people the description's security organisation lists for a role
 * the profile allows (`exceptions.approverRoles`), posts left open (未定) left out. Empty when the
 * organisation is not described.
 */
export function exceptionApprovers(description: Description, approverRoles: readonly SecurityRole[] = DEFAULT_APPROVER_ROLES): string[] {
  // A vendor of the description listed as a holder approves nothing: it cannot approve its own exceptions (ninth review).
  const vendors = (description.vendors ?? []).map((vendor) => vendor.name);
  // One person holding both approving roles (a village's 村長 as CISO too) is listed once (eighty-first review: 「村長、村長」).
  const people = (description.municipality?.roles ?? [])
    .filter((r) => approverRoles.includes(r.role) && !isUnassigned(r.person))
    .filter((r) => !vendors.some((vendor) => sameName(vendor, r.person)))
    .map((r) => r.person);
  return [...new Set(people)];
}

/**
 * An approver written in English, with its posts in the organisation's Japanese: 「Chief Information Security Officer」
 * is 「CISO」; 「Deputy Mayor」 (or 「Vice Mayor」) is the 副市長, 副町長 or 副村長 the organisation names, and 「Mayor」
 * its 市長, 町長 or 村長. Other words stay as written, and still have to name the holder.
 */
function inJapanesePosts(written: string, holders: readonly string[]): string {
  const text = written.normalize("NFKC");
  if (!/[A-Za-z]/u.test(text)) return written;
  const named = (posts: readonly string[]) => posts.find((post) => holders.some((h) => h.normalize("NFKC").includes(post))) ?? posts[0];
  return text
    .replace(/chief\s+information\s+security\s+officer/giu, " CISO ")
    .replace(/\b(?:deputy|vice)[\s-]*mayor\b/giu, ` ${named(["副市長", "副町長", "副村長"])} `)
    .replace(/\bmayor\b/giu, ` ${named(["市長", "町長", "村長"])} `)
    .replace(/\s+/gu, " ")
    .trim();
}

/** What people write for an approving role instead of its holder's name (「CISO」, 「市長」). */
const ROLE_TERMS: Partial<Readonly<Record<SecurityRole, readonly string[]>>> = {
  head: ["団体の長", "市長", "町長", "村長"],
  ciso: ["CISO", "最高情報セキュリティ責任者"],
};

const BRACKETED = BRACKET_NOTE;
/** A note in brackets without figures (「（延長）」, 「【写し】」). */
const NOTE_WITHOUT_FIGURES = new RegExp(`[${OPEN_BRACKETS.replace("[", "\\[")}][^${CLOSE_BRACKETS}0-9]*[${CLOSE_BRACKETS}]`, "gu");
const SEPARATORS = /[\s・、,/]+/u;

/** The words of an approver field: those outside brackets and those inside, in order (「CISO（副市長）」 → CISO, 副市長). */
function nameWords(name: string): string[] {
  const text = name.normalize("NFKC");
  const outside = text.replace(BRACKETED, " ");
  const bracketed = [...text.matchAll(BRACKETED)].map((m) => m[1] ?? "");
  return [...outside.split(SEPARATORS), ...bracketed.flatMap((b) => b.split(SEPARATORS))].filter((word) => word.trim() !== "");
}

/**
 * Whether an approver, as written, is someone who may approve exceptions: a person the organisation
 * lists for an approving role (`approvers`, see {@link exceptionApprovers}) written whole, or that
 * role written out, alone (「CISO」) or with the holder's name beside it (「CISO（副市長）」). Every
 * word must be the role or the holder: 「株式会社X CISO」, 「CISO（却下）」 and 「上青井地区 区長」 are
 * nobody (ninth review), and 「副町長代理」 is not 「副町長」. Nobody is an approver while the
 * organisation lists none, and a name with invisible characters is nobody's.
 */
export function isExceptionApprover(
  written: string,
  approvers: readonly string[],
  approverRoles: readonly SecurityRole[] = DEFAULT_APPROVER_ROLES,
  municipality?: string,
  holders: readonly string[] = approvers,
): boolean {
  if (approvers.length === 0 || invisibleCharacters(written).length > 0) return false;
  // The municipality's name in front is no other word (「人吉市 副市長」 is the 副市長). English posts are read as the
  // organisation's Japanese ones (seventy-second review: 「CISO (Deputy Mayor)」 in an English delivery spec).
  const approvedBy = withoutMunicipality(inJapanesePosts(written, holders), municipality);
  if (approvers.some((holder) => sameName(holder, approvedBy))) return true;
  const terms = approverRoles.flatMap((role) => ROLE_TERMS[role] ?? []);
  const isTerm = (word: string) => terms.some((term) => sameName(term, word));
  const isHolder = (word: string) => approvers.some((holder) => sameName(holder, word));
  const words = nameWords(approvedBy);
  if (words.length === 1) {
    const word = words[0] as string;
    // The holder's name without the post (「鈴木健一」 for 「副市長 鈴木健一」) is the holder (thirty-first review).
    const isPerson = !POST.test(word) && approvers.some((h) => sameName(postsAndPerson(h, municipality).person, word));
    // A surname glued to the post (「相良副町長」) is read as the two words it is.
    const glued = personWords(word, undefined).length > 1 && approvers.some((holder) => namesHolder(word, holder, municipality, isTerm));
    return isTerm(word) || isPerson || glued || isPostOfOne(word, approvers, holders, municipality);
  }
  if (words.some(isTerm) && words.every((word) => isTerm(word) || isHolder(word))) return true;
  // The holder written another way than in the organisation (fiftieth and fifty-first reviews): 「副町長　山下誠」 for
  // 「山下 誠（副町長）」, 「山下 誠」 for it, 「CISO（副市長）」 or 「CISO（副市長 山田太郎）」 for 「副市長 山田太郎」. What is
  // left beside the role's own words must be one approving holder: the same person by the rule roles-not-combined uses
  // (a surname alone under another post is someone else), or a post only one person holds. 「CISO（却下）」 and
  // 「株式会社X CISO」 still name nobody.
  const rest = words.filter((word) => !isTerm(word)).join(" ");
  if (rest === "") return false;
  const { posts, person } = postsAndPerson(rest, municipality);
  // A person the organisation does not name (its holder is a post only: 「副市長 山田太郎」 for 「副市長」) is not verified.
  if (person !== "") return approvers.some((holder) => namesHolder(approvedBy, holder, municipality, isTerm));
  const holdersOfPost = approvers.filter((holder) =>
    postsAndPerson(holder, municipality).posts.some((post) => posts.some((p) => sameName(post, p))),
  );
  // A post beside the role's name (「CISO（副市長）」) picks the approving holder of that post; alone it must be the post of one.
  return words.length > posts.length
    ? holdersOfPost.length > 0
    : posts.every((post) => isPostOfOne(post, approvers, holders, municipality));
}

/**
 * Whether a name written beside an approving role names that holder, word for word: each word is one of the holder's
 * words, posts or a part of its name, and the name is the holder's, or its surname beside the holder's post (「副町長
 * 相良」 for 「副町長 相良 誠」). A company's name, a unit or a reading the holder does not carry (fifty-third review:
 * 「ヒゴデンサン 相良 誠」 and 「肥後情報センター 相良 誠」 passed for the CISO 相良 誠), or another post with the same
 * name (「総務課長 相良 誠」), is someone else.
 */
function namesHolder(
  written: string,
  holder: string,
  municipality: string | undefined,
  isTerm: (word: string) => boolean = () => false,
): boolean {
  const own = postsAndPerson(holder, municipality);
  if (own.person === "") return false;
  // A reading in hiragana in brackets (「相良 誠（さがら まこと）」) is the name read aloud (fifty-sixth review). Katakana is
  // read as a word: it may be a company's name (「相良 誠（ヒゴデンサン）」, fifty-third review).
  const plain = written.normalize("NFKC").replace(/[(（][\p{Script=Hiragana}ー・\s]+[)）]/gu, " ");
  const ownWords = personWords(holder, municipality).map(normaliseName);
  const ownPerson = normaliseName(own.person);
  const isOwn = (word: string) => {
    const n = normaliseName(word);
    return (
      isTerm(word) ||
      ownWords.includes(n) ||
      own.posts.some((post) => sameName(post, word)) ||
      (!POST.test(word) && n !== "" && ownPerson.includes(n))
    );
  };
  const words = personWords(plain, municipality);
  if (!words.every(isOwn)) return false;
  const read = postsAndPerson(words.join(" "), municipality);
  const person = normaliseName(read.person);
  if (person === ownPerson) return true;
  // The surname beside the holder's own post (「副町長 相良」, 「町長 山田」). Beside a role's name alone (「CISO 相良」) it is
  // not read: the role does not say whose surname it is (fifty-seventh review: 「CISO 球磨」 passed with the head's surname).
  const beside = read.posts.some((post) => own.posts.some((p) => sameName(post, p)));
  return person !== "" && ownPerson.startsWith(person) && beside;
}

/**
 * Whether a post written alone (「副市長」) is the post of exactly one approver (「副市長 鈴木健一」) and of
 * nobody else the organisation lists: then it names that person, as the self-approval test already
 * reads it (twenty-seventh review: the same 「副市長」 was the CISO for one and nobody for the other).
 */
function isPostOfOne(word: string, approvers: readonly string[], holders: readonly string[], municipality: string | undefined): boolean {
  if (!POST.test(word)) return false;
  // The one way names are split into posts and a person (see postsAndPerson).
  const personOf = (name: string) => {
    const { posts, person } = postsAndPerson(name, municipality);
    return posts.some((post) => sameName(post, word)) ? person : undefined;
  };
  const people = new Set(
    [...approvers, ...holders].flatMap((name) => {
      const person = personOf(name);
      return person === undefined || person === "" ? [] : [person.normalize("NFKC").replace(/\s/gu, "")];
    }),
  );
  return people.size === 1 && approvers.some((name) => personOf(name) !== undefined);
}

/** Everyone the organisation lists for a role, posts left open (未定) left out. */
export function roleHolders(description: Description): string[] {
  return (description.municipality?.roles ?? []).filter((r) => !isUnassigned(r.person)).map((r) => r.person);
}

/** A word that is a post rather than a person's name (副市長, 総務課長, 最高情報セキュリティ責任者, CISO). */
const POST = /(長|責任者|官|監)$|^CISO$/u;

/** A name without the municipality's name in front (「人吉市 副市長」 is 「副市長」). */
function withoutMunicipality(name: string, municipality: string | undefined): string {
  if (municipality === undefined) return name;
  const words = nameWords(name);
  if (words.length >= 2 && sameName(words[0] as string, municipality)) return words.slice(1).join(" ");
  // Written together (fifty-first review: 「人吉市副市長」 was someone other than 「人吉市 副市長」): the post after the
  // name, and 「人吉市長」 is the 市長.
  const text = name.normalize("NFKC").trim();
  const own = municipality.normalize("NFKC").replace(/\s+/gu, "");
  if (own === "" || !text.startsWith(own) || text.length === own.length) return name;
  const rest = text.slice(own.length).trim();
  // 「五木原町長 球磨 一郎」 is the 町長 球磨 一郎 (fifty-sixth review).
  return rest.startsWith("長") ? `${own.slice(-1)}${rest}` : rest;
}

/** A name's posts and the person it names (empty when it gives only a post): 「山田太郎（総務部長）」 → 総務部長, 山田太郎. */
function postsAndPerson(name: string, municipality: string | undefined): { posts: string[]; person: string } {
  // A reading in kana beside a name (「山田太郎（やまだたろう）」) is no other word (thirtieth review).
  const words = personWords(name, municipality).filter((word) => !KANA_ONLY.test(word));
  const units = words.filter((word) => UNIT.test(word) && !POST.test(word));
  const titles = words.filter((word) => POST.test(word));
  // 「総務部 部長」 is 「総務部長」: a unit followed by its head's title.
  const posts = [
    ...titles,
    ...units.flatMap((unit) => titles.map((title) => (unit.endsWith(title[0] as string) ? unit + title.slice(1) : unit + title))),
  ];
  return { posts, person: words.filter((word) => !POST.test(word) && !UNIT.test(word)).join("") };
}

/**
 * A surname glued to the deputy head's post (「相良副町長」). The head's own post is not split: 「球磨村長」 is as likely
 * the head of 球磨村 as a 村長 named 球磨 (fifty-seventh review: other municipalities' heads passed).
 */
const GLUED_HEAD = /^(\p{Script=Han}{1,4}?)(副(?:市|町|村)長)$/u;

/**
 * The words of a name as posts and a person are read from it: the municipality's name in front left out, and a surname
 * glued to the deputy's post split from it (fifty-third review: 「相良副町長」 was a post of nobody, so a self-approval
 * written so went unseen).
 */
function personWords(name: string, municipality: string | undefined): string[] {
  return nameWords(withoutMunicipality(name, municipality)).flatMap((word) => {
    const glued = GLUED_HEAD.exec(word);
    // 「人吉市副市長」 with the municipality unknown stays one word: a surname does not end in 市, 町 or 村.
    if (glued === null || /[市町村]$/u.test(glued[1] as string)) return [word];
    return [glued[1] as string, glued[2] as string];
  });
}

/** A word in kana alone: a reading. */
const KANA_ONLY = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・]+$/u;
/** An organisational unit's name (総務部, 情報政策課, 監査委員事務局). */
const UNIT = /^.{2,}(部|課|局|室|係|所|センター)$/u;

/**
 * Whether two holders' names are one person: the same name, or the same person written with and without a post
 * (「総務部長 山田太郎」 and 「山田太郎（総務部長）」 or 「山田太郎」), or, where either gives only a post, the
 * same post (「総務部長」). Two names that each give a person are two people when the persons differ, whatever
 * their posts (twenty-seventh review: roles-not-combined compared whole strings and missed 兼務).
 */
export function samePerson(a: string, b: string, municipality?: string): boolean {
  if (sameName(a, b)) return true;
  const x = postsAndPerson(a, municipality);
  const y = postsAndPerson(b, municipality);
  const samePost = x.posts.some((post) => y.posts.some((other) => sameName(post, other)));
  if (x.person !== "" && y.person !== "") {
    // A surname alone under two different posts is two people who share it (thirtieth review: 「監査委員事務局長 山田」
    // and 「情報政策課長 山田」 failed at high).
    const short = [...x.person].length < 3 || [...y.person].length < 3;
    if (sameName(x.person, y.person)) return samePost || !short || x.posts.length === 0 || y.posts.length === 0;
    // A surname under the same post as the full name (「副町長 相良」 and 「副町長 相良 誠」) is that person (fifty-third
    // review: a self-approval written so went unseen).
    const [a, b] = [normaliseName(x.person), normaliseName(y.person)];
    return samePost && (a.startsWith(b) || b.startsWith(a));
  }
  return samePost;
}

/**
 * The people a name may stand for: the name itself when it gives a person, else whom the organisation lists
 * for the role or post it gives (「CISO」 or 「副市長」 → 「副市長 山田太郎」).
 */
function peopleOf(name: string, description: Description): string[] {
  const municipality = description.municipality?.name;
  // A name that gives a person is that person, whatever post it adds.
  if (postsAndPerson(name, municipality).person !== "") return [name];
  const words = nameWords(withoutMunicipality(name, municipality));
  const roles = (description.municipality?.roles ?? []).filter((r) => !isUnassigned(r.person));
  const holders = (Object.keys(ROLE_TERMS) as SecurityRole[])
    .filter((role) => (ROLE_TERMS[role] ?? []).some((term) => words.some((word) => sameName(term, word))))
    .flatMap((role) => roles.filter((r) => r.role === role).map((r) => r.person));
  // A post written alone (「副市長」) is whoever the organisation lists with that post (「副市長 鈴木健一」): the
  // approver test reads it so, and so must this one (thirtieth review: a self-approval waived a critical).
  const posts = postsAndPerson(name, municipality).posts;
  const byPost = roles
    .filter((r) => postsAndPerson(r.person, municipality).posts.some((post) => posts.some((p) => sameName(post, p))))
    .map((r) => r.person);
  const named = [...holders, ...byPost];
  return named.length > 0 ? named : [name];
}

/**
 * Whether an exception is approved by its own requester, as written or through a role: the
 * requester 「副市長」 and the approver 「CISO」 are one person where the organisation lists the
 * 副市長 (or 「副市長 山田太郎」) as CISO. Two people who share a surname, or the municipality's
 * name written in front of both, are not (fifteenth review). Not applied, and reported by exceptions-valid.
 */
export function isSelfApprovedIn(waiver: Pick<Waiver, "requestedBy" | "approvedBy">, description: Description): boolean {
  if (isSelfApproved(waiver)) return true;
  const municipality = description.municipality?.name;
  const requester = peopleOf(waiver.requestedBy, description);
  // Compared person by person: 「副市長」 read as the CISO 「副市長 鈴木健一」 is not the requester 「副市長 佐藤一郎」
  // (thirty-first review).
  return peopleOf(waiver.approvedBy, description).some((a) => requester.some((r) => samePerson(a, r, municipality)));
}

/** A name in Latin letters, capitalised (「Matsumoto」, 「TANAKA」, 「O'Hara」). */
const LATIN_NAME = /^[A-Z](?:[a-z]+|[A-Z]+)(?:['’-][A-Za-z]+)*$/u;
/** English words that are not a person's name: a company's form, a post, a note (a refusal, a deputy). */
const NOT_A_NAME =
  /^(?:corp|corporation|inc|co|ltd|llc|kk|company|limited|group|holdings|acting|interim|proxy|deputy|vice|for|of|the|and|by|on|behalf|rejected|denied|pending|approved|draft|tbd|none|office|officer|manager|director|chief|head|section|division|department|dept|general|affairs|city|town|village|prefecture|vendor|staff|systems?|solutions?|services?|networks?|technology|technologies|consulting|japan|information|computers?|software|data|center|centre|engineering|kumamoto)\.?$/iu;
/** Honorifics in English, no word of the name. */
const HONORIFIC = /^(?:mr|ms|mrs|dr)\.?$/iu;

/**
 * Whether an approver who is not one of the approvers (see {@link isExceptionApprover}) may still be one written in
 * another script: the approving role or an approver's post, beside a name in Latin letters only, while the organisation
 * writes its people in Japanese (「Mayor Matsumoto」 for 「市長 松本 一郎」). A romanised name cannot be compared with a name
 * in kanji, so the approval is asked about rather than failed (seventy-second and seventy-third reviews). A company
 * (「ABC Corp」), a note (「Deputy Mayor (rejected)」) or anything else beside the name still names nobody.
 */
export function approverInOtherScript(
  written: string,
  approvers: readonly string[],
  approverRoles: readonly SecurityRole[] = DEFAULT_APPROVER_ROLES,
  municipality?: string,
  holders: readonly string[] = approvers,
): boolean {
  if (approvers.length === 0 || invisibleCharacters(written).length > 0) return false;
  // Holders written in Latin letters are compared as they are; holders written as posts only name nobody to compare with
  // (「市長 松本」 is not verified against 「市長」 either).
  const people = approvers.map((holder) => postsAndPerson(holder, municipality).person);
  if (people.some((person) => /[A-Za-z]/u.test(person)) || people.every((person) => person === "")) return false;
  const terms = approverRoles.flatMap((role) => ROLE_TERMS[role] ?? []);
  const isTerm = (word: string) => terms.some((term) => sameName(term, word));
  const words = nameWords(withoutMunicipality(inJapanesePosts(written, holders), municipality)).filter((word) => !HONORIFIC.test(word));
  const latin = words.filter((word) => /[A-Za-z]/u.test(word) && !isTerm(word));
  if (latin.length === 0 || latin.some((word) => !LATIN_NAME.test(word) || NOT_A_NAME.test(word))) return false;
  const isApproversPost = (word: string) =>
    approvers.some((holder) => postsAndPerson(holder, municipality).posts.some((post) => sameName(post, word)));
  return words.every((word) => latin.includes(word) || isTerm(word) || isApproversPost(word));
}

/** Whether an exception's approver is one of `approvers` or names an approving role (see {@link isExceptionApprover}). */
export function approvedByHolder(
  waiver: Waiver,
  approvers: readonly string[],
  approverRoles?: readonly SecurityRole[],
  municipality?: string,
  holders?: readonly string[],
): boolean {
  return isExceptionApprover(waiver.approvedBy, approvers, approverRoles, municipality, holders);
}

/** Where an exception's target is in the description: the kind and id of result targets it covers, and the pointer of the part it covers. */
interface ResolvedTarget {
  readonly kind: Finding["target"]["kind"];
  readonly id: string | undefined;
  readonly pointer: string;
}

type DescriptionList = "systems" | "connections" | "vendors" | "cloudServices" | "socialMediaAccounts";

const positionOf = (items: readonly { id: string }[] | undefined, id: string) => (items ?? []).findIndex((item) => item.id === id);

/**
 * Resolves an exception's target, by id, to where it is in this description; `undefined` with the
 * field at fault when an id names nothing.
 */
function resolveTarget(
  waiver: Waiver,
  description: Description,
): { resolved?: ResolvedTarget; missing?: { field: string; list: string; id: string } } {
  const t = waiver.target;
  const lists: readonly (readonly [keyof Waiver["target"], DescriptionList, Finding["target"]["kind"]])[] = [
    ["connection", "connections", "connection"],
    ["vendor", "vendors", "vendor"],
    ["cloudService", "cloudServices", "cloudService"],
    ["socialMediaAccount", "socialMediaAccounts", "socialMediaAccount"],
  ];
  if (t.system !== undefined) {
    const i = positionOf(description.systems, t.system);
    if (i === -1) return { missing: { field: "system", list: "systems", id: t.system } };
    const system = description.systems[i];
    for (const [field, part] of [
      ["terminalGroup", "terminalGroups"],
      ["server", "servers"],
    ] as const) {
      const id = t[field];
      if (id === undefined) continue;
      const j = positionOf(system?.[part], id);
      if (j === -1) return { missing: { field, list: `systems/${t.system}/${part}`, id } };
      return { resolved: { kind: "system", id: undefined, pointer: toPointer(["systems", i, part, j]) } };
    }
    return { resolved: { kind: "system", id: t.system, pointer: toPointer(["systems", i]) } };
  }
  for (const [field, list, kind] of lists) {
    const id = t[field];
    if (typeof id !== "string") continue;
    const i = positionOf(description[list], id);
    if (i === -1) return { missing: { field, list, id } };
    return { resolved: { kind, id, pointer: toPointer([list, i]) } };
  }
  if (t.municipality === true) {
    if (description.municipality === undefined) return { missing: { field: "municipality", list: "municipality", id: "municipality" } };
    return { resolved: { kind: "municipality", id: undefined, pointer: "/municipality" } };
  }
  return {};
}

/** The rules for exceptions when no profile is given: the built-in profile's. */
const DEFAULT_RULES: ExceptionRules = { approverRoles: ["head", "ciso"], maxTermMonths: 12, myNumberPolicyMaxTermMonths: 6 };

/**
 * Joins the description's exceptions with those passed to `evaluate` (numbered after the
 * description's own, so `/waivers/i` addresses the joined list) and validates them: the check
 * exists (among `known`: the built-in checks and those being run) and may be waived, the target ids name something in the
 * description, and the standalone rules. The profile's term rules do not stop the run: {@link applyWaivers}
 * does not apply an exception that breaks them, and exceptions-valid reports it.
 *
 * @returns the description the checks see, whose `waivers` is the joined list.
 * @throws SecpolicyError (`invalid-waivers`) with an issue at `/waivers/i/...` per problem.
 */
export function prepareWaivers(description: Description, extra: readonly Waiver[] | undefined, known: readonly AnyCheck[]): Description {
  const own = description.waivers ?? [];
  const waivers = extra === undefined || extra.length === 0 ? own : [...own, ...extra];
  if (waivers.length === 0) return description;
  const metas = new Map<string, AnyCheck["meta"]>();
  for (const check of known) if (!metas.has(String(check.meta.id))) metas.set(String(check.meta.id), check.meta);
  const ids = [...metas.keys()];
  const issues: InputIssue[] = [];
  waivers.forEach((waiver, i) => {
    if (!metas.has(waiver.checkId)) {
      // Did-you-mean only on names of a plausible length: the edit distance is quadratic.
      const close = waiver.checkId.length <= 100 ? suggest(waiver.checkId, ids) : undefined;
      issues.push(
        issue(
          ["waivers", i, "checkId"],
          "unknown-check",
          {
            ja: `例外措置の対象のチェック "${waiver.checkId.slice(0, 100)}" は存在しない`,
            en: `The exception names the check "${waiver.checkId.slice(0, 100)}", which does not exist`,
          },
          close === undefined
            ? { ja: "チェックの id を確かめること（docs/checks）", en: "Check the id against docs/checks" }
            : { ja: `"${close}" の誤りではないか`, en: `Did you mean "${close}"?` },
        ),
      );
    }
    const { missing } = resolveTarget(waiver, description);
    if (missing !== undefined) {
      const names = missing.list.startsWith("systems/")
        ? (
            description.systems.find((s) => s.id === waiver.target.system)?.[
              missing.list.endsWith("servers") ? "servers" : "terminalGroups"
            ] ?? []
          ).map((x) => x.id)
        : missing.list === "municipality"
          ? []
          : (description[missing.list as DescriptionList] ?? []).map((x) => x.id);
      const close = missing.id.length <= 100 ? suggest(missing.id, names) : undefined;
      issues.push(
        issue(
          ["waivers", i, "target", missing.field],
          "dangling-reference",
          missing.list === "municipality"
            ? { ja: "municipality が記述にない", en: "The description has no municipality" }
            : missing.field === "system"
              ? { ja: `システム "${missing.id}" が systems にない`, en: `System "${missing.id}" is not in systems` }
              : { ja: `"${missing.id}" が ${missing.list} にない`, en: `"${missing.id}" is not in ${missing.list}` },
          close === undefined
            ? { ja: "記述にある id を書くこと", en: "Write an id that is in the description" }
            : { ja: `"${close}" の誤りではないか`, en: `Did you mean "${close}"?` },
        ),
      );
    }
  });
  waivers.forEach((waiver, i) => {
    issues.push(...waiverRuleIssues(waiver, ["waivers", i]));
    // The term rules (the profile's, recommended practice) do not stop the run: such an exception
    // is not applied and exceptions-valid reports it (eleventh review: a refusal hid every finding).
  });
  if (issues.length > 0) {
    throw new SecpolicyError("invalid-waivers", { ja: "例外措置が不正", en: "The exceptions (waivers) are invalid" }, issues);
  }
  return waivers === own ? description : { ...description, waivers };
}

const within = (path: string, container: string) => path === container || path.startsWith(`${container}/`);

/** Whether a resolved target covers a result: the result is about that target, or lies inside it. */
function covers(target: ResolvedTarget, result: Finding): boolean {
  if (target.id !== undefined && result.target.kind === target.kind && result.target.id === target.id) return true;
  return within(result.path, target.pointer);
}

const KANJI_DIGITS: Readonly<Record<string, number>> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const KANJI_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** A number in kanji as figures: 七十七 → 77, 二〇二六 → 2026, 百五 → 105. */
function kanjiNumber(text: string): string {
  if (![...text].some((c) => c in KANJI_UNITS)) return [...text].map((c) => String(KANJI_DIGITS[c] ?? c)).join("");
  let total = 0;
  let digit = 0;
  for (const c of text) {
    if (c in KANJI_UNITS) {
      total += (digit === 0 ? 1 : digit) * (KANJI_UNITS[c] as number);
      digit = 0;
    } else digit = KANJI_DIGITS[c] ?? 0;
  }
  return String(total + digit);
}

/** An exception's approval as written, compared: width, spaces, hyphen forms and kanji numerals ignored. */
export function approvalKey(waiver: Pick<Waiver, "reference">): string {
  // Notes in brackets, a trailing 号 and the municipality's name in front do not make another approval
  // (twenty-fourth review: 「決裁第77号（延長）」 was another exception).
  const reference = waiver.reference
    .normalize("NFKC")
    // Only notes without figures (「（延長）」): a date or number in brackets may be the approval's own
    // (twenty-sixth review: 「副市長決裁（令和7年10月1日）」 and 「（令和8年3月25日）」 are two approvals).
    .replace(NOTE_WITHOUT_FIGURES, "")
    .replace(/\s+/gu, "")
    .replace(/[‐-―−ｰ－]/gu, "-")
    .replace(/号$/u, "")
    // The municipality's name in front of a decision (「人吉市決裁第7号」), not a word that ends in 市 (「都市整備課」).
    .replace(/^[^\s]{1,6}?[市町村](?=(長)?(決裁|第|発|告示|達))/u, "")
    // 「第七―七十七号」 is 「第7-77号」 (twenty-eighth review).
    .replace(/[〇零一二三四五六七八九十百千]+/gu, kanjiNumber)
    // The first year of an era is written 元 (「令和元年度」 is 「R1」; thirty-third review: two approvals).
    .replace(/(令和|平成|R|H)元(?=年)/giu, (_match, era: string) => `${era}1`)
    // A fiscal year by its era written in full or abbreviated: 「令和7年度」, 「R7年度」 and 「R7」 are one year
    // (thirty-second pass). 「令和7年10月」 is a date, and stays as written.
    // 「R01」 is 「R1」 (thirty-fourth review).
    .replace(/(?:令和|R)(\d{1,2})(?:年度|(?![\d年]))/giu, (_m, year: string) => `R${Number(year)}`)
    .replace(/(?:平成|H)(\d{1,2})(?:年度|(?![\d年]))/giu, (_m, year: string) => `H${Number(year)}`);
  return reference;
}

/** An exception's approval, check and target, compared (see {@link approvalKey}). */
export function referenceKey(waiver: Waiver): string {
  const reference = approvalKey(waiver);
  const target = Object.entries(waiver.target)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${reference}\u0000${waiver.checkId}\u0000${JSON.stringify(target)}`;
}

/**
 * Exceptions that are two versions of one approval: the same reference for the same check and
 * target, with other terms (twenty-first and twenty-second reviews: a copy with a later expiry
 * waived a finding while the original was reported expired). Neither is applied; exceptions-valid
 * reports them.
 */
export function conflictingVersions(waivers: readonly Waiver[]): Set<Waiver> {
  const byKey = new Map<string, Waiver[]>();
  for (const waiver of waivers) {
    const key = referenceKey(waiver);
    byKey.set(key, [...(byKey.get(key) ?? []), waiver]);
  }
  const out = new Set<Waiver>();
  for (const group of byKey.values()) {
    const first = JSON.stringify(group[0]);
    if (group.some((w) => JSON.stringify(w) !== first)) for (const w of group) out.add(w);
  }
  // One approval has one date, approver and term, whatever targets it lists (twenty-eighth review: a copy
  // narrowed to a terminal group, with later dates, was another approval and waived a critical).
  const byApproval = new Map<string, Waiver[]>();
  for (const waiver of waivers) {
    const key = approvalKey(waiver);
    byApproval.set(key, [...(byApproval.get(key) ?? []), waiver]);
  }
  // One approver however written: 「副市長」 and 「CISO（副市長）」 (thirtieth review).
  const differ = (a: Waiver, b: Waiver) =>
    a.approvedOn !== b.approvedOn || a.expiresOn !== b.expiresOn || !samePerson(a.approvedBy, b.approvedBy);
  // Every pair: one person written three ways need not be "the same" pairwise, and the list's order must not decide.
  for (const group of byApproval.values()) {
    if (group.some((a, i) => group.some((b, j) => j > i && differ(a, b)))) for (const w of group) out.add(w);
  }
  return out;
}

/**
 * Applies exceptions to the results, in place: a failure covered by an exception in force on the
 * evaluation date becomes `waived` and carries the exception. An expired (or not yet approved)
 * exception changes nothing; `exceptions-valid` reports it. Targets are resolved by id on this
 * description, so reordering a list never moves an exception.
 *
 * `strictChecks` are the policy-level My Number controls: a waived result of one is marked
 * (`waiver.myNumberPolicyControl`), so every report shows it.
 *
 * @returns the exceptions that cover no failure at all (whatever their dates): candidates to withdraw.
 */
export function applyWaivers(
  results: Finding[],
  waivers: readonly Waiver[],
  evaluationDate: string,
  description: Description,
  strictChecks: ReadonlySet<string> = new Set(),
  approvers: readonly string[] = exceptionApprovers(description),
  approverRoles: readonly SecurityRole[] = DEFAULT_APPROVER_ROLES,
  rules: ExceptionRules = DEFAULT_RULES,
): Waiver[] {
  if (waivers.length === 0) return [];
  const used = new Set<Waiver>();
  const targets = new Map<Waiver, ResolvedTarget | undefined>(
    waivers.map((waiver) => [waiver, resolveTarget(waiver, description).resolved]),
  );
  const ambiguous = conflictingVersions(waivers);
  results.forEach((result, i) => {
    if (result.outcome !== "fail") return;
    let applied: Waiver | undefined;
    for (const waiver of waivers) {
      const target = targets.get(waiver);
      if (
        waiver.checkId !== result.checkId ||
        UNWAIVABLE_CHECKS.includes(waiver.checkId) ||
        target === undefined ||
        !covers(target, result)
      )
        continue;
      used.add(waiver);
      // In force, and approved by someone the organisation lists as allowed to: an exception
      // whose approval cannot be verified waives nothing (exceptions-valid says why).
      if (
        applied === undefined &&
        !ambiguous.has(waiver) &&
        isWaiverInForce(waiver, evaluationDate) &&
        approvedByHolder(waiver, approvers, approverRoles, description.municipality?.name, roleHolders(description)) &&
        !isSelfApprovedIn(waiver, description) &&
        keepsTermRules(waiver, rules, strictException(waiver, description, strictChecks.has(waiver.checkId)))
      )
        applied = waiver;
    }
    if (applied === undefined) return;
    const { remediation: _remediation, ...rest } = result;
    results[i] = {
      ...rest,
      outcome: "waived",
      waiver: {
        reference: applied.reference,
        reason: applied.reason,
        approvedBy: applied.approvedBy,
        expiresOn: applied.expiresOn,
        ...(applied.compensatingControl === undefined ? {} : { compensatingControl: applied.compensatingControl }),
        ...(strictException(applied, description, strictChecks.has(result.checkId)) ? { myNumberPolicyControl: true as const } : {}),
      },
    };
  });
  return waivers.filter((waiver) => !used.has(waiver)).map((waiver) => structuredClone(waiver));
}

/** The ids of the policy-level My Number controls among the checks (see {@link isMyNumberPolicyControl}). */
export function myNumberPolicyControls(checks: readonly AnyCheck[]): Set<string> {
  return new Set(checks.filter((check) => isMyNumberPolicyControl(check.meta)).map((check) => String(check.meta.id)));
}
