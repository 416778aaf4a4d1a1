/**
 * `npm run new:check -- <area>/<id> [--target system]` writes a new check and its table:
 * src/checks/<area>/<id>.ts (typed metadata with placeholders) and <id>.cases.ts (a table typed
 * by the check's message ids, with a valid, a fail and a needs-evidence case to fill in), then
 * regenerates src/checks/index.ts and the docs. Existing files are never overwritten, so it also
 * writes the missing table of an existing check. Every placeholder carries the marker
 * `TODO(new:check)`; test/meta/checks.test.ts fails while one is left, and the placeholder
 * cases fail in test/checks.test.ts until they hold real descriptions.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { MEASURE_AREA_IDS, MEASURE_AREAS, type MeasureArea } from "../src/model/measure-area.js";
import { TargetKind } from "../src/model/finding.js";
import { CHECKS_DIR } from "./check-catalogue.js";
import { renderCheckIndex } from "./generate-check-index.js";

/** The marker on every placeholder the scaffold writes. */
export const TODO = "TODO(new:check)";

/** The message ids of a new check: one for a broken rule, one for a missing fact. */
export const SKELETON_MESSAGES = { fail: "ruleBroken", needsEvidence: "factMissing" } as const;

/** What the command line asks for. */
export interface NewCheckRequest {
  readonly area: MeasureArea;
  readonly id: string;
  readonly target: TargetKind;
}

/** Reads `<area>/<id> [--target <kind>]`; throws an Error saying what is wrong and what to write instead. */
export function parseRequest(args: readonly string[]): NewCheckRequest {
  const usage = "Usage: npm run new:check -- <area>/<id> [--target <kind>]   e.g. npm run new:check -- human/training-records-kept";
  const positional = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--target");
  const targetAt = args.indexOf("--target");
  const target = targetAt === -1 ? "system" : args[targetAt + 1];
  const [spec, ...rest] = positional;
  if (spec === undefined || rest.length > 0) throw new Error(usage);
  const [area, id, ...more] = spec.split("/");
  if (area === undefined || id === undefined || more.length > 0) throw new Error(`"${spec}" is not <area>/<id>.\n${usage}`);
  if (!(MEASURE_AREA_IDS as readonly string[]).includes(area))
    throw new Error(`"${area}" is not a measure area. Use one of: ${MEASURE_AREA_IDS.join(", ")}.`);
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) throw new Error(`"${id}" is not a kebab-case id (lower-case words joined by "-").`);
  const kind = TargetKind.safeParse(target);
  if (!kind.success) throw new Error(`--target "${target ?? ""}" is not a target kind. Use one of: ${TargetKind.options.join(", ")}.`);
  return { area: area as MeasureArea, id, target: kind.data };
}

/** The text of src/checks/<area>/<id>.ts: typed metadata and an evaluation to write. */
export function renderCheckSkeleton({ area, id, target }: NewCheckRequest): string {
  const { fail, needsEvidence } = SKELETON_MESSAGES;
  return `import { defineCheck } from "../define-check.js";

/** ${TODO}: what the check asks and on what it rests (policy clause, guideline section or practice). */
export default defineCheck({
  meta: {
    id: "${id}",
    area: "${area}",
    title: {
      ja: "${TODO}: 〜すること",
      en: "${TODO}: … must …",
    },
    // ${TODO}: the clauses the check rests on (src/policy/clauses.ts); ${MEASURE_AREAS[area].clause} is the area's own clause.
    clauses: ["${MEASURE_AREAS[area].clause}"],
    // ${TODO}: the threats (T1–T5, src/model/threat.ts) the rule counters.
    threats: ["T1"],
    // ${TODO}: "policy" only for the basic policy's own words; "guideline" (with meta.guideline) or "practice".
    basis: "practice",
    severity: "medium",
    target: "${target}",
    messages: {
      ${fail}: {
        ja: "${TODO}: 何が要件を満たしていないか（{{id}} のように値を埋め込める）",
        en: "${TODO}: what breaks the rule (placeholders such as {{id}} are filled from the finding's data)",
      },
      ${needsEvidence}: {
        ja: "${TODO}: 判断に必要な事実のうち、記述にないもの",
        en: "${TODO}: the fact the description does not state",
      },
    },
    remediation: {
      ja: "${TODO}: 対応方法",
      en: "${TODO}: what to do",
    },
  },
  *evaluate(_subject, ctx) {
    // ${TODO}: yield ctx.fail("${fail}", [path], { ...data }) where the rule is broken and
    // ctx.needsEvidence("${needsEvidence}", [path]) where a fact it needs is missing.
    yield ctx.needsEvidence("${needsEvidence}", [], { id: "${TODO}" });
  },
});
`;
}

/** The text of src/checks/<area>/<id>.cases.ts: a typed table whose three placeholder cases fail until filled in. */
export function renderTableSkeleton({ id }: Pick<NewCheckRequest, "id">, messages: readonly string[]): string {
  const failId = messages.includes(SKELETON_MESSAGES.fail) ? SKELETON_MESSAGES.fail : (messages[0] ?? SKELETON_MESSAGES.fail);
  const evidenceId = messages.includes(SKELETON_MESSAGES.needsEvidence)
    ? SKELETON_MESSAGES.needsEvidence
    : (messages[1] ?? messages[0] ?? SKELETON_MESSAGES.needsEvidence);
  const placeholder = (what: string) => `{ "${TODO}": "${what}" }`;
  // Relative to the written file (src/checks/<area>/), not to this script.
  const tester = ["..", "..", "vitest", "check-tester.js"].join("/");
  return `import { defineTable } from "${tester}";
import check from "./${id}.js";

// ${TODO}: replace each placeholder description with a real one (fixtures in test/support/fixtures*.ts)
// and give each expected finding its JSON pointer (path) and, where it matters, its message data.
export default defineTable(check, {
  valid: [
    {
      name: "${TODO}: a description that meets the rule",
      description: ${placeholder("a description that meets the rule")},
    },
  ],
  invalid: [
    {
      name: "${TODO}: a description that breaks the rule",
      description: ${placeholder("a description that breaks the rule")},
      expected: [{ messageId: "${failId}" }],
    },
    {
      name: "${TODO}: a description that leaves out a fact the check needs",
      description: ${placeholder("a description that leaves out a fact the check needs")},
      expected: [{ messageId: "${evidenceId}", outcome: "needs-evidence" }],
    },
  ],
});
`;
}

async function main(): Promise<void> {
  let request: NewCheckRequest;
  try {
    request = parseRequest(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const folder = join(CHECKS_DIR, request.area);
  const checkFile = join(folder, `${request.id}.ts`);
  const casesFile = join(folder, `${request.id}.cases.ts`);
  if (existsSync(checkFile) && existsSync(casesFile)) {
    console.error(`src/checks/${request.area}/${request.id}.ts and its .cases.ts exist already; nothing to write.`);
    process.exit(2);
  }
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  if (!existsSync(checkFile)) {
    writeFileSync(checkFile, renderCheckSkeleton(request));
    written.push(`src/checks/${request.area}/${request.id}.ts`);
  }
  if (!existsSync(casesFile)) {
    const { default: check } = (await import(pathToFileURL(checkFile).href)) as { default?: { meta?: { messages?: object } } };
    writeFileSync(casesFile, renderTableSkeleton(request, Object.keys(check?.meta?.messages ?? {})));
    written.push(`src/checks/${request.area}/${request.id}.cases.ts`);
  }
  // Long ids can push a line past the formatter's width.
  spawnSync("npx", ["biome", "format", "--write", ...written], { cwd: join(CHECKS_DIR, "..", ".."), stdio: "ignore" });
  writeFileSync(join(CHECKS_DIR, "index.ts"), renderCheckIndex());
  written.push("src/checks/index.ts");
  const docs = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(new URL("./generate-docs.ts", import.meta.url))], {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  console.log(`Wrote ${written.join(", ")}; docs regenerated (${docs.stdout.trim() || "no output"}).`);
  if (docs.status !== 0)
    console.log(
      "The new page shows no examples yet: the table's cases are placeholders. Run `npm run gen:docs` again once they are filled in.",
    );
  console.log(
    `Next: replace every ${TODO} (test/meta/checks.test.ts lists those left), then run \`npx vitest run test/checks.test.ts test/meta\` and \`npm run gen\`.`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
