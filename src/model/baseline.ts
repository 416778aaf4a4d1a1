import { z } from "zod";
import { doc } from "./registry.js";
import { BASELINE_VERSION } from "./values/baseline.js";

export { BASELINE_VERSION } from "./values/baseline.js";

/** One accepted finding: its fingerprint, and enough beside it for a reviewer to see what it is. */
export const BaselineEntry = doc(
  z.strictObject({
    fingerprint: doc(
      z.string().regex(/^[0-9a-f]{16}$/),
      "指摘の指紋（16桁の16進数。ファイル・チェック・対象・メッセージ・値から計算）",
      "Fingerprint of the finding (16 hex digits, from file, check, target, message and values)",
    ),
    checkId: doc(z.string(), "チェックの id", "Check id"),
    outcome: doc(
      z.enum(["fail", "needs-evidence"]),
      "記録したときの結果（照合には使わない）",
      "Outcome when recorded (for the reader; matching does not use it)",
    ),
    file: doc(
      z.string(),
      "指摘のあるファイル（コマンドラインで指定した名前。位置のない指摘は空）",
      "The file the finding is in, as named on the command line (empty for a finding without a location)",
    ),
    target: doc(
      z.string(),
      "対象（種類:id。id のない対象は JSON ポインタ）",
      "Target (kind:id; a target without an id by its JSON pointer)",
    ),
    messageId: doc(z.string(), "メッセージの id", "Message id"),
  }),
  "ベースラインに記録した指摘の1件",
  "One finding recorded in a baseline",
  "BaselineEntry",
);
export type BaselineEntry = z.infer<typeof BaselineEntry>;

/**
 * A baseline: the findings a project has accepted for now (`secpolicy check --write-baseline`),
 * so that later runs (`--baseline`) report only new ones. Sorted and without a timestamp, so the
 * same findings always give the same file and a change reads well in a diff.
 */
export const BaselineDocument = doc(
  z.strictObject({
    $schema: z.string().optional(),
    tool: doc(z.literal("hitoyoshi-secpolicy"), "このファイルを書いたツール", "The tool that wrote this file"),
    baselineVersion: doc(z.literal(BASELINE_VERSION), "ベースラインの形式の版", "Version of the baseline format"),
    fingerprintVersion: doc(
      z.string(),
      "指紋の計算方法の版（異なる版のベースラインは照合できないため、書き直す）",
      "Version of the fingerprint's inputs (a baseline of another version cannot be matched; write it again)",
    ),
    findings: doc(
      z.array(BaselineEntry),
      "受け入れた指摘。ファイル、チェック、対象、メッセージ、指紋の順。同じ指紋が2件あれば同じ指摘2件分",
      "Accepted findings, ordered by file, check, target, message and fingerprint; a fingerprint listed twice covers two identical findings",
    ),
  }),
  "ベースライン（受け入れ済みの指摘）",
  "Baseline (accepted findings)",
  "BaselineDocument",
);
export type BaselineDocument = z.infer<typeof BaselineDocument>;
