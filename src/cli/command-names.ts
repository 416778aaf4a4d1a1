/**
 * The commands of `secpolicy`, in the order help lists them: one list for the dispatcher
 * (./run.ts) and for the entry that picks each command's code cache (./main.ts), which must stay
 * small and so imports nothing else of the command line.
 */
export const COMMANDS = ["check", "init", "import", "schema", "checks", "explain"] as const;

/** A command's name. */
export type Command = (typeof COMMANDS)[number];
