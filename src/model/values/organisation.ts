/** The covered bodies, staff categories and role labels without zod; `../organisation.ts` builds the schemas and re-exports these. */
import type { SecurityRole, StaffCategory } from "../organisation.js";
import type { Bilingual } from "./common.js";
import { withoutBracketNotes } from "./common.js";

/** The bodies clause 4(1) of Hitoyoshi's policy covers; other municipalities set their own list in a profile. */
export const HITOYOSHI_COVERED_BODIES = [
  "市長部局",
  "教育委員会",
  "選挙管理委員会",
  "監査委員",
  "公平委員会",
  "農業委員会",
  "固定資産評価審査委員会",
  "水道局",
  "議会事務局",
] as const;

/**
 * Other names of the covered bodies, as people write them in an inventory: the office of a
 * board (教育委員会事務局) is the board's, and 市長事務部局 is 市長部局. A body may also be
 * written with the municipality's name in front (人吉市教育委員会). Other municipalities' bodies
 * follow the same patterns; the list is data, extended here. English names, as an English delivery spec writes them
 * (seventy-sixth review), are compared without case.
 */
export const COVERED_BODY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  市長部局: [
    "市長事務部局",
    "市長の事務部局",
    "町長部局",
    "町長事務部局",
    "村長部局",
    "村長事務部局",
    "Mayor's Office",
    "Office of the Mayor",
  ],
  教育委員会: ["教育委員会事務局", "教育委員会の事務局", "Board of Education", "Board of Education Secretariat", "Education Board"],
  選挙管理委員会: ["選挙管理委員会事務局", "Election Administration Commission", "Election Commission", "Election Board"],
  監査委員: ["監査委員事務局", "Audit Commissioners", "Audit Commissioner", "Audit Committee"],
  公平委員会: ["公平委員会事務局", "Fairness Committee", "Equity Commission"],
  農業委員会: ["農業委員会事務局", "Agricultural Committee", "Agriculture Committee"],
  固定資産評価審査委員会: ["固定資産評価審査委員会事務局", "Fixed Asset Evaluation Review Board"],
  // The water enterprise under the names cities give it once sewerage is merged in (seventh review: 上下水道局 fell out of scope silently).
  水道局: [
    "水道事業",
    "水道課",
    "上下水道局",
    "上下水道部",
    "上下水道課",
    "上下水道事業",
    "水道部",
    "Waterworks Bureau",
    "Water Bureau",
    "Water and Sewerage Bureau",
    "Waterworks Department",
  ],
  議会事務局: [
    "議会",
    "市議会事務局",
    "町議会事務局",
    "村議会事務局",
    "Assembly Secretariat",
    "City Council Secretariat",
    "Council Secretariat",
  ],
};

/**
 * The covered body an owner body means, or `undefined` when it is none of them: exact after NFKC
 * and white space removal, or one of its aliases, with or without the municipality's name in front.
 */
export function coveredBodyOf(ownerBody: string, coveredBodies: readonly string[], municipality = ""): string | undefined {
  // Asked of every system by two checks and the scope of each evaluation: read once per body
  // written. Kept per list of covered bodies, and dropped when that list's contents have changed.
  let readings = coveredBodyReadings.get(coveredBodies);
  if (readings === undefined || !sameList(readings.bodies, coveredBodies)) {
    readings = { bodies: [...coveredBodies], byMunicipality: new Map() };
    coveredBodyReadings.set(coveredBodies, readings);
  }
  let byOwner = readings.byMunicipality.get(municipality);
  if (byOwner === undefined) {
    byOwner = new Map();
    readings.byMunicipality.set(municipality, byOwner);
  }
  const known = byOwner.get(ownerBody);
  if (known !== undefined) return known === NOT_COVERED ? undefined : known;
  const read = readCoveredBody(ownerBody, coveredBodies, municipality);
  // Bounded: a long-lived process reading many descriptions with one profile keeps at most this many.
  if (byOwner.size >= 4096) byOwner.clear();
  byOwner.set(ownerBody, read ?? NOT_COVERED);
  return read;
}

const NOT_COVERED = Symbol("not covered");
/** Readings of {@link coveredBodyOf}, per list of covered bodies (with the contents they were read for), municipality and body written. */
const coveredBodyReadings = new WeakMap<
  readonly string[],
  { readonly bodies: readonly string[]; readonly byMunicipality: Map<string, Map<string, string | typeof NOT_COVERED>> }
>();

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function readCoveredBody(ownerBody: string, coveredBodies: readonly string[], municipality: string): string | undefined {
  const norm = (text: string) => text.normalize("NFKC").replace(/\s+/gu, "").toLowerCase();
  // A note in brackets (「市長部局（市民課）」) names the division, not another body (twenty-eighth review).
  let written = norm(ownerBody);
  const bare = norm(withoutBracketNotes(ownerBody.normalize("NFKC")));
  if (
    bare !== "" &&
    bare !== written &&
    coveredBodies.some((body) => norm(body) === bare || (COVERED_BODY_ALIASES[norm(body)] ?? []).some((a) => norm(a) === bare))
  )
    written = bare;
  const prefix = norm(municipality);
  if (prefix !== "" && written.startsWith(prefix) && written.length > prefix.length) written = written.slice(prefix.length);
  for (const body of coveredBodies) {
    if (norm(body) === written) return body;
    if ((COVERED_BODY_ALIASES[norm(body)] ?? []).some((alias) => norm(alias) === written)) return body;
  }
  return undefined;
}

/** The staff categories bound by clause 5 (職員等), in the order they are listed. */
export const STAFF_CATEGORY_IDS = ["regular", "part-time", "fiscal-year"] as const;

/** Japanese and English names of each staff category. */
export const STAFF_CATEGORIES: Readonly<Record<StaffCategory, Bilingual>> = {
  regular: { ja: "職員", en: "regular staff" },
  "part-time": { ja: "非常勤職員", en: "part-time staff" },
  "fiscal-year": { ja: "会計年度任用職員", en: "fiscal-year appointees" },
};

/** Labels of the security roles, for messages. */
export const SECURITY_ROLES: Readonly<Record<SecurityRole, Bilingual>> = {
  head: { ja: "団体の長", en: "head of the municipality" },
  ciso: { ja: "最高情報セキュリティ責任者（CISO）", en: "chief information security officer (CISO)" },
  "chief-security-manager": { ja: "統括情報セキュリティ責任者", en: "chief security manager" },
  "security-manager": { ja: "情報セキュリティ責任者", en: "security manager" },
  "security-administrator": { ja: "情報セキュリティ管理者", en: "security administrator" },
  "system-administrator": { ja: "情報システム管理者", en: "system administrator" },
  "csirt-lead": { ja: "CSIRT責任者", en: "CSIRT lead" },
  auditor: { ja: "情報セキュリティ監査統括責任者", en: "security audit officer" },
};
