import { Workbook } from "@cj-tech-master/excelts";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/model/report.js";
import { parseCsv, worklistCsv } from "../../src/spreadsheet/csv.js";
import { fingerprint, neutralise, WORKLIST_HEADERS, worklistRows } from "../../src/spreadsheet/worklist.js";
import { worklistWorkbook } from "../../src/spreadsheet/xlsx.js";
import { evaluatedReport } from "../support/reports.js";
import { evaluatePlain, example } from "./support.js";

/** The inventory with one terminal group allowed to export, so it fails. */
function failingReport(): Report {
  const description = example("inventory") as { systems: { terminalGroups?: { externalMedia?: string }[] }[] };
  const group = description.systems[0]?.terminalGroups?.[0];
  if (group !== undefined) group.externalMedia = "allowed";
  return evaluatePlain(description);
}

/** The report with formula-like text planted in the first failing finding's message. */
function hostileReport(): Report {
  const report = failingReport();
  const index = report.results.findIndex((f) => f.outcome === "fail");
  const results = report.results.map((f, i) =>
    i === index ? { ...f, message: { ja: '=HYPERLINK("http://x","開く")', en: "+1+1" }, remediation: { ja: "@SUM(A1)", en: "-2" } } : f,
  );
  return { ...report, results };
}

describe("neutralise", () => {
  it.each(["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])("puts an apostrophe before %j", (text) => {
    expect(neutralise(text)).toBe(`'${text}`);
  });
  it.each(["住民記録", "a=b", "1-2", ""])("leaves %j alone", (text) => {
    expect(neutralise(text)).toBe(text);
  });
});

describe("the worklist", () => {
  it("lists each fail, needs-evidence and waived finding once, failures first, with empty tracking columns", () => {
    const report = failingReport();
    const rows = worklistRows(report, { locale: "ja" });
    expect(rows[0]).toEqual([...WORKLIST_HEADERS.ja]);
    const listed = report.results.filter((f) => f.outcome === "fail" || f.outcome === "needs-evidence" || f.outcome === "waived");
    expect(rows.length - 1).toBe(listed.length);
    expect(rows[1]?.[2]).toBe("不適合");
    for (const row of rows.slice(1)) expect(row.slice(-3)).toEqual(["", "", ""]);
    expect(rows[0]?.slice(-3)).toEqual(["担当者", "対応期限", "対応状況"]);
  });

  it("carries a waived finding's exception (reference, approver, expiry) where the remediation would be", () => {
    // Twenty-third review: the worklist is where the 担当 tracks an exception's expiry; its row had none of it.
    const report = evaluatedReport();
    const rows = worklistRows(report, { locale: "ja" }).slice(1);
    const waived = rows.filter((r) => r[2] === "例外適用");
    expect(waived.length).toBeGreaterThan(0);
    for (const row of waived) expect(row[8]).toContain("決裁-2026-014");
  });

  it("says severity and basis as the other formats do, in the chosen language", () => {
    // First-contact review: critical read 緊急 here and 重大 elsewhere, and the basis column said
    // 「ガイドライン（ガイドライン（令和7年3月版）…」 and stayed Japanese with --lang en.
    const report = failingReport();
    const ja = worklistRows(report, { locale: "ja" }).slice(1);
    expect(ja.find((r) => r[1] === "mynumber-terminal-export-blocked")?.[3]).toBe("重大");
    for (const row of ja) expect(row[4]).not.toMatch(/ガイドライン（ガイドライン/);
    expect(ja.find((r) => r[1] === "mynumber-terminal-export-blocked")?.[4]).toBe("基本方針");
    const en = worklistRows(report, { locale: "en" }).slice(1);
    expect(en.find((r) => r[1] === "mynumber-terminal-export-blocked")?.[3]).toBe("critical");
    expect(en.find((r) => r[1] === "mynumber-terminal-export-blocked")?.[4]).toBe("basic policy");
  });

  it("gives every finding a stable fingerprint that tells targets apart", () => {
    const a = worklistRows(failingReport(), { locale: "en" }).slice(1);
    const b = worklistRows(failingReport(), { locale: "ja" }).slice(1);
    const column = WORKLIST_HEADERS.en.indexOf("Fingerprint");
    expect(a.map((r) => r[column])).toEqual(b.map((r) => r[column]));
    for (const row of a) expect(row[column]).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(a.map((r) => r[column])).size).toBe(a.length);
    const finding = failingReport().results[0];
    if (finding === undefined) throw new Error("no findings");
    expect(fingerprint(finding)).not.toBe(fingerprint({ ...finding, target: { ...finding.target, id: "other" } }));
  });

  it("writes CSV in UTF-8 with a BOM and CRLF, neutralising formula-like cells", () => {
    const csv = worklistCsv(hostileReport(), { locale: "ja" });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");
    const rows = parseCsv(csv.slice(1));
    const row = rows.find((r) => r.some((c) => c.includes("HYPERLINK")));
    expect(row).toBeDefined();
    for (const cell of row ?? []) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(row).toContain(`'=HYPERLINK("http://x","開く")`);
    expect(row).toContain("'@SUM(A1)");
  });

  it("writes an xlsx worklist whose cells are text, neutralised", async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load((await worklistWorkbook(hostileReport(), { locale: "en" })) as never);
    const sheet = workbook.worksheets[0];
    if (sheet === undefined) throw new Error("no sheet");
    expect(sheet.name).toBe("Findings");
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...WORKLIST_HEADERS.en]);
    const values: unknown[] = [];
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        values.push(cell.value);
        expect(cell.formula).toBeFalsy();
      });
    });
    expect(values).toContain("'+1+1");
    expect(values).toContain("'-2");
    for (const v of values) if (typeof v === "string") expect(v).not.toMatch(/^[=+\-@\t\r]/);
  });
});
