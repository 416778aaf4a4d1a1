/**
 * The fail and needs-evidence findings every table case of a check renders, with the case that
 * produced them: the meta-tests that read rendered messages (placeholders filled, wording) share
 * one run of the tables instead of each running every case again.
 */
import type { CatalogueEntry } from "../../scripts/check-catalogue.js";
import type { AnyCheck } from "../../src/checks/define-check.js";
import type { Finding } from "../../src/model/finding.js";
import { runCheckCase } from "../../src/vitest/check-tester.js";

export interface TableProblem {
  readonly caseName: string;
  readonly finding: Finding;
}

const cache = new WeakMap<AnyCheck, readonly TableProblem[]>();

/** The check's own fail and needs-evidence findings over all its table cases (none without a table). */
export function renderedProblems(entry: CatalogueEntry & { check: AnyCheck }): readonly TableProblem[] {
  const cached = cache.get(entry.check);
  if (cached !== undefined) return cached;
  const problems: TableProblem[] = [];
  if (entry.table !== undefined) {
    const defaults = {
      ...(entry.table.profile === undefined ? {} : { profile: entry.table.profile }),
      ...(entry.table.evaluationDate === undefined ? {} : { evaluationDate: entry.table.evaluationDate }),
    };
    for (const c of [...entry.table.valid, ...entry.table.invalid]) {
      for (const finding of runCheckCase(entry.check, c, defaults).findings) {
        if (finding.checkId !== entry.check.meta.id || (finding.outcome !== "fail" && finding.outcome !== "needs-evidence")) continue;
        problems.push({ caseName: c.name, finding });
      }
    }
  }
  cache.set(entry.check, problems);
  return problems;
}
