import { suggest } from "../engine/suggest.js";
import { formatDiagnostic } from "../io/diagnostic.js";
import { VERSION } from "../version.js";
import { oneOf, usageError } from "./args.js";
import { type CliIo, CliError, EXIT, type Lang, langFromEnv } from "./context.js";
import { HELP } from "./help.js";

const COMMANDS = ["check", "init", "import", "schema", "checks", "explain"] as const;
type Command = (typeof COMMANDS)[number];

/** The language: --lang (anywhere in the arguments) wins over the environment. */
function languageOf(args: readonly string[], io: CliIo): Lang {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") break;
    const value = arg === "--lang" ? args[i + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (value !== undefined) return oneOf("", "lang", value, ["ja", "en"] as const, "ja");
  }
  return langFromEnv(io.env);
}

async function dispatch(command: Command, args: readonly string[], io: CliIo, lang: Lang): Promise<number> {
  // Commands load on demand, so --help and --version stay fast.
  switch (command) {
    case "check":
      return (await import("./commands/check.js")).checkCommand(args, io, lang);
    case "init":
      return (await import("./commands/init.js")).initCommand(args, io);
    case "import":
      return (await import("./commands/import.js")).importCommand(args, io);
    case "schema":
      return (await import("./commands/schema.js")).schemaCommand(args, io);
    case "checks":
      return (await import("./commands/checks.js")).checksCommand(args, io, lang);
    case "explain":
      return (await import("./commands/explain.js")).explainCommand(args, io, lang);
  }
}

/**
 * Runs the command line and returns the exit code: 0 nothing failing, 1 failing findings,
 * 2 usage error or unusable input. Never throws; unexpected errors are reported without a stack
 * trace unless SECPOLICY_DEBUG is set.
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  let lang: Lang = "ja";
  try {
    lang = languageOf(args, io);
    const [first, ...rest] = args;
    if (first === "--version" || first === "-v") {
      io.stdout.write(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (first === undefined || first === "--help" || first === "-h" || first === "help") {
      const topic = first === "help" ? rest[0] : undefined;
      io.stdout.write(
        topic !== undefined && (COMMANDS as readonly string[]).includes(topic) ? HELP[topic as Command][lang] : HELP.main[lang],
      );
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first.startsWith("-") && first !== "--lang" && !first.startsWith("--lang=")) {
      throw usageError(
        "",
        "unknown-option",
        { ja: `不明なオプション ${first}`, en: `Unknown option ${first}` },
        {
          ja: "コマンドを先に書くこと（例：secpolicy check --format json a.yaml）",
          en: "Put the command first (e.g. secpolicy check --format json a.yaml)",
        },
      );
    }
    const withoutLang = first === "--lang" ? rest.slice(1) : first.startsWith("--lang=") ? rest : args;
    const [name, ...commandArgs] = withoutLang;
    if (name !== undefined && !(COMMANDS as readonly string[]).includes(name)) {
      const close = suggest(name, COMMANDS);
      throw usageError(
        "",
        "unknown-command",
        { ja: `不明なコマンド ${JSON.stringify(name)}`, en: `Unknown command ${JSON.stringify(name)}` },
        close === undefined
          ? { ja: `使えるコマンド：${COMMANDS.join(" | ")}`, en: `Commands: ${COMMANDS.join(" | ")}` }
          : {
              ja: `${close} の誤りではないか（コマンド：${COMMANDS.join(" | ")}）`,
              en: `Did you mean ${close}? (commands: ${COMMANDS.join(" | ")})`,
            },
      );
    }
    const command = oneOf("", "command", name, COMMANDS, "check");
    if (commandArgs.includes("--help") || commandArgs.includes("-h")) {
      io.stdout.write(HELP[command][lang]);
      return EXIT.ok;
    }
    return await dispatch(command, commandArgs, io, lang);
  } catch (error) {
    if (error instanceof CliError || (error instanceof Error && "diagnostics" in error)) {
      for (const d of (error as CliError).diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
      return EXIT.usage;
    }
    const detail = io.env.SECPOLICY_DEBUG ? `\n${error instanceof Error ? error.stack : String(error)}` : "";
    io.stderr.write(
      `secpolicy: error[internal]: 内部エラー：${String(error)} / Internal error: ${String(error)}\n  hint: SECPOLICY_DEBUG=1 で詳細を表示し、不具合として報告すること / Rerun with SECPOLICY_DEBUG=1 and report it as a bug${detail}\n`,
    );
    return EXIT.usage;
  }
}
