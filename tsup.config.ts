import { defineConfig } from "tsup";

const shared = {
  target: "node20",
  platform: "node",
  sourcemap: true,
  splitting: false,
  // treeshake stays off: it doubles the source-map comment.
  treeshake: false,
  external: ["vitest"],
} as const;

export default defineConfig([
  {
    ...shared,
    entry: { index: "src/index.ts", vitest: "src/vitest/index.ts" },
    format: ["esm", "cjs"],
    // TypeScript 6 deprecates options tsup's d.ts step still sets.
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    clean: true,
  },
  {
    ...shared,
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
