/**
 * A seeded fuzz harness over the whole path a file takes: read (parseSource), validate
 * (parseDescription), locate and format diagnostics, evaluate and format the report. Each case
 * mutates a valid description with hostile fragments. A case may be refused (InputError or
 * validation issues) but must never throw anything else, never take over 2 s, and never put a raw
 * control character in what reaches a terminal.
 */
import { evaluate } from "../../src/builtin.js";
import { parseDescription } from "../../src/input/parse-description.js";
import { formatDiagnostic, InputError } from "../../src/io/diagnostic.js";
import { issuesToDiagnostics } from "../../src/io/issues.js";
import { parseSource } from "../../src/io/parse.js";
import { formatReport } from "../../src/report/index.js";

/** What one run found. */
export interface FuzzFigures {
  cases: number;
  refused: number;
  accepted: number;
  /** Throws other than the documented InputError: must stay 0. */
  unstructured: number;
  /** Cases over {@link SLOW_MS}: must stay 0. */
  slow: number;
  slowestMs: number;
  /** Raw control characters in terminal output: must stay 0. */
  rawControl: number;
  /** The first few problems, for the failure message. */
  problems: string[];
}

export const SLOW_MS = 2000;

/** mulberry32, as in bench/generate.ts. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fragments that have broken YAML/JSON tools and terminals before. */
const FRAGMENTS = [
  "\u001b]0;pwned\u0007",
  "\u001b[2J",
  "\u202e",
  "\r",
  "\r\n",
  "\t",
  "\u0000",
  "&a ",
  "*a",
  "*zz",
  "!!binary aGk=",
  "!!timestamp 2026-01-01",
  "!!merge ",
  "!local ",
  "<<: ",
  "__proto__: 1\n",
  "constructor: {}\n",
  "{",
  "}",
  "[",
  "]",
  '"',
  "'",
  ": ",
  "- ",
  "\n---\n",
  "%YAML 1.1\n",
  "? ",
  "#",
  "99999999999999999999999",
  "-.inf",
  "0x1F",
  "2026-02-30",
  "~",
  "null",
  "x".repeat(5000),
  "\u{1F600}",
  "\ud800",
  "人吉",
];

function mutate(text: string, random: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(random() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (out.length + 1));
    const roll = random();
    if (roll < 0.5) out = out.slice(0, at) + (FRAGMENTS[Math.floor(random() * FRAGMENTS.length)] as string) + out.slice(at);
    else if (roll < 0.7) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 40));
    else if (roll < 0.85) {
      // Duplicate a line somewhere else.
      const lines = out.split("\n");
      const line = lines[Math.floor(random() * lines.length)] ?? "";
      lines.splice(Math.floor(random() * lines.length), 0, line);
      out = lines.join("\n");
    } else out = out.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x3000)) + out.slice(at + 1);
  }
  return out;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for raw control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f]|\u001b(?!\[[0-9;]*m)/;

/** Runs one case; returns the problem, if any. */
function runCase(text: string, file: string): { refused: boolean; problem?: string; raw: boolean } {
  let shown = "";
  let refused = false;
  try {
    const source = parseSource(text, file);
    const parsed = parseDescription(source.value);
    if (!parsed.ok) {
      refused = true;
      shown = issuesToDiagnostics(source, parsed.issues)
        .map((d) => formatDiagnostic(d))
        .join("\n");
    } else {
      const report = evaluate(parsed.value, { evaluationDate: "2026-04-01", results: "problems" });
      shown = formatReport(report, "text", { locale: "ja", color: false });
    }
  } catch (error) {
    if (!(error instanceof InputError)) {
      return {
        refused: true,
        raw: false,
        problem: `${file}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      };
    }
    refused = true;
    shown = error.diagnostics.map((d) => formatDiagnostic(d)).join("\n");
  }
  return { refused, raw: RAW_CONTROL.test(shown) };
}

/**
 * Runs seeded cases over the seeds until `budgetMs` is spent or `maxCases` are done. The same
 * seed always gives the same cases (the number done depends on the machine's speed).
 */
export function fuzz(
  seeds: readonly { file: string; text: string }[],
  options: { seed?: number; budgetMs: number; maxCases?: number },
): FuzzFigures {
  const random = rng(options.seed ?? 17);
  const figures: FuzzFigures = { cases: 0, refused: 0, accepted: 0, unstructured: 0, slow: 0, slowestMs: 0, rawControl: 0, problems: [] };
  const start = performance.now();
  while (performance.now() - start < options.budgetMs && figures.cases < (options.maxCases ?? Number.POSITIVE_INFINITY)) {
    const seed = seeds[Math.floor(random() * seeds.length)] as { file: string; text: string };
    const text = mutate(seed.text, random);
    const t = performance.now();
    const result = runCase(text, seed.file);
    const ms = performance.now() - t;
    figures.cases++;
    if (result.refused) figures.refused++;
    else figures.accepted++;
    figures.slowestMs = Math.max(figures.slowestMs, ms);
    if (ms > SLOW_MS) {
      figures.slow++;
      if (figures.problems.length < 5) figures.problems.push(`slow (${Math.round(ms)} ms): ${JSON.stringify(text.slice(0, 200))}`);
    }
    if (result.raw) {
      figures.rawControl++;
      if (figures.problems.length < 5) figures.problems.push(`raw control character shown for ${JSON.stringify(text.slice(0, 200))}`);
    }
    if (result.problem !== undefined) {
      figures.unstructured++;
      if (figures.problems.length < 5) figures.problems.push(result.problem);
    }
  }
  return figures;
}
