/**
 * The library's pipeline at one size, as the command runs it, for the memory rows of bench/run.ts:
 * read the file (the command's reader), validate, evaluate, and locate what is reported
 * (`addLocations`, on the report's own findings, as the command does). It imports nothing else, so
 * the child's peak RSS is the pipeline's and not the harness's (tsx, Ajv, Cedar and the generator
 * cost some 50 MB at 100k). bench/run.ts bundles this module with esbuild, leaving the packages
 * (zod, yaml) to node_modules as the built library does, and runs the bundle with plain node:
 *
 *   node <bundle> <file> <problems|all>      prints one JSON line: ms, maxRssMb, listed, total
 */
import { evaluate } from "../src/builtin.js";
import { parseDescription } from "../src/input/parse-description.js";
import { addLocations } from "../src/io/issues.js";
import { readSource } from "../src/io/read.js";

const [file, mode] = process.argv.slice(2);
if (file === undefined) throw new Error("usage: pipeline <file> <problems|all>");
const start = performance.now();
const source = await readSource(file, { limits: { maxBytes: 2 ** 31 - 1, maxDepth: 64, valueBudget: 10_000 } });
const parsed = parseDescription(source.value);
if (!parsed.ok) throw new Error(`${file} is invalid`);
const report = evaluate(parsed.value, { results: mode === "all" ? "all" : "problems" });
addLocations(report.results, source);
const ms = performance.now() - start;
process.stdout.write(
  `${JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, listed: report.results.length, total: report.summary.total })}\n`,
);
