/** The machine format: the report itself, pointing at its published JSON Schema. */
import type { Report } from "../model/report.js";

/**
 * The `$id` of schemas/report.schema.json (scripts/published-schemas.ts `schemaId`): a URN that
 * names the schema and resolves nowhere; the file itself ships as
 * `hitoyoshi-secpolicy/schemas/report.schema.json`. A string rather than an import of the JSON
 * file, so the bundle stays free of JSON imports; a test keeps the two equal.
 */
export const REPORT_SCHEMA_ID = "urn:hitoyoshi-secpolicy:schema:report";

/** Formats a report as JSON (2-space indent, trailing newline); a `$schema` the report already has is kept. */
export function formatJson(report: Report): string {
  const { $schema, ...rest } = report;
  return `${JSON.stringify({ $schema: $schema ?? REPORT_SCHEMA_ID, ...rest }, null, 2)}\n`;
}
