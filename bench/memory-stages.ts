/**
 * Time and memory of each stage of the library's pipeline on one file, as the command runs it:
 *   npx tsx --expose-gc bench/memory-stages.ts <file> [problems|all] [--gc]
 * `--gc` collects the heap after each stage, so the figures are what each stage keeps; without it
 * they include the garbage the collector has not yet taken, as a real run does.
 */
import { evaluate } from "../src/builtin.js";
import { parseDescription } from "../src/input/parse-description.js";
import { locateFindings } from "../src/io/issues.js";
import { readSource } from "../src/io/read.js";

const [file, mode] = process.argv.slice(2);
const collect = process.argv.includes("--gc");
const gc = (globalThis as { gc?: () => void }).gc;
if (file === undefined) throw new Error("usage: bench/memory-stages.ts <file> [problems|all] [--gc]");
if (collect && gc === undefined) throw new Error("--gc needs node --expose-gc");

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`.padStart(8);
let last = performance.now();
const stage = (label: string) => {
  const seconds = (performance.now() - last) / 1000;
  if (collect) gc?.();
  const m = process.memoryUsage();
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    `${label.padEnd(10)} ${seconds.toFixed(1).padStart(5)} s  heap ${mb(m.heapUsed)}  external ${mb(m.external)}  RSS ${mb(m.rss)}  peak RSS ${mb(peak)}`,
  );
  last = performance.now();
};

stage("start");
const source = await readSource(file, { limits: { maxBytes: 2 ** 30, maxDepth: 64, valueBudget: 10_000 } });
stage("read");
const parsed = parseDescription(source.value);
if (!parsed.ok) throw new Error(`${file} is not a valid description`);
stage("validated");
const report = evaluate(parsed.value, { results: mode === "all" ? "all" : "problems" });
stage("evaluated");
locateFindings(report, source);
stage("located");
console.log(`${report.results.length} results listed of ${report.summary.total}`);
