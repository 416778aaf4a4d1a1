import { capDiagnostics, type Diagnostic } from "../io/diagnostic.js";

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  readonly stdout: { write(text: string | Uint8Array): void; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): void };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Today's date `YYYY-MM-DD` (local time): only the CLI reads the clock, never the library. */
  today(): string;
}

export type Lang = "ja" | "en";

/** The language from the environment: LC_ALL, then LC_MESSAGES, then LANG (`en_US.UTF-8` → en); Japanese otherwise. */
export function langFromEnv(env: CliIo["env"]): Lang {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "") ?? "";
  return /^en([_.-]|$)/i.test(value) ? "en" : "ja";
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(io: CliIo, toFile: boolean): boolean {
  if (toFile) return false;
  const noColor = io.env.NO_COLOR;
  if (noColor !== undefined && noColor !== "") return false;
  return io.stdout.isTTY === true;
}

/** A failure the CLI reports with exit code 2 (bad usage or unusable input). */
export class CliError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    // At most a hundred per file, the rest counted: output stays small whatever the input.
    const capped = capDiagnostics(diagnostics);
    super(capped.map((d) => d.message.en).join("; "));
    this.name = "CliError";
    this.diagnostics = capped;
  }
}

/** The local date as `YYYY-MM-DD`. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
