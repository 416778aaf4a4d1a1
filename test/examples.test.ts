import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parseDescription } from "../src/input/parse-description.js";
import { InputError } from "../src/io/diagnostic.js";
import { readSourceSync } from "../src/io/read.js";

const examplesDir = fileURLToPath(new URL("../examples/", import.meta.url));
const schemaFile = fileURLToPath(new URL("../schemas/description.schema.json", import.meta.url));
const MODELINE = "# yaml-language-server: $schema=../schemas/description.schema.json";

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, validateFormats: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")) as object);

/** Reads an example with the CLI's own reader (src/io): YAML 1.2 core schema, unique keys, no unknown tags. */
function readExample(file: string): unknown {
  try {
    return readSourceSync(join(examplesDir, file)).value;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new Error(
      `examples/${file} is not clean YAML:\n${error.diagnostics.map((d) => `${d.line}:${d.column} ${d.message.en}`).join("\n")}`,
    );
  }
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
