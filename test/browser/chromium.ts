/**
 * Finds and launches the system's Chromium for the browser tests (Debian's `chromium`, which
 * .ci/run installs); the tests never download a browser. `SECPOLICY_CHROMIUM` names another one.
 * Chromium's headless shell (Debian's `chromium-headless-shell`, the same Blink without the
 * browser's windowing layer, and what Playwright itself runs for headless Chromium) comes first
 * where it is installed: the browser test then costs about 4 CPU-seconds less.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

const CANDIDATES = [
  "/usr/bin/chromium-headless-shell",
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

/** The browser to use, or undefined when none is installed. */
export function findChromium(): string | undefined {
  const named = process.env.SECPOLICY_CHROMIUM;
  if (named !== undefined && named !== "") return existsSync(named) ? named : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Whether this run must have a browser: on CI a missing browser fails the run instead of skipping. */
export const BROWSER_REQUIRED = process.env.CI === "true" || process.env.CI === "1";

/** The flags that work in containers and keep the browser from calling home. */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-features=Translate,MediaRouter,OptimizationHints",
];

/** A headless browser with a new, empty profile, removed again by `close`. */
export async function launch(executablePath: string): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "secpolicy-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport: { width: 1600, height: 1000 },
    acceptDownloads: true,
    locale: "ja-JP",
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
