import { describe, expect, it } from "vitest";
import { evaluatedReport, handBuiltReport } from "../../test/support/reports.js";
import { formatMarkdown, mdCell, mdCode } from "./markdown.js";

const md = (report = handBuiltReport(), locale: "ja" | "en" = "ja") => formatMarkdown(report, { locale, color: false });

/** Cells of a table row, split on pipes that are not escaped (as GitHub's table parser does). */
function cells(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** Every table in the document, as rows of cells. */
function tables(doc: string): string[][][] {
  const out: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of doc.split("\n")) {
    if (line.startsWith("|")) {
      current ??= [];
      current.push(cells(line));
    } else if (current !== undefined) {
      out.push(current);
      current = undefined;
    }
  }
  return out;
}

describe("markdown format", () => {
  it("has a title, the policy, profile and date, and a summary", () => {
    const doc = md(evaluatedReport());
    expect(doc.startsWith("# 情報セキュリティポリシー評価レポート\n")).toBe(true);
    expect(doc).toContain("- 基本方針: 人吉市情報セキュリティポリシー 情報セキュリティ基本方針（令和8年3月改定）\n");
    expect(doc).toContain("- プロファイル: `hitoyoshi-2026-03`（αモデル、従来の分類（機密性3・2・1））\n");
    expect(doc).toContain("- 評価基準日: 2026-04-01");
    expect(doc).toContain("| 不適合 | 2 |");
    expect(doc).toContain("| 例外適用 | 1 |");
    expect(doc).toContain("| **合計** | **16** |");
    expect(md(evaluatedReport(), "en")).toContain("# Security policy evaluation report\n");
  });

  // Seventy-ninth review: the filed report named neither the description nor its file.
  it("names every input by its title and file: one on the line, several as a list, an untitled one by its file", () => {
    const doc = md();
    expect(doc).toContain(
      '- 評価した記述:\n  - 人吉市 情報システム台帳（`examples/inventory.yaml`）\n  - 納品仕様書 a\\|b<br>c &lt;script&gt;&amp;"x"\\\\u001b\\[31m\\\\u0001\\`\\*\\_（`examples\\spec file.yaml`）\n- 基本方針:',
    );
    const one = { ...handBuiltReport(), sources: [{ file: "spec.yaml", title: "文書管理 納品仕様書" }] };
    expect(md(one)).toContain("\n- 評価した記述: 文書管理 納品仕様書（`spec.yaml`）\n");
    expect(md(one, "en")).toContain("\n- Descriptions evaluated: 文書管理 納品仕様書 (`spec.yaml`)\n");
    expect(md({ ...one, sources: [{ file: "<stdin>" }] })).toContain("\n- 評価した記述: `<stdin>`\n");
    // A report from evaluate() does not know its files: the caller's descriptions name them.
    const report = evaluatedReport();
    expect(report.sources).toBeUndefined();
    expect(md(report)).not.toContain("評価した記述");
    const description = { title: "人吉市 情報システム台帳", systems: [] } as never;
    expect(formatMarkdown(report, { locale: "ja", color: false, sources: [{ file: "a.yaml", description }] })).toContain(
      "\n- 評価した記述: 人吉市 情報システム台帳（`a.yaml`）\n",
    );
  });

  it("gives the profile in words, and a value it has no words for as it is", () => {
    expect(md(handBuiltReport(), "en")).toContain("- Profile: `hitoyoshi-2026-03` (the α model, legacy scheme (C3, C2, C1))\n");
    const beta = { ...handBuiltReport(), profile: { id: "town", networkModel: "beta-prime", classificationScheme: "r6" } };
    expect(md(beta)).toContain("- プロファイル: `town`（β'モデル、令和6年10月改定の分類（機密性3A・3B・3C・2・1））\n");
    const odd = { ...handBuiltReport(), profile: { id: "x", networkModel: "unknown", classificationScheme: "constructor" } };
    expect(md(odd)).toContain("- プロファイル: `x`（unknown、constructor）\n");
  });

  // Seventy-ninth review: 「重大 … 適合 38 対象外 59」 meant nothing to the 課長 who signs the report.
  it("counts by severity only what is to be acted on; passes and not-applicable results are counted by outcome", () => {
    const doc = md(evaluatedReport());
    const [byOutcome, bySeverity] = tables(doc);
    expect(byOutcome!.map((row) => row[0])).toEqual(["結果", "---", "不適合", "証跡不足", "例外適用", "適合", "対象外", "**合計**"]);
    expect(bySeverity![0]).toEqual(["重大度", "不適合", "証跡不足", "例外適用"]);
    expect(bySeverity![2]).toEqual(["重大", "2", "2", "1"]);
    const [, enBySeverity] = tables(md(evaluatedReport(), "en"));
    expect(enBySeverity![0]).toEqual(["Severity", "fail", "needs evidence", "waived"]);
    // A check that could not judge a target is to be acted on too.
    const report = evaluatedReport();
    const errored = {
      ...report,
      summary: {
        ...report.summary,
        byOutcome: { ...report.summary.byOutcome, error: 1 },
        bySeverity: { ...report.summary.bySeverity, high: { ...report.summary.bySeverity.high, error: 1 } },
      },
    };
    const [, withError] = tables(md(errored));
    expect(withError![0]).toEqual(["重大度", "不適合", "証跡不足", "例外適用", "チェックのエラー"]);
    expect(withError![1]).toEqual(["---", "---:", "---:", "---:", "---:"]);
    expect(withError![3]).toEqual(["高", "0", "0", "0", "1"]);
  });

  it("keeps every table rectangular, whatever the report's text contains", () => {
    for (const report of [evaluatedReport(), handBuiltReport()]) {
      for (const locale of ["ja", "en"] as const) {
        for (const table of tables(md(report, locale))) {
          const width = table[0]!.length;
          for (const row of table) expect(row, JSON.stringify(table)).toHaveLength(width);
          expect(table[1]!.every((c) => /^-+:?$/.test(c))).toBe(true);
        }
      }
    }
  });

  it("groups open findings by severity, each with check, clause, location, message and what to do", () => {
    const doc = md();
    const order = ["### 重大（critical）", "### 高（high）", "### 中（medium）", "### 低（low）"].map((h) => doc.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const critical = tables(doc.slice(order[0]))[0]!;
    expect(critical[0]).toEqual(["結果", "チェック", "対象", "根拠", "位置", "内容", "対応"]);
    expect(critical[2]).toEqual([
      "不適合",
      "`lgwan-internet-sanitised`",
      "mail-in",
      "基本方針<br>6(3)② LGWAN接続系<br>2(12) 通信経路の分割<br>2(13) 無害化通信",
      "`examples/delivery-spec.yaml:12:5`",
      "接続 mail-in（web-mail → groupware）は無害化せずに LGWAN接続系とインターネット接続系をつないでいる<br>経路: web-mail（インターネット接続系）\\[mail-in、要変更\\] → groupware（LGWAN接続系）",
      "無害化を経由させること",
    ]);
    expect(doc).toContain("推奨される運用（基本方針の文言ではない）<br>関連条項 6(6) 技術的セキュリティ");
  });

  it("lists waived results and unused exceptions in their own tables", () => {
    const doc = md();
    expect(doc).toContain("## 例外措置を適用した結果");
    expect(doc).toContain("| 決裁-2026-014 | CISO | 2026-09-30 | 生体認証装置の納品待ち |");
    expect(doc).toContain("## どの結果にも当てはまらなかった例外措置");
    expect(doc).toContain("| `mynumber-connections-restricted` | old-system | 決裁-2026-003 | 2026-06-30 | 移行期間中の暫定接続 |");
  });

  it("escapes pipes, newlines, HTML and Markdown punctuation in cells", () => {
    expect(mdCell("a|b")).toBe("a\\|b");
    expect(mdCell("line1\nline2\r\nline3")).toBe("line1<br>line2<br>line3");
    expect(mdCell("<img src=x onerror=alert(1)> & [link](http://x) *em* _u_ ~s~ $x$ `c` \\")).toBe(
      "&lt;img src=x onerror=alert(1)&gt; &amp; \\[link\\](http://x) \\*em\\* \\_u\\_ \\~s\\~ \\$x\\$ \\`c\\` \\\\",
    );
    expect(mdCell("esc\u001b[31m")).toBe("esc\\\\u001b\\[31m");
    expect(mdCode("a|b")).toBe("`a\\|b`");
    expect(mdCode("x`y")).toBe("``x`y``");
    expect(mdCode("`x")).toBe("`` `x ``");
    const doc = md();
    expect(doc).not.toContain("<script>");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test asserts that no control character remains
    expect(doc).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it("says so when there is nothing to fix", () => {
    const report = evaluatedReport();
    const clean = { ...report, results: report.results.filter((f) => f.outcome === "pass") };
    expect(md(clean)).toContain("## 指摘事項\n\n指摘事項なし。\n");
    expect(md(clean, "en")).toContain("## Findings\n\nNo findings.\n");
  });

  it("matches the reviewed output", () => {
    expect(md()).toMatchSnapshot("ja");
    expect(md(handBuiltReport(), "en")).toMatchSnapshot("en");
  });

  it("lists the checks with findings from the report's checks, linking only plain http(s) docs pages", () => {
    const report = handBuiltReport();
    const out = formatMarkdown(report, { locale: "en", color: false });
    expect(out).toContain(
      "| `acme/backup-encrypted` | Backups must be encrypted | recommended practice (not the policy's words) | medium | [Docs](https://acme.example/secpolicy/backup-encrypted) |",
    );
    const hostile = {
      ...report,
      checks: report.checks.map((c) => (c.id === "acme/backup-encrypted" ? { ...c, docsUrl: "javascript:alert(1)" } : c)),
    };
    const row = formatMarkdown(hostile, { locale: "en", color: false })
      .split("\n")
      .find((l) => l.startsWith("| `acme/backup-encrypted` | Backups"));
    expect(row).toBe("| `acme/backup-encrypted` | Backups must be encrypted | recommended practice (not the policy's words) | medium |  |");
  });
});
