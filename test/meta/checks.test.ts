/**
 * Conventions of the check files (docs/style.md): file name = id, folder = area, unique ids, an
 * up-to-date index, a cases table beside each check (test/checks.test.ts runs them all), tables
 * showing all three sides, placeholders filled, clauses and threats that exist.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type CatalogueEntry, checksOf, loadCatalogue } from "../../scripts/check-catalogue.js";
import { renderCheckIndex } from "../../scripts/generate-check-index.js";
import { TODO } from "../../scripts/new-check.js";
import type { AnyCheck } from "../../src/checks/define-check.js";
import { builtinChecks } from "../../src/checks/index.js";
import { placeholdersOf } from "../../src/engine/messages.js";
import { CheckMetaData } from "../../src/model/check-meta.js";
import type { LocalizedText } from "../../src/model/finding.js";
import { THREAT_IDS } from "../../src/model/threat.js";
import { isClauseId } from "../../src/policy/clauses.js";
import { missingSides } from "../support/check-table.js";
import { renderedProblems } from "../support/table-problems.js";

const entries = await loadCatalogue();
const checks = checksOf(entries);
const withCheck = entries.filter((e): e is CatalogueEntry & { check: AnyCheck } => e.check !== undefined);

/** Fails with every problem at once, each on its own line, so one run shows all that needs fixing. */
function expectNone(problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(`${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
}

/** Checks without a table, or with a table file that exports none, each with how to fix it. */
function tableProblems(list: readonly (CatalogueEntry & { check: AnyCheck })[]): string[] {
  return list.flatMap((e) => [
    ...(e.hasCases
      ? []
      : [
          `${e.path} has no table src/checks/${e.folder}/${e.file}.cases.ts. Run \`npm run new:check -- ${e.folder}/${e.file}\` to write a skeleton table (it keeps the check as it is), then fill in a valid, a fail and a needs-evidence case; test/checks.test.ts runs it.`,
        ]),
    ...(e.hasCases && e.table === undefined
      ? [
          `src/checks/${e.folder}/${e.file}.cases.ts has no default export. Export the table as default: \`export default defineTable(check, { valid, invalid })\`.`,
        ]
      : []),
  ]);
}

describe("check files", () => {
  it("every file under src/checks/<area>/ exports a check as its default", () => {
    expectNone(
      entries
        .filter((e) => e.check === undefined)
        .map(
          (e) =>
            `${e.path} has no default export made with defineCheck. Export the check as \`export default defineCheck({...})\`, or move helpers out of the area folder.`,
        ),
    );
  });

  it("file name = meta.id and folder = meta.area", () => {
    expectNone(
      withCheck.flatMap((e) => [
        ...(e.check.meta.id === e.file
          ? []
          : [`${e.path}: meta.id is "${e.check.meta.id}". Rename the file to ${e.check.meta.id}.ts or change meta.id to "${e.file}".`]),
        ...(e.check.meta.area === e.folder
          ? []
          : [
              `${e.path}: meta.area is "${e.check.meta.area}". Move the file to src/checks/${e.check.meta.area}/ or set meta.area to "${e.folder}".`,
            ]),
      ]),
    );
  });

  it("ids are unique", () => {
    const seen = new Map<string, string>();
    const problems: string[] = [];
    for (const e of withCheck) {
      const before = seen.get(e.check.meta.id);
      if (before !== undefined)
        problems.push(`${e.path} and ${before} both use the id "${e.check.meta.id}". Give one of them a new id (and file name).`);
      seen.set(e.check.meta.id, e.path);
    }
    expectNone(problems);
  });

  it("src/checks/index.ts is the generated index", () => {
    const committed = readFileSync(new URL("../../src/checks/index.ts", import.meta.url), "utf8");
    if (committed !== renderCheckIndex()) {
      throw new Error("src/checks/index.ts is out of date with the check files. Run `npm run gen:checks` (never edit it by hand).");
    }
    expect(builtinChecks.map((c) => c.meta.id)).toEqual(checks.map((c) => c.meta.id));
  });

  it("metadata is valid data", () => {
    expectNone(
      withCheck.flatMap((e) => {
        const { applicability, ...meta } = e.check.meta;
        const { when: _when, ...declared } = applicability ?? {};
        const parsed = CheckMetaData.safeParse({ ...meta, ...(applicability === undefined ? {} : { applicability: declared }) });
        return parsed.success ? [] : parsed.error.issues.map((i) => `${e.path}: meta.${i.path.join(".")}: ${i.message}. Fix the metadata.`);
      }),
    );
  });

  it("each check has its table <id>.cases.ts", () => {
    expectNone(tableProblems(withCheck));
  });

  it("a check without a table is reported with the command that writes one", () => {
    const [first] = withCheck;
    if (first === undefined) throw new Error("No checks found.");
    const without = { ...first, hasCases: false, table: undefined };
    expect(tableProblems([without])).toEqual([
      expect.stringContaining(
        `has no table src/checks/${first.folder}/${first.file}.cases.ts. Run \`npm run new:check -- ${first.folder}/${first.file}\``,
      ),
    ]);
    expect(tableProblems([{ ...first, table: undefined }])).toEqual([expect.stringContaining("has no default export")]);
  });

  it("no placeholder of npm run new:check is left in a check or its table", () => {
    expectNone(
      withCheck.flatMap((e) =>
        [e.path, ...(e.hasCases ? [`src/checks/${e.folder}/${e.file}.cases.ts`] : [])].flatMap((path) =>
          readFileSync(new URL(`../../${path}`, import.meta.url), "utf8")
            .split("\n")
            .flatMap((line, i) =>
              line.includes(TODO)
                ? [`${path}:${i + 1} still holds a placeholder of npm run new:check. Replace it: ${line.trim().slice(0, 100)}`]
                : [],
            ),
        ),
      ),
    );
  });

  it("no check keeps a per-check test shim", () => {
    expectNone(
      withCheck
        .filter((e) => e.hasTestShim)
        .map(
          (e) =>
            `src/checks/${e.folder}/${e.file}.test.ts only calls testCheck; test/checks.test.ts runs every table now. Delete the .test.ts file.`,
        ),
    );
  });

  it("each cases table has a valid case, a fail case and a needs-evidence case", () => {
    expectNone(
      withCheck.flatMap((e) => {
        if (e.table === undefined) return [];
        const missing = missingSides(e.table);
        return missing.length === 0
          ? []
          : [`src/checks/${e.folder}/${e.file}.cases.ts lacks ${missing.join(", ")}. Add the missing cases.`];
      }),
    );
  });

  it("every expected message id exists in meta.messages", () => {
    expectNone(
      withCheck.flatMap((e) =>
        (e.table?.invalid ?? []).flatMap((c) =>
          c.expected
            .filter((x) => !(x.messageId in e.check.meta.messages))
            .map(
              (x) =>
                `${e.file}.cases.ts, case "${c.name}", expects message "${x.messageId}", which ${e.check.meta.id} does not define. Fix the case or add the message.`,
            ),
        ),
      ),
    );
  });

  it("every message a check declares is expected by some case of its table", () => {
    expectNone(
      withCheck.flatMap((e) => {
        const expected = new Set((e.table?.invalid ?? []).flatMap((c) => c.expected.map((x) => x.messageId)));
        return Object.keys(e.check.meta.messages)
          .filter((id) => !expected.has(id))
          .map(
            (id) =>
              `${e.file}.cases.ts has no case expecting message "${id}" of ${e.check.meta.id}. Add an invalid case that produces it, or remove the message.`,
          );
      }),
    );
  });

  it("the ja and en templates of a message carry the same facts", () => {
    // Language-specific variants of one value (`kindJa` / `kindEn`, `role` / `roleEn`) count as the same fact.
    const facts = (template: string) => [...new Set(placeholdersOf(template).map((name) => name.replace(/(Ja|En)$/, "")))].sort();
    expectNone(
      withCheck.flatMap((e) =>
        Object.entries(e.check.meta.messages as Record<string, LocalizedText>).flatMap(([id, text]) => {
          const ja = facts(text.ja);
          const en = facts(text.en);
          return ja.join() === en.join()
            ? []
            : [
                `${e.path}, message "${id}": ja uses {{${ja.join("}}, {{")}}} but en uses {{${en.join("}}, {{")}}}. Say the same facts in both languages.`,
              ];
        }),
      ),
    );
  });

  it("every placeholder is filled in the findings the cases produce", () => {
    const problems: string[] = [];
    for (const e of withCheck) {
      for (const { caseName, finding: f } of renderedProblems(e)) {
        // The remedy too (sixty-eighth review: 「{{cloud}}経由に改め」 reached a report as written).
        const left = [
          ...placeholdersOf(f.message.ja),
          ...placeholdersOf(f.message.en),
          ...placeholdersOf(f.remediation?.ja ?? ""),
          ...placeholdersOf(f.remediation?.en ?? ""),
        ];
        if (left.length > 0) {
          problems.push(
            `${e.path}, message "${f.messageId}" (case "${caseName}"): {{${[...new Set(left)].join("}}, {{")}}} not filled. Pass the value in the data of ctx.${f.outcome === "fail" ? "fail" : "needsEvidence"}(...).`,
          );
        }
      }
    }
    expectNone(problems);
  });

  it("every cited clause exists and every threat exists", () => {
    const threats: readonly string[] = THREAT_IDS;
    expectNone(
      withCheck.flatMap((e) => [
        ...e.check.meta.clauses
          .filter((c: string) => !isClauseId(c))
          .map((c: string) => `${e.path} cites clause "${c}", which the policy does not have. Use an id from src/policy/clauses.ts.`),
        ...e.check.meta.threats
          .filter((t: string) => !threats.includes(t))
          .map((t: string) => `${e.path} names threat "${t}". Use one of ${THREAT_IDS.join(", ")} (src/model/threat.ts).`),
      ]),
    );
  });
});
