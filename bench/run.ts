/**
 * Engine benchmarks: for generated inventories of 100, 1k, 10k and 100k systems, times side by
 * side in one process JSON.parse of the inventory text, parseDescription (zod validation and
 * cross references), evaluate with every built-in check, and Ajv validating the same published
 * JSON Schema. Each size runs in its own child process so that peak memory (max RSS) is per size.
 *
 *   npm run bench                      all sizes, writes docs/benchmarks.md
 *   npm run bench -- --sizes=100,1000  some sizes, prints only
 *
 * Only the part of docs/benchmarks.md between the engine-bench markers is rewritten; other
 * sections (the CLI benchmarks, the profile notes) are kept.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Ajv2020 } from "ajv/dist/2020.js";
import { z } from "zod";
import { evaluate } from "../src/engine/evaluate.js";
import { parseDescription } from "../src/input/parse-description.js";
import { Description } from "../src/model/description.js";
import { generateInventory } from "./generate.js";

const SIZES = [100, 1_000, 10_000, 100_000];
/** Repetitions per size: fewer for large inventories so the whole run stays within a few minutes on 2 cores. */
const REPETITIONS: Readonly<Record<number, number>> = { 100: 21, 1000: 11, 10000: 3, 100000: 1 };
const DOC = fileURLToPath(new URL("../docs/benchmarks.md", import.meta.url));
const SCHEMA = fileURLToPath(new URL("../schemas/description.schema.json", import.meta.url));
const START = "<!-- engine-bench:start -->";
const END = "<!-- engine-bench:end -->";

interface SizeResult {
  readonly size: number;
  readonly bytes: number;
  readonly connections: number;
  readonly findings: number;
  readonly repetitions: number;
  /** Medians in milliseconds. */
  readonly jsonParse: number;
  readonly validate: number;
  readonly evaluate: number;
  /** evaluate with `results: "problems"` (passes and not-applicable results only counted). */
  readonly evaluateProblems: number;
  readonly ajv: number;
  readonly maxRssMb: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(run: () => void, repetitions: number): number {
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The published schema; generated in memory the way scripts/generate-schemas.ts does if it is not there yet. */
function publishedSchema(): object {
  if (existsSync(SCHEMA)) return JSON.parse(readFileSync(SCHEMA, "utf8")) as object;
  return z.toJSONSchema(Description, { io: "input", target: "draft-2020-12", unrepresentable: "any" }) as object;
}

/** Measures one size (in a child process). */
function measure(size: number): SizeResult {
  const repetitions = REPETITIONS[size] ?? 3;
  const text = JSON.stringify(generateInventory(size));
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  const validateWithAjv = ajv.compile(publishedSchema());
  const data = JSON.parse(text) as unknown;
  const warm = parseDescription(data);
  if (!warm.ok) throw new Error(`The generated inventory of ${size} systems is not valid: ${JSON.stringify(warm.issues.slice(0, 3))}`);
  if (!validateWithAjv(data))
    throw new Error(`Ajv rejects the generated inventory: ${JSON.stringify(validateWithAjv.errors?.slice(0, 3))}`);
  // An untimed evaluation first, so the timed ones do not compile the code; skipped where a single
  // run takes long enough that compilation does not matter (it would add a minute at 100k).
  let findings = repetitions > 1 ? evaluate(warm.value).results.length : 0;

  const jsonParse = time(() => JSON.parse(text), repetitions);
  const validate = time(() => parseDescription(data), repetitions);
  const evaluation = time(() => {
    findings = evaluate(warm.value).results.length;
  }, repetitions);
  const evaluateProblems = time(() => evaluate(warm.value, { results: "problems" }), repetitions);
  const ajvTime = time(() => validateWithAjv(data), repetitions);
  return {
    size,
    bytes: Buffer.byteLength(text),
    connections: (data as { connections: unknown[] }).connections.length,
    findings,
    repetitions,
    jsonParse,
    validate,
    evaluate: evaluation,
    evaluateProblems,
    ajv: ajvTime,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

/** The Markdown section with the results. */
function render(results: readonly SizeResult[]): string {
  const first = results[0] as SizeResult;
  const last = results.at(-1) as SizeResult;
  const total = (r: SizeResult) => r.validate + r.evaluate;
  const totalProblems = (r: SizeResult) => r.validate + r.evaluateProblems;
  const exponent = results.length > 1 ? Math.log(total(last) / total(first)) / Math.log(last.size / first.size) : Number.NaN;
  const at1k = results.find((r) => r.size === 1000);
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} (${cpus().length} cores). Inventories from \`bench/generate.ts\` (seeded); medians of the stated repetitions, in milliseconds.`,
    "",
    "| systems | connections | JSON size | findings | reps | JSON.parse | validate (zod) | evaluate (all results) | evaluate (problems) | Ajv | (validate + evaluate) ÷ JSON.parse, all / problems | zod ÷ Ajv | max RSS |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map(
      (r) =>
        `| ${r.size} | ${r.connections} | ${f1(r.bytes / 1e6)} MB | ${r.findings} | ${r.repetitions} | ${f1(r.jsonParse)} | ${f1(r.validate)} | ${f1(r.evaluate)} | ${f1(r.evaluateProblems)} | ${f1(r.ajv)} | ${f2(total(r) / r.jsonParse)} / ${f2(totalProblems(r) / r.jsonParse)} | ${f2(r.validate / r.ajv)} | ${Math.round(r.maxRssMb)} MB |`,
    ),
    "",
    "| target | measured | met |",
    "|---|---|---|",
    at1k === undefined
      ? "| validate + evaluate ≤ 3 × JSON.parse at 1k systems | not measured | – |"
      : `| validate + evaluate ≤ 3 × JSON.parse at 1k systems | ${f2(total(at1k) / at1k.jsonParse)} × with every result listed; ${f2(totalProblems(at1k) / at1k.jsonParse)} × with \`results: "problems"\` | ${total(at1k) / at1k.jsonParse <= 3 ? "yes" : totalProblems(at1k) / at1k.jsonParse <= 3 ? "problems mode only" : "no"} |`,
    `| scaling exponent of validate + evaluate, ${first.size} → ${last.size} systems ≤ 1.1 | ${f2(exponent)} | ${exponent <= 1.1 ? "yes" : "no"} |`,
    at1k === undefined
      ? "| zod validation throughput ≥ ½ of Ajv's | not measured | – |"
      : `| zod validation throughput ≥ ½ of Ajv's (zod time ≤ 2 × Ajv time, at 1k) | zod takes ${f2(at1k.validate / at1k.ajv)} × Ajv's time | ${at1k.validate / at1k.ajv <= 2 ? "yes" : "no"} |`,
    `| peak memory at ${last.size} systems | ${Math.round(last.maxRssMb)} MB max RSS | – |`,
  ];
  return lines.join("\n");
}

function writeDoc(section: string): void {
  const block = `${START}\n${section}\n${END}`;
  const current = existsSync(DOC)
    ? readFileSync(DOC, "utf8")
    : "# Benchmarks\n\nRun `npm run bench` to regenerate the engine section.\n\n## Engine\n\n" + `${START}\n${END}\n`;
  const next =
    current.includes(START) && current.includes(END)
      ? current.slice(0, current.indexOf(START)) + block + current.slice(current.indexOf(END) + END.length)
      : `${current.trimEnd()}\n\n## Engine\n\n${block}\n`;
  writeFileSync(DOC, next);
}

const { values } = parseArgs({ options: { sizes: { type: "string" }, child: { type: "string" } } });
if (values.child !== undefined) {
  process.stdout.write(JSON.stringify(measure(Number(values.child))));
} else {
  const sizes = values.sizes === undefined ? SIZES : values.sizes.split(",").map(Number);
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, "--max-old-space-size=16384", fileURLToPath(import.meta.url), `--child=${size}`],
      {
        encoding: "utf8",
        maxBuffer: 1 << 20,
      },
    );
    if (child.status !== 0) {
      process.stderr.write(child.stderr);
      throw new Error(`The benchmark of ${size} systems failed (exit ${child.status}); see the output above`);
    }
    const result = JSON.parse(child.stdout) as SizeResult;
    results.push(result);
    process.stdout.write(
      `${size} systems: JSON.parse ${f1(result.jsonParse)} ms, validate ${f1(result.validate)} ms, evaluate ${f1(result.evaluate)} ms, Ajv ${f1(result.ajv)} ms, max RSS ${Math.round(result.maxRssMb)} MB\n`,
    );
  }
  const section = render(results);
  process.stdout.write(`\n${section}\n`);
  if (values.sizes === undefined) writeDoc(section);
}
