/** The committed generated docs equal what scripts/generate-docs.ts renders now. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { loadCatalogue } from "../../scripts/check-catalogue.js";
import { renderDocs } from "../../scripts/check-docs.js";
import { DOCS_DIR, stalePages } from "../../scripts/generate-docs.js";

const files = renderDocs(await loadCatalogue());

function committed(path: string): string | undefined {
  try {
    return readFileSync(join(DOCS_DIR, path), "utf8");
  } catch {
    return undefined;
  }
}

describe("generated docs", () => {
  it("are up to date (run npm run gen:docs)", () => {
    const problems: string[] = [];
    for (const [path, text] of files) {
      const current = committed(path);
      if (current === undefined) problems.push(`docs/${path} is missing`);
      else if (current !== text) problems.push(`docs/${path} differs from what the checks and policy data generate`);
    }
    for (const stale of stalePages(files)) problems.push(`docs/${stale} belongs to a check that no longer exists`);
    if (problems.length > 0)
      throw new Error(`${problems.join("\n")}\nRun \`npm run gen:docs\` and commit the result (never edit generated docs by hand).`);
  });
});
