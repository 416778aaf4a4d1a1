import { describeApplicability } from "../../checks/applicability-text.js";
import { builtinChecks } from "../../checks/index.js";
import { messageBasis } from "../../engine/messages.js";
import { suggest } from "../../input/suggest.js";
import type { MessageTemplate, TargetKind } from "../../model/finding.js";
import { SEVERITY_LABELS, TARGET_KIND_LABELS } from "../../model/values/finding.js";
import { MEASURE_AREAS } from "../../model/values/measure-area.js";
import type { ThreatId } from "../../model/threat.js";
import { THREATS } from "../../model/values/threat.js";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { getClause } from "../../policy/clauses.js";
import { oneOf, parseCommandArgs, usageError } from "../args.js";
import { type CliIo, CliError, EXIT, type Lang } from "../context.js";
import { basisLabel, declaredMeta } from "./checks.js";

/** `secpolicy explain <check-id>`: everything about one check, with the policy's clause text. */
export async function explainCommand(args: readonly string[], io: CliIo, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs("explain", args, { format: { type: "string" } });
  const format = oneOf("explain", "format", values.format, ["text", "json"] as const, "text");
  const id = positionals[0];
  if (id === undefined || positionals.length > 1) {
    throw usageError(
      "explain",
      "missing-check-id",
      { ja: "説明するチェックの id を1つ指定すること", en: "Name one check id to explain" },
      { ja: "一覧：secpolicy checks", en: "List them: secpolicy checks" },
    );
  }
  const check = builtinChecks.find((c) => c.meta.id === id);
  if (check === undefined) {
    const close = suggest(
      id,
      builtinChecks.map((c) => c.meta.id),
    );
    throw new CliError([
      {
        file: "secpolicy explain",
        code: "unknown-check",
        message: { ja: `チェック "${id}" はない`, en: `There is no check "${id}"` },
        hint:
          close === undefined
            ? { ja: "一覧：secpolicy checks", en: "List them: secpolicy checks" }
            : { ja: `"${close}" の誤りではないか`, en: `Did you mean "${close}"?` },
      },
    ]);
  }
  const meta = check.meta;
  const clauses = meta.clauses.map((c) => {
    const clause = getClause(c);
    return { id: c, title: clause?.title ?? { ja: "", en: "" }, ...(clause?.text === undefined ? {} : { text: clause.text }) };
  });
  if (format === "json") {
    io.stdout.write(`${JSON.stringify({ ...declaredMeta(check), clauseText: clauses }, null, 2)}\n`);
    return EXIT.ok;
  }
  const L =
    lang === "ja"
      ? {
          clauses: "根拠条項",
          basis: "根拠",
          severity: "重大度",
          target: "対象",
          area: "対策区分",
          threats: "脅威",
          messages: "メッセージ",
          remediation: "対応方法",
          applies: "適用条件",
          practice: "。基本方針の文言ではない",
        }
      : {
          clauses: "Clauses",
          basis: "Basis",
          severity: "Severity",
          target: "Target",
          area: "Area",
          threats: "Threats",
          messages: "Messages",
          remediation: "Remediation",
          applies: "Applies to",
          practice: "; not the policy's own words",
        };
  const other: Lang = lang === "ja" ? "en" : "ja";
  const out: string[] = [`${meta.id}`, `  ${meta.title[lang]}`, `  ${meta.title[other]}`, ""];
  if (meta.description !== undefined) out.push(meta.description[lang], "");
  out.push(`${L.clauses}:`);
  for (const clause of clauses) {
    out.push(`  ${clause.id} ${clause.title.ja} / ${clause.title.en}`);
    if (clause.text !== undefined) out.push(`    「${clause.text}」`);
  }
  out.push(
    "",
    `${L.basis}: ${basisLabel(meta.basis, lang)}${lang === "ja" ? "（" : " ("}${meta.basis}${meta.basis === "practice" ? L.practice : ""}${lang === "ja" ? "）" : ")"}${meta.guideline === undefined ? "" : ` — ${meta.guideline}`}`,
    `${L.severity}: ${SEVERITY_LABELS[meta.severity][lang]}${lang === "ja" ? `（${meta.severity}）` : ""}`,
    `${L.area}: ${MEASURE_AREAS[meta.area][lang]}（${MEASURE_AREAS[meta.area].clause}）`,
    `${L.target}: ${TARGET_KIND_LABELS[meta.target as TargetKind][lang]}`,
    `${L.threats}: ${meta.threats.map((t: ThreatId) => `${THREATS[t].clause} ${THREATS[t].title[lang]}`).join(lang === "ja" ? "、" : "; ")}`,
  );
  if (meta.applicability !== undefined) {
    const lines = describeApplicability(meta.target as TargetKind, meta.applicability, hitoyoshiProfile)[lang].slice(1);
    out.push(`${L.applies}:`, ...lines.map((line) => `  ${line}`));
  }
  out.push("", `${L.messages}:`);
  for (const [messageId, text] of Object.entries(meta.messages) as [string, MessageTemplate][]) {
    out.push(`  ${messageId}`, `    ${text.ja}`, `    ${text.en}`);
    const own = messageBasis(meta, text);
    if (own.basis !== meta.basis || text.reference !== undefined) {
      const reference = own.reference === undefined ? "" : ` — ${own.reference[lang]}`;
      const open = lang === "ja" ? "（" : " (";
      const close = lang === "ja" ? "）" : ")";
      out.push(
        `    ${L.basis}: ${basisLabel(own.basis, lang)}${open}${own.basis}${own.basis === "practice" ? L.practice : ""}${close}${reference}`,
      );
    }
  }
  out.push("", `${L.remediation}:`, `  ${meta.remediation.ja}`, `  ${meta.remediation.en}`);
  io.stdout.write(`${out.join("\n")}\n`);
  return EXIT.ok;
}
