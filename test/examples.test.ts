import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { parseDescription } from "../src/input/parse-description.js";

const examplesDir = fileURLToPath(new URL("../examples/", import.meta.url));
const schemaFile = fileURLToPath(new URL("../schemas/description.schema.json", import.meta.url));
const MODELINE = "# yaml-language-server: $schema=../schemas/description.schema.json";

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, validateFormats: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")) as object);

/** Reads a YAML example as the CLI does: YAML 1.2 core schema, unique keys, warnings are errors. */
function readExample(file: string): unknown {
  const text = readFileSync(join(examplesDir, file), "utf8");
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, merge: false, schema: "core", stringKeys: true, prettyErrors: true });
  const problems = [...doc.errors, ...doc.warnings].map((e) => e.message);
  if (problems.length > 0) throw new Error(`examples/${file} is not clean YAML:\n${problems.join("\n")}`);
  return doc.toJS({ maxAliasCount: 100 });
}

const files = readdirSync(examplesDir)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort();

describe("examples/", () => {
  it("has examples", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  describe.each(files)("%s", (file) => {
    it("starts with the schema modeline pointing at the published description schema", () => {
      const firstLine = readFileSync(join(examplesDir, file), "utf8").split(/\r?\n/, 1)[0];
      expect(firstLine, `Make the first line of examples/${file}: ${MODELINE}`).toBe(MODELINE);
    });

    it("validates against schemas/description.schema.json (Ajv, strict)", () => {
      const ok = validate(readExample(file));
      expect(ok, JSON.stringify(validate.errors, null, 2)).toBe(true);
    });

    it("passes parseDescription", () => {
      const result = parseDescription(readExample(file));
      expect(result.ok ? [] : result.issues).toEqual([]);
    });
  });
});
