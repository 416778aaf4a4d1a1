/**
 * Runs the examples of docs/profiles.md and docs/waivers.md and keeps the generated table of
 * profile sources current. Examples are fenced blocks tagged `example=<kind>`:
 * - `yaml example=profile`: resolves without error;
 * - `yaml example=profile-file file=<name>`: written to a temporary folder, then loaded in order
 *   with loadProfileFile (later files may extend earlier ones);
 * - `yaml example=profile-error`: throws SecpolicyError; the next `text example=output` block is its
 *   message, in English or in Japanese;
 * - `yaml example=description`: validates and is evaluated; the next `text example=output` block
 *   lists the `fail` and `waived` results of the waived checks and `exceptions-valid`
 *   ("outcome check path [reference]"), then "unused <reference>" per unused waiver; a following
 *   `json example=report-excerpt` block must match the JSON report (as a subset);
 * - `yaml example=waivers`: parses with parseWaivers.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderProfileSourcesTable } from "../../scripts/profile-docs.js";
import { evaluate } from "../../src/builtin.js";
import { SecpolicyError } from "../../src/input/errors.js";
import { parseDescription } from "../../src/input/parse-description.js";
import { parseWaivers } from "../../src/input/parse-waivers.js";
import { loadProfileFile } from "../../src/io/profile-file.js";
import type { ProfileParameter } from "../../src/model/profile.js";
import type { Report } from "../../src/model/report.js";
import { hitoyoshiProfile, hitoyoshiProfileSources } from "../../src/profiles/hitoyoshi.js";
import { resolveProfile } from "../../src/profiles/resolve.js";

interface Block {
  readonly lang: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly body: string;
  readonly line: number;
}

const docsDir = new URL("../../docs/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, docsDir), "utf8");

function blocksOf(markdown: string): Block[] {
  return [...markdown.matchAll(/^```(\w+)([^\n]*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1] ?? "",
    attrs: Object.fromEntries([...(m[2] ?? "").matchAll(/(\w[\w-]*)=(\S+)/g)].map((a) => [a[1], a[2]])),
    body: m[3] ?? "",
    line: markdown.slice(0, m.index).split("\n").length,
  }));
}

function messageOf(error: SecpolicyError, locale: "ja" | "en"): string {
  return [error.localized[locale], ...error.issues.map((i) => `  ${i.pointer || "/"}: ${i.message[locale]}`)].join("\n");
}

/** The lines the waiver example's output block shows (see the header). */
function waiverLines(report: Report, waiverChecks: readonly string[]): string[] {
  const shown = new Set([...waiverChecks, "exceptions-valid"]);
  return [
    ...report.results
      .filter((r) => shown.has(r.checkId) && (r.outcome === "fail" || r.outcome === "waived"))
      .map((r) => [r.outcome, r.checkId, r.path, r.waiver?.reference].filter(Boolean).join(" ")),
    ...(report.unusedWaivers ?? []).map((w) => `unused ${w.reference}`),
  ];
}

/** An excerpt as a matcher: objects may have more keys, lists more items, than the excerpt shows. */
function loosely(value: unknown): unknown {
  if (Array.isArray(value)) return expect.arrayContaining(value.map(loosely));
  if (value !== null && typeof value === "object")
    return expect.objectContaining(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, loosely(v)])));
  return value;
}

function runExamples(file: string): number {
  const blocks = blocksOf(read(file));
  const dir = mkdtempSync(join(tmpdir(), "secpolicy-docs-"));
  let count = 0;
  blocks.forEach((block, i) => {
    const where = `docs/${file}:${block.line}`;
    const next = blocks[i + 1];
    const output = next?.attrs.example === "output" ? next.body.trimEnd() : undefined;
    switch (block.attrs.example) {
      case "profile":
        expect(resolveProfile(parse(block.body)).id, where).toBeTruthy();
        break;
      case "profile-file": {
        const name = block.attrs.file ?? `${i}.yaml`;
        writeFileSync(join(dir, name), block.body);
        expect(loadProfileFile(join(dir, name)).id, where).toBeTruthy();
        break;
      }
      case "profile-error": {
        expect(output, `${where}: a profile-error example needs a following text example=output block`).toBeDefined();
        let error: unknown;
        try {
          resolveProfile(parse(block.body));
        } catch (thrown) {
          error = thrown;
        }
        expect(error, where).toBeInstanceOf(SecpolicyError);
        const messages = [messageOf(error as SecpolicyError, "en"), messageOf(error as SecpolicyError, "ja")];
        expect(messages, `${where}: the output block must be the error's message (en or ja)`).toContain(output);
        break;
      }
      case "description": {
        const parsed = parseDescription(parse(block.body));
        expect(parsed.ok ? [] : parsed.issues.map((x) => `${x.pointer}: ${x.message.en}`), where).toEqual([]);
        if (!parsed.ok) break;
        const report = evaluate(parsed.value);
        expect(output, `${where}: a description example needs a following text example=output block`).toBeDefined();
        const waiverChecks = (parsed.value.waivers ?? []).map((w) => w.checkId);
        expect(waiverLines(report, waiverChecks).join("\n"), where).toBe(output);
        const excerpt = blocks.slice(i + 1, i + 3).find((b) => b.attrs.example === "report-excerpt");
        if (excerpt !== undefined) expect(JSON.parse(JSON.stringify(report)), where).toEqual(loosely(JSON.parse(excerpt.body)));
        break;
      }
      case "waivers": {
        const parsed = parseWaivers(block.body);
        expect(parsed.ok ? [] : parsed.issues.map((x) => `${x.pointer}: ${x.message.en}`), where).toEqual([]);
        break;
      }
      default:
        return;
    }
    count++;
  });
  return count;
}

describe("docs/profiles.md", () => {
  it("runs its examples", () => {
    expect(runExamples("profiles.md")).toBeGreaterThanOrEqual(5);
  });

  it("shows the current table of profile sources", () => {
    const table = renderProfileSourcesTable();
    expect(
      read("profiles.md").includes(table),
      "docs/profiles.md is out of date with hitoyoshiProfileSources. Run `npx tsx scripts/generate-profile-docs.ts`.",
    ).toBe(true);
  });
});

describe("docs/waivers.md", () => {
  it("runs its examples", () => {
    expect(runExamples("waivers.md")).toBeGreaterThanOrEqual(2);
  });
});

describe("hitoyoshiProfileSources", () => {
  /** Every leaf parameter of the default profile, as a dotted path. */
  const leaves = (value: unknown, prefix = ""): string[] =>
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? Object.entries(value).flatMap(([key, inner]) => leaves(inner, `${prefix}${key}.`))
      : [prefix.slice(0, -1)];

  it("gives a source for every value of the default profile, and nothing else", () => {
    const { $schema: _s, id: _i, version: _v, title: _t, checks: _c, ...parameters } = hitoyoshiProfile;
    expect(Object.keys(hitoyoshiProfileSources).sort()).toEqual(leaves(parameters).sort());
  });

  it("marks every interval and limit the policy does not number as practice", () => {
    const practice = (Object.keys(hitoyoshiProfileSources) as ProfileParameter[]).filter(
      (key) => hitoyoshiProfileSources[key].basis === "practice",
    );
    expect(practice.filter((key) => !key.startsWith("intervals.")).sort()).toEqual([
      "deprovisioningDays",
      "exceptions.maxTermMonths",
      "exceptions.myNumberPolicyMaxTermMonths",
      "handling.myNumberMinimum",
      "logRetentionDays",
      "networkModel",
      "patchSlaDays.critical",
      "patchSlaDays.default",
      "screenLockMinutes",
      "trainingCompletionRatePercent",
    ]);
    expect(practice.filter((key) => key.startsWith("intervals.")).length).toBe(Object.keys(hitoyoshiProfile.intervals).length);
    // Practice sources say so in both languages, never presenting the value as the policy's words.
    for (const key of practice) {
      expect(hitoyoshiProfileSources[key].source.ja, key).toContain("推奨される運用");
      expect(hitoyoshiProfileSources[key].source.en, key).toContain("recommended practice");
    }
  });
});
