import type { Basis, LocalizedText, MessageTemplate } from "../model/finding.js";
import { guidelineInEnglish } from "../policy/guideline.js";
import type { MessageData } from "./check-api.js";

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** A template split at its placeholders: text, then placeholder name and its whole `{{…}}`, and so on. */
type CompiledTemplate = readonly string[];

/**
 * Templates already split, so rendering a finding's message only joins strings (no regular
 * expression per finding). Templates are the checks' own texts, a few hundred; the cache stops
 * growing at a bound so that rendering arbitrary text cannot fill memory.
 */
const compiledTemplates = new Map<string, CompiledTemplate>();
const MAX_COMPILED = 5000;

function compileTemplate(template: string): CompiledTemplate {
  const parts: string[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, match.index), match[1] ?? "", match[0]);
    last = match.index + match[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

/** A template split at its placeholders, compiled once. */
function partsOf(template: string): CompiledTemplate {
  let parts = compiledTemplates.get(template);
  if (parts === undefined) {
    parts = compileTemplate(template);
    if (compiledTemplates.size < MAX_COMPILED) compiledTemplates.set(template, parts);
  }
  return parts;
}

/** Fills `{{name}}` placeholders from data; an unknown placeholder stays visible rather than vanishing. */
export function renderTemplate(template: string, data: MessageData): string {
  const parts = partsOf(template);
  let text = parts[0] as string;
  for (let i = 1; i < parts.length; i += 3) {
    const value = data[parts[i] as string];
    text += (value === undefined ? (parts[i + 1] as string) : String(value)) + (parts[i + 2] as string);
  }
  return text;
}

/** Renders both languages of a message. */
export function renderMessage(message: LocalizedText, data: MessageData): LocalizedText {
  return { ja: renderTemplate(message.ja, data), en: renderTemplate(message.en, data) };
}

/** A name as messages show it, beside its id, in each language: 「財務会計（zaimu）」, "財務会計 (zaimu)". */
interface ShownName {
  readonly ja: string;
  readonly en: string;
}

/** Names of what messages refer to by id, per placeholder (`system`, `systems`, `vendor`, `service`, `account`). */
export type NamesById = ReadonlyMap<string, ReadonlyMap<string, ShownName>>;

/** The placeholders that hold ids of the description's systems, vendors, cloud services and accounts, and their lists. */
const NAMED_LISTS = {
  system: "systems",
  systems: "systems",
  vendor: "vendors",
  service: "cloudServices",
  account: "socialMediaAccounts",
} as const;

/** Placeholders that are ids of one kind of target only in the checks of that kind. */
const ONLY_FOR: Readonly<Record<string, string>> = { service: "cloudService", account: "socialMediaAccount" };

/**
 * The names a description gives its systems, vendors, cloud services and social media accounts, keyed by the
 * placeholder that carries their ids, with the text shown made once. Only names that say more than the id are kept.
 */
export function namesById(
  description: { readonly [K in (typeof NAMED_LISTS)[keyof typeof NAMED_LISTS]]?: readonly { id: string; name?: unknown }[] } & {
    readonly systems?: readonly PartsOf[];
  },
): NamesById {
  const byList = new Map<string, Map<string, ShownName>>();
  for (const list of new Set(Object.values(NAMED_LISTS))) {
    const names = new Map<string, ShownName>();
    for (const item of description[list] ?? []) {
      const name = item.name;
      if (typeof name === "string" && name.trim() !== "" && name !== item.id && !names.has(item.id))
        names.set(item.id, { ja: `${name}（${item.id}）`, en: `${name} (${item.id})` });
    }
    byList.set(list, names);
  }
  const byPlaceholder = new Map<string, ReadonlyMap<string, ShownName>>();
  for (const [placeholder, list] of Object.entries(NAMED_LISTS)) {
    const names = byList.get(list) as Map<string, ShownName>;
    if (names.size > 0) byPlaceholder.set(placeholder, names);
  }
  // Terminal groups and servers by name too (sixty-fourth review: 「端末群 staff-note」 in a report a 課長 signs), where their
  // id names one part in the whole description; a part id two systems share is left as it is.
  const systems: readonly PartsOf[] = description.systems ?? [];
  const partNames = uniqueNames(systems.flatMap((system) => [...(system.terminalGroups ?? []), ...(system.servers ?? [])]));
  if (partNames.size > 0) for (const placeholder of PART_PLACEHOLDERS) byPlaceholder.set(placeholder, partNames);
  // Information assets the same way (sixty-seventh and sixty-eighth reviews: 「情報資産 kyuyo」).
  const assetNames = uniqueNames(systems.flatMap((system) => system.dataAssets ?? []));
  if (assetNames.size > 0) for (const placeholder of ASSET_PLACEHOLDERS) byPlaceholder.set(placeholder, assetNames);
  return byPlaceholder;
}

/** The names of items whose id names one item in the whole description (an id two systems share is left as it is). */
function uniqueNames(items: readonly { readonly id: string; readonly name?: unknown }[]): Map<string, ShownName> {
  const seen = new Map<string, ShownName | null>();
  for (const item of items) seen.set(item.id, seen.has(item.id) ? null : (shownName(item) ?? null));
  const names = new Map<string, ShownName>();
  for (const [id, shown] of seen) if (shown !== null) names.set(id, shown);
  return names;
}

/** A part's or an asset's name beside its id, when the name says more than the id. */
function shownName(item: { readonly id: string; readonly name?: unknown }): ShownName | undefined {
  const name = item.name;
  return typeof name === "string" && name.trim() !== "" && name !== item.id
    ? { ja: `${name}（${item.id}）`, en: `${name} (${item.id})` }
    : undefined;
}

/** What namesById reads of a system's parts and assets. */
interface PartsOf {
  readonly id: string;
  readonly name?: unknown;
  readonly terminalGroups?: readonly { readonly id: string; readonly name?: unknown }[];
  readonly servers?: readonly { readonly id: string; readonly name?: unknown }[];
  readonly dataAssets?: readonly { readonly id: string; readonly name?: unknown }[];
}

/** The placeholders that hold the id of a terminal group or a server. */
const PART_PLACEHOLDERS = ["group", "machine", "server"] as const;
/** The placeholders that hold the id of an information asset (one, or a list). */
const ASSET_PLACEHOLDERS = ["asset", "assets"] as const;

/** One language of a message with the ids it names shown by name (see {@link renderNamedMessage}). */
function renderNamed(template: string, data: MessageData, names: NamesById, kind: string | undefined, lang: "ja" | "en"): string {
  const parts = partsOf(template);
  let text = parts[0] as string;
  for (let i = 1; i < parts.length; i += 3) {
    const key = parts[i] as string;
    const value = data[key];
    const after = parts[i + 2] as string;
    if (value === undefined) {
      text += (parts[i + 1] as string) + after;
      continue;
    }
    const known = names.get(key);
    // `service` and `account` hold a cloud service's or an account's id only in the checks of those targets; elsewhere
    // `service` is a national system's or a platform's name (fifty-third review: an account on LINE was shown as the
    // cloud service whose id was LINE).
    const only = known === undefined ? undefined : ONLY_FOR[key];
    let shown: string | undefined;
    if (known !== undefined && typeof value === "string" && (kind === undefined || only === undefined || only === kind)) {
      const one = known.get(value);
      if (one !== undefined) shown = one[lang];
      else if (value.includes(", ")) {
        const ids = value.split(", ");
        if (ids.some((id) => known.has(id))) shown = ids.map((id) => known.get(id)?.[lang] ?? id).join(lang === "ja" ? "、" : ", ");
      }
    }
    if (shown === undefined) text += String(value) + after;
    // Templates set ids apart with spaces (「システム {{system}} の」); after 「）」 the space only gets in the way.
    else text += shown + (lang === "ja" && shown.endsWith("）") && after.startsWith(" ") ? after.slice(1) : after);
  }
  return text;
}

/**
 * Renders a finding's message with what it names by id shown as a 課長 knows it: 「財務会計（zaimu）」, "Finance (zaimu)"
 * (fiftieth round: message bodies named systems by id only). The data itself keeps the ids (fingerprints, baselines,
 * JSON reports). A value that is a list (「a, b」) has each known id named. One pass over each template, no copies of the
 * data: findings are many, and an earlier form that copied the data cost a tenth of an evaluation.
 */
export function renderNamedMessage(message: LocalizedText, data: MessageData, names: NamesById, kind?: string): LocalizedText {
  if (names.size === 0) return renderMessage(message, data);
  return { ja: renderNamed(message.ja, data, names, kind, "ja"), en: renderNamed(message.en, data, names, kind, "en") };
}

/** The placeholder names a template uses. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "");
}

/** The basis of one message and where it comes from. */
export interface MessageBasis {
  readonly basis: Basis;
  readonly reference?: LocalizedText;
}

/**
 * The basis of a message: its own, else the check's. Its reference: its own, else, for a
 * guideline basis, the check's guideline section.
 */
export function messageBasis(
  meta: { readonly basis: Basis; readonly guideline?: string },
  message: MessageTemplate | undefined,
): MessageBasis {
  const basis = message?.basis ?? meta.basis;
  const reference =
    message?.reference ??
    (basis === "guideline" && meta.guideline !== undefined ? { ja: meta.guideline, en: guidelineInEnglish(meta.guideline) } : undefined);
  return reference === undefined ? { basis } : { basis, reference };
}
