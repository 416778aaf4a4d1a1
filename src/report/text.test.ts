import { describe, expect, it } from "vitest";
import { evaluatedReport, HOSTILE, handBuiltReport } from "../../test/support/reports.js";
import { formatText } from "./text.js";

const ESC = "\u001b";
const text = (report = handBuiltReport(), locale: "ja" | "en" = "ja", color = false) => formatText(report, { locale, color });

/** The group headings (unindented, non-empty lines after the head, which ends at the first blank line, before the summary). */
function headings(out: string): string[] {
  const lines = out.split("\n");
  return lines
    .slice(lines.indexOf("") + 1, -2)
    .filter((line) => line !== "" && !line.startsWith(" ") && !line.endsWith(":") && !/の重大度：| by severity: /u.test(line));
}

describe("text format", () => {
  it("groups by system in description order, then other targets by kind", () => {
    // Systems are headed by their names as the description gives them, with the id and pointer beside.
    expect(headings(text(evaluatedReport()))).toEqual([
      "システム 住民記録システム（juki、/systems/0）",
      "システム 財務会計（finance、/systems/3）",
      "接続",
    ]);
    expect(headings(text(evaluatedReport(), "en"))).toEqual([
      "System 住民記録システム (juki, /systems/0)",
      "System 財務会計 (finance, /systems/3)",
      "Connections",
    ]);
    expect(headings(text()).slice(0, 3)).toEqual(["記述全体", "システム juki (/systems/0)", "システム groupware (/systems/1)"]);
  });

  it("heads the report with the policy's name, every input by title and file, and the profile in words", () => {
    const out = text();
    expect(out.startsWith("hitoyoshi-secpolicy 0.1.0 — 人吉市情報セキュリティポリシー 情報セキュリティ基本方針（令和8年3月改定）\n")).toBe(
      true,
    );
    expect(out).toContain(
      '\n評価した記述:\n  - 人吉市 情報システム台帳（examples/inventory.yaml）\n  - 納品仕様書 a|b\\nc <script>&"x"\\u001b[31m\\u0001`*_（examples\\spec file.yaml）\n' +
        "プロファイル: hitoyoshi-2026-03（αモデル、従来の分類（機密性3・2・1））  評価基準日: 2026-04-01\n\n",
    );
    const one = { ...handBuiltReport(), sources: [{ file: "spec.yaml", title: "文書管理 納品仕様書" }] };
    expect(text(one)).toContain("\n評価した記述: 文書管理 納品仕様書（spec.yaml）\n");
    expect(text(one, "en")).toContain(
      "\nDescriptions evaluated: 文書管理 納品仕様書 (spec.yaml)\nProfile: hitoyoshi-2026-03 (the α model, legacy scheme (C3, C2, C1))  Evaluation date: 2026-04-01\n",
    );
    expect(text({ ...one, sources: [{ file: "<stdin>" }] })).toContain("\n評価した記述: <stdin>\n");
    expect(text(evaluatedReport())).not.toContain("評価した記述");
  });

  it("orders a group by severity, then fail before needs-evidence", () => {
    const out = text(evaluatedReport(), "en");
    const connections = out.slice(out.indexOf("\nConnections\n"));
    const heads = connections.split("\n").filter((l) => /^ {2}\S/.test(l));
    expect(heads.map((l) => l.replace(/ \/connections\S*$/, "").trim())).toEqual([
      "✖ fail [critical] lgwan-internet-sanitised mail-in",
      "✖ fail [critical] mynumber-connections-restricted juki-link",
      "? needs evidence [critical] mynumber-connections-restricted juki-link",
      "? needs evidence [critical] mynumber-connections-restricted juki-link",
    ]);
  });

  it("shows file:line:column when located and the JSON pointer otherwise", () => {
    const out = text();
    expect(out).toContain("lgwan-internet-sanitised mail-in examples/delivery-spec.yaml:12:5");
    expect(out).toContain("zone-declared /systems/2/zone");
    expect(out).toContain("acme/inventory-complete （記述全体）");
  });

  it("gives the clauses, the basis, the message and what to do", () => {
    const out = text();
    expect(out).toContain("根拠: 基本方針 6(3)② LGWAN接続系、2(12) 通信経路の分割、2(13) 無害化通信");
    expect(out).toContain("対応: 無害化を経由させること");
    expect(out).toContain("経路: web-mail（インターネット接続系）[mail-in、要変更] → groupware（LGWAN接続系）");
    // Recommended practice and the guideline are never passed off as the policy's words.
    expect(out).toContain("根拠: 推奨される運用（基本方針の文言ではない）。関連条項 6(6) 技術的セキュリティ");
    expect(out).toContain("根拠: 総務省ガイドライン。関連条項 6(2) 情報資産の分類と管理");
    const en = text(handBuiltReport(), "en");
    expect(en).toContain("Basis: basic policy 6(3)② LGWAN zone; 2(12) Path separation; 2(13) Sanitised communication");
    expect(en).toContain("What to do: Route the traffic through sanitisation");
    expect(en).toContain("Connection mail-in (web-mail → groupware) joins the LGWAN and internet zones without sanitisation");
    // No Japanese in the English output but the description's own data (the waiver's words).
    expect(en.replace(/決裁-2026-0\d\d|生体認証装置の納品待ち|人吉市 情報システム台帳|納品仕様書/g, "")).not.toMatch(
      /[\u3040-\u30ff\u4e00-\u9fff]/,
    );
  });

  it("lists waived results with their exception and unused exceptions", () => {
    expect(text(evaluatedReport())).toContain(
      "  ~ 例外適用 [重大] mynumber-terminal-mfa /systems/0/terminalGroups/0/authenticationFactors\n" +
        "      端末群 マイナンバー系端末（mn-pc）のログインの認証要素はパスワードだけで、多要素になっていない（authenticationFactors: password）\n" +
        "      求めること: マイナンバー利用事務系の端末には多要素認証を導入すること\n" +
        "      根拠: 基本方針 6(3)① マイナンバー利用事務系\n" +
        "      例外措置 決裁-2026-014（承認：CISO、期限：2026年9月30日）理由：生体認証装置の納品待ち。代替措置：端末の利用者を限定し、操作ログを毎日確認する\n",
    );
    const out = text();
    expect(out).toContain("例外措置 決裁-2026-014（承認：CISO、期限：2026年9月30日）理由：生体認証装置の納品待ち");
    expect(out).toContain(
      "どの結果にも当てはまらなかった例外措置:\n  例外措置は不適合（fail）の結果にだけ適用される。確認事項（needs-evidence）は、求められた事実を記載して解消すること\n  - mynumber-connections-restricted old-system 決裁-2026-003 (2026-06-30)",
    );
  });

  it("counts pass and not-applicable results without listing them", () => {
    const report = evaluatedReport();
    const out = text(report);
    expect(out.trimEnd().split("\n").at(-1)).toBe("結果 16 件: 不適合 2、証跡不足 3、例外適用 1、適合 3、対象外 7");
    expect(text(report, "en").trimEnd().split("\n").at(-1)).toBe(
      "16 results: 2 fail, 3 needs evidence, 1 waived, 3 pass, 7 not applicable",
    );
    expect(out).not.toContain("✔");
    expect(out).not.toContain(" - 対象外");
    // A list left short (as --quiet leaves it) says what it leaves out; 「指摘事項なし」 only when nothing is left out.
    const short = { ...report, results: report.results.filter((f) => f.outcome === "pass") };
    expect(text(short)).toContain("\n一覧に示す指摘事項なし（一覧から除いた結果：不適合 2 件、証跡不足 3 件、エラー 0 件）\n");
    expect(text(short, "en")).toContain("\nNo findings listed (left out of the list: 2 fail, 3 needs-evidence, 0 error)\n");
    const clean = {
      ...short,
      summary: { ...report.summary, byOutcome: { ...report.summary.byOutcome, fail: 0, "needs-evidence": 0, error: 0 } },
    };
    expect(text(clean)).toContain("\n指摘事項なし\n");
  });

  it("colours only when asked", () => {
    expect(text(evaluatedReport())).not.toContain(ESC);
    const coloured = text(evaluatedReport(), "ja", true);
    expect(coloured).toContain(`${ESC}[31m✖ 不適合${ESC}[0m`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test asserts that no control character remains
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(text(evaluatedReport()));
  });

  it("prints control characters from a description as visible escapes", () => {
    const out = text(handBuiltReport(), "ja", true);
    expect(HOSTILE).toContain(ESC);
    expect(out).toContain('a|b\\nc <script>&"x"\\u001b[31m\\u0001`*_');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test asserts that no control character remains
    expect(out.replace(/\u001b\[[0-9;]*m/g, "")).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it("is deterministic", () => {
    expect(text(evaluatedReport())).toBe(text(evaluatedReport()));
  });

  it("matches the reviewed output", () => {
    expect(text()).toMatchSnapshot("ja");
    expect(text(handBuiltReport(), "en")).toMatchSnapshot("en");
  });

  it("states each finding's requirement from the report's checks, custom checks included", () => {
    const out = text(handBuiltReport(), "en");
    expect(out).toContain("      Recommended practice: backup backup-1 is not encrypted\n      Requirement: Backups must be encrypted\n");
    // A report that does not describe a check shows no requirement line rather than a guess.
    const bare = { ...handBuiltReport(), checks: [] };
    expect(text(bare, "en")).not.toContain("Requirement:");
  });
});
