/**
 * The HTML report at inventory scale: `npx tsx bench/html.ts [sizes]` (default 100,1000).
 * For each size: evaluate, format as HTML (median of runs), the page's size (raw and gzip), a
 * check that the bytes do not change when systems and connections are reversed, and, where
 * Chromium is installed, the time to open the file and run its script (load event) offline.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { evaluate, formatHtml, parseDescription } from "../src/index.js";
import { findChromium, launch } from "../test/browser/chromium.js";
import { generateInventory } from "./generate.js";

const sizes = (process.argv[2] ?? "100,1000").split(",").map(Number);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const dir = mkdtempSync(join(tmpdir(), "secpolicy-html-bench-"));
const chromium = findChromium();
const browser = chromium === undefined ? undefined : await launch(chromium);
if (browser !== undefined)
  await browser.context.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));

console.log("| systems | connections | listed findings | format (ms) | HTML | gzip | same bytes reversed | open in Chromium (ms) |");
console.log("|---:|---:|---:|---:|---:|---:|:---:|---:|");
for (const size of sizes) {
  const data = generateInventory(size) as { systems: unknown[]; connections: unknown[] };
  const parsed = parseDescription(data);
  if (!parsed.ok) throw new Error("the generated inventory does not parse");
  const report = evaluate(parsed.value, { evaluationDate: "2026-04-01" });
  const times: number[] = [];
  let html = "";
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    html = formatHtml(report, { locale: "ja", descriptions: [parsed.value] });
    times.push(performance.now() - start);
  }
  const reversed = parseDescription({ ...data, systems: [...data.systems].reverse(), connections: [...data.connections].reverse() });
  if (!reversed.ok) throw new Error("the reversed inventory does not parse");
  const other = formatHtml(evaluate(reversed.value, { evaluationDate: "2026-04-01" }), {
    locale: "ja",
    descriptions: [reversed.value],
  }).split("\n");
  const lines = html.split("\n");
  const differing = lines.filter((line, i) => other[i] !== line).length;
  let open = "—";
  if (browser !== undefined) {
    const file = join(dir, `report-${size}.html`);
    writeFileSync(file, html);
    const loads: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.context.newPage();
      const start = performance.now();
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      await page.evaluate("new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
      loads.push(performance.now() - start);
      await page.close();
    }
    open = median(loads).toFixed(0);
  }
  const listed = report.results.filter((f) => f.outcome === "fail" || f.outcome === "needs-evidence" || f.outcome === "waived").length;
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(
    `| ${size} | ${data.connections.length} | ${listed} | ${median(times).toFixed(0)} | ${kib(Buffer.byteLength(html))} | ${kib(gzipSync(html).length)} | ${differing === 0 ? "yes" : `no: ${differing} line(s) differ`} | ${open} |`,
  );
}
await browser?.close();
rmSync(dir, { recursive: true, force: true });
