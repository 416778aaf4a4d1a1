import { NATIONAL_SYSTEMS } from "../model/values/national-system.js";
import { isVendorBody, outsideScopeReasons, vendorNamesOf } from "../engine/applicability.js";
import { vendorNamedIn } from "./holders.js";
/** Small pure helpers shared by checks. */
import { connectionHopsOf, type DescriptionIndex } from "../engine/description-index.js";
import { zoneOfEnd } from "../engine/network-graph.js";
import type { Applicability, CheckContext, FindingDraft, MessageData, RelativePath } from "./define-check.js";
import type { AuthFactor, TerminalGroup } from "../model/terminal-group.js";
import type { Connection, NodeRef } from "../model/connection.js";
import type { Server } from "../model/server.js";
import type { System } from "../model/system.js";
import type { Zone } from "../model/zone.js";
import { BUSINESS_FUNCTIONS } from "../model/values/business-function.js";
import { opensEveryPort } from "../policy/flow-policy.js";
import { ZONES } from "../model/values/zone.js";
import { EXTERNAL_ENDPOINT_KINDS, EXTERNAL_ENDPOINTS } from "../model/values/endpoint.js";
import type { StaffCategory } from "../model/organisation.js";
import { STAFF_CATEGORIES, STAFF_CATEGORY_IDS } from "../model/values/organisation.js";
import { type Bilingual, LEGAL_FORM } from "../model/values/common.js";

/**
 * The terminal groups of other systems written to use this system over a connection (either end written first), with
 * the connection: their terminals are described, and judged, with their own system (sixty-eighth review: a β′ payroll
 * SaaS and an LGWAN VDI used by the staff PCs were asked for terminal groups they do not own).
 */
export function terminalGroupsUsing(
  system: System,
  index: DescriptionIndex,
): { readonly connection: Connection; readonly owner: System; readonly group: TerminalGroup }[] {
  const found: { connection: Connection; owner: System; group: TerminalGroup }[] = [];
  for (const { connection } of index.connectionsBySystem.get(system.id) ?? []) {
    for (const [end, other] of [
      [connection.from, connection.to],
      [connection.to, connection.from],
    ] as const) {
      if (!("system" in end) || end.terminalGroup === undefined || end.system === system.id) continue;
      if (!("system" in other) || other.system !== system.id) continue;
      const owner = index.systemsById.get(end.system)?.system;
      const group = owner?.terminalGroups?.find((g) => g.id === end.terminalGroup);
      if (owner !== undefined && group !== undefined) found.push({ connection, owner, group });
    }
  }
  return found;
}

/**
 * Whether terminal groups of the system's own zone, written with another system this policy judges, use it over a
 * connection: those groups are judged there by the same zone's rules. Groups of another zone, or of a body outside 4(1),
 * are judged by nothing here, so they answer nothing (seventy-first review: a My Number system used only by LGWAN PCs,
 * or by a 組合's terminals, went unasked).
 */
export function usedBySameZoneTerminals(system: System, ctx: Pick<CheckContext, "index" | "description" | "profile">): boolean {
  return system.zone !== undefined && usedByJudgedTerminals(system, ctx, system.zone);
}

/** Whether terminal groups (of `zone`, when given) written with another system this policy judges use it over a connection. */
export function usedByJudgedTerminals(system: System, ctx: Pick<CheckContext, "index" | "description" | "profile">, zone?: Zone): boolean {
  // Of the zone, and kept by a system of the zone: a zone's terminal checks judge the groups of its own systems only (a My
  // Number group written under an LGWAN system is judged by none of them: seventy-third review).
  const using = terminalGroupsUsing(system, ctx.index).filter(
    ({ owner, group }) => zone === undefined || ((group.zone ?? owner.zone) === zone && owner.zone === zone),
  );
  if (using.length === 0) return false;
  const judged = judgedSet(ctx);
  return using.some(({ owner }) => judged.has(owner));
}

/** The zone a connection end lives in: the terminal group's or server's zone, else the system's; `undefined` for external ends and unknown zones. */
export function zoneOfRef(ref: NodeRef, index: DescriptionIndex): Zone | undefined {
  return zoneOfEnd(ref, (id) => index.systemsById.get(id)?.system);
}

/** A connection end as identifiers: the system id (with its terminal group or server), or `external:<endpoint>`. */
export function refLabel(ref: NodeRef): string {
  if ("system" in ref) {
    const sub = ref.terminalGroup ?? ref.server;
    return sub === undefined ? ref.system : `${ref.system}/${sub}`;
  }
  return ref.service === undefined ? `external:${ref.external}` : `external:${ref.external}(${ref.service})`;
}

/**
 * A connection end as a reader of the report names it: a system by its id as the description
 * writes it, an external network by its name in each language (ガバメントクラウド, not
 * `external:government-cloud`), with the service when one is named.
 */
export function refLabels(ref: NodeRef): { ja: string; en: string } {
  if ("system" in ref) {
    const id = refLabel(ref);
    return { ja: id, en: id };
  }
  // A Government Cloud segment is named with its zone: links between segments read as such (sixth review).
  const segment = ref.external === "government-cloud" && ref.segment !== undefined ? ZONES[ref.segment].label : undefined;
  const inSegment = (label: { ja: string; en: string }) =>
    segment === undefined ? label : { ja: `${label.ja}（${segment.ja}の区画）`, en: `${label.en} (${segment.en} segment)` };
  if (ref.service === undefined) {
    const name = EXTERNAL_ENDPOINTS[ref.external];
    return inSegment({ ja: name.ja, en: name.en });
  }
  const kind = EXTERNAL_ENDPOINT_KINDS[ref.external];
  // A national system written by its id (「intermediate-server」) is named by its name in each language (sixty-fourth
  // review: 国のシステム「intermediate-server」 in a Japanese report).
  const known = ref.external === "national-system" ? NATIONAL_SYSTEMS.find((n) => n.id === ref.service) : undefined;
  if (known !== undefined) return { ja: `${kind.ja}「${known.label.ja}」`, en: `${kind.en} "${known.label.en}"` };
  return inSegment({ ja: `${kind.ja}「${ref.service}」`, en: `${kind.en} "${ref.service}"` });
}

/** The two ends of a hop for a message, `A → B` in each language (`hopJa`, `hopEn`). */
export function hopLabels(from: NodeRef, to: NodeRef): { hopJa: string; hopEn: string } {
  const a = refLabels(from);
  const b = refLabels(to);
  return { hopJa: `${a.ja} → ${b.ja}`, hopEn: `${a.en} → ${b.en}` };
}

const FACTOR_KIND: Readonly<Record<AuthFactor, "knowledge" | "possession" | "inherence">> = {
  password: "knowledge",
  pin: "knowledge",
  biometric: "inherence",
  "ic-card": "possession",
  otp: "possession",
  certificate: "possession",
};

/** Whether the factors are of at least two different kinds (knowledge, possession, inherence). */
export function isMultiFactor(factors: readonly AuthFactor[]): boolean {
  return new Set(factors.map((factor) => FACTOR_KIND[factor])).size >= 2;
}

/** Whether the system serves 個人番号利用事務 or 戸籍事務 (definition 2(9)). */
export function servesMyNumberAffairs(system: System): boolean {
  return (system.businessFunctions ?? []).some((fn) => BUSINESS_FUNCTIONS[fn].myNumberAffairs);
}

/** Whether a port list is open to everything: `any`, or so many ports that they restrict nothing. */
export function hasAnyPort(ports: readonly (number | "any")[] | undefined): boolean {
  return ports !== undefined && opensEveryPort(ports);
}

/** A terminal group or server of a system, with its path relative to the system. */
export interface MachineEntry {
  readonly path: readonly ["terminalGroups" | "servers", number];
  readonly machine: TerminalGroup | Server;
  /** Message data naming it: `machine` (the id), `kindJa` and `kindEn` (端末群 / terminal group, サーバ / server). */
  readonly data: MessageData;
}

/** Every terminal group and server of a system, terminal groups first, in description order. */
export function machinesOf(system: System): MachineEntry[] {
  return [
    ...(system.terminalGroups ?? []).map((machine, i) => ({
      path: ["terminalGroups", i] as const,
      machine,
      data: { machine: machine.id, kindJa: "端末群", kindEn: "terminal group" },
    })),
    ...(system.servers ?? []).map((machine, i) => ({
      path: ["servers", i] as const,
      machine,
      data: { machine: machine.id, kindJa: "サーバ", kindEn: "server" },
    })),
  ];
}

const PROVIDER_HOSTING: ReadonlySet<string> = new Set(["government-cloud", "lgwan-asp", "cloud-service"]);

/**
 * Whether the system's equipment stands in a provider's facilities (site kind `cloud`; a provider-run hosting with no
 * site given or a data centre, which is the provider's own — seventy-seventh review: an LGWAN-ASP written honestly as in
 * a data centre was asked about antivirus on the provider's servers). The provider's physical measures are then judged
 * through its assurance (6(8)), not as the municipality's own site. A data centre that houses the municipality's own
 * equipment (hosting on-premises or data-centre) is the municipality's site.
 */
export function onProviderPremises(system: System): boolean {
  const site = system.physicalSite?.kind;
  const providerRun = system.hosting?.kind !== undefined && PROVIDER_HOSTING.has(system.hosting.kind);
  if (site === undefined || site === "data-centre") return providerRun;
  return site === "cloud";
}

/**
 * Whether machine checks apply: the system lists terminal groups or servers, or runs on its own
 * premises. A provider-run service that lists none has only the provider's machines, which are
 * judged through the provider's assurance (6(8)).
 */
export function machinesInScope(system: System): boolean {
  return system.terminalGroups !== undefined || system.servers !== undefined || !onProviderPremises(system);
}

/** Whether exactly one end of the connection is in the My Number zone (such links are judged under 6(3)①). */
export function leavesMyNumberZone(connection: Connection, index: DescriptionIndex): boolean {
  // By the places the flow table judges: a Government Cloud segment is its zone, another body's
  // system is an outside network (sixteenth review: a vendor line into the My Number segment, and a
  // line to a 組合's system, were judged here too beside the 6(3)① check).
  return connectionHopsOf(index, connection).some((hop) => (hop.from === "mynumber") !== (hop.to === "mynumber"));
}

/**
 * Japanese and English words for the facts checks ask for, so a message can say
 * 「入退室の記録（entryRecords）の記載がない」 rather than show the field name alone.
 */
export const FACT_LABELS: Readonly<Record<string, Bilingual>> = {
  uniqueUserIds: { ja: "利用者ごとの固有のID", en: "a unique id per user" },
  sharedAccounts: { ja: "共用IDの数", en: "the number of shared ids" },
  sharedAccountsRestricted: { ja: "共用IDを利用者以外に使わせない措置", en: "whether shared ids are kept to their users" },
  privilegedSeparate: { ja: "特権IDと通常のIDの分離", en: "separate privileged accounts" },
  privilegedMfa: { ja: "特権IDの多要素認証", en: "multi-factor authentication for privileged ids" },
  authentication: { ja: "認証の記録", en: "logging of authentication" },
  access: { ja: "情報へのアクセスの記録", en: "logging of access to information" },
  admin: { ja: "管理操作の記録", en: "logging of administrative operations" },
  timeSynchronised: { ja: "時刻の同期", en: "clock synchronisation" },
  tamperProtected: { ja: "ログの改ざん防止", en: "tamper protection of logs" },
  reviewed: { ja: "ログの分析・確認", en: "log review" },
  accessControl: { ja: "入退室管理", en: "entry control" },
  entryRecords: { ja: "入退室の記録", en: "entry records" },
  fireProtection: { ja: "防火・消火設備", en: "fire protection" },
  waterProtection: { ja: "浸水・漏水対策", en: "water protection" },
  earthquakeProtection: { ja: "耐震・転倒防止の対策", en: "earthquake protection" },
  ups: { ja: "無停電電源装置（UPS）", en: "an uninterruptible power supply (UPS)" },
  generator: { ja: "非常用発電機", en: "an emergency generator" },
  redundantLines: { ja: "通信回線の冗長化", en: "redundant lines" },
  separatedFromProduction: { ja: "本番環境との分離", en: "separation from production" },
  realDataUsed: { ja: "テストでの本番データの使用", en: "whether real data is used in tests" },
  epp: { ja: "ウイルス対策ソフト（EPP）", en: "endpoint protection (EPP)" },
  edr: { ja: "EDR", en: "EDR" },
  autoUpdate: { ja: "定義ファイルの自動更新", en: "automatic signature updates" },
  used: { ja: "無線LANを使うか", en: "whether wireless LAN is used" },
  security: { ja: "無線LANの暗号化方式", en: "the wireless security mode" },
  deviceAuthentication: { ja: "無線LANの端末認証の方式", en: "the wireless device authentication" },
};

/** Message data naming a fact: `fact` (the field), `factJa` and `factEn` (its words). */
export function factData(field: string): MessageData {
  const label = FACT_LABELS[field];
  return { fact: field, factJa: label?.ja ?? field, factEn: label?.en ?? field };
}

/**
 * One fact a check requires: the field that must be true, the message when it is not, and, where the
 * fact is a detail of another (entry records of entry control), that field: with it false, the
 * detail is not judged.
 */
export type FactRule<T, M extends string> = readonly [keyof T & string, M] | readonly [keyof T & string, M, keyof T & string];

/**
 * Findings for facts that must be `true`: a `false` fact fails with its own message; a missing one
 * needs evidence with `unknownId`, its data carrying the field name as `fact` and its words as
 * `factJa` / `factEn` (see {@link FACT_LABELS}).
 */
export function requireTrue<T extends object, M extends string>(
  ctx: Pick<CheckContext<M>, "fail" | "needsEvidence">,
  subject: T,
  path: RelativePath,
  rules: readonly FactRule<T, M>[],
  unknownId: M,
  data: MessageData,
): FindingDraft<M>[] {
  // A list, not a generator: this runs for every system and several checks, and most facts hold.
  const drafts: FindingDraft<M>[] = [];
  for (const rule of rules) {
    const field = rule[0];
    const onlyWith = rule[2];
    // A fact about a measure the description says is not taken is no second finding (twenty-seventh
    // review: no entry control, then no entry records; admin rights on everyday ids, then their MFA).
    if (onlyWith !== undefined && subject[onlyWith] === false) continue;
    const value: unknown = subject[field];
    if (value === undefined) drafts.push(ctx.needsEvidence(unknownId, [...path, field], { ...data, ...factData(field) }));
    else if (value !== true) drafts.push(ctx.fail(rule[1], [...path, field], data));
  }
  return drafts;
}

/**
 * The clause-5 staff categories missing from a list, with their labels for messages; `undefined`
 * when none is missing. Categories the municipality declares it has no one in (`absent`, e.g. no
 * 非常勤職員 left after the 会計年度任用職員 reform) need not be covered.
 */
export function missingStaffCategories(covered: readonly StaffCategory[], absent: readonly StaffCategory[] = []): MessageData | undefined {
  const missing = STAFF_CATEGORY_IDS.filter((category) => !covered.includes(category) && !absent.includes(category));
  if (missing.length === 0) return undefined;
  return {
    missing: missing.join(", "),
    labelsJa: missing.map((c) => STAFF_CATEGORIES[c].ja).join("・"),
    labelsEn: missing.map((c) => STAFF_CATEGORIES[c].en).join(", "),
  };
}

/**
 * The evaluation of a check whose rule is "this part of the system is described and these facts
 * of it are true": a missing part needs evidence with `partUnknown`; each fact then fails with its
 * own message when not true, or needs evidence with `factUnknown` when not stated.
 */
export function requireSystemFacts<P extends "physicalSite" | "logging" | "accounts" | "devTest", M extends string>(
  part: P,
  partUnknown: M | undefined,
  rules: readonly FactRule<NonNullable<System[P]>, M>[],
  factUnknown: M,
) {
  const path: RelativePath = Object.freeze([part]);
  return function evaluate(system: System, ctx: CheckContext<M>): FindingDraft<M>[] {
    const data = { system: system.id };
    const facts = system[part];
    if (facts === undefined) {
      // Without a message of its own, the missing part is another check's question (askedElsewhere).
      return partUnknown === undefined ? [] : [ctx.needsEvidence(partUnknown, [part], data)];
    }
    return requireTrue(ctx, facts as NonNullable<System[P]>, path, rules, factUnknown, data);
  };
}

/** Applies to municipalities that record a policy review: the review checks judge that record. */
export const RECORDS_POLICY_REVIEW: Applicability<"municipality"> = {
  when: (municipality) => municipality.policyReview !== undefined,
  condition: {
    ja: "ポリシーの見直しの記録（policyReview）がある団体",
    en: "municipalities that record a policy review (policyReview)",
  },
};

/**
 * The systems this policy judges: not those of a body outside clause 4(1), nor those described
 * elsewhere (`describedElsewhere`). Checks of the municipality or the whole description that go
 * over the systems use these, as the engine does for system checks (thirteenth review: the
 * ICT-BCP and β checks still asked about systems the report said it did not judge).
 */
export function judgedSystems(ctx: Pick<CheckContext, "description" | "profile"> & { readonly index?: object }): System[] {
  return [...judgedSet(ctx)];
}

/**
 * The judged systems, read once per evaluation: kept by the evaluation's index, which the engine makes anew for each
 * evaluation (a description changed in place between two evaluations is read again), and by profile.
 */
const judgedCache = new WeakMap<object, WeakMap<object, ReadonlySet<System>>>();

/** {@link judgedSystems} as a set, remembered for the evaluation (checks of each system ask it: seventy-third pass). */
export function judgedSet(ctx: Pick<CheckContext, "description" | "profile"> & { readonly index?: object }): ReadonlySet<System> {
  if (ctx.index === undefined) return new Set(readJudgedSystems(ctx));
  let byProfile = judgedCache.get(ctx.index);
  if (byProfile === undefined) {
    byProfile = new WeakMap();
    judgedCache.set(ctx.index, byProfile);
  }
  let judged = byProfile.get(ctx.profile);
  if (judged === undefined) {
    judged = new Set(readJudgedSystems(ctx));
    byProfile.set(ctx.profile, judged);
  }
  return judged;
}

/**
 * Vendors whose work is over: the contract's term ended before the evaluation date and no system names them (in
 * `vendorIds` or as its remote maintainer). Kept in the register after the end (for the record of deletion), they are no
 * longer judged as contractors (seventy-fourth review: a print contractor whose contract ended in July, its data
 * certified erased, was told to add clauses to the ended contract). One that still works on a system is judged, and
 * its ended contract is `system-vendors-contracted`'s finding.
 */
export const VENDOR_AT_WORK: Applicability<"vendor"> = {
  when: (vendor, ctx) => {
    const end = vendor.contract?.validUntil;
    if (end === undefined || end >= ctx.evaluationDate) return true;
    const named = ctx.description.systems.some(
      (system) => (system.vendorIds ?? []).includes(vendor.id) || system.remoteMaintenance?.vendorId === vendor.id,
    );
    // Its contract still names a system that exists (an auto-renewing contract written with last term's end).
    if (named || (vendor.contract?.systems ?? []).some((id) => ctx.index.systemsById.has(id))) return true;
    // A line from its network still drawn (「…保守センター」 named as a vendor network's service) is work going on.
    const vendors = [{ id: vendor.id, name: vendor.name }];
    return (ctx.description.connections ?? []).some((c) =>
      [c.from, c.to].some(
        (ref) =>
          "external" in ref &&
          ref.external === "vendor-network" &&
          ref.service !== undefined &&
          vendorNamedIn(ref.service, vendors) !== undefined,
      ),
    );
  },
  condition: {
    ja: "委託事業者のうち、契約期間が評価の基準日より前に終わり、どのシステムにも（遠隔保守の事業者としても）記載されず、その事業者のネットワークからの接続もないもの（業務を終えた事業者）を除く",
    en: "vendors, except those whose contract ended before the evaluation date, that no system names (as a vendor or remote maintainer) and from whose network no connection is drawn (their work is over)",
  },
};

/** A company's legal form (株式会社, ㈱…): LEGAL_FORM without its global flag, so that a test keeps no state. */
const COMPANY_FORM = new RegExp(LEGAL_FORM.source, "u");

/** Private non-profit and other corporations (no public body): 社会福祉法人, NPO法人, 公益財団法人, 医療法人… (seventy-fifth review). */
const PRIVATE_CORPORATION =
  /社会福祉法人|特定非営利活動法人|NPO法人|公益財団法人|公益社団法人|一般財団|一般社団|医療法人|学校法人|宗教法人|協同組合|有限責任事業組合|co\.?,?\s*ltd|inc\.?$|corporation|k\.k\.|g\.k\./iu;

/**
 * Whether a system belongs to another public body outside clause 4(1) (a 広域連合, a 一部事務組合): its equipment is
 * governed by that body's own policy. Not a company's system (written with its legal form, or one of the description's
 * vendors by name), and not the municipality's own (seventy-third review: a vendor's data-entry centre written with
 * its company as owner went unjudged).
 */
export function ownedByOtherPublicBody(
  system: System,
  ctx: Pick<CheckContext, "description" | "profile"> & { readonly index?: object },
): boolean {
  const body = system.ownerBody;
  if (body === undefined || judgedSet(ctx).has(system) || system.describedElsewhere === true) return false;
  const text = body.normalize("NFKC");
  return !COMPANY_FORM.test(text) && !PRIVATE_CORPORATION.test(text) && !isVendorBody(text, vendorNamesOf(ctx.description));
}

function readJudgedSystems(ctx: Pick<CheckContext, "description" | "profile">): System[] {
  const skipped = outsideScopeReasons(
    ctx.description.systems,
    ctx.profile,
    false,
    ctx.description.municipality?.name,
    vendorNamesOf(ctx.description),
  );
  return ctx.description.systems.filter((system) => !skipped.has(system));
}
