import type { InputErrorCode } from "../input/catalogue.js";
import type { AnyCheck, CheckContext, FindingDraft, MessageData, RelativePath, TargetSubjects } from "./check-api.js";
import type { MessageTemplate } from "../model/finding.js";
import type { CheckMetaData } from "../model/check-meta.js";
import type { Description } from "../model/description.js";
import type { Finding, Hop, LocalizedText, Outcome, Severity, Target, TargetKind } from "../model/finding.js";
import { OUTCOMES, SEVERITIES } from "../model/values/finding.js";
import { MEASURE_AREA_IDS } from "../model/values/measure-area.js";
import type { Profile } from "../model/profile.js";
import type { OutcomeCounts, Report, ReportCheck, ReportCheckMessage, ReportSummary } from "../model/report.js";
import { REPORT_VERSION } from "../model/values/report.js";
import { THREAT_IDS } from "../model/values/threat.js";
import { type ClauseId, POLICY } from "../policy/clauses.js";
import { VERSION } from "../version.js";
import { DESCRIBED_ELSEWHERE, inapplicability, notApplicableText, outsideScopeReasons, vendorNamesOf } from "./applicability.js";
import { profileChanges } from "./profile-changes.js";
import { type DescriptionIndex, indexDescription } from "./description-index.js";
import { inputError, SecpolicyError, type InputIssue } from "../input/errors.js";
import { isIsoDate } from "../model/values/common.js";
import { comparePointers, toPointer } from "./json-pointer.js";
import { type MessageBasis, messageBasis, namesById, type NamesById, renderMessage, renderNamedMessage } from "./messages.js";
import { inReportOrder, outsideZoneReason, type ZoneSplit, zoneSplit } from "./evaluation-plan.js";
import { applyWaivers, DEFAULT_APPROVER_ROLES, exceptionApprovers, myNumberPolicyControls, prepareWaivers } from "./waivers.js";
import { clip, shown } from "./text.js";
import type { Waiver } from "../model/waiver.js";

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /** The profile to evaluate with; the wired default (the built-in `hitoyoshi-2026-03` from the package entry) by default. */
  readonly profile?: Profile;
  /** The evaluation date `YYYY-MM-DD`; defaults to the description's `evaluationDate`. Required from one of the two. */
  readonly evaluationDate?: string;
  /** The report's primary language (both languages are always in the report). */
  readonly locale?: "ja" | "en";
  /** The checks to run; the wired defaults (`builtinChecks` from the package entry) by default. Custom checks use namespaced ids (`acme/x`). */
  readonly checks?: readonly AnyCheck[];
  /** Exceptions kept apart from the description (see `parseWaivers`); they join the description's own, numbered after them. */
  readonly waivers?: readonly Waiver[];
  /**
   * Which results the report lists: `all` (default) lists one result per check and target;
   * `problems` lists only fail, needs-evidence and waived results. Passes and not-applicable
   * results are still counted in the summary either way.
   */
  readonly results?: "all" | "problems";
}

/**
 * What the engine falls back to and trusts, supplied by whoever wires it: the package entry passes
 * the built-in checks and profile. The engine itself imports neither.
 */
export interface EngineDefaults {
  /**
   * The library's own checks: run when `options.checks` is absent, read the inputs unwalled, own
   * their (un-namespaced) ids, and can be named by a waiver even when not run.
   */
  readonly checks: readonly AnyCheck[];
  /** The profile used when `options.profile` is absent. */
  readonly profile: Profile;
  /** The documentation page of one of `checks`, for the report's check metadata. */
  readonly docsUrl?: (checkId: string) => string;
  /**
   * The schema that validates the declared metadata of a check not in `checks` (the package entry
   * passes `CheckMetaData`). Built-in checks never need it (the test suite validates theirs): a
   * caller that runs only those, as the command line does, leaves it out and loads no zod schema.
   */
  readonly checkMetaSchema?: Pick<typeof CheckMetaData, "safeParse">;
}

interface TargetEntry {
  readonly subject: TargetSubjects[TargetKind];
  readonly target: Target;
}

/** The targets of each kind a check can evaluate, in description order. */
function targetsOf(kind: TargetKind, description: Description): TargetEntry[] {
  // The name travels with the target, so a report names what it judged (「システム 財務会計（zaimu）」) and not only its id.
  const list = <T extends { id: string; name?: unknown }>(items: readonly T[] | undefined, key: string): TargetEntry[] =>
    (items ?? []).map((item, i) => ({
      subject: item as never,
      target:
        typeof item.name === "string" && item.name.trim() !== "" && item.name !== item.id
          ? { kind, id: item.id, name: item.name, path: `/${key}/${i}` }
          : { kind, id: item.id, path: `/${key}/${i}` },
    }));
  switch (kind) {
    case "description":
      return [{ subject: description, target: { kind, path: "" } }];
    case "municipality":
      return description.municipality === undefined ? [] : [{ subject: description.municipality, target: { kind, path: "/municipality" } }];
    case "system":
      return list(description.systems, "systems");
    case "connection":
      return list(description.connections, "connections");
    case "vendor":
      return list(description.vendors, "vendors");
    case "cloudService":
      return list(description.cloudServices, "cloudServices");
    case "socialMediaAccount":
      return list(description.socialMediaAccounts, "socialMediaAccounts");
  }
}

/** The `error` result of a check that threw or reported something malformed for a target. */
function checkError(
  finding: (target: Target, outcome: Outcome, messageId: string, message: { ja: string; en: string }, path: string) => Finding,
  target: Target,
  checkId: string,
  problem: string,
): Finding {
  const said = clip(problem, 300);
  return finding(
    target,
    "error",
    "check-error",
    {
      ja: `チェック ${checkId} が失敗し、この対象を判定できなかった（${said}）`,
      en: `Check ${checkId} failed, so this target was not judged (${said})`,
    },
    target.path,
  );
}

/** What a check threw, in one line, without calling anything the check supplied beyond its message. */
function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${String(error.message)}` : String(error);
  } catch {
    return "a value that cannot be shown";
  }
}

/** The subject of a target in the frozen copy of the description a custom check reads. */
function subjectIn(description: Description, entry: TargetEntry): unknown {
  const { kind, path } = entry.target;
  if (kind === "description") return description;
  if (kind === "municipality") return description.municipality;
  const [, list, index] = path.split("/");
  return (description as unknown as Record<string, unknown[]>)[list as string]?.[Number(index)];
}

/** The finding drafts checks build through `ctx.fail` and `ctx.needsEvidence` (the same for every target, so made once). */
const draft =
  (outcome: FindingDraft["outcome"]) =>
  (messageId: string, path: RelativePath = [], data: MessageData = {}, trace?: readonly Hop[]): FindingDraft =>
    trace === undefined ? { outcome, messageId, path, data } : { outcome, messageId, path, data, trace };
const failDraft = draft("fail");
const needsEvidenceDraft = draft("needs-evidence");

/** Freezes a value and everything it holds (plain data, arrays, functions' own properties). Iterative: no depth limit. */
function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || (typeof item !== "object" && typeof item !== "function") || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const key of Reflect.ownKeys(item as object)) {
      const child = (item as Record<PropertyKey, unknown>)[key];
      if (child !== null && (typeof child === "object" || typeof child === "function")) stack.push(child);
    }
  }
  return value;
}

/** Catalogues whose metadata is already frozen (built-in metadata is shared by every evaluation in the process: nobody may change it). */
const frozenCatalogues = new WeakSet<readonly AnyCheck[]>();

/** What a custom check's draft must look like; anything else is that check's error, not the run's. */
function draftProblem(d: unknown, meta: AnyCheck["meta"]): string | undefined {
  if (d === null || typeof d !== "object") return `a result is ${d === null ? "null" : typeof d}, not a finding draft`;
  const draft = d as Record<string, unknown>;
  if (draft.outcome !== "fail" && draft.outcome !== "needs-evidence") {
    return `outcome ${shown(String(draft.outcome), 40)} is not one a check may report (only fail or needs-evidence; waivers are applied by the engine)`;
  }
  if (typeof draft.messageId !== "string" || !Object.hasOwn(meta.messages, draft.messageId)) {
    return `message ${shown(String(draft.messageId), 80)} is not in its meta.messages`;
  }
  if (!Array.isArray(draft.path) || !draft.path.every((p) => typeof p === "string" || (typeof p === "number" && Number.isInteger(p)))) {
    return "path is not a list of keys and indexes";
  }
  if (draft.data !== undefined && (draft.data === null || typeof draft.data !== "object" || Array.isArray(draft.data))) {
    return "data is not an object";
  }
  if (draft.trace !== undefined && !Array.isArray(draft.trace)) return "trace is not a list";
  if (draft.clauses !== undefined && (!Array.isArray(draft.clauses) || !draft.clauses.every((c) => typeof c === "string"))) {
    return "clauses is not a list of clause ids";
  }
  return undefined;
}

/** Checks whose metadata already passed validation (metadata is frozen data, so once is enough). */
const validMeta = new WeakSet<AnyCheck>();

/** The data-only part of a check's metadata: everything but the applicability predicate. */
function declaredMeta(check: AnyCheck): unknown {
  const { applicability, ...rest } = check.meta;
  if (applicability === undefined) return rest;
  const { when: _when, ...declared } = applicability;
  return { ...rest, applicability: declared };
}

/** Validates the check list: metadata well-formed, ids unique, custom ids namespaced. */
function validateChecks(checks: readonly AnyCheck[], builtins: ReadonlySet<AnyCheck>, schema: EngineDefaults["checkMetaSchema"]): void {
  const issues: InputIssue[] = [];
  const seen = new Set<string>();
  const builtinIds = new Set([...builtins].map((c) => c.meta.id));
  checks.forEach((check, i) => {
    const id = String(check.meta?.id);
    const at = (code: InputErrorCode, ja: string, en: string) =>
      issues.push({ path: ["checks", i], pointer: toPointer(["checks", i]), code, message: { ja, en } });
    // Built-in metadata is validated by the test suite (test/meta/checks.test.ts), not at every start.
    const validate = !validMeta.has(check) && !builtins.has(check);
    if (validate && schema === undefined) {
      throw new TypeError(`Check ${id} is not built in, and this evaluate was wired without the schema of check metadata`);
    }
    const parsed = validate ? schema?.safeParse(declaredMeta(check)) : undefined;
    if (parsed?.success) validMeta.add(check);
    if (parsed !== undefined && !parsed.success) {
      for (const issue of parsed.error.issues) {
        at(
          "invalid-check",
          `チェック ${id} のメタデータ ${issue.path.join(".")} が不正: ${issue.message}`,
          `Check ${id}: meta.${issue.path.join(".")} is invalid: ${issue.message}`,
        );
      }
    }
    const rules = check.meta?.applicability as { when?: unknown; condition?: unknown } | undefined;
    if (rules?.when !== undefined && rules.condition === undefined) {
      at(
        "invalid-check",
        `チェック ${id} の applicability.when に理由（applicability.condition：適用する対象を日英で）がない`,
        `Check ${id}: applicability.when has no reason; give applicability.condition (the targets it applies to, in ja and en)`,
      );
    }
    if (seen.has(id)) at("duplicate-check", `チェック id ${id} が重複している`, `Check id ${id} appears twice`);
    seen.add(id);
    if (!builtins.has(check) && builtinIds.has(id)) {
      // The same built-in check, but another object: usually the CommonJS and ES module builds of
      // the package (or two installed copies) loaded together, each with its own built-in list.
      at(
        "foreign-builtin-check",
        `チェック ${id} は組込みチェックの id だが、この evaluate の組込みチェックではない。別に読み込まれた hitoyoshi-secpolicy（CommonJS 版と ES Module 版の併用、または2つのインストール）の builtinChecks なら、evaluate と同じ読み込み方（require か import の一方）で得たものを渡すこと。独自チェックなら名前空間を付けること（例：acme/${id}）`,
        `Check ${id} has a built-in check's id but is not a built-in check of this evaluate. If it comes from another loaded copy of hitoyoshi-secpolicy (the CommonJS and ES module builds used together, or two installs), pass the builtinChecks of the copy whose evaluate you call (load the package with either require or import); if it is your own check, give it a namespace (e.g. acme/${id})`,
      );
    } else if (!builtins.has(check) && !id.includes("/")) {
      at(
        "unnamespaced-check",
        `独自チェック ${id} には名前空間を付けること（例：acme/${id}）`,
        `Custom check ${id} needs a namespace so it cannot collide with built-in checks (e.g. acme/${id})`,
      );
    }
  });
  if (issues.length > 0) {
    throw new SecpolicyError("invalid-checks", { ja: "チェックの一覧が不正", en: "The list of checks is invalid" }, issues);
  }
}

/** Positions of outcomes and severities in a check's tally. */
const OUTCOME_INDEX = Object.fromEntries(OUTCOMES.map((o, i) => [o, i])) as Record<Outcome, number>;
const SEVERITY_INDEX = Object.fromEntries(SEVERITIES.map((s, i) => [s, i])) as Record<Severity, number>;

function emptyCounts(): OutcomeCounts {
  return Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as OutcomeCounts;
}

/** An empty summary to count into. */
function emptySummary(): ReportSummary {
  return {
    total: 0,
    byOutcome: emptyCounts(),
    bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, emptyCounts()])) as Record<Severity, OutcomeCounts>,
    byArea: Object.fromEntries(MEASURE_AREA_IDS.map((a) => [a, emptyCounts()])) as ReportSummary["byArea"],
    byThreat: Object.fromEntries(THREAT_IDS.map((t) => [t, emptyCounts()])) as ReportSummary["byThreat"],
  };
}

/** Counts one result into a summary. */
function count(summary: ReportSummary, r: Pick<Finding, "outcome" | "severity" | "area" | "threats">, n = 1): void {
  summary.total += n;
  summary.byOutcome[r.outcome] += n;
  summary.bySeverity[r.severity][r.outcome] += n;
  summary.byArea[r.area][r.outcome] += n;
  for (const t of r.threats) summary.byThreat[t][r.outcome] += n;
}

/**
 * The report's account of a check that ran: its metadata as plain data (no predicate), with the
 * severities this evaluation used and, for the library's own checks, its documentation page.
 */
/** The report's account of the profile: its id and model, and what it changed from the built-in one. */
function reportProfile(profile: Profile, builtin: Profile | undefined): Report["profile"] {
  const base = { id: profile.id, networkModel: profile.networkModel, classificationScheme: profile.classificationScheme };
  if (builtin === undefined || builtin === profile) return base;
  const changed = profileChanges(profile, builtin);
  return changed.length === 0 ? base : { ...base, changedFrom: builtin.id, changed };
}

function reportCheck(meta: AnyCheck["meta"], override: Severity | undefined, builtin: boolean, defaults: EngineDefaults): ReportCheck {
  const severity = override ?? meta.severity;
  const messages: Record<string, ReportCheckMessage> = {};
  for (const [id, template] of Object.entries(meta.messages as Record<string, MessageTemplate>)) {
    const basis = messageBasis(meta, template);
    const defaultSeverity = template.severity ?? meta.severity;
    const clauses = template.clauses === undefined ? undefined : citedClauses(meta.clauses, template.clauses);
    messages[id] = {
      ja: template.ja,
      en: template.en,
      basis: basis.basis,
      ...(basis.reference === undefined ? {} : { reference: { ja: basis.reference.ja, en: basis.reference.en } }),
      defaultSeverity,
      severity: override ?? defaultSeverity,
      ...(clauses === undefined || clauses.length === meta.clauses.length ? {} : { clauses: [...clauses] }),
      ...(template.remediation === undefined ? {} : { remediation: { ja: template.remediation.ja, en: template.remediation.en } }),
    };
  }
  const docsUrl = builtin ? defaults.docsUrl?.(meta.id) : meta.docsUrl;
  const version = builtin ? VERSION : meta.version;
  return {
    id: meta.id,
    origin: builtin ? "builtin" : "custom",
    ...(version === undefined ? {} : { version }),
    title: { ja: meta.title.ja, en: meta.title.en },
    ...(meta.description === undefined ? {} : { description: { ja: meta.description.ja, en: meta.description.en } }),
    area: meta.area,
    target: meta.target,
    clauses: [...meta.clauses] as ReportCheck["clauses"],
    threats: [...meta.threats],
    basis: meta.basis,
    ...(meta.guideline === undefined ? {} : { guideline: meta.guideline }),
    defaultSeverity: meta.severity,
    severity,
    messages,
    remediation: { ja: meta.remediation.ja, en: meta.remediation.en },
    ...(docsUrl === undefined ? {} : { docsUrl }),
  };
}

/**
 * The clauses a finding cites when a message or a draft names some: those of the check's clauses
 * named, in the check's order; all the check's when none of them is named.
 */
function citedClauses(all: readonly ClauseId[], named: readonly string[]): readonly ClauseId[] {
  const cited = all.filter((c) => named.includes(c));
  return cited.length === 0 ? all : cited;
}

/** Counts results per outcome, severity, measure area and threat. */
export function summarise(results: readonly Finding[], into: ReportSummary = emptySummary()): ReportSummary {
  for (const r of results) count(into, r);
  return into;
}

/** The documented result order: check id, target path, finding path, message id, outcome. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.checkId !== b.checkId) return a.checkId < b.checkId ? -1 : 1;
  return (
    comparePointers(a.target.path, b.target.path) ||
    comparePointers(a.path, b.path) ||
    (a.messageId === b.messageId ? 0 : a.messageId < b.messageId ? -1 : 1) ||
    OUTCOMES.indexOf(a.outcome) - OUTCOMES.indexOf(b.outcome)
  );
}

/**
 * Evaluates a validated description (see `parseDescription`) against the policy, with the checks
 * and profile of `options`, else of `defaults`. Pure and synchronous: the same description and
 * options give a byte-identical report. The package entry's `evaluate` passes the built-in
 * defaults.
 *
 * @throws SecpolicyError when no valid evaluation date is given, the check list is invalid, or an
 *   exception names an unknown check or system.
 */
export function evaluateWith(description: Description, options: EvaluateOptions, defaults: EngineDefaults): Report {
  const profile = options.profile ?? defaults.profile;
  const evaluationDate = options.evaluationDate ?? description.evaluationDate;
  if (!isIsoDate(evaluationDate)) {
    throw inputError(
      "evaluation-date",
      evaluationDate === undefined
        ? {}
        : { given: evaluationDate, where: options.evaluationDate !== undefined ? "options.evaluationDate" : "evaluationDate" },
    );
  }
  if (!frozenCatalogues.has(defaults.checks)) {
    for (const check of defaults.checks) deepFreeze(check.meta);
    frozenCatalogues.add(defaults.checks);
  }
  const builtins = new Set<AnyCheck>(defaults.checks);
  const checks = options.checks ?? defaults.checks;
  validateChecks(checks, builtins, defaults.checkMetaSchema);
  // Exceptions passed in join the description's own, so checks and the report see one list.
  description = prepareWaivers(description, options.waivers, [...defaults.checks, ...checks]);
  // Where the date came from: a date taken from the description being judged is said so, never silent.
  const evaluationDateSource = options.evaluationDate !== undefined ? "caller" : "description";

  // Systems of bodies outside 4(1): their links are judged as outside networks, and the report names them.
  const outsideBodies = outsideScopeReasons(description.systems, profile, true, description.municipality?.name, vendorNamesOf(description));
  const otherBodySystems = new Set([...outsideBodies.keys()].map((system) => system.id));
  const index: DescriptionIndex = indexDescription(description, otherBodySystems);
  // Custom checks run behind a wall: they read frozen copies of the description and the profile
  // (with their own index), so nothing one writes reaches the built-in checks, the report or a
  // later evaluation. Built-in checks read the originals; the copies are made only when needed.
  let walled: { description: Description; profile: Profile; index: DescriptionIndex } | undefined;
  const walledInputs = () => {
    if (walled === undefined) {
      const copy = deepFreeze(structuredClone(description));
      walled = { description: copy, profile: deepFreeze(structuredClone(profile)), index: indexDescription(copy, otherBodySystems) };
    }
    return walled;
  };
  const results: Finding[] = [];
  const problemsOnly = options.results === "problems";
  // Counted as results are made (listed or not), per check; waivers are accounted for at the end.
  const summary = emptySummary();
  const targetCache = new Map<TargetKind, TargetEntry[]>();
  const zoneSplits = new Map<string, ZoneSplit>();
  const inRun = new Set(checks.map((check) => String(check.meta.id)));
  // The checks of this run by id (those the profile has not turned off), for askedElsewhere.
  const running = new Map<string, AnyCheck>();
  for (const check of checks) if (profile.checks[check.meta.id]?.enabled !== false) running.set(check.meta.id, check);
  const askedByOther = (by: string, entry: TargetEntry, subject: unknown, context: CheckContext): boolean => {
    const other = running.get(by);
    // (A system no check judges never gets here: its scope reason comes first.)
    if (other === undefined || other.meta.target !== entry.target.kind) return false;
    try {
      return inapplicability(other.meta.applicability, entry.target.kind, subject as TargetEntry["subject"], context) === undefined;
    } catch {
      return false;
    }
  };
  let scope: Map<TargetSubjects["system"], MessageData> | undefined;
  const scopeReasons = () => {
    scope ??= outsideScopeReasons(description.systems, profile, false, description.municipality?.name, vendorNamesOf(description));
    return scope;
  };
  let elsewhere: Map<TargetSubjects["system"], MessageData> | undefined;
  const elsewhereReasons = () => {
    elsewhere ??= new Map(description.systems.filter((s) => s.describedElsewhere === true).map((s) => [s, DESCRIBED_ELSEWHERE]));
    return elsewhere;
  };
  // What messages name by id, by name as well (made on the first finding).
  let names: NamesById | undefined;
  const namesOf = (): NamesById => {
    names ??= namesById(description);
    return names;
  };
  // The context the built-in checks read, one per evaluation: only its target changes, between
  // two calls (no built-in check keeps it beyond the call it was given to).
  const builtinContext: { -readonly [K in keyof CheckContext]: CheckContext[K] } = {
    description,
    profile,
    evaluationDate,
    evaluationDateSource,
    index,
    target: { kind: "description", path: "" },
    fail: failDraft,
    needsEvidence: needsEvidenceDraft,
  };
  const ran: ReportCheck[] = [];
  // Results come in report order by construction: checks by id, each check's targets in
  // description order. Only the findings of one target can come out of order; `push` notes that,
  // so the final sort runs only when it has something to do.
  let inOrder = true;

  for (const check of inReportOrder(checks)) {
    const override = profile.checks[check.meta.id];
    if (override?.enabled === false) continue;
    const meta = check.meta;
    const custom = !builtins.has(check);
    ran.push(reportCheck(meta, override?.severity, !custom, defaults));
    if (custom) deepFreeze(meta);
    const inputs = custom ? walledInputs() : { description, profile, index };
    const targetOf = custom ? (entry: TargetEntry) => subjectIn(inputs.description, entry) : (entry: TargetEntry) => entry.subject;
    const severity = override?.severity ?? meta.severity;
    const kind = meta.target as TargetKind;
    let entries = targetCache.get(kind);
    if (entries === undefined) {
      entries = targetsOf(kind, description);
      targetCache.set(kind, entries);
    }
    // Shared, frozen per check: a report holds one result per check and target.
    const clauses = Object.freeze([...meta.clauses]) as Finding["clauses"];
    const threats = Object.freeze([...meta.threats]) as Finding["threats"];
    const passMessage = Object.freeze({ ja: meta.title.ja, en: meta.title.en });
    const remediation = Object.freeze({ ...meta.remediation });
    // A message with a remedy of its own (a date after the evaluation date is asked about, not fixed by the check's remedy).
    const remedies = new Map<string, LocalizedText | null>();
    // A remedy that names what the finding names (「{{cloud}}を経由させ」) is filled in per finding (`null` here); the others
    // are shared.
    const remediationOf = (messageId: string, data: MessageData | undefined): LocalizedText => {
      let frozen = remedies.get(messageId);
      if (frozen === undefined) {
        const own = (meta.messages[messageId] as MessageTemplate | undefined)?.remediation ?? remediation;
        frozen =
          own.ja.includes("{{") || own.en.includes("{{")
            ? null
            : own === remediation
              ? remediation
              : Object.freeze({ ja: own.ja, en: own.en });
        remedies.set(messageId, frozen);
      }
      if (frozen !== null) return frozen;
      const own = (meta.messages[messageId] as MessageTemplate | undefined)?.remediation ?? remediation;
      return Object.freeze(renderNamedMessage(own, data ?? {}, namesOf(), kind));
    };
    const checkBasis = messageBasis(meta, undefined);
    const basisOf = new Map<string, MessageBasis>();
    // A draft's clauses, as the check cites them (in its order): shared per set, all the check's when none.
    const clauseSets = new Map<string, Finding["clauses"]>();
    const clausesOf = (named: readonly string[] | undefined): Finding["clauses"] => {
      if (named === undefined) return clauses;
      const key = named.join("\u0000");
      const known = clauseSets.get(key);
      if (known !== undefined) return known;
      const cited = citedClauses(clauses, named);
      const set = cited.length === clauses.length ? clauses : (Object.freeze(cited) as Finding["clauses"]);
      clauseSets.set(key, set);
      return set;
    };
    const finding = (
      target: Target,
      outcome: Outcome,
      messageId: string,
      message: { ja: string; en: string },
      path: string,
      data?: MessageData,
      trace?: readonly Hop[],
      cited: Finding["clauses"] = clauses,
    ): Finding => {
      // Optional fields are assigned in place rather than spread: reports hold tens of thousands of findings.
      let basis = checkBasis;
      if (outcome === "fail" || outcome === "needs-evidence") {
        basis = basisOf.get(messageId) ?? messageBasis(meta, meta.messages[messageId]);
        basisOf.set(messageId, basis);
      }
      const result: Finding = {
        checkId: meta.id,
        outcome,
        severity:
          override?.severity ??
          (outcome === "fail" || outcome === "needs-evidence" ? meta.messages[messageId]?.severity : undefined) ??
          severity,
        area: meta.area,
        basis: basis.basis,
        messageId,
        message,
        path,
        target,
        clauses: cited,
        threats,
      };
      if (basis.reference !== undefined) result.reference = basis.reference;
      if (outcome === "fail" || outcome === "needs-evidence") result.remediation = remediationOf(messageId, data);
      if (data !== undefined && Object.keys(data).length > 0) result.data = { ...data };
      if (trace !== undefined) result.trace = trace.map((hop) => ({ ...hop }));
      return result;
    };
    // The results most of a report is made of: a pass, or not applicable with the shared data of
    // its reason. Made in one literal of their final shape (the fields and their order as
    // `finding` gives them), without adding fields after: this runs once per check and target.
    const checkReference = checkBasis.reference;
    const settled = (
      target: Target,
      outcome: "pass" | "not-applicable",
      message: LocalizedText,
      data: MessageData | undefined,
    ): Finding => {
      const { id: checkId, area } = meta;
      const basis = checkBasis.basis;
      const messageId = outcome;
      const path = target.path;
      if (checkReference === undefined) {
        return data === undefined
          ? { checkId, outcome, severity, area, basis, messageId, message, path, target, clauses, threats }
          : { checkId, outcome, severity, area, basis, messageId, message, path, target, clauses, threats, data };
      }
      const reference = checkReference;
      return data === undefined
        ? { checkId, outcome, severity, area, basis, messageId, message, path, target, clauses, threats, reference }
        : { checkId, outcome, severity, area, basis, messageId, message, path, target, clauses, threats, reference, data };
    };

    // This check's counts by outcome and severity, listed or not; its area and threats are the same
    // for every result, so they are added to the summary once, after the check.
    const tally = new Int32Array(OUTCOMES.length * SEVERITIES.length);
    const tallyAt = (at: number, n = 1) => {
      tally[at] = (tally[at] as number) + n;
    };
    const tallyUp = (outcome: Outcome, severity: Severity, n = 1) =>
      tallyAt(OUTCOME_INDEX[outcome] * SEVERITIES.length + SEVERITY_INDEX[severity], n);
    // Where this check's passes and not-applicable results are counted (their severity is the check's).
    const passAt = OUTCOME_INDEX.pass * SEVERITIES.length + SEVERITY_INDEX[severity];
    const notApplicableAt = OUTCOME_INDEX["not-applicable"] * SEVERITIES.length + SEVERITY_INDEX[severity];
    const append = (result: Finding) => {
      const last = results[results.length - 1];
      if (inOrder && last !== undefined && last.target === result.target && last.checkId === result.checkId) {
        inOrder = compareFindings(last, result) <= 0;
      }
      results.push(result);
    };
    const push = (result: Finding) => {
      tallyUp(result.outcome, result.severity);
      append(result);
    };
    // Not-applicable results share their data (frozen, from `inapplicability`) and their text,
    // rendered once per reason: a check's thousands of such results differ only by a few reasons.
    const notApplicableTexts = new Map<MessageData, { readonly text: LocalizedText; readonly data: MessageData | undefined }>();
    // The reason of a target whose only question another check asks, one per asking template (shared like the others).
    const askedReasons = new Map<object, MessageData>();
    const notApplicable = (entry: TargetEntry, reason: MessageData): void => {
      let rendered = notApplicableTexts.get(reason);
      if (rendered === undefined) {
        const text = Object.freeze(renderMessage(notApplicableText(meta.applicability, reason), reason));
        rendered = { text, data: Object.keys(reason).length > 0 ? reason : undefined };
        notApplicableTexts.set(reason, rendered);
      }
      tallyAt(notApplicableAt);
      append(settled(entry.target, "not-applicable", rendered.text, rendered.data));
    };
    // Systems of bodies outside the policy's scope are not judged by it, but by the check that says so.
    // (Systems described elsewhere are judged by none, not even that one.)
    const outsideScope =
      kind === "system" ? (meta.applicability?.outsideScopeToo === true ? elsewhereReasons() : scopeReasons()) : undefined;
    // Systems outside the check's zones are not applicable for their zone: known without asking per target.
    const split = zoneSplit(check, entries, profile, zoneSplits);
    if (split !== undefined && problemsOnly) tallyUp("not-applicable", severity, split.outside);
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i] as TargetEntry;
      if (split !== undefined && split.inScope[i] === 0) {
        if (!problemsOnly) {
          const system = entry.subject as TargetSubjects["system"];
          notApplicable(entry, outsideScope?.get(system) ?? outsideZoneReason(check, entry));
        }
        continue;
      }
      // A custom check gets a context of its own per target (it may keep it); the built-in checks,
      // which read it only while they run, share one whose target moves on.
      let context: CheckContext;
      if (custom) {
        context = {
          description: inputs.description,
          profile: inputs.profile,
          evaluationDate,
          evaluationDateSource,
          index: inputs.index,
          target: entry.target,
          fail: failDraft,
          needsEvidence: needsEvidenceDraft,
        };
      } else {
        builtinContext.target = entry.target;
        context = builtinContext;
      }
      const subject = targetOf(entry);
      let reason: MessageData | undefined = outsideScope?.get(entry.subject as TargetSubjects["system"]);
      try {
        reason ??= inapplicability(meta.applicability, entry.target.kind, subject as TargetEntry["subject"], context);
      } catch (error) {
        push(checkError(finding, entry.target, meta.id, `its applicability threw ${describeThrown(error)}`));
        continue;
      }
      // A missing block another check asks for is left to it only when that check runs and applies here.
      if (
        (reason?.reason === "asked-elsewhere" || reason?.reason === "judged-elsewhere") &&
        !askedByOther(String(reason.by), entry, subject, context)
      )
        reason = undefined;
      if (reason !== undefined) {
        if (problemsOnly) tallyAt(notApplicableAt);
        else notApplicable(entry, reason);
        continue;
      }
      // A check that throws or reports something malformed gets an `error` result for this
      // target, naming it; what it reported before is dropped and every other check stands.
      // Made on the first finding: most targets pass, and this runs once per check and target.
      let drafts: Finding[] | undefined;
      let problem: string | undefined;
      let leftToOther: NonNullable<MessageTemplate["askedBy"]> | undefined;
      try {
        for (const d of check.evaluate(subject as never, context) as Iterable<unknown>) {
          problem = draftProblem(d, meta);
          if (problem !== undefined) break;
          const draft = d as FindingDraft;
          const template = meta.messages[draft.messageId] as MessageTemplate;
          // The same missing fact asked by another check of this target: one gap, one finding.
          const asker = template.askedBy;
          if (draft.outcome === "needs-evidence" && asker !== undefined && askedByOther(asker.check, entry, subject, context)) {
            leftToOther ??= asker;
            continue;
          }
          const path = entry.target.path + toPointer(draft.path);
          const data = draft.data ?? {};
          drafts ??= [];
          drafts.push(
            finding(
              entry.target,
              draft.outcome,
              draft.messageId,
              renderNamedMessage(template, data, namesOf(), kind),
              path,
              data,
              draft.trace,
              clausesOf(draft.clauses ?? template.clauses),
            ),
          );
        }
      } catch (error) {
        problem = `it threw ${describeThrown(error)}`;
      }
      if (problem !== undefined) {
        drafts = [checkError(finding, entry.target, meta.id, problem)];
      }
      if (drafts !== undefined) {
        // In report order here (a stable sort, as the report's), so the whole list needs no sort.
        if (drafts.length > 1) drafts.sort(compareFindings);
        for (const d of drafts) push(d);
        continue;
      }
      // Nothing judged but what another check asks for: not applicable for that reason, not a pass.
      if (leftToOther !== undefined) {
        if (problemsOnly) tallyUp("not-applicable", severity);
        else {
          const asker = leftToOther;
          let reason = askedReasons.get(asker);
          if (reason === undefined) {
            reason = Object.freeze({ reason: "asked-elsewhere", value: "", whatJa: asker.what.ja, whatEn: asker.what.en, by: asker.check });
            askedReasons.set(asker, reason);
          }
          notApplicable(entry, reason);
        }
        continue;
      }
      tallyAt(passAt);
      if (!problemsOnly) append(settled(entry.target, "pass", passMessage, undefined));
    }
    OUTCOMES.forEach((outcome, o) => {
      SEVERITIES.forEach((s, v) => {
        const n = tally[o * SEVERITIES.length + v] as number;
        if (n > 0) count(summary, { outcome, severity: s, area: meta.area, threats }, n);
      });
    });
  }

  const waivers = description.waivers ?? [];
  const approverRoles = profile.exceptions?.approverRoles ?? DEFAULT_APPROVER_ROLES;
  const approvers = exceptionApprovers(description, approverRoles);
  // An exception to a check the caller left out of this run (`--check`) is no candidate to withdraw:
  // only those of the run's checks are listed as unused (thirteenth review). One the profile turns
  // off still is: the profile has made it pointless.
  const unusedWaivers = applyWaivers(
    results,
    waivers,
    evaluationDate,
    description,
    myNumberPolicyControls(checks),
    approvers,
    approverRoles,
    profile.exceptions,
  ).filter((waiver) => inRun.has(waiver.checkId));
  if (waivers.length > 0) {
    // A waived result was counted as the failure it replaced (same severity, area and threats).
    for (const r of results) {
      if (r.outcome !== "waived") continue;
      count(summary, { ...r, outcome: "fail" }, -1);
      count(summary, r);
    }
  }
  if (!inOrder || waivers.length > 0) results.sort(compareFindings);
  const elsewhereIds = description.systems.filter((s) => s.describedElsewhere === true).map((s) => s.id);
  // Every system of a body outside 4(1), described elsewhere or not (thirteenth review: the note went missing).
  const outsideIds = [...outsideBodies.keys()].map((system) => ({
    id: system.id,
    ownerBody: system.ownerBody ?? "",
  }));
  ran.sort((a, b) => (a.id === b.id ? 0 : a.id < b.id ? -1 : 1));
  // Leaving the block out drops every organisation-wide check: said in the heading, never silent
  // (seventeenth review: deleting it removed CSIRT, audit, BCP and the β conditions from a report).
  const notDescribed = description.municipality === undefined ? ran.filter((c) => c.target === "municipality").map((c) => c.id) : [];
  // Built-in checks the caller left out of the run (twenty-third review: --skip-check hid a critical without a trace).
  const notRun = defaults.checks
    .map((check) => String(check.meta.id))
    .filter((id) => !inRun.has(id) && profile.checks[id]?.enabled !== false)
    .sort();
  return {
    reportVersion: REPORT_VERSION,
    tool: { name: "hitoyoshi-secpolicy", version: VERSION },
    policy: { id: POLICY.id, edition: POLICY.edition },
    profile: reportProfile(profile, defaults.profile),
    evaluationDate,
    evaluationDateSource,
    ...(elsewhereIds.length === 0 ? {} : { systemsDescribedElsewhere: elsewhereIds }),
    ...(outsideIds.length === 0 ? {} : { systemsOutsideScope: outsideIds }),
    ...(notRun.length === 0 ? {} : { checksNotRun: notRun }),
    ...(notDescribed.length === 0 ? {} : { municipalityNotDescribed: notDescribed }),
    locale: options.locale ?? "ja",
    summary,
    checks: ran,
    results,
    ...(description.waivers === undefined || description.waivers.length === 0 ? {} : { unusedWaivers }),
  };
}
