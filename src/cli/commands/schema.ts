import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { oneOf, parseCommandArgs, usageError } from "../args.js";
import { type CliIo, CliError, EXIT } from "../context.js";
import { writeOutput } from "../output.js";

export const SCHEMA_NAMES = ["description", "profile", "report", "config", "baseline"] as const;

/**
 * The package's `schemas/` folder: beside `dist/` when built (dist/cli.js → ../schemas), two
 * levels up when run from the sources (src/cli/commands → ../../../schemas).
 */
function schemasFolder(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, "schemas");
    if (existsSync(join(dir, "package.json")) && existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return undefined;
}

/** `secpolicy schema`: print a published JSON Schema as shipped in the package. */
export async function schemaCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("schema", args, { out: { type: "string", short: "o" } });
  if (positionals.length > 1) {
    throw usageError("schema", "unexpected-argument", {
      ja: `余分な引数 ${positionals.slice(1).join(" ")}`,
      en: `Unexpected argument ${positionals.slice(1).join(" ")}`,
    });
  }
  const name = oneOf("schema", "name", positionals[0], SCHEMA_NAMES, "description", true);
  const folder = schemasFolder();
  const file = folder === undefined ? undefined : join(folder, `${name}.schema.json`);
  if (file === undefined || !existsSync(file)) {
    throw new CliError([
      {
        file: `schemas/${name}.schema.json`,
        code: "schema-missing",
        message: { ja: "パッケージに JSON Schema のファイルがない", en: "The package has no such JSON Schema file" },
        hint: { ja: "開発中なら npm run gen:schemas で生成すること", en: "In a checkout, generate them with npm run gen:schemas" },
      },
    ]);
  }
  const text = readFileSync(file, "utf8");
  if (values.out === undefined) io.stdout.write(text);
  else await writeOutput(values.out, text, { stdout: io.stdout });
  return EXIT.ok;
}
