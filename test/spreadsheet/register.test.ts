import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/builtin.js";
import { fromPointer } from "../../src/engine/json-pointer.js";
import { workbookTables } from "../../src/spreadsheet/layout.js";
import { locateSheetFindings, registerFromSheets } from "../../src/spreadsheet/register.js";
import { example, outcomes, evaluatePlain, ROOT, setCell, sheet, sheetsOf } from "./support.js";

function read(sheets: ReturnType<typeof sheetsOf>) {
  return registerFromSheets("台帳.xlsx", sheets);
}

function diagnosticsOf(sheets: ReturnType<typeof sheetsOf>) {
  const result = read(sheets);
  if (result.ok) throw new Error("expected problems");
  return result.diagnostics;
}

describe("the layout", () => {
  it("gives every field of the published description schema a column, so no field is dropped", () => {
    // Walk the published JSON Schema (not the zod models the layout walks) for every leaf field.
    const schema = JSON.parse(readFileSync(`${ROOT}/schemas/description.schema.json`, "utf8"));
    const defs = (schema.$defs ?? schema.definitions ?? {}) as Record<string, unknown>;
    const leaves: string[] = [];
    const visit = (node: Record<string, unknown> | undefined, path: string[], depth: number) => {
      if (node === undefined || depth > 12) return;
      if (typeof node.$ref === "string") return visit(defs[node.$ref.split("/").pop() as string] as never, path, depth + 1);
      const options = (node.anyOf ?? node.oneOf) as Record<string, unknown>[] | undefined;
      if (options?.some((o) => o.type === "object" || o.$ref !== undefined)) {
        for (const o of options) visit(o, path, depth + 1);
        return;
      }
      if (node.type === "object" && node.properties !== undefined) {
        for (const [k, v] of Object.entries(node.properties as Record<string, unknown>)) visit(v as never, [...path, k], depth + 1);
        return;
      }
      if (node.type === "array") {
        const items = node.items as Record<string, unknown>;
        const resolved = typeof items.$ref === "string" ? (defs[items.$ref.split("/").pop() as string] as Record<string, unknown>) : items;
        const isObjects =
          resolved.type === "object" || (resolved.anyOf as { type?: string }[] | undefined)?.some((o) => o.type === "object");
        if (isObjects) return visit(resolved, [...path, "[]"], depth + 1);
      }
      leaves.push(path.join("."));
    };
    visit(schema, [], 0);
    const columns = new Set<string>();
    const tables = workbookTables();
    const prefixOf = (key: string): string => {
      const table = tables.find((t) => t.key === key);
      if (table === undefined || table.singleton) return "";
      return `${prefixOf(table.parent ?? "")}${table.relPath.join(".")}.[].`;
    };
    for (const table of tables) {
      for (const c of table.columns) if (c.parentKey === undefined && c.kind.type !== "none") columns.add(`${prefixOf(table.key)}${c.id}`);
    }
    const missing = leaves.filter((l) => l !== "$schema" && !columns.has(l));
    expect(leaves.length).toBeGreaterThan(150);
    expect(missing).toEqual([]);
  });

  it("names the sheets the issue lists, in Japanese", () => {
    const names = workbookTables().map((t) => t.sheet);
    for (const name of [
      "基本情報",
      "システム一覧",
      "端末群",
      "サーバ",
      "情報資産",
      "接続一覧",
      "委託先・契約",
      "クラウドサービス",
      "監査",
      "例外措置",
    ]) {
      expect(names).toContain(name);
    }
  });
});

describe("reading sheets", () => {
  it.each(["inventory", "delivery-spec"] as const)("reads the %s example back exactly as the YAML says", (name) => {
    const description = example(name);
    const result = read(sheetsOf(description));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(JSON.parse(JSON.stringify(result.value))).toEqual(description);
  });

  it("gives the same findings (check, target, outcome) as the YAML", () => {
    const description = example("inventory");
    const result = read(sheetsOf(description));
    if (!result.ok) throw new Error("unreadable");
    const fromSheets = evaluate(result.description, { evaluationDate: "2026-04-01" });
    expect(outcomes(fromSheets)).toEqual(outcomes(evaluatePlain(description)));
  });

  it("accepts Japanese labels, ids and はい/いいえ alike", () => {
    const sheets = sheetsOf(example("inventory"));
    setCell(sheets, "システム一覧", "juki", "zone", "マイナンバー利用事務系");
    setCell(sheets, "システム一覧", "tax", "zone", "mynumber");
    setCell(sheets, "端末群", "juki-pc", "externalMedia", "不可（blocked）");
    setCell(sheets, "端末群", "juki-pc", "portable", false);
    setCell(sheets, "端末群", "tax-pc", "portable", "いいえ");
    const result = read(sheets);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const systems = result.value.systems as { zone: string; terminalGroups?: { externalMedia?: string; portable?: boolean }[] }[];
    expect(systems[0]?.zone).toBe("mynumber");
    expect(systems[1]?.zone).toBe("mynumber");
    expect(systems[0]?.terminalGroups?.[0]).toMatchObject({ externalMedia: "blocked", portable: false });
    expect(systems[1]?.terminalGroups?.[0]?.portable).toBe(false);
  });
});

describe("located errors", () => {
  it("locates a wrong choice in a drop-down column at its cell, with the header and a did-you-mean", () => {
    const sheets = sheetsOf(example("inventory"));
    const cell = setCell(sheets, "接続一覧", "mail-in", "transport", "lam");
    const [d, ...rest] = diagnosticsOf(sheets);
    expect(rest).toEqual([]);
    expect(d?.file).toBe(`台帳.xlsx › 接続一覧 › ${cell}`);
    expect(d?.code).toBe("invalid-value");
    expect(d?.message.ja).toContain("「通信手段」（transport）");
    expect(d?.message.en).toContain('"Transport" (transport)');
    expect(d?.hint?.en).toContain("Did you mean lan?");
  });

  it("locates a date typed as text", () => {
    const sheets = sheetsOf(example("inventory"));
    const cell = setCell(sheets, "委託先・契約", "aso-web", "lastVerified", "令和7年11月1日");
    const [d, ...rest] = diagnosticsOf(sheets);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ file: `台帳.xlsx › 委託先・契約 › ${cell}`, code: "not-a-date" });
    expect(d?.message.ja).toContain("令和7年11月1日");
    expect(d?.hint?.ja).toContain("2026-04-01");
  });

  it("reads dates typed as 2025/11/1 text, as Excel writes them to CSV", () => {
    const sheets = sheetsOf(example("inventory"));
    setCell(sheets, "委託先・契約", "aso-web", "lastVerified", "2025/11/1");
    const result = read(sheets);
    expect(result.ok && (result.value.vendors as { lastVerified: string }[])[1]?.lastVerified).toBe("2025-11-01");
  });

  it("reports a missing required column at the sheet's header", () => {
    const sheets = sheetsOf(example("inventory"));
    const s = sheet(sheets, "接続一覧");
    s.rows = s.rows.map((r) => r.slice(1)); // drop the ID column
    const diagnostics = diagnosticsOf(sheets);
    expect(diagnostics[0]).toMatchObject({ file: "台帳.xlsx › 接続一覧 › A1", code: "missing-column" });
    expect(diagnostics[0]?.message.ja).toContain("必須の列「ID」（id）");
  });

  it("reports a stray sheet with a did-you-mean instead of dropping it", () => {
    const sheets = sheetsOf(example("inventory"));
    sheets.push({ name: "接続一覧表", rows: [["ID"], ["id"], ["x"]] });
    const [d, ...rest] = diagnosticsOf(sheets);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ file: "台帳.xlsx › 接続一覧表", code: "unknown-sheet" });
    expect(d?.hint?.ja).toContain("「接続一覧」の誤りではないか");
  });

  it("ignores an empty extra sheet (Sheet1) but not one with content", () => {
    const sheets = sheetsOf(example("inventory"));
    sheets.push({ name: "Sheet1", rows: [] });
    expect(read(sheets).ok).toBe(true);
  });

  it("reports an unknown column with a did-you-mean", () => {
    const sheets = sheetsOf(example("inventory"));
    const s = sheet(sheets, "接続一覧");
    s.rows[0]?.push("備考");
    s.rows[1]?.push("tranport");
    s.rows[2]?.push("メモ");
    const [d] = diagnosticsOf(sheets);
    expect(d?.code).toBe("unknown-column");
    expect(d?.file).toMatch(/^台帳\.xlsx › 接続一覧 › [A-Z]+2$/);
    expect(d?.hint?.en).toContain("Did you mean transport?");
  });

  it("reports a row whose parent id is unknown", () => {
    const sheets = sheetsOf(example("inventory"));
    const cell = setCell(sheets, "端末群", "juki-pc", "systems.id", "jukki");
    const [d] = diagnosticsOf(sheets);
    expect(d).toMatchObject({ file: `台帳.xlsx › 端末群 › ${cell}`, code: "unknown-parent" });
    expect(d?.hint?.en).toContain("Did you mean juki?");
  });

  it("locates validation issues of the description at the cell of the field", () => {
    const sheets = sheetsOf(example("inventory"));
    const cell = setCell(sheets, "システム一覧", "tax", "vendorIds", "kumamoto-system");
    const [d] = diagnosticsOf(sheets);
    expect(d?.file).toBe(`台帳.xlsx › システム一覧 › ${cell}`);
    expect(d?.pointer).toBe("/systems/1/vendorIds/0");
    expect(d?.message.ja).toContain("（vendorIds）");
  });
});

describe("findings point at their rows", () => {
  it("locates a failing terminal group at its row on 端末群", () => {
    const sheets = sheetsOf(example("inventory"));
    setCell(sheets, "端末群", "juki-pc", "externalMedia", "可（allowed）");
    const result = read(sheets);
    if (!result.ok) throw new Error("unreadable");
    const report = locateSheetFindings(evaluate(result.description, { evaluationDate: "2026-04-01" }), result.cells);
    const failing = report.results.filter((f) => f.outcome === "fail");
    expect(failing.length).toBeGreaterThan(0);
    const rowOfJukiPc = sheet(sheets, "端末群").rows.findIndex((r) => r.includes("juki-pc")) + 1;
    for (const f of failing) {
      expect(f.location?.sheet).toBe("端末群");
      expect(f.location?.line).toBe(rowOfJukiPc);
      expect(fromPointer(f.path).slice(0, 4)).toEqual(["systems", "0", "terminalGroups", "0"]);
    }
  });
});
