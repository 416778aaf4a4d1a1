/**
 * Workbooks written by the library and by a real spreadsheet program (LibreOffice, headless), and
 * the Shift_JIS CSV that program writes for each sheet: all must give the YAML's findings.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { constants, inflateRawSync } from "node:zlib";
import { Workbook } from "@cj-tech-master/excelts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluate } from "../../src/builtin.js";
import { decodeCsv } from "../../src/spreadsheet/csv.js";
import { workbookTables } from "../../src/spreadsheet/layout.js";
import { type CsvFile, csvSheets, registerFromSheets } from "../../src/spreadsheet/register.js";
import { readWorkbook, templateWorkbook } from "../../src/spreadsheet/xlsx.js";
import { evaluatePlain, example, outcomes } from "./support.js";

const hasLibreOffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
if (!hasLibreOffice && process.env.CI) throw new Error("LibreOffice (soffice) is missing on CI: .ci/run installs libreoffice-calc-nogui");

let temp = "";
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), "secpolicy-sheets-"));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** `value` as an XML attribute or text. */
const xml = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/**
 * Saves `source` twice in one headless LibreOffice: as xlsx (the "Calc MS Excel 2007 XML" filter)
 * to `xlsx`, and as Shift_JIS CSV to `csv` (encoding 64; sheet -1 writes every sheet to its own file,
 * 台帳-接続一覧.csv), with the filters and options `soffice --convert-to` would use. One start
 * instead of one per `--convert-to` (each start costs LibreOffice about 5 CPU-seconds): a Basic
 * macro in a new profile opens the file once, stores it with each filter and quits. The profile
 * is marked as set up, so LibreOffice keeps the macro instead of copying its presets over it.
 */
function sofficeSaveAs(source: string, xlsx: string, csv: string, profile: string): Promise<void> {
  const basic = join(profile, "user", "basic");
  mkdirSync(join(basic, "Standard"), { recursive: true });
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
  const library = 'xmlns:library="http://openoffice.org/2000/library"';
  for (const kind of ["script", "dialog"]) {
    writeFileSync(
      join(basic, `${kind}.xlc`),
      `${head}<library:libraries ${library} xmlns:xlink="http://www.w3.org/1999/xlink"><library:library library:name="Standard" library:link="false"/></library:libraries>\n`,
    );
    writeFileSync(
      join(basic, "Standard", `${kind}.xlb`),
      `${head}<library:library ${library} library:name="Standard" library:readonly="false" library:passwordprotected="false">${kind === "script" ? '<library:element library:name="Module1"/>' : ""}</library:library>\n`,
    );
  }
  const macro = [
    "Sub SaveAs(source As String, xlsx As String, csv As String)",
    // On an error LibreOffice quits all the same, and the checks below find the files missing.
    "  On Error GoTo done",
    "  Dim hidden(0) As New com.sun.star.beans.PropertyValue",
    '  hidden(0).Name = "Hidden" : hidden(0).Value = True',
    '  doc = StarDesktop.loadComponentFromURL(source, "_blank", 0, hidden())',
    "  Dim asXlsx(0) As New com.sun.star.beans.PropertyValue",
    '  asXlsx(0).Name = "FilterName" : asXlsx(0).Value = "Calc MS Excel 2007 XML"',
    "  doc.storeToURL(xlsx, asXlsx())",
    "  Dim asCsv(1) As New com.sun.star.beans.PropertyValue",
    '  asCsv(0).Name = "FilterName" : asCsv(0).Value = "Text - txt - csv (StarCalc)"',
    '  asCsv(1).Name = "FilterOptions" : asCsv(1).Value = "44,34,64,1,,0,false,true,false,false,false,-1"',
    "  doc.storeToURL(csv, asCsv())",
    "  doc.close(True)",
    "done:",
    "  StarDesktop.terminate()",
    "End Sub",
  ].join("\n");
  writeFileSync(
    join(basic, "Standard", "Module1.xba"),
    `${head}<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">${xml(macro)}\n</script:module>\n`,
  );
  writeFileSync(
    join(profile, "user", "registrymodifications.xcu"),
    `${head}<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item></oor:items>\n`,
  );
  const url = (path: string) => pathToFileURL(path).href;
  const call = `macro:///Standard.Module1.SaveAs("${url(source)}","${url(xlsx)}","${url(csv)}")`;
  return new Promise((resolve, reject) => {
    // In a process group of its own: `soffice` is a wrapper, and a stuck run is ended with its
    // soffice.bin child.
    const child = spawn("soffice", [`-env:UserInstallation=${url(profile)}`, "--headless", "--norestore", call], {
      stdio: "ignore",
      detached: true,
    });
    const timer = setTimeout(() => process.kill(-(child.pid as number), "SIGKILL"), 150_000);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      const missing = [xlsx, csv.replace(/\.csv$/, "-接続一覧.csv")].filter((file) => !existsSync(file));
      if (code !== 0) reject(new Error(code === null ? "soffice did not finish within 150 s" : `soffice exited ${code}`));
      else if (missing.length > 0) reject(new Error(`LibreOffice wrote no ${missing.join(", ")} (the macro failed)`));
      else resolve();
    });
  });
}

/** The text of one entry of a zip file (an xlsx), found by its local header. */
function zipEntry(bytes: Buffer, name: string): string | undefined {
  const signature = Buffer.from([0x50, 0x4b, 3, 4]);
  for (let i = bytes.indexOf(signature); i >= 0; i = bytes.indexOf(signature, i + 4)) {
    const nameLength = bytes.readUInt16LE(i + 26);
    const extra = bytes.readUInt16LE(i + 28);
    if (bytes.subarray(i + 30, i + 30 + nameLength).toString() !== name) continue;
    const data = bytes.subarray(i + 30 + nameLength + extra);
    return (bytes.readUInt16LE(i + 8) === 0 ? data : inflateRawSync(data, { finishFlush: constants.Z_SYNC_FLUSH })).toString();
  }
  return undefined;
}

describe("the template", { timeout: 60_000 }, () => {
  // The empty template as a workbook, made and read once for the two tests that only read it.
  const workbook = new Workbook();
  beforeAll(async () => {
    await workbook.xlsx.load((await templateWorkbook()) as never);
  }, 60_000);

  it("has a guide, one sheet per part with headers and field ids, and a hidden list sheet", () => {
    const names = workbook.worksheets.map((s) => s.name);
    expect(names[0]).toBe("説明");
    expect(names.at(-1)).toBe("選択肢");
    expect(workbook.getWorksheet("選択肢")?.state).toBe("hidden");
    for (const table of workbookTables()) {
      const sheet = workbook.getWorksheet(table.sheet);
      if (sheet === undefined) throw new Error(`no sheet ${table.sheet}`);
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      const ids = (sheet.getRow(2).values as unknown[]).slice(1);
      expect(headers).toEqual(table.columns.map((c) => c.header.ja));
      expect(ids).toEqual(table.columns.map((c) => c.id));
    }
    // The guide explains every column.
    const guide = workbook.getWorksheet("説明");
    const explained = new Set<string>();
    guide?.eachRow((row) => explained.add(`${row.getCell(1).value}|${row.getCell(4).value}`));
    for (const table of workbookTables()) for (const c of table.columns) expect(explained.has(`${table.sheet}|${c.id}`)).toBe(true);
  });

  it("offers a drop-down for every choice column and a date rule for every date column", () => {
    const lists = workbook.getWorksheet("選択肢");
    for (const table of workbookTables()) {
      const sheet = workbook.getWorksheet(table.sheet);
      table.columns.forEach((column, i) => {
        const cell = sheet?.getCell(3, i + 1);
        const rule = cell?.dataValidation as { type?: string; formulae?: unknown[] } | undefined;
        if (column.kind.type === "enum") {
          expect(rule?.type, `${table.sheet} ${column.id}`).toBe("list");
          // The range on the list sheet holds every value of the enum.
          const [, col, from, to] = /\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)/.exec(String(rule?.formulae?.[0])) ?? [];
          const offered: string[] = [];
          for (let r = Number(from); r <= Number(to); r++) offered.push(String(lists?.getCell(`${col}${r}`).value));
          expect(offered.length).toBe(column.kind.values.length);
          column.kind.values.forEach((v, k) => expect(offered[k]).toContain(v));
        }
        if (column.kind.type === "boolean") expect(rule?.type).toBe("list");
        if (column.kind.type === "date") expect(rule?.type, `${table.sheet} ${column.id}`).toBe("date");
      });
    }
  });

  it("is byte-stable between runs", async () => {
    expect(Buffer.from(await templateWorkbook()).equals(Buffer.from(await templateWorkbook()))).toBe(true);
  });
});

describe("round trip through workbooks", { timeout: 60_000 }, () => {
  const description = example("inventory");
  const expected = outcomes(evaluatePlain(description));
  // The template filled by the library, made once: read back below and saved by LibreOffice.
  let filledBytes: Promise<Uint8Array> | undefined;
  const filledTemplate = () => {
    filledBytes ??= templateWorkbook(description);
    return filledBytes;
  };

  it("reads a template filled by the library and gives the YAML's findings", async () => {
    const sheets = await readWorkbook(await filledTemplate());
    const result = registerFromSheets("台帳.xlsx", sheets);
    if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}: ${d.message.en}`).join("\n"));
    expect(JSON.parse(JSON.stringify(result.value))).toEqual(description);
    expect(outcomes(evaluate(result.description, { evaluationDate: "2026-04-01", locale: "ja" }))).toEqual(expected);
  });

  describe.runIf(hasLibreOffice)("saved by LibreOffice", () => {
    let saved = "";
    let csvDir = "";
    beforeAll(async () => {
      const filled = join(temp, "台帳.xlsx");
      writeFileSync(filled, await filledTemplate());
      saved = join(temp, "lo");
      csvDir = join(temp, "csv");
      mkdirSync(saved);
      mkdirSync(csvDir);
      await sofficeSaveAs(filled, join(saved, "台帳.xlsx"), join(csvDir, "台帳.csv"), join(temp, "profile"));
    }, 180_000);

    it("reads the workbook LibreOffice saved and gives the YAML's findings", async () => {
      const bytes = readFileSync(join(saved, "台帳.xlsx"));
      // Really re-saved by LibreOffice, not our own bytes.
      expect(zipEntry(bytes, "docProps/app.xml")).toMatch(/<Application>LibreOffice\//);
      const result = registerFromSheets("台帳.xlsx", await readWorkbook(new Uint8Array(bytes)));
      if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}: ${d.message.en}`).join("\n"));
      expect(outcomes(evaluate(result.description, { evaluationDate: "2026-04-01", locale: "ja" }))).toEqual(expected);
    });

    it("reads the Shift_JIS CSV files LibreOffice wrote per sheet, names the encoding, and gives the YAML's findings", () => {
      const names = readdirSync(csvDir).filter((n) => n.endsWith(".csv"));
      expect(names).toContain("台帳-接続一覧.csv");
      const files: CsvFile[] = names.map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(join(csvDir, n))) }));
      // Shift_JIS indeed: the bytes are not UTF-8.
      const connections = files.find((f) => f.name === "台帳-接続一覧.csv") as CsvFile;
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(connections.bytes)).toThrow();
      expect(decodeCsv(connections.bytes).encoding).toBe("shift_jis");
      const { sheets, notices } = csvSheets(files);
      expect(notices.map((n) => n.file)).toContain("台帳-接続一覧.csv");
      expect(notices.every((n) => n.encoding === "shift_jis")).toBe(true);
      const result = registerFromSheets(csvDir, sheets, notices);
      if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}: ${d.message.en}`).join("\n"));
      expect(outcomes(evaluate(result.description, { evaluationDate: "2026-04-01", locale: "ja" }))).toEqual(expected);
    });
  });
});
