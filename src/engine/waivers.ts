/**
 * Exceptions (例外措置): reading them from a separate file, validating them against the checks and
 * the description, and applying them to results. The engine applies waivers here and nowhere
 * else, so every output format sees the same outcomes.
 */
import { z } from "zod";
import { parseDocument } from "yaml";
import { builtinChecks } from "../checks/index.js";
import type { AnyCheck } from "../checks/define-check.js";
import type { Description } from "../model/description.js";
import type { Finding, LocalizedText } from "../model/finding.js";
import { Waiver } from "../model/waiver.js";
import type { DescriptionIndex } from "./description-index.js";
import { type InputIssue, SecpolicyError } from "./errors.js";
import { toPointer } from "./json-pointer.js";
import { type ParseResult, parseWith } from "./parse-description.js";
import { suggest } from "./suggest.js";
import { waiverRuleIssues } from "./waiver-rules.js";

type Path = (string | number)[];

const issue = (path: Path, code: string, message: LocalizedText, hint?: LocalizedText): InputIssue => ({
  path,
  pointer: toPointer(path),
  code,
  message,
  ...(hint === undefined ? {} : { hint }),
});

/** A file of exceptions kept apart from the description: `{ waivers: [...] }`. */
const WaiversFile = z.strictObject({ $schema: z.string().optional(), waivers: z.array(Waiver) });

/**
 * Reads exceptions kept apart from the description: a YAML or JSON text, or data already parsed,
 * holding `{ waivers: [...] }` or a bare list. Pure and never throws; pass the result to
 * `evaluate` as `options.waivers`, where check ids and systems are checked against the
 * description.
 */
export function parseWaivers(value: unknown): ParseResult<Waiver[]> {
  let data = value;
  if (typeof value === "string") {
    const document = parseDocument(value, {
      uniqueKeys: true,
      strict: true,
      merge: false,
      schema: "core",
      stringKeys: true,
      prettyErrors: true,
    });
    const problems = [...document.errors, ...document.warnings];
    if (problems.length > 0) {
      return {
        ok: false,
        issues: problems.map((p) =>
          issue([], "syntax", { ja: `YAML・JSON の構文が不正：${p.message}`, en: `Not valid YAML or JSON: ${p.message}` }),
        ),
      };
    }
    data = document.toJS({ maxAliasCount: 100 });
  }
  if (Array.isArray(data)) {
    const parsed = parseWith(z.array(Waiver), data);
    if (!parsed.ok) return parsed;
    const issues = parsed.value.flatMap((waiver, i) => waiverRuleIssues(waiver, [i]));
    return issues.length > 0 ? { ok: false, issues } : parsed;
  }
  const parsed = parseWith(WaiversFile, data);
  if (!parsed.ok) return parsed;
  const issues = parsed.value.waivers.flatMap((waiver, i) => waiverRuleIssues(waiver, ["waivers", i]));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.value.waivers };
}

/** Whether an exception is in force on `date`: approved on or before it and not yet expired. */
export function isWaiverInForce(waiver: Waiver, date: string): boolean {
  return waiver.approvedOn <= date && date <= waiver.expiresOn;
}

/**
 * Joins the description's exceptions with those passed to `evaluate` (numbered after the
 * description's own, so `/waivers/i` addresses the joined list) and validates them: the check
 * exists (built-in or among `checks`), the target system exists, and the standalone rules.
 *
 * @returns the description the checks see, whose `waivers` is the joined list.
 * @throws SecpolicyError (`invalid-waivers`) with an issue at `/waivers/i/...` per problem.
 */
export function prepareWaivers(description: Description, extra: readonly Waiver[] | undefined, checks: readonly AnyCheck[]): Description {
  const own = description.waivers ?? [];
  const waivers = extra === undefined || extra.length === 0 ? own : [...own, ...extra];
  if (waivers.length === 0) return description;
  const ids = [...new Set([...builtinChecks, ...checks].map((check) => String(check.meta.id)))];
  const systems = description.systems.map((system) => system.id);
  const issues: InputIssue[] = [];
  waivers.forEach((waiver, i) => {
    if (!ids.includes(waiver.checkId)) {
      const close = suggest(waiver.checkId, ids);
      issues.push(
        issue(
          ["waivers", i, "checkId"],
          "unknown-check",
          {
            ja: `例外措置の対象のチェック "${waiver.checkId}" は存在しない`,
            en: `The exception names the check "${waiver.checkId}", which does not exist`,
          },
          close === undefined
            ? { ja: "チェックの id を確かめること（docs/checks）", en: "Check the id against docs/checks" }
            : { ja: `"${close}" の誤りではないか`, en: `Did you mean "${close}"?` },
        ),
      );
    }
    const system = waiver.target.system;
    if (system !== undefined && !systems.includes(system)) {
      const close = suggest(system, systems);
      issues.push(
        issue(
          ["waivers", i, "target", "system"],
          "dangling-reference",
          { ja: `システム "${system}" が systems にない`, en: `System "${system}" is not in systems` },
          close === undefined
            ? { ja: "正しいシステムの id を書くこと", en: "Write the id of a system in the description" }
            : { ja: `"${close}" の誤りではないか`, en: `Did you mean "${close}"?` },
        ),
      );
    }
  });
  waivers.forEach((waiver, i) => issues.push(...waiverRuleIssues(waiver, ["waivers", i])));
  if (issues.length > 0) {
    throw new SecpolicyError("invalid-waivers", { ja: "例外措置が不正", en: "The exceptions (waivers) are invalid" }, issues);
  }
  return waivers === own ? description : { ...description, waivers };
}

const within = (path: string, container: string) => path === container || path.startsWith(`${container}/`);

/** Whether an exception's target covers a result (both parts, where both are given). */
function covers(waiver: Waiver, result: Finding, index: DescriptionIndex): boolean {
  const { system, path } = waiver.target;
  if (system === undefined && path === undefined) return false;
  if (system !== undefined) {
    const position = index.systemsById.get(system)?.index;
    const isSystem = result.target.kind === "system" && result.target.id === system;
    if (!isSystem && (position === undefined || !within(result.path, toPointer(["systems", position])))) return false;
  }
  return path === undefined || within(result.path, path);
}

/**
 * Applies exceptions to the results, in place: a failure covered by an exception in force on the
 * evaluation date becomes `waived` and carries the exception. An expired (or not yet approved)
 * exception changes nothing; `exceptions-valid` reports it.
 *
 * @returns the exceptions that cover no failure at all (whatever their dates): candidates to withdraw.
 */
export function applyWaivers(results: Finding[], waivers: readonly Waiver[], evaluationDate: string, index: DescriptionIndex): Waiver[] {
  if (waivers.length === 0) return [];
  const used = new Set<Waiver>();
  results.forEach((result, i) => {
    if (result.outcome !== "fail") return;
    let applied: Waiver | undefined;
    for (const waiver of waivers) {
      if (waiver.checkId !== result.checkId || !covers(waiver, result, index)) continue;
      used.add(waiver);
      if (applied === undefined && isWaiverInForce(waiver, evaluationDate)) applied = waiver;
    }
    if (applied === undefined) return;
    const { remediation: _remediation, ...rest } = result;
    results[i] = {
      ...rest,
      outcome: "waived",
      waiver: { reference: applied.reference, reason: applied.reason, approvedBy: applied.approvedBy, expiresOn: applied.expiresOn },
    };
  });
  return waivers.filter((waiver) => !used.has(waiver)).map((waiver) => structuredClone(waiver));
}
