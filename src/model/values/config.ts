/** The output formats without zod; `../config.ts` builds the schemas and re-exports them. */

/**
 * The output formats of `secpolicy check`: the report formatters, GitHub annotations and the
 * worklist (csv, xlsx). A test keeps this list equal to what `--format` accepts.
 */
export const CONFIG_FORMATS = ["text", "json", "sarif", "junit", "markdown", "html", "github", "csv", "xlsx"] as const;
