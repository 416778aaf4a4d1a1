import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Builds dist/cli.js for the e2e tests when it is missing or stale.
    globalSetup: ["test/e2e/global-setup.ts"],
    // Two cores: one thread each, and test files share a thread's module cache instead of
    // importing the engine again per file. No test relies on a fresh module graph or global
    // state of its own.
    pool: "threads",
    maxWorkers: 2,
    isolate: false,
    // Two files now run at once, and the e2e tests spawn the command many times: on a busy
    // 2-core machine a test can wait for a core far longer than the default 5 s (a property
    // test took 38 s at a load average of 25).
    testTimeout: 60_000,
    typecheck: {
      enabled: true,
      include: ["test/**/*.test-d.ts", "src/**/*.test-d.ts"],
      // tsc with the build-info file `npm run typecheck` wrote: the type tests reuse its work.
      checker: "./scripts/tsc-incremental.mjs",
    },
  },
});
