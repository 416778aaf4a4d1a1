import { stringify } from "yaml";
import { groupInputs } from "../../spreadsheet/detect.js";
import { parseCommandArgs, usageError } from "../args.js";
import { type CliIo, EXIT } from "../context.js";
import { writeOutput } from "../output.js";

/** `secpolicy import`: a register workbook or CSV files → one YAML description. */
export async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("import", args, {
    out: { type: "string", short: "o" },
    force: { type: "boolean" },
  });
  const inputs = groupInputs(positionals);
  if (inputs.length !== 1) {
    throw usageError(
      "import",
      positionals.length === 0 ? "missing-file" : "too-many-files",
      positionals.length === 0
        ? { ja: "台帳のファイルを指定すること", en: "Name the register to import" }
        : { ja: "変換できる台帳は1つだけ", en: "Import one register at a time" },
      {
        ja: "例：secpolicy import 台帳.xlsx > system.yaml（CSV はシートごとのファイルを並べるかフォルダを指定）",
        en: "e.g. secpolicy import register.xlsx > system.yaml (CSV: list the per-sheet files or pass their folder)",
      },
    );
  }
  const { registerInput } = await import("../../spreadsheet/cli.js");
  const { value } = await registerInput(inputs[0] as string | readonly string[], io);
  const text = `# yaml-language-server: $schema=./node_modules/hitoyoshi-secpolicy/schemas/description.schema.json\n${stringify(value, { lineWidth: 0 })}`;
  if (values.out === undefined) io.stdout.write(text);
  else await writeOutput(values.out, text, { overwrite: values.force === true, stdout: io.stdout });
  return EXIT.ok;
}
