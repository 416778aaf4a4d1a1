import { suggest } from "../input/suggest.js";
import { shown } from "../engine/text.js";
import { formatDiagnostic, formatDiagnostics } from "../io/diagnostic.js";
import { VERSION } from "../version.js";
import { oneOf, repeatedOption, usageError } from "./args.js";
import { type CliIo, CliError, EXIT, type Lang, langFromEnv } from "./context.js";
import { HELP } from "./help.js";

const COMMANDS = ["check", "init", "import", "schema", "checks", "explain"] as const;
type Command = (typeof COMMANDS)[number];

/**
 * Takes `--lang` out of the arguments, wherever it stands before `--` (before or after the
 * command), and returns the language and the other arguments. The environment decides when
 * there is no `--lang`; `chosen` says whether the user named a language (then errors are written
 * in that language only).
 */
export function splitLanguage(args: readonly string[], env: CliIo["env"]): { lang: Lang; chosen: boolean; rest: string[] } {
  const rest: string[] = [];
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") {
      rest.push(...args.slice(i));
      break;
    }
    if (arg === "--lang") {
      const value = args[i + 1];
      if (value === undefined || value.startsWith("-")) {
        throw usageError(
          "",
          "invalid-option-value",
          { ja: "--lang に値がない", en: "--lang needs a value" },
          { ja: "--lang ja か --lang en と書くこと", en: "Write --lang ja or --lang en" },
        );
      }
      values.push(value);
      i++;
    } else if (arg.startsWith("--lang=")) values.push(arg.slice("--lang=".length));
    else rest.push(arg);
  }
  if (values.length > 1) throw repeatedOption("", "lang", values.length);
  const value = values[0];
  if (value !== undefined) return { lang: oneOf("", "lang", value, ["ja", "en"] as const, "ja"), chosen: true, rest };
  const fromEnv = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "") ?? "";
  return { lang: langFromEnv(env), chosen: /^(en|ja)([_.-]|$)/i.test(fromEnv), rest };
}

async function dispatch(command: Command, args: readonly string[], io: CliIo, lang: Lang, langFromFlag: boolean): Promise<number> {
  // Commands load on demand, so --help and --version stay fast.
  switch (command) {
    case "check":
      return (await import("./commands/check.js")).checkCommand(args, io, lang, langFromFlag);
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
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let lang: Lang = "ja";
  let chosen = false;
  try {
    const split = splitLanguage(argv, io.env);
    ({ lang, chosen } = split);
    const args = split.rest;
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
    if (first.startsWith("-")) {
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
    const [name, ...commandArgs] = args as [string, ...string[]];
    if (!(COMMANDS as readonly string[]).includes(name)) {
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
    // A configuration file's lang yields to --lang, not to the environment.
    const langFromFlag = argv.some((a) => a === "--lang" || a.startsWith("--lang="));
    return await dispatch(command, commandArgs, io, lang, langFromFlag);
  } catch (error) {
    if (error instanceof CliError || (error instanceof Error && "diagnostics" in error)) {
      for (const line of formatDiagnostics((error as CliError).diagnostics, chosen ? lang : undefined)) io.stderr.write(`${line}\n`);
      return EXIT.usage;
    }
    const detail = io.env.SECPOLICY_DEBUG ? `\n${error instanceof Error ? error.stack : String(error)}` : "";
    const said = shown(String(error), 500);
    const internal = {
      file: "secpolicy",
      code: "internal",
      message: { ja: `内部エラー：${said}`, en: `Internal error: ${said}` },
      hint: { ja: "SECPOLICY_DEBUG=1 で詳細を表示し、不具合として報告すること", en: "Rerun with SECPOLICY_DEBUG=1 and report it as a bug" },
    };
    io.stderr.write(`${formatDiagnostic(internal, chosen ? lang : undefined)}${detail}\n`);
    return EXIT.usage;
  }
}
