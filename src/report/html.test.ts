import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { poison, sampleDescription } from "../../test/browser/sample.js";
import { evaluate } from "../builtin.js";
import { parseDescription } from "../input/parse-description.js";
import type { Description } from "../model/description.js";
import { formatReport, REPORT_FORMATS } from "./index.js";
import { HTML_SCRIPT, HTML_STYLE } from "./html-assets.js";
import { formatHtml, stablePath } from "./html.js";
import { base64, sha256 } from "./sha256.js";

const PAYLOAD = `<script>alert(1)</script>"><img src=x onerror=alert(2)>'`;

function parsed(value: unknown): Description {
  const result = parseDescription(value);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function render(value: unknown, locale: "ja" | "en" = "ja"): string {
  const description = parsed(value);
  return formatHtml(evaluate(description), { locale, descriptions: [description] });
}

/** Fisher–Yates with a seeded generator, so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe("sha256", () => {
  it("agrees with node:crypto on lengths around the block boundaries and on non-ASCII text", () => {
    for (const text of ["", "abc", "a".repeat(55), "a".repeat(56), "a".repeat(64), "あ".repeat(100), HTML_SCRIPT, HTML_STYLE]) {
      expect(base64(sha256(text))).toBe(createHash("sha256").update(text, "utf8").digest("base64"));
    }
  });
});

describe("formatHtml", () => {
  const html = render(sampleDescription());

  it("is registered as a report format", () => {
    expect(REPORT_FORMATS).toContain("html");
    const description = parsed(sampleDescription());
    expect(formatReport(evaluate(description), "html", { locale: "ja", color: false, descriptions: [description] })).toBe(html);
  });

  it("allows exactly its own inline script and style by hash, and nothing from outside", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? "";
    const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${hash(HTML_SCRIPT)}`);
    expect(csp).toContain(`style-src ${hash(HTML_STYLE)}`);
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toEqual([HTML_SCRIPT]);
    expect([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1])).toEqual([HTML_STYLE]);
    // No URL anywhere but the SVG namespace; references stay inside the page.
    expect(html.replaceAll('xmlns="http://www.w3.org/2000/svg"', "").replaceAll('"http://www.w3.org/2000/svg"', "")).not.toMatch(
      /https?:|\/\/[a-z]|src=|@import|url\((?!#)/i,
    );
    expect([...html.matchAll(/href="([^"]*)"/g)].every((m) => m[1]?.startsWith("#"))).toBe(true);
    expect(html).not.toMatch(/ style="/);
  });

  it("has the summary, the diagram with every system and connection, and the findings with their details", () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="ja">/);
    expect(html).toContain("重大な指摘");
    for (const name of ["住民記録システム", "財務会計システム", "住民税システム", "インターネット", "国のシステム"])
      expect(html).toContain(name);
    expect(html.match(/<path id="e\d+" class="edge /g)).toHaveLength(6);
    const trace = /<li class="finding"[^>]*data-check="mynumber-path-from-internet"[^>]*>/.exec(html)?.[0] ?? "";
    expect(trace).toMatch(/data-outcome="fail"/);
    expect(trace).toMatch(/data-zone="mynumber lgwan internet"/);
    // web-mail → groupware → finance → juki: four nodes and three edges, alternating.
    expect(/data-path="([^"]*)"/.exec(trace)?.[1]).toMatch(/^n\d+ e\d+ n\d+ e\d+ n\d+ e\d+ n\d+$/);
    expect(html).toContain("<dt>条項</dt>");
    expect(html).toContain("<dt>根拠</dt><dd>基本方針");
    expect(html).toContain("<dt>対応</dt>");
    expect(html).toContain("connections[to-juki]");
  });

  it("names the municipality once when the title already does (fifth review: 「あさぎり町 あさぎり町 情報システム台帳」)", () => {
    const html = render({ ...sampleDescription(), title: "人吉市 情報システム台帳", municipality: { name: "人吉市" } });
    expect(html).toContain('<p class="subject">人吉市 情報システム台帳</p>');
    const other = render({ ...sampleDescription(), title: "情報システム台帳", municipality: { name: "人吉市" } });
    expect(other).toContain('<p class="subject">人吉市 情報システム台帳</p>');
  });

  // Seventy-ninth review: a joined run was headed by the city's inventory alone; the vendor's spec it accepted was not named.
  it("names every input by its title and file, the municipality once, with markup in either kept as text", () => {
    const city = parsed({ ...sampleDescription(), title: "人吉市 情報システム台帳", municipality: { name: "人吉市" } });
    const spec = parsed({ ...sampleDescription(), title: `文書管理 納品仕様書 ${PAYLOAD}` });
    const sources = [
      { file: "examples/inventory.yaml", description: city },
      { file: `vendor/${PAYLOAD}.yaml`, description: spec },
    ];
    const out = formatHtml(evaluate(city), { locale: "ja", descriptions: [city, spec], sources });
    const head = out.slice(out.indexOf("<header>"), out.indexOf("</header>"));
    expect(head).toContain(
      '<div class="subject">評価した記述:<ul><li>人吉市 情報システム台帳（<code>examples/inventory.yaml</code>）</li>' +
        "<li>人吉市 文書管理 納品仕様書 &#60;script&#62;alert(1)&#60;/script&#62;&#34;&#62;&#60;img src=x onerror=alert(2)&#62;&#39;" +
        "（<code>vendor/&#60;script&#62;alert(1)&#60;/script&#62;&#34;&#62;&#60;img src=x onerror=alert(2)&#62;&#39;.yaml</code>）</li></ul></div>",
    );
    expect(out).toContain(
      "<title>情報セキュリティポリシー評価レポート：人吉市 情報システム台帳、人吉市 文書管理 納品仕様書 &#60;script&#62;",
    );
    expect(head).not.toMatch(/<script|<img/);
    // The report's own sources come first: a report read back from JSON names its files without the descriptions.
    const report = { ...evaluate(city), sources: [{ file: "台帳.yaml", title: "台帳" }, { file: "spec.yaml" }] };
    const en = formatHtml(report, { locale: "en" });
    expect(en).toContain(
      '<div class="subject">Descriptions evaluated:<ul><li>台帳 (<code>台帳.yaml</code>)</li><li><code>spec.yaml</code></li></ul></div>',
    );
    expect(en).toContain("<title>Security policy evaluation report: 台帳</title>");
  });

  it("heads the page with the date, the policy by name and the profile in words, as the other formats do", () => {
    expect(html).toContain("<h1>情報セキュリティポリシー評価レポート</h1>");
    expect(html).toMatch(
      /<p class="meta">評価基準日: 2026-04-01[^<]* ／ 基本方針: 人吉市情報セキュリティポリシー 情報セキュリティ基本方針（令和8年3月改定） ／ プロファイル: hitoyoshi-2026-03（αモデル、従来の分類（機密性3・2・1））<\/p>/,
    );
    const en = render(sampleDescription(), "en");
    expect(en).toContain("<h1>Security policy evaluation report</h1>");
    expect(en).toMatch(
      /<p class="meta">Evaluation date: 2026-04-01[^<]* ／ Policy: Hitoyoshi City Information Security Policy: Basic Policy \(revised March 2026\) ／ Profile: hitoyoshi-2026-03 \(the α model, legacy scheme \(C3, C2, C1\)\)<\/p>/,
    );
  });

  it("writes English with locale en", () => {
    const en = render(sampleDescription(), "en");
    expect(en).toMatch(/<html lang="en">/);
    expect(en).toContain("<h2>Findings</h2>");
    expect(en).toContain("<dt>Remediation</dt>");
    expect(en).not.toContain("指摘事項");
  });

  it("renders markup in every text field of the description as text", () => {
    const hostile = poison(sampleDescription(), PAYLOAD, (candidate) => parseDescription(candidate).ok);
    expect(hostile.fields).toBeGreaterThan(20);
    const description = parsed(hostile.value);
    const out = formatHtml(evaluate(description), { locale: "ja", descriptions: [description] });
    expect(out).toContain("&#60;script&#62;alert(1)&#60;/script&#62;&#34;&#62;&#60;img src=x onerror=alert(2)&#62;&#39;");
    expect(out.match(/<script/g)).toHaveLength(1);
    expect(out).not.toMatch(/<img|onerror=alert\(2\)>/);
  });

  it("is byte-identical across runs and across the order of systems and connections", () => {
    const base = sampleDescription() as { systems: Record<string, unknown>[]; connections: unknown[] };
    expect(render(base)).toBe(html);
    for (const seed of [1, 2, 3]) {
      const reordered = {
        ...base,
        systems: shuffled(base.systems, seed),
        connections: shuffled(base.connections, seed + 10),
      };
      expect(render(reordered)).toBe(html);
    }
  });

  it("writes paths with ids instead of array positions", () => {
    const description = parsed(sampleDescription());
    expect(stablePath("/systems/3/terminalGroups/0/authenticationFactors", [description])).toBe(
      "systems[juki].terminalGroups[mn-pc].authenticationFactors",
    );
    expect(stablePath("/nowhere/9/x", [description])).toBe("/nowhere/9/x");
  });

  it("draws the external networks alone when no description is given", () => {
    const out = formatHtml(evaluate(parsed(sampleDescription())), { locale: "en" });
    expect(out).toContain("only the external networks are drawn");
    expect(out.match(/class="node ext/g)).toHaveLength(6);
  });

  it("draws only the outside networks a connection or a path uses, and names the ends of a connection", () => {
    // Seventeenth review: a vendor network drawn with no vendor connection; edge titles read as code.
    const description = parsed({
      evaluationDate: "2026-04-01",
      systems: [{ id: "kikan", name: "基幹系システム", zone: "mynumber" }],
      connections: [
        {
          id: "chukan",
          from: { system: "kikan" },
          to: { external: "national-system", service: "中間サーバー" },
          direction: "bidirectional",
        },
      ],
    });
    const out = formatHtml(evaluate(description), { locale: "ja", descriptions: [description] });
    const drawn = [...out.matchAll(/<g id="n\d+" class="node ext[^"]*"><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(drawn.some((t) => t?.includes("national-system"))).toBe(true);
    expect(drawn.some((t) => t?.includes("vendor-network"))).toBe(false);
    expect(drawn.some((t) => t?.includes("public-internet"))).toBe(true);
    expect(out).toContain("<title>chukan: 基幹系システム ⇄ 国のシステム");
  });

  it("heads a check with the worst severity of its findings, not the check's default (twenty-third review)", () => {
    // mynumber-data-in-mynumber-zone is critical by default; a missing myNumber flag on a system that states its
    // business is its medium question.
    const description = parsed({
      evaluationDate: "2026-04-01",
      systems: [
        {
          id: "mail",
          name: "メール",
          zone: "internet",
          businessFunctions: ["mail"],
          dataAssets: [{ id: "box", name: "メールボックス", personalInformation: true }],
        },
      ],
    });
    const out = formatHtml(evaluate(description), { locale: "ja", descriptions: [description] });
    const section = out.slice(out.indexOf('<section class="check" data-check="mynumber-data-in-mynumber-zone">'));
    expect(section.slice(0, section.indexOf("</div>"))).toContain('<span class="badge sev s-medium">');
  });
});
