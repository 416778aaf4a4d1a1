/**
 * `secpolicy check` on several files joined into one description (the default; `--each-file`
 * judges each file alone): joining, locating what the joined evaluation reports back in the file
 * and at the pointer the user wrote, and fingerprinting each finding as a run on its own file would.
 */
import { fromPointer, toPointer } from "../engine/json-pointer.js";
import type { InputIssue, SecpolicyError } from "../input/errors.js";
import { danglingReferences, type JoinedDescription, type JoinIssue, joinDescriptions } from "../input/join.js";
import type { Diagnostic } from "../io/diagnostic.js";
import { addLocations, issuesToDiagnostics } from "../io/issues.js";
import type { ParsedSource } from "../io/parse.js";
import type { Description } from "../model/description.js";
import type { Finding, Target } from "../model/finding.js";
import type { Report } from "../model/report.js";
import { fingerprintFindings, fingerprintName } from "./baseline.js";
import type { LoadedWaivers } from "./inputs.js";

/** Outcomes located in their file, as `addLocations` does. */
const LOCATED: ReadonlySet<Finding["outcome"]> = new Set(["fail", "needs-evidence", "waived"]);

/** One input of the run, as the command read it (spreadsheets bring their own way to locate findings). */
export interface RunInput {
  readonly source: ParsedSource;
  readonly description: Description;
  readonly locate?: (report: Report) => Report;
}

/** Issues found at parts of the join, as diagnostics in each part's file (in the order of the files). */
function partDiagnostics(inputs: readonly RunInput[], issues: readonly JoinIssue[]): Diagnostic[] {
  return inputs.flatMap((input, part) => {
    const own = issues.filter((i) => i.part === part).map((i) => i.issue);
    return own.length === 0 ? [] : issuesToDiagnostics(input.source, own);
  });
}

/**
 * The inputs joined into one description, or the located errors that stop the run: the same id
 * described differently in two files, and references to ids no file of the run holds.
 */
export function joinInputs(inputs: readonly RunInput[]): { joined: JoinedDescription } | { errors: Diagnostic[] } {
  const result = joinDescriptions(inputs.map((input) => ({ file: input.source.file, description: input.description })));
  if (!result.ok) return { errors: partDiagnostics(inputs, result.issues) };
  const dangling = danglingReferences(result.value);
  if (dangling.length > 0) return { errors: partDiagnostics(inputs, dangling) };
  return { joined: result.value };
}

/** Where a pointer into the joined waiver list points in the waivers file, when it is one of that file's. */
function inWaiversFile(pointer: string, own: number, file: LoadedWaivers | undefined): string | undefined {
  if (file === undefined || !pointer.startsWith("/waivers/")) return undefined;
  const [, index, ...rest] = fromPointer(pointer);
  const i = Number(index);
  return Number.isInteger(i) && i >= own ? `${file.prefix}${toPointer([i - own, ...rest])}` : undefined;
}

/** Errors `evaluate` raised about the joined description (or the waivers file), located where they were written. */
export function joinedEvaluationDiagnostics(
  error: SecpolicyError,
  joined: JoinedDescription,
  inputs: readonly RunInput[],
  waivers: LoadedWaivers | undefined,
): Diagnostic[] {
  if (error.issues.length === 0) return [{ file: (inputs[0] as RunInput).source.file, code: error.code, message: error.localized }];
  const own = joined.description.waivers?.length ?? 0;
  return error.issues.flatMap((issue) => {
    const inFile = inWaiversFile(issue.pointer, own, waivers);
    if (inFile !== undefined) {
      const related = issue.related === undefined ? undefined : inWaiversFile(issue.related, own, waivers);
      return issuesToDiagnostics((waivers as LoadedWaivers).source, [movedIssue(issue, inFile, related)]);
    }
    const origin = joined.origin(issue.pointer);
    const related = issue.related === undefined ? undefined : joined.origin(issue.related);
    return issuesToDiagnostics((inputs[origin.part] as RunInput).source, [
      movedIssue(issue, origin.pointer, related?.part === origin.part ? related.pointer : undefined),
    ]);
  });
}

/** An issue at its pointer in one file, with the other place it concerns when that is in the same file. */
function movedIssue(issue: InputIssue, pointer: string, related: string | undefined): InputIssue {
  const { related: _joined, ...rest } = issue;
  return related === undefined ? { ...rest, pointer } : { ...rest, pointer, related };
}

/**
 * The joined run's report with every finding's `path` and target path rewritten to the file that
 * holds them, located there (by line and column, or by cell for a spreadsheet), and fingerprinted
 * with that file's name, as a run on that file alone would. Findings about an exception of the
 * waivers file point into it and are fingerprinted with the file of their target.
 */
export function locateJoinedReport(
  report: Report,
  joined: JoinedDescription,
  inputs: readonly RunInput[],
  waivers: LoadedWaivers | undefined,
  cwd: string,
): Report {
  const own = joined.description.waivers?.length ?? 0;
  const results: Finding[] = [...report.results];
  // Findings of one target share its object: each target is rewritten once.
  const targets = new Map<Target, { target: Target; part: number }>();
  const byPart: number[][] = inputs.map(() => []);
  const toWaiversFile: { index: number; pointer: string }[] = [];
  const fingerprintPart: number[] = [];
  results.forEach((finding, index) => {
    let target = targets.get(finding.target);
    if (target === undefined) {
      const origin = joined.origin(finding.target.path);
      target = { target: { ...finding.target, path: origin.pointer }, part: origin.part };
      targets.set(finding.target, target);
    }
    const inFile = inWaiversFile(finding.path, own, waivers);
    const mutable = finding as { path: string; target: Target };
    mutable.target = target.target;
    if (inFile !== undefined) {
      toWaiversFile.push({ index, pointer: inFile });
      fingerprintPart[index] = target.part;
      return;
    }
    const origin = joined.origin(finding.path);
    mutable.path = origin.pointer;
    (byPart[origin.part] as number[]).push(index);
    fingerprintPart[index] = origin.part;
  });
  inputs.forEach((input, part) => {
    const indexes = byPart[part] as number[];
    if (indexes.length === 0) return;
    const findings = indexes.map((i) => results[i] as Finding);
    if (input.locate === undefined) {
      addLocations(findings, input.source);
      return;
    }
    const located = input.locate({ ...report, results: findings }).results;
    indexes.forEach((i, k) => {
      results[i] = located[k] as Finding;
    });
  });
  if (waivers !== undefined && toWaiversFile.length > 0) {
    const positions = waivers.source.locateAll(toWaiversFile.map((m) => m.pointer));
    for (const { index, pointer } of toWaiversFile) {
      const finding = results[index] as { path: string; outcome: Finding["outcome"]; location?: Finding["location"] };
      finding.path = pointer;
      // As for a description's own findings: passes and not-applicable results stay unlocated.
      if (LOCATED.has(finding.outcome)) {
        finding.location = { file: waivers.source.file, ...(positions.get(pointer) ?? { line: 1, column: 1 }) };
      }
    }
  }
  const fingerprinted: Finding[][] = inputs.map(() => []);
  results.forEach((finding, i) => (fingerprinted[fingerprintPart[i] as number] as Finding[]).push(finding));
  inputs.forEach((input, part) => fingerprintFindings(fingerprinted[part] as Finding[], fingerprintName(input.source.file, cwd)));
  return { ...report, results };
}
