/**
 * Loads every check file with its cases table, straight from src/checks/<area>/<id>.ts, so the
 * docs generator and the meta-tests see new checks without a registry to update.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AnyCheck } from "../src/checks/define-check.js";
import type { CheckTable } from "../src/vitest/check-tester.js";
import { checkFiles } from "./generate-check-index.js";

export const CHECKS_DIR = fileURLToPath(new URL("../src/checks/", import.meta.url));

/** One check file and its companions. */
export interface CatalogueEntry {
  /** The folder the file is in. */
  readonly folder: string;
  /** The file name without `.ts`. */
  readonly file: string;
  /** Path from the repository root, e.g. `src/checks/zones/wireless-lan.ts`. */
  readonly path: string;
  /** The default export, when it looks like a check. */
  readonly check: AnyCheck | undefined;
  /** The default export of `<id>.cases.ts`, when the file exists. */
  readonly table: CheckTable | undefined;
  readonly hasCases: boolean;
  /** Whether an old per-check `<id>.test.ts` shim calling `testCheck` is still there (test/checks.test.ts runs every table). */
  readonly hasTestShim: boolean;
}

function isCheck(value: unknown): value is AnyCheck {
  if (value === null || typeof value !== "object") return false;
  const candidate = value as { meta?: { id?: unknown }; evaluate?: unknown };
  return typeof candidate.meta?.id === "string" && typeof candidate.evaluate === "function";
}

/** Every check file under src/checks, sorted by file name, with its check and table loaded. */
export async function loadCatalogue(): Promise<CatalogueEntry[]> {
  return Promise.all(
    checkFiles().map(async ([folder, file]): Promise<CatalogueEntry> => {
      const base = join(CHECKS_DIR, folder, file);
      const hasCases = existsSync(`${base}.cases.ts`);
      const module = (await import(pathToFileURL(`${base}.ts`).href)) as { default?: unknown };
      const cases = hasCases ? ((await import(pathToFileURL(`${base}.cases.ts`).href)) as { default?: CheckTable }) : undefined;
      return {
        folder,
        file,
        path: `src/checks/${folder}/${file}.ts`,
        check: isCheck(module.default) ? module.default : undefined,
        table: cases?.default,
        hasCases,
        hasTestShim: existsSync(`${base}.test.ts`) && readFileSync(`${base}.test.ts`, "utf8").includes("testCheck("),
      };
    }),
  );
}

/** The checks of the catalogue (files without a check are left out; a meta-test reports them). */
export function checksOf(entries: readonly CatalogueEntry[]): AnyCheck[] {
  return entries.flatMap((entry) => (entry.check === undefined ? [] : [entry.check]));
}
