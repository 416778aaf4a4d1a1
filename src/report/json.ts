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

/** The top-level lists written element by element: they grow with the input (one result per check and target). */
const STREAMED = ["checks", "results"] as const;

/** A marker no value can produce (JSON escapes control characters), standing where a list goes. */
const mark = (key: string) => `\u0000${key}\u0000`;

/**
 * {@link formatJson} in pieces: the report around its lists, then each check and each finding.
 * The pieces join into exactly the text of formatJson, and none is longer than one element.
 */
export function* jsonChunks(report: Report): Generator<string> {
  const { $schema, ...rest } = report;
  const whole: Record<string, unknown> = { $schema: $schema ?? REPORT_SCHEMA_ID, ...rest };
  const streamed = STREAMED.filter((key) => Array.isArray(whole[key]) && (whole[key] as unknown[]).length > 0);
  if (streamed.length === 0) {
    yield formatJson(report);
    return;
  }
  const marked = { ...whole };
  for (const key of streamed) marked[key] = mark(key);
  let frame = JSON.stringify(marked, null, 2);
  // In the order the lists appear in the text.
  const order = streamed
    .map((key) => ({ key, quoted: JSON.stringify(mark(key)) }))
    .sort((a, b) => frame.indexOf(a.quoted) - frame.indexOf(b.quoted));
  for (const { key, quoted } of order) {
    const at = frame.indexOf(quoted);
    yield `${frame.slice(0, at)}[`;
    frame = frame.slice(at + quoted.length);
    const list = whole[key] as unknown[];
    for (let i = 0; i < list.length; i++) {
      const text = JSON.stringify(list[i], null, 2).replaceAll("\n", "\n    ");
      yield `${i === 0 ? "" : ","}\n    ${text}`;
    }
    yield "\n  ]";
  }
  yield `${frame}\n`;
}
