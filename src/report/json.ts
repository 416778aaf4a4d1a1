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

/** A marker no finding can produce (JSON escapes control characters), standing where the results go. */
const RESULTS_MARK = "\u0000results\u0000";

/**
 * {@link formatJson} in pieces: the report around its results, then each finding. The pieces
 * join into exactly the text of formatJson, and none is longer than one finding.
 */
export function* jsonChunks(report: Report): Generator<string> {
  const { $schema, ...rest } = report;
  if (rest.results.length === 0) {
    yield formatJson(report);
    return;
  }
  const frame = JSON.stringify({ $schema: $schema ?? REPORT_SCHEMA_ID, ...rest, results: RESULTS_MARK }, null, 2);
  const [head, tail] = frame.split(JSON.stringify(RESULTS_MARK)) as [string, string];
  yield `${head}[`;
  for (let i = 0; i < rest.results.length; i++) {
    const text = JSON.stringify(rest.results[i], null, 2).replaceAll("\n", "\n    ");
    yield `${i === 0 ? "" : ","}\n    ${text}`;
  }
  yield `\n  ]${tail}\n`;
}
