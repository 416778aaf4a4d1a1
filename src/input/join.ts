/**
 * Joining the descriptions of one run (a folder, several files, a city's inventory beside a
 * vendor's delivery spec) into one description, so that facts that span files are judged as they
 * would be in one file: paths through systems of two files, the ICT-BCP of one file covering the
 * systems of another, the approvers of one file approving the exceptions of another (seventeenth
 * review). Pure: no files, no node built-ins. Each element kept remembers the file and pointer it
 * was written at, so findings and input errors still point where the user wrote.
 */
import type { LocalizedText } from "../model/finding.js";
import type { Description } from "../model/description.js";
import type { System } from "../model/system.js";
import { fromPointer, toPointer } from "../engine/json-pointer.js";
import { clip } from "../engine/text.js";
import { referenceKey } from "../engine/waivers.js";
import { crossReferenceIssues } from "./cross-references.js";
import { type InputIssue, inputIssue } from "./errors.js";

/** One description of the run, validated on its own, and the name of the file that holds it. */
export interface JoinPart {
  readonly file: string;
  readonly description: Description;
}

/** Where something of the joined description was written: the part (its index) and the pointer in it. */
export interface JoinOrigin {
  readonly part: number;
  readonly pointer: string;
}

/** A problem found while joining, at the part and pointer it concerns. */
export interface JoinIssue {
  readonly part: number;
  readonly issue: InputIssue;
}

/** The joined description, and where each of its elements came from. */
export interface JoinedDescription {
  readonly description: Description;
  /** The part and pointer a pointer into the joined description stands for. */
  origin(pointer: string): JoinOrigin;
}

export type JoinResult =
  | { readonly ok: true; readonly value: JoinedDescription }
  | { readonly ok: false; readonly issues: readonly JoinIssue[] };

/** The lists joined by id, with what their entries are called. Systems are joined apart (stubs). */
const LISTS = [
  ["connections", { ja: "接続", en: "connection" }],
  ["vendors", { ja: "事業者", en: "vendor" }],
  ["cloudServices", { ja: "クラウドサービス", en: "cloud service" }],
  ["socialMediaAccounts", { ja: "アカウント", en: "social media account" }],
  ["evidence", { ja: "証跡", en: "evidence" }],
] as const satisfies readonly (readonly [keyof Description, LocalizedText])[];

const SYSTEM: LocalizedText = { ja: "システム", en: "system" };

/** Keys compared first: what an entry is (its name, ends, zone, owner), before its details. */
const FIRST_KEYS = ["id", "name", "from", "to", "zone", "ownerBody", "checkId", "target"];

/**
 * Where two values first differ, as a pointer relative to them (`""` when they differ as a whole),
 * or `undefined` when they are deep-equal. Key order does not count: YAML and JSON files written by
 * different people order keys differently.
 */
export function firstDifference(a: unknown, b: unknown, path: (string | number)[] = []): string | undefined {
  if (a === b) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], [...path, i]);
      if (d !== undefined) return d;
    }
    return a.length === b.length ? undefined : toPointer([...path, Math.min(a.length, b.length)]);
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    // What tells two entries apart first: their ends and name, then the rest in a stable order
    // (twenty-first review: two different connections were told apart by addressRestriction/mac).
    const rank = (key: string) => {
      const i = FIRST_KEYS.indexOf(key);
      return i < 0 ? FIRST_KEYS.length : i;
    };
    const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort((m, n) => rank(m) - rank(n) || (m < n ? -1 : m > n ? 1 : 0));
    for (const key of keys) {
      if (!Object.hasOwn(x, key) || !Object.hasOwn(y, key)) return toPointer([...path, key]);
      const d = firstDifference(x[key], y[key], [...path, key]);
      if (d !== undefined) return d;
    }
    return undefined;
  }
  return toPointer(path);
}

/** The longest prefix of `pointer` that exists in `value`: a difference may be a field only the other file writes. */
function within(value: unknown, pointer: string): (string | number)[] {
  const out: (string | number)[] = [];
  let node = value;
  for (const segment of fromPointer(pointer)) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment)) break;
    node = (node as Record<string, unknown>)[segment];
    out.push(segment);
  }
  return out;
}

/** The difference as the message shows it: `servers/1/patching`, or nothing for a whole value. */
const shownDifference = (pointer: string): string | undefined => (pointer === "" ? undefined : clip(pointer.slice(1), 80));

/**
 * Joins the descriptions of one run into one, in the order given:
 *
 * - `systems` by id. A full entry wins over `describedElsewhere` stubs of its id: the stub only
 *   names the other end of a link that another file describes. Stubs no file fills stay one stub
 *   (the first), with the terminal groups every stub names, so the links of each file still find
 *   them; the report lists it as described elsewhere. (A stub's zone that differs from the full
 *   entry's is `zone-mismatch`, found before joining.)
 * - `connections`, `vendors`, `cloudServices`, `socialMediaAccounts`, `evidence` by id, and the
 *   `municipality`: written in several files deep-equal, they are kept once (a vendor must be
 *   listed beside each system it maintains when files are judged alone, and a connection between
 *   systems of two files is often written in both); written differently, the later one is an
 *   error (`described-twice`): one run cannot judge two versions of one fact.
 * - `waivers` have no id: each is kept once however many files repeat it word for word; two
 *   different exceptions stay two, as in one file.
 * - `title`, `evaluationDate` and `$schema`: the first file's that has one. Dates that differ
 *   are refused before joining (one report states one evaluation date); the title is the first
 *   file's, usually the city's inventory, which names the whole.
 *
 * Lists keep the order of the files, then of each file, so results read file by file.
 */
export function joinDescriptions(parts: readonly JoinPart[]): JoinResult {
  const origins = new Map<string, JoinOrigin>();
  const issues: JoinIssue[] = [];
  const joined: Record<string, unknown> = {};

  for (const key of ["$schema", "title", "evaluationDate"] as const) {
    const at = parts.findIndex((p) => p.description[key] !== undefined);
    if (at < 0) continue;
    joined[key] = parts[at]?.description[key];
    origins.set(`/${key}`, { part: at, pointer: `/${key}` });
  }

  // The municipality: one, or the same in every file that writes it.
  let municipalityAt: number | undefined;
  parts.forEach((part, p) => {
    const municipality = part.description.municipality;
    if (municipality === undefined) return;
    if (municipalityAt === undefined) {
      municipalityAt = p;
      joined.municipality = municipality;
      origins.set("/municipality", { part: p, pointer: "/municipality" });
      return;
    }
    const difference = firstDifference(joined.municipality, municipality);
    if (difference === undefined) return;
    issues.push({
      part: p,
      issue: inputIssue(["municipality", ...within(municipality, difference)], "described-twice", {
        first: (parts[municipalityAt] as JoinPart).file,
        ...optional("difference", shownDifference(difference)),
      }),
    });
  });

  joined.systems = joinSystems(parts, origins, issues);
  for (const [list, what] of LISTS) {
    const items = joinById(parts, list, what, origins, issues);
    if (items !== undefined) joined[list] = items;
  }

  // Exceptions: repeated word for word, kept once. One approval (its reference) written with other
  // terms in another file is two versions of one fact (twenty-first review: a copy with a later expiry waived a finding).
  const waivers: unknown[] = [];
  const byReference = new Map<string, { waiver: unknown; part: number }>();
  parts.forEach((part, p) => {
    part.description.waivers?.forEach((waiver, i) => {
      if (waivers.some((kept) => firstDifference(kept, waiver) === undefined)) return;
      const key = referenceKey(waiver);
      const same = byReference.get(key);
      if (same !== undefined && same.part !== p) {
        const difference = firstDifference(same.waiver, waiver);
        issues.push({
          part: p,
          issue: inputIssue(["waivers", i, ...within(waiver, difference ?? "")], "described-twice", {
            what: { ja: "例外措置", en: "exception" },
            id: clip(waiver.reference, 80),
            first: (parts[same.part] as JoinPart).file,
            ...optional("difference", difference === undefined ? undefined : shownDifference(difference)),
          }),
        });
        return;
      }
      byReference.set(key, { waiver, part: p });
      origins.set(`/waivers/${waivers.length}`, { part: p, pointer: `/waivers/${i}` });
      waivers.push(waiver);
    });
  });
  if (parts.some((part) => part.description.waivers !== undefined)) joined.waivers = waivers;

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      description: joined as Description,
      origin: (pointer) => originOf(origins, pointer),
    },
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The origin of the longest prefix of `pointer` that was recorded, with the rest of the pointer appended. */
function originOf(origins: ReadonlyMap<string, JoinOrigin>, pointer: string): JoinOrigin {
  let prefix = pointer;
  for (;;) {
    const origin = origins.get(prefix);
    if (origin !== undefined) return { part: origin.part, pointer: origin.pointer + pointer.slice(prefix.length) };
    // The description as a whole (and anything not recorded) is the first file's.
    if (prefix === "") return { part: 0, pointer };
    prefix = prefix.slice(0, prefix.lastIndexOf("/"));
  }
}

/** An id list (connections, vendors…) joined: each id once, the same in every file that writes it. */
function joinById(
  parts: readonly JoinPart[],
  list: (typeof LISTS)[number][0],
  what: LocalizedText,
  origins: Map<string, JoinOrigin>,
  issues: JoinIssue[],
): unknown[] | undefined {
  if (parts.every((part) => part.description[list] === undefined)) return undefined;
  const kept: { id: string }[] = [];
  const first = new Map<string, { index: number; part: number }>();
  parts.forEach((part, p) => {
    (part.description[list] as readonly { id: string }[] | undefined)?.forEach((item, i) => {
      const seen = first.get(item.id);
      if (seen === undefined) {
        first.set(item.id, { index: kept.length, part: p });
        origins.set(`/${list}/${kept.length}`, { part: p, pointer: `/${list}/${i}` });
        kept.push(item);
        return;
      }
      const difference = firstDifference(kept[seen.index], item);
      if (difference === undefined) return;
      issues.push({
        part: p,
        issue: inputIssue([list, i, ...within(item, difference)], "described-twice", {
          what,
          id: clip(item.id, 80),
          first: (parts[seen.part] as JoinPart).file,
          ...optional("difference", shownDifference(difference)),
        }),
      });
    });
  });
  return kept;
}

/** The systems joined: full entries over stubs, stubs no file fills merged into one. */
function joinSystems(parts: readonly JoinPart[], origins: Map<string, JoinOrigin>, issues: JoinIssue[]): System[] {
  // Which ids some file describes in full, and where first.
  const full = new Map<string, { system: System; part: number }>();
  for (const [p, part] of parts.entries()) {
    for (const system of part.description.systems) {
      if (system.describedElsewhere !== true && !full.has(system.id)) full.set(system.id, { system, part: p });
    }
  }
  const kept: System[] = [];
  const stubAt = new Map<string, number>();
  const keptFull = new Set<string>();
  parts.forEach((part, p) => {
    part.description.systems.forEach((system, i) => {
      const whole = full.get(system.id);
      if (system.describedElsewhere === true) {
        // Another file of the run describes it: this stub only named it.
        if (whole !== undefined) return;
        const at = stubAt.get(system.id);
        if (at === undefined) {
          stubAt.set(system.id, kept.length);
          origins.set(`/systems/${kept.length}`, { part: p, pointer: `/systems/${i}` });
          kept.push(system);
          return;
        }
        // Two stubs of one system must say the same of it (its name aside): the first one's owner or a
        // terminal group's zone winning silently let a file that says less, or otherwise, clear a
        // finding (twenty-first review). A later stub may name terminal groups the first did not.
        const stub = kept[at] as System;
        const facts = (entry: System) => {
          const { name: _name, terminalGroups: _groups, ...rest } = entry;
          return rest;
        };
        const stubOrigin = origins.get(`/systems/${at}`) as JoinOrigin;
        const conflict = (path: (string | number)[], difference: string | undefined) =>
          issues.push({
            part: p,
            issue: inputIssue(["systems", i, ...path], "described-twice", {
              what: SYSTEM,
              id: clip(system.id, 80),
              first: (parts[stubOrigin.part] as JoinPart).file,
              stubs: true,
              ...optional("difference", difference === undefined ? undefined : shownDifference(difference)),
            }),
          });
        const differs = firstDifference(facts(stub), facts(system));
        if (differs !== undefined) conflict(within(system, differs), differs);
        const groups = [...(stub.terminalGroups ?? [])];
        system.terminalGroups?.forEach((group, g) => {
          const known = groups.find((k) => k.id === group.id);
          if (known !== undefined) {
            const d = firstDifference(known, group);
            if (d !== undefined) conflict(["terminalGroups", g, ...within(group, d)], `/terminalGroups/${g}${d}`);
            return;
          }
          origins.set(`/systems/${at}/terminalGroups/${groups.length}`, { part: p, pointer: `/systems/${i}/terminalGroups/${g}` });
          groups.push(group);
        });
        if (groups.length > (stub.terminalGroups?.length ?? 0)) kept[at] = { ...stub, terminalGroups: groups };
        return;
      }
      if (!keptFull.has(system.id)) {
        keptFull.add(system.id);
        origins.set(`/systems/${kept.length}`, { part: p, pointer: `/systems/${i}` });
        kept.push(system);
        return;
      }
      const difference = firstDifference((whole as { system: System }).system, system);
      if (difference === undefined) return;
      issues.push({
        part: p,
        issue: inputIssue(["systems", i, ...within(system, difference)], "described-twice", {
          what: SYSTEM,
          id: clip(system.id, 80),
          first: (parts[(whole as { part: number }).part] as JoinPart).file,
          stubs: true,
          ...optional("difference", shownDifference(difference)),
        }),
      });
    });
  });
  return kept;
}

/** A pointer's segments, list positions as numbers. */
const segmentsOf = (pointer: string): (string | number)[] => fromPointer(pointer).map((s) => (/^\d+$/.test(s) ? Number(s) : s));

/**
 * The references to ids in the joined description that no file of the run answers (each file was
 * read with `references: false`), each at the part and pointer that wrote it.
 */
export function danglingReferences(joined: JoinedDescription): JoinIssue[] {
  return crossReferenceIssues(joined.description)
    .filter((issue) => issue.code === "dangling-reference")
    .map((issue) => {
      const origin = joined.origin(issue.pointer);
      return { part: origin.part, issue: { ...issue, path: segmentsOf(origin.pointer), pointer: origin.pointer } };
    });
}
