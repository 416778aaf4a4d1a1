/**
 * Reading and validating a baseline file (`secpolicy check --baseline FILE`) against the model
 * behind schemas/baseline.schema.json; kept apart from ./baseline.ts so that the zod schema loads
 * only when a run reads a baseline (issue 18, target 5).
 */
import { parseWith } from "../input/parse-description.js";
import { shown } from "../engine/text.js";
import { type Diagnostic, InputError } from "../io/diagnostic.js";
import { issuesToDiagnostics } from "../io/issues.js";
import { readSource } from "../io/read.js";
import { BaselineDocument } from "../model/baseline.js";
import { FINGERPRINT_VERSION } from "../report/fingerprint.js";
import { CliError } from "./context.js";

const REWRITE = {
  ja: "secpolicy check … --write-baseline FILE で書き直すこと",
  en: "Write it again with secpolicy check … --write-baseline FILE",
};

/**
 * Validates a parsed baseline file: its shape (a foreign JSON file, e.g. a report or SARIF, is
 * refused at its first difference) and its fingerprint version. Problems are located diagnostics.
 */
export function parseBaseline(source: {
  readonly file: string;
  readonly value: unknown;
  locate(pointer: string): { line: number; column: number } | undefined;
}): { ok: true; value: BaselineDocument } | { ok: false; diagnostics: Diagnostic[] } {
  const parsed = parseWith(BaselineDocument, source.value);
  if (!parsed.ok) {
    const diagnostics = issuesToDiagnostics(source as Parameters<typeof issuesToDiagnostics>[0], parsed.issues).map((d) => ({
      ...d,
      message: {
        ja: `ベースラインのファイルとして読めない：${d.message.ja}`,
        en: `Not a usable baseline file: ${d.message.en}`,
      },
      hint:
        d.hint === undefined ? REWRITE : { ja: `${d.hint.ja}。または${REWRITE.ja}`, en: `${d.hint.en}; or ${REWRITE.en.toLowerCase()}` },
    }));
    return { ok: false, diagnostics };
  }
  if (parsed.value.fingerprintVersion !== FINGERPRINT_VERSION) {
    const said = shown(parsed.value.fingerprintVersion, 80);
    return {
      ok: false,
      diagnostics: [
        {
          file: source.file,
          ...(source.locate("/fingerprintVersion") ?? {}),
          code: "baseline-fingerprint-version",
          message: {
            ja: `このベースラインの指紋は版 ${shown(parsed.value.fingerprintVersion, 80, "ja")} で、このバージョンの secpolicy の ${FINGERPRINT_VERSION} と照合できない`,
            en: `This baseline's fingerprints are of version ${said}; this secpolicy computes ${FINGERPRINT_VERSION} and cannot match them`,
          },
          hint: REWRITE,
          pointer: "/fingerprintVersion",
        },
      ],
    };
  }
  return { ok: true, value: parsed.value };
}

/**
 * Reads a baseline file (JSON, with the same safe reader as every input).
 *
 * @throws CliError with located, bilingual diagnostics.
 */
export async function readBaseline(path: string): Promise<BaselineDocument> {
  let source: Awaited<ReturnType<typeof readSource>>;
  try {
    source = await readSource(path);
  } catch (error) {
    if (error instanceof InputError) throw new CliError(error.diagnostics);
    throw error;
  }
  const parsed = parseBaseline(source);
  if (!parsed.ok) throw new CliError(parsed.diagnostics);
  return parsed.value;
}
