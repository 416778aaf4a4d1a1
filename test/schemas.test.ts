import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { PUBLISHED_SCHEMAS, renderSchemas, renderSchemaTypes, SCHEMA_BASE, schemaId } from "../scripts/published-schemas.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const REGENERATE =
  "The committed file differs from what the models generate. Run `npm run gen:schemas` and commit the result. / コミットされたファイルがモデルから生成したものと違う。`npm run gen:schemas` を実行してコミットすること。";

function committed(dir: string, file: string): string | undefined {
  try {
    return readFileSync(join(root, dir, file), "utf8");
  } catch {
    return undefined;
  }
}

describe("published JSON Schemas", () => {
  const rendered = renderSchemas();

  it("lists exactly the files under schemas/", () => {
    const files = readdirSync(join(root, "schemas"))
      .filter((f) => f.endsWith(".json"))
      .sort();
    expect(files, `Stray or missing schema files. ${REGENERATE}`).toEqual(Object.keys(rendered).sort());
  });

  for (const [file, text] of Object.entries(rendered)) {
    it(`schemas/${file} is up to date`, () => {
      expect(committed("schemas", file), `schemas/${file}: ${REGENERATE}`).toBe(text);
    });
  }

  it("renders the same text every time", () => {
    expect(renderSchemas()).toEqual(rendered);
  });

  it("has a stable $id, a title and a bilingual description at the root", () => {
    for (const entry of PUBLISHED_SCHEMAS) {
      const schema = JSON.parse(rendered[entry.file] as string) as Record<string, unknown>;
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema.$id).toBe(schemaId(entry.file));
      expect(schema.$id).toMatch(new RegExp(`^${SCHEMA_BASE}[a-z]+$`));
      expect(schema.title).toBe(entry.title);
      expect(String(schema.description)).toMatch(/\n/);
      expect(JSON.stringify(schema)).not.toContain(`#/$defs/${entry.id}"`);
    }
  });

  it("compile under Ajv strict mode", () => {
    // Ajv's defaults; formats are checked with ajv-formats in test/schema-validators.test.ts.
    const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
    for (const text of Object.values(rendered)) expect(() => ajv.compile(JSON.parse(text))).not.toThrow();
  }, 30_000);
});

describe("TypeScript compiled from the schemas (test/types/generated)", () => {
  it("is up to date", async () => {
    const rendered = await renderSchemaTypes();
    const files = readdirSync(join(root, "test/types/generated")).sort();
    expect(files, `Stray or missing generated type files. ${REGENERATE}`).toEqual(Object.keys(rendered).sort());
    for (const [file, text] of Object.entries(rendered)) {
      expect(committed("test/types/generated", file), `test/types/generated/${file}: ${REGENERATE}`).toBe(text);
    }
  }, 20_000);
});
