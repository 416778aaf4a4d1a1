import { oneOf, parseCommandArgs, usageError } from "../args.js";
import { type CliIo, EXIT } from "../context.js";
import { writeOutput } from "../output.js";
import { CONFIG_TEMPLATE, TEMPLATE_NAMES, TEMPLATES } from "../templates.js";

/** `secpolicy init`: print or write a commented starter description (or configuration file). */
export async function initCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("init", args, {
    template: { type: "string", short: "t" },
    out: { type: "string", short: "o" },
    force: { type: "boolean" },
  });
  if (positionals.length > 0) {
    throw usageError(
      "init",
      "unexpected-argument",
      { ja: `余分な引数 ${positionals.join(" ")}`, en: `Unexpected argument ${positionals.join(" ")}` },
      { ja: "書き出し先は --out で指定すること", en: "Name the output file with --out" },
    );
  }
  const template = oneOf("init", "template", values.template, [...TEMPLATE_NAMES, "xlsx", "config"] as const, "delivery-spec");
  if (template === "xlsx") {
    // The workbook library loads only here.
    const { refuseTerminal } = await import("../../spreadsheet/cli.js");
    if (values.out === undefined) refuseTerminal(io, "init --template xlsx", { ja: "Excel ブック", en: "an Excel workbook" });
    const bytes = await (await import("../../spreadsheet/xlsx.js")).templateWorkbook();
    if (values.out === undefined) io.stdout.write(bytes);
    else await writeOutput(values.out, bytes, { overwrite: values.force === true, stdout: io.stdout });
    return EXIT.ok;
  }
  const text = template === "config" ? CONFIG_TEMPLATE : TEMPLATES[template];
  if (values.out === undefined) io.stdout.write(text);
  else await writeOutput(values.out, text, { overwrite: values.force === true, stdout: io.stdout });
  return EXIT.ok;
}
