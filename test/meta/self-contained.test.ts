/**
 * The repository is self-contained: no code, test, script or benchmark reads a file outside the
 * project. A fresh clone must pass `npm ci && npm test` with nothing beside it (CI runs in a clean
 * clone; a `../shared` folder that exists on one machine must not be what keeps the suite green).
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url)).replace(/[\\/]$/, "");
const SCANNED = ["src", "test", "scripts", "bench"];
const CODE = /\.(?:[cm]?[jt]s|tsx|json|sh)$/;

/** Absolute paths that only exist on some machine, and the folder that used to sit beside the repo. */
const FOREIGN = [
  { pattern: /(?<![\w.-])\/(?:work|home|root|Users)\/[\w.-]/, why: "an absolute path on one machine" },
  { pattern: /(?:^|[^\w.-])(?:\.\.\/)+shared\//, why: "the shared/ folder beside the repository" },
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "generated" ? [] : filesUnder(path);
    return CODE.test(entry.name) ? [path] : [];
  });
}

/**
 * Relative paths that are written into generated files rather than read, so they resolve from
 * where they land: each with its reason.
 */
const WRITTEN_ELSEWHERE = [
  {
    file: "scripts/check-docs.ts",
    literal: /^\.\.\/\.\.\/schemas\/[\w.-]+\.schema\.json$/,
    why: "a schema comment in docs/checks/<area>/<id>.md",
  },
];

/** Problems in one file: relative path literals that resolve outside `root`, and foreign absolute paths. */
function outsideReferences(file: string, text: string, root: string): string[] {
  const problems: string[] = [];
  const lines = text.split("\n");
  for (const [i, line] of lines.entries()) {
    const where = `${relative(root, file)}:${i + 1}`;
    // A string literal (or the static start of a template literal) that is a relative path.
    for (const match of line.matchAll(/(["'`])(\.\.?(?:\/[^"'`\s$]*)?)(?=["'`$])/g)) {
      const literal = match[2] as string;
      if (WRITTEN_ELSEWHERE.some((w) => relative(root, file) === w.file && w.literal.test(literal))) continue;
      const target = resolve(dirname(file), literal);
      if (target !== root && !target.startsWith(root + sep))
        problems.push(`${where}: ${JSON.stringify(literal)} resolves outside the repository`);
    }
    for (const { pattern, why } of FOREIGN) if (pattern.test(line)) problems.push(`${where}: ${why}: ${line.trim().slice(0, 120)}`);
  }
  return problems;
}

describe("the repository is self-contained", () => {
  it("the scan catches what it is meant to catch", () => {
    const file = join(ROOT, "src", "report", "x.test.ts");
    // Built from parts, so the lines under test are not themselves references in this file.
    const shared = ["sha", "red"].join("");
    const bad = [
      `new URL("../../../${shared}/external-schemas/junit.xsd", import.meta.url)`,
      `readFileSync('/work/${shared}/docs/style.md')`,
      `join(ROOT, "../${shared}/x.json")`,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the line under test is source text holding a template literal
      "const p = `../../../elsewhere/${name}`;",
      'import x from "../../../outside.js";',
    ];
    for (const line of bad) expect(outsideReferences(file, line, ROOT), line).not.toEqual([]);
    const good = [
      'new URL("../../test/fixtures/external-schemas/junit.xsd", import.meta.url)',
      'import { x } from "./x.js";',
      "const p = `../shared.js`;",
      'join(tmpdir(), "secpolicy-")',
      '"https://example.org/work/x"',
    ];
    for (const line of good) expect(outsideReferences(file, line, ROOT), line).toEqual([]);
  });

  it(`no file under ${SCANNED.join("/, ")}/ refers to a path outside the repository`, () => {
    // This file is left out: its examples above are bad on purpose.
    const self = fileURLToPath(import.meta.url);
    const files = SCANNED.flatMap((dir) => filesUnder(join(ROOT, dir))).filter((file) => file !== self);
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((file) => outsideReferences(file, readFileSync(file, "utf8"), ROOT));
    expect(problems, "copy what a test needs into the repository (with its origin and licence) instead").toEqual([]);
  });
});
