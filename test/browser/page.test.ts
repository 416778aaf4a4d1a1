/**
 * The HTML report and the playground in a real browser: the system's headless Chromium, opened
 * from file:// with the network blocked (every request that is not a file of the page is aborted
 * and recorded). Asserts no console error and no request leaving the page, that selecting a
 * finding highlights its path in the diagram, that markup from the description stays text, that
 * the playground shows located errors and the same reports as the formatters, and takes the
 * screenshots the docs show (written to docs/images by `npm run screenshots`).
 *
 * Without a browser a local run skips loudly; on CI (CI=true) it fails.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlayground } from "../../scripts/build-playground.js";
import { evaluate } from "../../src/builtin.js";
import { parseDescription } from "../../src/input/parse-description.js";
import { locateFindings } from "../../src/io/issues.js";
import { parseSource } from "../../src/io/parse.js";
import { formatReport } from "../../src/report/index.js";
import { ensureBuilt } from "../e2e/build.js";
import { runCli } from "../e2e/run-cli.js";
import { BROWSER_REQUIRED, findChromium, launch } from "./chromium.js";
import { poison, sampleDescription } from "./sample.js";

const ROOT = join(import.meta.dirname, "..", "..");
const IMAGES = join(ROOT, "docs", "images");
const PAYLOAD = `<script>alert(1)</script>"><img src=x onerror=alert(2)>`;
const executable = findChromium();
/** Screenshots go to docs/images with `npm run screenshots` (they differ by a few pixels from run to run), else to the temp folder. */
const UPDATE_SCREENSHOTS = process.env.SECPOLICY_SCREENSHOTS === "update";

if (executable === undefined) {
  const message =
    "\n\n!!! NO BROWSER: the browser tests of the HTML report and the playground did NOT run.\n" +
    "!!! Install Debian's chromium (apt-get install chromium) or set SECPOLICY_CHROMIUM.\n\n";
  console.warn(message);
  process.stderr.write(message);
}

describe.skipIf(executable === undefined && !BROWSER_REQUIRED)("in headless Chromium, offline", () => {
  let dir: string;
  let context: BrowserContext;
  let close: () => Promise<void>;
  const leaving: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    if (executable === undefined) throw new Error("No browser found: CI must install chromium (see .ci/run)");
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), "secpolicy-browser-"));
    writeFileSync(join(dir, "sample.json"), `${JSON.stringify(sampleDescription(), null, 2)}\n`);
    const hostile = poison(sampleDescription(), PAYLOAD, (candidate) => parseDescription(candidate).ok);
    writeFileSync(join(dir, "hostile.json"), JSON.stringify(hostile.value, null, 2));
    for (const [name, args] of [
      ["report-ja.html", ["sample.json"]],
      ["report-en.html", ["sample.json", "--lang", "en"]],
      ["hostile.html", ["hostile.json"]],
    ] as const) {
      const result = await runCli(["check", ...args, "--format", "html", "--out", name, "--exit-zero"], { cwd: dir });
      expect(result, result.stderr).toMatchObject({ code: 0 });
    }
    await buildPlayground(join(dir, "playground"));
    ({ context, close } = await launch(executable));
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:")) return route.continue();
      leaving.push(url);
      return route.abort("blockedbyclient");
    });
    context.on("request", (request) => {
      if (!/^(file|data|blob|about):/.test(request.url())) leaving.push(request.url());
    });
  }, 180_000);

  afterAll(async () => {
    await close?.();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  async function open(file: string): Promise<Page> {
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") errors.push(`${file}: ${m.text()}`);
    });
    page.on("pageerror", (e) => errors.push(`${file}: ${e.message}`));
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(pathToFileURL(join(dir, file)).href);
    return page;
  }

  function shot(name: string): string {
    const folder = UPDATE_SCREENSHOTS ? IMAGES : join(dir, "screenshots");
    mkdirSync(folder, { recursive: true });
    return join(folder, name);
  }

  function expectClean(): void {
    expect(errors).toEqual([]);
    expect(leaving).toEqual([]);
    expect(dialogs).toEqual([]);
  }

  it("records and blocks a request that tries to leave (the guard itself works)", async () => {
    writeFileSync(
      join(dir, "leaky.html"),
      `<!DOCTYPE html><title>x</title><script>fetch("https://example.invalid/x").catch(() => {});</script>`,
    );
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(dir, "leaky.html")).href);
    await expect.poll(() => leaving.length).toBeGreaterThan(0);
    expect(leaving[0]).toMatch(/^https:\/\/example\.invalid\//);
    leaving.length = 0;
    await page.close();
  }, 60_000);

  it("opens the report, filters it and highlights a finding's path hop by hop", async () => {
    const page = await open("report-ja.html");
    await expect.poll(() => page.locator("#shown").textContent()).not.toBe("");
    const total = await page.locator(".finding").count();
    expect(total).toBeGreaterThan(10);

    await page.selectOption('[data-filter="outcome"]', "fail");
    const visible = page.locator(".finding:visible");
    expect(await visible.count()).toBeLessThan(total);
    expect(await page.locator("#shown").textContent()).toBe(String(await visible.count()));
    for (const outcome of await visible.evaluateAll((items) => items.map((i) => i.getAttribute("data-outcome"))))
      expect(outcome).toBe("fail");
    await page.selectOption('[data-filter="zone"]', "mynumber");
    expect(await visible.count()).toBeGreaterThan(0);

    const finding = page.locator('.finding[data-check="mynumber-path-from-internet"]');
    const path = ((await finding.getAttribute("data-path")) ?? "").split(" ");
    expect(path).toHaveLength(7);
    await finding.click();
    await expect.poll(() => page.locator(".diagram .hl").count()).toBe(7);
    const highlighted = await page.locator(".diagram .hl").evaluateAll((els) => els.map((e) => e.id));
    expect(highlighted.sort()).toEqual([...path].sort());
    expect(await page.locator("#hops .hop").count()).toBe(4);
    expect(await page.locator("#hops .hop text").allTextContents()).toEqual(["1", "2", "3", "4"]);
    expect(await page.locator("svg.tracing").count()).toBe(1);
    // The edges of the path are drawn in the highlight colour, the others faded.
    const edge = path[1] as string;
    // Polled rather than read after a fixed wait: the colour eases in.
    await expect
      .poll(() =>
        page
          .locator(`#${edge}`)
          .evaluate((e) => (globalThis as unknown as { getComputedStyle(el: unknown): { stroke: string } }).getComputedStyle(e).stroke),
      )
      .toBe("rgb(9, 105, 218)");
    expect(await page.locator("#trace-status").textContent()).toContain("web-mail → groupware → finance → juki");
    await page.evaluate("window.scrollTo(0, 0)");
    // Transitions are run to their end for the picture instead of waited for.
    await page.screenshot({ path: shot("report-ja.png"), fullPage: true, animations: "disabled" });

    await finding.click();
    expect(await page.locator(".diagram .hl").count()).toBe(0);
    expectClean();
    await page.close();
  }, 90_000);

  it("opens the English report and saves its screenshot", async () => {
    const page = await open("report-en.html");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator("h2").first().textContent()).toBe("Summary");
    await page.selectOption('[data-filter="outcome"]', "fail");
    await page.selectOption('[data-filter="zone"]', "mynumber");
    await page.locator('.finding[data-check="mynumber-path-from-internet"]').click();
    await expect.poll(() => page.locator(".diagram .hl").count()).toBe(7);
    await page.evaluate("window.scrollTo(0, 0)");
    await page.screenshot({ path: shot("report-en.png"), fullPage: true, animations: "disabled" });
    expectClean();
    await page.close();
  }, 90_000);

  it("shows markup from the description as text", async () => {
    const page = await open("hostile.html");
    await page.waitForTimeout(500);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(1);
    const text = (await page.locator("body").textContent()) ?? "";
    expect(text).toContain(PAYLOAD);
    expect(await page.locator("svg .node text").first().textContent()).not.toBeNull();
    expect(await page.locator(".diagram svg").evaluate((svg) => svg.textContent ?? "")).toContain("<script>");
    await page.locator(".finding").first().click();
    expectClean();
    await page.close();
  }, 90_000);

  it("runs the playground offline: located errors, the report, and the same downloads as the formatters", async () => {
    const page = await open("playground/index.html");
    await page.fill("#source", "systems:\n  - id: x\n    name: X\n    zone: nowhere\n");
    await page.click("#run");
    await expect.poll(() => page.locator("#errors li").count()).toBeGreaterThan(0);
    expect(await page.locator("#errors").textContent()).toMatch(/description\.yaml:4:\d+ .*nowhere/);

    await page.fill("#source", "systems: [\n");
    await page.click("#run");
    await expect.poll(() => page.locator("#errors").textContent()).toMatch(/description\.yaml:\d+:\d+/);

    await page.click("#profile-box summary");
    await page.fill("#profile", "extends: hitoyoshi-2026-03\nscreenLockMinutes: -5\n");
    await page.click("#example");
    await expect.poll(() => page.locator("#errors").textContent()).toMatch(/profile\.yaml:2:\d+/);
    await page.fill("#profile", "");

    await page.click("#example");
    await expect.poll(() => page.locator("#status").textContent()).toMatch(/評価した：結果 \d+ 件/);
    const report = page.frameLocator("#report");
    await report.locator('.finding[data-check="mynumber-connections-restricted"]').first().click();
    await expect.poll(() => report.locator(".diagram .hl").count()).toBeGreaterThan(0);
    await page.screenshot({ path: shot("playground-ja.png"), animations: "disabled" });

    const example = readFileSync(join(ROOT, "examples", "delivery-spec.yaml"), "utf8");
    const source = parseSource(example, "example.yaml");
    const parsed = parseDescription(source.value);
    if (!parsed.ok) throw new Error("the example does not parse");
    const expected = locateFindings(evaluate(parsed.value, { locale: "ja" }), source);
    const saved: Record<string, string> = {};
    for (const kind of ["html", "sarif", "json"] as const) {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-download="${kind}"]`)]);
      saved[kind] = readFileSync((await download.path()) as string, "utf8");
    }
    expect(saved.html).toBe(formatReport(expected, "html", { locale: "ja", color: false, descriptions: [parsed.value] }));
    expect(saved.sarif).toBe(formatReport(expected, "sarif", { locale: "ja", color: false }));
    expect(saved.json).toBe(formatReport(expected, "json", { locale: "ja", color: false }));

    await page.selectOption("#lang", "en");
    await expect.poll(() => page.locator("#status").textContent()).toMatch(/^Evaluated: \d+ results/);
    expectClean();
    await page.close();
  }, 120_000);
});
