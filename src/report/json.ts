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

/** A marker no value can produce (JSON escapes control characters), standing where a list goes. */
export function listMark(name: string): string {
  return `\u0000${name}\u0000`;
}

/**
 * `JSON.stringify(value, null, 2)` in pieces: `frame` is the value with each long list replaced by
 * {@link listMark}(name), and `lists` gives the lists by name. The pieces join into exactly the
 * text of the value with the lists in place; each list is written one element per piece, so no
 * piece is longer than the frame or one element.
 */
export function* jsonInPieces(frame: unknown, lists: ReadonlyMap<string, Iterable<unknown>>): Generator<string> {
  let rest = JSON.stringify(frame, null, 2);
  const marks = [...lists.keys()]
    .map((name) => ({ name, quoted: JSON.stringify(listMark(name)) }))
    .filter((m) => rest.includes(m.quoted))
    .sort((a, b) => rest.indexOf(a.quoted) - rest.indexOf(b.quoted));
  for (const { name, quoted } of marks) {
    const at = rest.indexOf(quoted);
    const lineStart = rest.lastIndexOf("\n", at) + 1;
    const indent = " ".repeat(/^ */.exec(rest.slice(lineStart, at))?.[0].length ?? 0);
    const inner = `\n${indent}  `;
    let first = true;
    for (const element of lists.get(name) as Iterable<unknown>) {
      // An element JSON cannot write (undefined, a function) is null in a list, as JSON.stringify writes it.
      const text = (JSON.stringify(element, null, 2) ?? "null").replaceAll("\n", inner);
      yield first ? `${rest.slice(0, at)}[${inner}${text}` : `,${inner}${text}`;
      first = false;
    }
    yield first ? `${rest.slice(0, at)}[]` : `\n${indent}]`;
    rest = rest.slice(at + quoted.length);
  }
  yield rest;
}

/** The top-level lists written element by element: they grow with the input (one result per check and target). */
const STREAMED = ["checks", "results"] as const;

/**
 * {@link formatJson} in pieces: the report around its lists, then each check and each finding.
 * The pieces join into exactly the text of formatJson, and none is longer than one element.
 */
export function* jsonChunks(report: Report): Generator<string> {
  const { $schema, ...rest } = report;
  const frame: Record<string, unknown> = { $schema: $schema ?? REPORT_SCHEMA_ID, ...rest };
  const lists = new Map<string, Iterable<unknown>>();
  for (const key of STREAMED) {
    const list = frame[key];
    if (Array.isArray(list) && list.length > 0) {
      lists.set(key, list);
      frame[key] = listMark(key);
    }
  }
  yield* jsonInPieces(frame, lists);
  yield "\n";
}
