/**
 * Basis wording (docs/domain.md): a guideline or practice requirement is never presented as the
 * policy's own words. Findings stand alone in reports, so the rule is checked on the texts that
 * reach users: the fail messages of practice checks say they are recommended practice, no
 * non-policy check claims the policy requires it, and each doc page states its basis.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { type CatalogueEntry, loadCatalogue } from "../../scripts/check-catalogue.js";
import { DOCS_DIR } from "../../scripts/generate-docs.js";
import type { AnyCheck } from "../../src/checks/define-check.js";
import { messageBasis } from "../../src/engine/messages.js";
import type { LocalizedText, MessageTemplate } from "../../src/model/finding.js";

const entries = (await loadCatalogue()).filter((e): e is CatalogueEntry & { check: AnyCheck } => e.check !== undefined);
const nonPolicy = entries.filter((e) => e.check.meta.basis !== "policy");

/** "The policy requires …" and its Japanese forms: an attribution only a policy-basis check may make. */
const CLAIM_JA = /基本方針[^。（(]*?(が|は|により|で)[^。（(]*?(求め|要求|義務付け|定めている|定める)/;
const CLAIM_EN = /\b(basic )?policy\b[^.()]*?\b(requires|demands|mandates)\b/i;

function fail(problems: string[]): void {
  if (problems.length > 0) throw new Error(`${problems.length} problem(s):\n- ${problems.join("\n- ")}`);
}

describe("basis wording", () => {
  it("fail messages of practice checks say recommended practice (推奨)", () => {
    const problems: string[] = [];
    for (const e of entries.filter((x) => x.check.meta.basis === "practice")) {
      const failIds = new Set(
        (e.table?.invalid ?? []).flatMap((c) => c.expected.filter((x) => (x.outcome ?? "fail") === "fail").map((x) => x.messageId)),
      );
      for (const id of failIds) {
        const text = (e.check.meta.messages as Record<string, MessageTemplate | undefined>)[id];
        // A message may rest on the policy's own words where its check rests on practice (audit-current's never).
        if (text === undefined || messageBasis(e.check.meta, text).basis !== "practice") continue;
        if (!text.ja.includes("推奨"))
          problems.push(`${e.path}, message "${id}" (ja) does not say it is recommended practice. Add e.g. 「（推奨される運用：…）」.`);
        if (!/recommend/i.test(text.en))
          problems.push(`${e.path}, message "${id}" (en) does not say it is recommended practice. Add e.g. "(recommended practice: …)".`);
      }
    }
    fail(problems);
  });

  it("guideline and practice checks do not claim the policy requires them", () => {
    const problems: string[] = [];
    for (const e of nonPolicy) {
      const m = e.check.meta;
      const texts: [string, LocalizedText][] = [
        ["title", m.title],
        ["remediation", m.remediation],
        ...Object.entries(m.messages as Record<string, LocalizedText>).map(([id, t]): [string, LocalizedText] => [`message "${id}"`, t]),
      ];
      for (const [where, text] of texts) {
        if (CLAIM_JA.test(text.ja) || CLAIM_EN.test(text.en)) {
          problems.push(
            `${e.path}, ${where}: a ${m.basis} requirement is worded as the policy's own ("${CLAIM_JA.test(text.ja) ? text.ja : text.en}"). Say it comes from the ${m.basis === "guideline" ? "guideline (ガイドライン)" : "recommended practice (推奨される運用)"}, or change the basis to policy if the policy's text says it.`,
          );
        }
      }
    }
    fail(problems);
  });

  it("each check page states its basis in both languages", () => {
    const problems: string[] = [];
    for (const e of entries) {
      const m = e.check.meta;
      let page: string;
      try {
        page = readFileSync(join(DOCS_DIR, "checks", `${m.id}.md`), "utf8");
      } catch {
        problems.push(`docs/checks/${m.id}.md is missing. Run npm run gen:docs.`);
        continue;
      }
      const basis = page.slice(page.indexOf("## 根拠 / Basis"), page.indexOf("\n## ", page.indexOf("## 根拠 / Basis") + 1));
      const want =
        m.basis === "policy"
          ? ["基本方針", "the basic policy itself", "## 根拠条項 / Clauses"]
          : m.basis === "guideline"
            ? ["ガイドライン", "基本方針の文言ではない", "not the basic policy's own words"]
            : ["推奨される運用", "基本方針の文言ではない", "Recommended practice", "not the basic policy's own words"];
      const missing = want.filter((w) => !(w.startsWith("## ") ? page : basis).includes(w));
      if (missing.length > 0)
        problems.push(
          `docs/checks/${m.id}.md does not state its ${m.basis} basis (missing: ${missing.join(", ")}). Run npm run gen:docs; if it persists, fix basisStatement in scripts/check-docs.ts.`,
        );
    }
    fail(problems);
  });
});
