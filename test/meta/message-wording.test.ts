/**
 * The Japanese of an audit report (issue 11, review §5) and an honest basis on every message
 * (review §1). Checked on what users read: every message every table case renders, and every title.
 *
 * - Every message resolves to a basis; a guideline or practice message also to a reference (the
 *   guideline's section by title, or the reason for the recommendation).
 * - No Japanese message, title or remediation carries a raw enum id or an ASCII field name outside parentheses
 *   (「無線LANを使うか（wireless.used）の記載がない」 is right; 「wireless.used が書かれていない」 is not).
 *   Names the user chose (system, asset, terminal group ids…) are theirs and are left out.
 * - 「…の記載がない」, never 「書かれていない」; one form of the practice note: 「（推奨される運用：…）」.
 */
import { describe, it } from "vitest";
import { type CatalogueEntry, loadCatalogue } from "../../scripts/check-catalogue.js";
import type { AnyCheck } from "../../src/checks/define-check.js";
import { messageBasis, renderTemplate } from "../../src/engine/messages.js";
import type { MessageTemplate } from "../../src/model/finding.js";
import { renderedProblems } from "../support/table-problems.js";

/** Message data that holds a name the user chose (an id), not a value of the library's vocabulary. */
const NAME_KEYS: ReadonlySet<string> = new Set([
  "system",
  "systems",
  "machine",
  "group",
  "asset",
  "assets",
  "subject",
  "connection",
  "connections",
  "server",
  "servers",
  "groups",
  "vendor",
  "service",
  "account",
  "end",
  "from",
  "to",
  "software",
  // the three-zone checks name parts, hops, paths and hosts by the ids the description gives them
  "part",
  "hop",
  "path",
  // the same in words: the description's ids joined with network names (test/wording/path-words.test.ts checks those)
  "hopJa",
  "pathJa",
  // places as the description writes them (cloud-data-location)
  "places",
  "outsideJa",
  "target",
  "host",
  "unstated",
  // an approver as the description writes it, quoted (a name in Latin letters is theirs too)
  "approver",
  "approvedBy",
]);

/** ASCII words that are Japanese usage (acronyms and product words), allowed outside parentheses. */
const ASCII_WORDS: ReadonlySet<string> = new Set([
  "SaaS",
  "Wi-Fi",
  "WPA2/WPA3-Enterprise",
  "WPA2-Enterprise",
  "WPA3-Enterprise",
  "WPA2-Personal",
  "WPA3-Personal",
]);

const entries = (await loadCatalogue()).filter((e): e is CatalogueEntry & { check: AnyCheck } => e.check !== undefined);

/** The text with every parenthesised part (full- or half-width, nested) removed. */
function outsideParentheses(text: string): string {
  let depth = 0;
  let out = "";
  for (const ch of text) {
    if (ch === "（" || ch === "(") depth += 1;
    else if (ch === "）" || ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/** ASCII words with a lower-case letter (field names, enum ids) outside parentheses; upper-case acronyms (LGWAN, CSIRT, C3) pass. */
function rawWords(text: string): string[] {
  const words = outsideParentheses(text).match(/[A-Za-z][A-Za-z0-9._/'-]*/g) ?? [];
  return words.filter((w) => /[a-z]/.test(w) && !ASCII_WORDS.has(w));
}

function fail(problems: readonly string[]): void {
  if (problems.length > 0) throw new Error(`${problems.length} problem(s):\n- ${[...new Set(problems)].join("\n- ")}`);
}

describe("message wording", () => {
  it("the scanner finds raw ids outside parentheses and only there", () => {
    const found = [
      rawWords("端末群 〇（mynumber）の無線LANの used（wireless）の記載がない"),
      rawWords("beta モデルの条件"),
      rawWords("無線LANを使うか（wireless.used）の記載がない"),
      rawWords("LGWAN接続系の CSIRT と C3 の情報（handling（protectFrom））"),
    ];
    if (JSON.stringify(found) !== JSON.stringify([["used"], ["beta"], [], []])) throw new Error(`scanner broken: ${JSON.stringify(found)}`);
  });

  it("every message resolves to a basis, and every guideline or practice message to a reference", () => {
    const problems: string[] = [];
    for (const e of entries) {
      for (const [id, message] of Object.entries(e.check.meta.messages as Record<string, MessageTemplate>)) {
        const own = messageBasis(e.check.meta, message);
        if (own.basis !== "policy" && own.reference === undefined)
          problems.push(
            `${e.path}, message "${id}" rests on ${own.basis} but names no reference. Give the message a reference (the guideline's section by title, or why the practice is recommended)${own.basis === "guideline" ? ", or the check a meta.guideline" : ""}.`,
          );
        if (
          own.basis === "guideline" &&
          own.reference !== undefined &&
          !/ガイドライン|guideline/i.test(`${own.reference.ja}${e.check.meta.guideline ?? ""}`)
        )
          problems.push(`${e.path}, message "${id}": its guideline reference does not say which document (ガイドライン…).`);
      }
      if (e.check.meta.guideline !== undefined && /第\d+編\s*\d|\d+\.\d+\(\d+\)/.test(e.check.meta.guideline))
        problems.push(
          `${e.path}: meta.guideline cites a section number ("${e.check.meta.guideline}"). Name the section by its title and the revision.`,
        );
    }
    fail(problems);
  });

  it("Japanese titles, templates and remediation use 「…の記載がない」, one form of the practice note, and no raw field names", () => {
    const problems: string[] = [];
    for (const e of entries) {
      const texts: [string, string][] = [
        ["title", e.check.meta.title.ja],
        // What to do is read beside every failing finding ("対応："), so it speaks the same way.
        ["remediation", e.check.meta.remediation.ja],
        ...Object.entries(e.check.meta.messages as Record<string, MessageTemplate>).map(([id, m]): [string, string] => [
          `message "${id}"`,
          m.ja,
        ]),
      ];
      for (const [where, ja] of texts) {
        if (ja.includes("書かれていない")) problems.push(`${e.path}, ${where}: 「書かれていない」. Write 「…の記載がない」.`);
        if (/推奨される運用（/.test(ja)) problems.push(`${e.path}, ${where}: write the practice note as 「（推奨される運用：…）」.`);
        const raw = rawWords(ja.replace(/\{\{[^}]*\}\}/g, "〇"));
        if (raw.length > 0) problems.push(`${e.path}, ${where}: ${raw.join(", ")} outside parentheses in 「${ja}」.`);
      }
    }
    fail(problems);
  });

  it("no Japanese message the tables render shows a raw id or field name outside parentheses", () => {
    const problems: string[] = [];
    for (const e of entries) {
      for (const { caseName, finding: f } of renderedProblems(e)) {
        const template = (e.check.meta.messages as Record<string, MessageTemplate>)[f.messageId];
        if (template === undefined) continue;
        // The user's own names are neutralised; every other value must read as Japanese.
        const data = Object.fromEntries(Object.entries(f.data ?? {}).map(([k, v]) => [k, NAME_KEYS.has(k) ? "〇" : v]));
        const raw = rawWords(renderTemplate(template.ja, data));
        if (raw.length > 0)
          problems.push(
            `${e.path}, message "${f.messageId}" (case "${caseName}"): ${raw.join(", ")} outside parentheses in 「${f.message.ja}」. Render the value through its label table, or put the field name in parentheses after the Japanese words.`,
          );
      }
    }
    fail(problems);
  });
});
