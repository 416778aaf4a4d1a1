import type { AnyCheck } from "../../checks/define-check.js";
import { builtinChecks } from "../../checks/index.js";
import { oneOf, parseCommandArgs, usageError } from "../args.js";
import { type CliIo, EXIT, type Lang } from "../context.js";

/** The data-only part of a check's metadata (the applicability predicate is code, not data). */
export function declaredMeta(check: AnyCheck) {
  const { applicability, ...rest } = check.meta;
  if (applicability === undefined) return rest;
  const { when, ...declared } = applicability;
  return { ...rest, applicability: { ...declared, ...(when === undefined ? {} : { condition: true }) } };
}

const BASIS: Readonly<Record<string, { ja: string; en: string }>> = {
  policy: { ja: "基本方針", en: "policy" },
  guideline: { ja: "ガイドライン", en: "guideline" },
  practice: { ja: "推奨される運用", en: "recommended practice" },
};

export function basisLabel(basis: string, lang: Lang): string {
  return BASIS[basis]?.[lang] ?? basis;
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

/** `secpolicy checks`: the catalogue of built-in checks. */
export async function checksCommand(args: readonly string[], io: CliIo, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs("checks", args, { format: { type: "string" } });
  if (positionals.length > 0) {
    throw usageError(
      "checks",
      "unexpected-argument",
      { ja: `余分な引数 ${positionals.join(" ")}`, en: `Unexpected argument ${positionals.join(" ")}` },
      { ja: "1つのチェックの説明は secpolicy explain <id>", en: "To explain one check: secpolicy explain <id>" },
    );
  }
  const format = oneOf("checks", "format", values.format, ["text", "json", "markdown"] as const, "text");
  const checks = [...builtinChecks].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
  if (format === "json") {
    io.stdout.write(`${JSON.stringify(checks.map(declaredMeta), null, 2)}\n`);
    return EXIT.ok;
  }
  if (format === "markdown") {
    const head = lang === "ja" ? "| id | 重大度 | 根拠 | 対策区分 | 条項 | 表題 |" : "| id | severity | basis | area | clauses | title |";
    const rows = checks.map(
      ({ meta }) =>
        `| \`${meta.id}\` | ${meta.severity} | ${basisLabel(meta.basis, lang)} | ${meta.area} | ${meta.clauses.join(", ")} | ${cell(meta.title[lang])} |`,
    );
    io.stdout.write(`${[head, "|---|---|---|---|---|---|", ...rows].join("\n")}\n`);
    return EXIT.ok;
  }
  const width = Math.max(...checks.map((c) => c.meta.id.length));
  const lines = checks.map(
    ({ meta }) =>
      `${meta.id.padEnd(width)}  ${meta.severity.padEnd(8)}  ${meta.basis.padEnd(9)}  ${meta.clauses.join(",").padEnd(8)}  ${meta.title[lang]}`,
  );
  const footer =
    lang === "ja" ? `${checks.length} 件。詳細：secpolicy explain <id>` : `${checks.length} checks. Details: secpolicy explain <id>`;
  io.stdout.write(`${[...lines, "", footer].join("\n")}\n`);
  return EXIT.ok;
}
