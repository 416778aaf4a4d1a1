import { relative } from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The slowest files (mostly child processes: LibreOffice, npm, a consumer's vitest and tsc, the
 * CI recipes, Chromium), slowest first. A fresh clone has no timings from an earlier run,
 * and vitest then starts the largest files first: a slow file that starts last runs alone on one
 * core while the other waits. These start first; the rest follow in vitest's own order.
 */
const SLOW_FIRST = [
  "test/spreadsheet/workbook.test.ts",
  "test/e2e/compile-cache.test.ts",
  "test/consumer/consumer.test.ts",
  "test/e2e/recipes.test.ts",
  "test/properties.test.ts",
  "test/browser/page.test.ts",
  "test/hostile/streaming.test.ts",
  "test/hostile/files.test.ts",
  "test/e2e/cli.test.ts",
  "test/schema-validators.test.ts",
  "test/spreadsheet/cli.test.ts",
  "test/hostile/linear.test.ts",
  "test/e2e/baseline.test.ts",
  "test/guides.test.ts",
  "test/e2e/fifo.test.ts",
  "test/e2e/pipeline.test.ts",
  // Small, but it fuzzes for a fixed 3 s: started last, it ran alone on one core at the end.
  "test/hostile/fuzz.test.ts",
];

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = SLOW_FIRST.indexOf(relative(f.project.config.root, f.moduleId).split("\\").join("/"));
      return i === -1 ? SLOW_FIRST.length : i;
    };
    // Array#sort is stable: the other files keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Temp files in memory where the system has a tmpfs for them (test/support/memory-temp.ts);
    // builds dist/cli.js for the e2e tests when it is missing or stale.
    globalSetup: ["test/support/memory-temp.ts", "test/e2e/global-setup.ts"],
    // Two cores: one worker process each, and test files share a worker's module cache instead
    // of importing the engine again per file. No test relies on a fresh module graph or global
    // state of its own. Processes, not threads: the end-to-end tests run the command in the
    // worker (test/e2e/run-cli.ts), which changes the working folder, and threads cannot.
    pool: "forks",
    maxWorkers: 2,
    isolate: false,
    sequence: { sequencer: SlowFirst },
    // Two files now run at once, and the e2e tests spawn the command many times: on a busy
    // 2-core machine a test can wait for a core far longer than the default 5 s (a property
    // test took 38 s at a load average of 25).
    testTimeout: 60_000,
    // The same for hooks: at a load average of 27 the consumer test's afterAll (removing its temp
    // install) took over the default 10 s.
    hookTimeout: 60_000,
    // The type tests (test/types/*.test-d.ts: expectTypeOf and @ts-expect-error) are compile-time
    // assertions, checked by `npm run typecheck`, whose program includes test/: a failing one fails
    // that step. vitest's own typecheck would run TypeScript over them a second time.
    typecheck: { enabled: false },
  },
});
