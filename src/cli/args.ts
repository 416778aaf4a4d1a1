import { parseArgs, type ParseArgsConfig } from "node:util";
import { suggest } from "../input/suggest.js";
import type { Diagnostic } from "../io/diagnostic.js";
import { CliError } from "./context.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  lang: { type: "string" },
} as const satisfies Options;

/** A usage problem, reported as `secpolicy <command>: error[code]: …` with a pointer to --help. */
export function usageError(command: string, code: string, message: Diagnostic["message"], hint?: Diagnostic["hint"]): CliError {
  const usage = `secpolicy ${command === "" ? "" : `${command} `}--help`;
  const help = { ja: `使い方：${usage}`, en: `Usage: ${usage}` };
  return new CliError([
    {
      file: `secpolicy ${command}`.trim(),
      code,
      message,
      hint: hint === undefined ? help : { ja: `${hint.ja}（${help.ja}）`, en: `${hint.en} (${help.en})` },
    },
  ]);
}

/** A single-valued option given more than once: an error rather than silently keeping the last. */
export function repeatedOption(command: string, option: string, times: number): CliError {
  const several = option === "out";
  return usageError(
    command,
    "repeated-option",
    { ja: `--${option} が ${times} 回指定された（1回だけ指定できる）`, en: `--${option} was given ${times} times; it takes one value` },
    several
      ? {
          ja: "複数の出力は形式ごとにファイルを付けて書くこと（-f 形式:ファイル、例：-f text -f sarif:report.sarif）",
          en: "For several outputs name each file with its format (-f FORMAT:FILE, e.g. -f text -f sarif:report.sarif)",
        }
      : { ja: `--${option} を1回だけ書くこと`, en: `Give --${option} once` },
  );
}

type ParsedWithTokens<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O & typeof COMMON_OPTIONS; allowPositionals: true; strict: true; tokens: true }>
>;

/** What {@link parseCommandArgs} returns: the options' values and the positionals. */
export type ParsedCommandArgs<O extends Options> = Omit<ParsedWithTokens<O>, "tokens">;

/** Options people try first, and the option of this tool that does what they mean. */
const ALIASES: Readonly<Record<string, string>> = {
  "--output": "--out",
  "--output-file": "--out",
  "--evaluation-date": "--as-of",
  "--evaluationDate": "--as-of",
  "--date": "--as-of",
  "--language": "--lang",
  "--locale": "--lang",
};

/**
 * Parses a command's arguments strictly with node:util parseArgs, turning its errors into
 * bilingual usage errors with a "did you mean" for misspelt options. A string option given twice
 * is an error (parseArgs would keep the last one without a word).
 */
export function parseCommandArgs<O extends Options>(command: string, args: readonly string[], options: O): ParsedCommandArgs<O> {
  const all = { ...COMMON_OPTIONS, ...options } as Options;
  let parsed: ParsedWithTokens<O>;
  try {
    parsed = parseArgs({ args: [...args], options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    const names = Object.keys({ ...COMMON_OPTIONS, ...options }).map((n) => `--${n}`);
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const option = /option '([^']+)'/.exec(message)?.[1] ?? message;
      // The names other tools use, or the description's own field (fifty-first review: --output and --evaluation-date
      // got only the list of options).
      const alias = ALIASES[option.replace(/=.*$/, "")];
      const close = alias !== undefined && names.includes(alias) ? alias : suggest(option.replace(/=.*$/, ""), names);
      throw usageError(
        command,
        "unknown-option",
        { ja: `不明なオプション ${option}`, en: `Unknown option ${option}` },
        close === undefined
          ? { ja: `使えるオプション：${names.join(" ")}`, en: `Options: ${names.join(" ")}` }
          : { ja: `${close} の誤りではないか`, en: `Did you mean ${close}?` },
      );
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const option = /Option '([^']+)'/.exec(message)?.[1] ?? "";
      return throwValue(command, option, message);
    }
    throw usageError(command, "invalid-arguments", { ja: `引数が不正：${message}`, en: `Invalid arguments: ${message}` });
  }
  const counts = new Map<string, number>();
  for (const token of parsed.tokens) if (token.kind === "option") counts.set(token.name, (counts.get(token.name) ?? 0) + 1);
  for (const [name, times] of counts) {
    const option = all[name];
    if (times > 1 && option?.type === "string" && option.multiple !== true) throw repeatedOption(command, name, times);
  }
  const { tokens: _tokens, ...result } = parsed;
  return result;
}

function throwValue(command: string, option: string, message: string): never {
  throw usageError(
    command,
    "invalid-option-value",
    { ja: `オプション ${option} の値が不正`, en: `Invalid value for option ${option}: ${message}` },
    {
      ja: "値が必要なオプションには値を、真偽のオプションには値を付けないこと",
      en: "Give a value to options that take one, and none to flags",
    },
  );
}

/** Checks a string option against its allowed values; absent means the default. */
export function oneOf<const V extends string>(
  command: string,
  option: string,
  value: string | undefined,
  allowed: readonly V[],
  fallback: V,
  positional = false,
): V {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as V;
  const close = suggest(value, allowed);
  // A positional argument is named as the usage line names it (<name>), not as an option nobody typed.
  const label = positional ? `<${option}>` : `--${option}`;
  throw usageError(
    command,
    "invalid-option-value",
    { ja: `${label} に ${JSON.stringify(value)} は使えない`, en: `${label} does not accept ${JSON.stringify(value)}` },
    close === undefined
      ? { ja: `使える値：${allowed.join(" | ")}`, en: `Allowed: ${allowed.join(" | ")}` }
      : {
          ja: `${close} の誤りではないか（使える値：${allowed.join(" | ")}）`,
          en: `Did you mean ${close}? (allowed: ${allowed.join(" | ")})`,
        },
  );
}
