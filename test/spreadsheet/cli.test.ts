import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { run } from "../../src/cli/run.js";
import { toCsv } from "../../src/spreadsheet/csv.js";
import { isoOfDate } from "../../src/spreadsheet/cells.js";
import { templateWorkbook } from "../../src/spreadsheet/xlsx.js";
import { declaredUncompressedSize } from "../../src/spreadsheet/zip-size.js";
import { ensureBuilt } from "../e2e/build.js";
import { runCli } from "../e2e/run-cli.js";
import { example, setCell, sheetsOf } from "./support.js";

let temp = "";
beforeAll(() => {
  ensureBuilt();
  temp = mkdtempSync(join(tmpdir(), "secpolicy-sheet-cli-"));
}, 120_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function fakeIo(isTTY: boolean) {
  const out: (string | Uint8Array)[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: { write: (t: string | Uint8Array) => void out.push(t), isTTY },
      stderr: { write: (t: string) => void err.push(t) },
      env: {},
      today: () => "2026-04-01",
    },
    out,
    err: () => err.join(""),
  };
}

describe("secpolicy init --template xlsx", { timeout: 60_000 }, () => {
  it("refuses to write the workbook to a terminal", async () => {
    const { io, out, err } = fakeIo(true);
    expect(await run(["init", "--template", "xlsx"], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err()).toContain("error[binary-to-terminal]");
  });

  it("writes the workbook to a pipe, and --out writes the same bytes", async () => {
    const { io, out } = fakeIo(false);
    expect(await run(["init", "--template", "xlsx"], io)).toBe(0);
    const piped = Buffer.from(out[0] as Uint8Array);
    expect(piped.subarray(0, 2).toString()).toBe("PK");
    const file = join(temp, "台帳.xlsx");
    expect((await runCli(["init", "--template", "xlsx", "--out", file])).code).toBe(0);
    expect(readFileSync(file).equals(piped)).toBe(true);
    // The empty template says what to fill in first, at the systems sheet.
    const checked = await runCli(["check", file]);
    expect(checked.code).toBe(2);
    expect(checked.stderr).toContain(`${file} › システム一覧 › A3: error[missing-field]`);
  });
});

describe("secpolicy check and import on registers", { timeout: 60_000 }, () => {
  it("checks a workbook and points findings at their rows", async () => {
    const description = example("inventory") as { systems: { terminalGroups?: { externalMedia?: string }[] }[] };
    const group = description.systems[0]?.terminalGroups?.[0];
    if (group !== undefined) group.externalMedia = "allowed";
    const file = join(temp, "failing.xlsx");
    writeFileSync(file, await templateWorkbook(description));
    const text = await runCli(["check", file]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} › 端末群 › [A-Z]+3\\b`));
    const csv = await runCli(["check", file, "--format", "csv", "--exit-zero"]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith("\uFEFFNo.,チェック,結果")).toBe(true);
    expect(csv.stdout).toContain("mynumber-terminal-export-blocked");
    const out = join(temp, "worklist.xlsx");
    expect((await runCli(["check", file, "--format", "xlsx", "--out", out, "--lang", "en"])).code).toBe(1);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("reports a bad cell of a CSV folder at file › cell, and an unreadable workbook, with exit 2", async () => {
    const sheets = sheetsOf(example("inventory"));
    const cell = setCell(sheets, "接続一覧", "mail-in", "transport", "LANケーブル");
    const file = join(temp, "bad.xlsx");
    // The edited sheets as a folder of UTF-8 CSV files, one per sheet.
    const csvDir = join(temp, "csv");
    mkdirSync(csvDir);
    for (const s of sheets) {
      const rows = s.rows.map((r) => r.map((v) => (v instanceof Date ? isoOfDate(v) : v === undefined || v === null ? "" : String(v))));
      writeFileSync(join(csvDir, `${s.name}.csv`), `\uFEFF${toCsv(rows)}`);
    }
    const result = await runCli(["check", csvDir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join(csvDir, "接続一覧.csv")} › ${cell}: error[invalid-value]: 「通信手段」（transport）`);
    expect(result.stderr).not.toContain("Shift_JIS");
    writeFileSync(file, "not a workbook");
    const broken = await runCli(["check", file]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("error[invalid-workbook]");
  });

  it("refuses a workbook that unpacks to more than 256 MiB, before inflating it", async () => {
    // First-contact review: a 0.9 MB workbook of 20 million shared strings ran the process out of
    // memory. The archive's central directory says what it unpacks to; one entry is made to say 300 MiB.
    const bytes = Buffer.from(await templateWorkbook());
    const sum = declaredUncompressedSize(bytes);
    expect(sum).toBeGreaterThan(bytes.length);
    const entry = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(300 * 1024 * 1024, entry + 24);
    expect(declaredUncompressedSize(bytes)).toBeGreaterThan(300 * 1024 * 1024);
    const file = join(temp, "bomb.xlsx");
    writeFileSync(file, bytes);
    const result = await runCli(["check", file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error[file-too-large]: ブックを展開すると大きすぎる");
  });

  it("imports a workbook into the YAML it came from", async () => {
    const description = example("delivery-spec");
    const file = join(temp, "spec.xlsx");
    writeFileSync(file, await templateWorkbook(description));
    const result = await runCli(["import", file]);
    expect(result.code).toBe(0);
    expect(parse(result.stdout)).toEqual(description);
  });
});
