/**
 * Runs the examples of every check page (docs/checks/<id>.md): the `yaml example=failing` block
 * must produce a `fail` finding of the check, the `yaml example=passing` block neither a fail nor
 * a needs-evidence finding. A `yaml example=<kind>-profile` block before it is the profile used.
 * The YAML is read with the CLI's strict reader, as a user's file would be.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checksOf, loadCatalogue } from "../../scripts/check-catalogue.js";
import { EXAMPLE_TAGS } from "../../scripts/check-docs.js";
import { DOCS_DIR } from "../../scripts/generate-docs.js";
import type { AnyCheck } from "../../src/checks/define-check.js";
import { evaluate } from "../../src/builtin.js";
import { parseDescription } from "../../src/input/parse-description.js";
import { parseSource } from "../../src/io/parse.js";
import type { Profile } from "../../src/model/profile.js";
import { resolveProfile } from "../../src/profiles/resolve.js";

const checks = checksOf(await loadCatalogue());
const FIX = "Regenerate with `npm run gen:docs`; if it persists, fix the first valid / first failing case in the check's .cases.ts.";

/** The fenced blocks of a page, by their `example=` tag. */
function examples(page: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const match of page.matchAll(/^```yaml example=([a-z-]+)\n([\s\S]*?)^```$/gm)) blocks.set(match[1] ?? "", match[2] ?? "");
  return blocks;
}

function run(check: AnyCheck, file: string, yaml: string, profileYaml: string | undefined) {
  const profile: Profile | undefined =
    profileYaml === undefined ? undefined : resolveProfile(parseSource(profileYaml, `${file} (profile)`, { format: "yaml" }).value);
  const parsed = parseDescription(parseSource(yaml, file, { format: "yaml" }).value);
  if (!parsed.ok)
    throw new Error(
      `The example in ${file} is not a valid description: ${parsed.issues.map((i) => `${i.pointer || "/"} ${i.message.en}`).join("; ")}. ${FIX}`,
    );
  // The pages state the date their results are for; evaluate on it as the caller (as with --as-of).
  const date = parsed.value.evaluationDate;
  const report = evaluate(parsed.value, {
    checks: [check],
    ...(date === undefined ? {} : { evaluationDate: date }),
    ...(profile === undefined ? {} : { profile }),
  });
  return report.results.filter((f) => f.checkId === check.meta.id);
}

describe.each(checks.map((check) => [check.meta.id, check] as const))("docs/checks/%s.md", (id, check) => {
  const file = `docs/checks/${id}.md`;
  let page = "";
  try {
    page = readFileSync(join(DOCS_DIR, "checks", `${id}.md`), "utf8");
  } catch {
    page = "";
  }
  const blocks = examples(page);

  it("has a failing example that fails", () => {
    const yaml = blocks.get(EXAMPLE_TAGS.failing);
    if (yaml === undefined)
      throw new Error(`${file} has no failing example. Add an invalid case expecting a fail finding to ${id}.cases.ts, then ${FIX}`);
    const findings = run(check, file, yaml, blocks.get(EXAMPLE_TAGS.failingProfile));
    if (!findings.some((f) => f.outcome === "fail")) {
      throw new Error(
        `The failing example of ${file} produced no fail finding of ${id} (got: ${findings.map((f) => `${f.outcome} ${f.messageId}`).join(", ")}). ${FIX}`,
      );
    }
  });

  it("has a passing example that passes", () => {
    const yaml = blocks.get(EXAMPLE_TAGS.passing);
    if (yaml === undefined) throw new Error(`${file} has no passing example. Add a valid case to ${id}.cases.ts, then ${FIX}`);
    const reported = run(check, file, yaml, blocks.get(EXAMPLE_TAGS.passingProfile)).filter(
      (f) => f.outcome === "fail" || f.outcome === "needs-evidence",
    );
    expect(
      reported.map((f) => `${f.outcome} ${f.messageId} at ${f.path}`),
      `The passing example of ${file} reports findings. ${FIX}`,
    ).toEqual([]);
  });
});
