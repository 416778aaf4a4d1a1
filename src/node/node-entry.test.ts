import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError, loadWaiversFile } from "./index.js";

const dir = mkdtempSync(join(tmpdir(), "secpolicy-node-entry-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WAIVER = `  - checkId: internet-via-security-cloud
    target: { connection: web-out }
    reason: 県セキュリティクラウドの切替工事の間の暫定措置
    requestedBy: 情報政策課長
    approvedBy: 副市長
    approvedOn: "2026-01-15"
    expiresOn: "2026-06-30"
    reference: 人情第101号
`;

describe("loadWaiversFile", () => {
  it("reads a waivers file, as { waivers } or a bare list", () => {
    writeFileSync(join(dir, "a.yaml"), `waivers:\n${WAIVER}`);
    writeFileSync(join(dir, "b.yaml"), WAIVER);
    expect(loadWaiversFile(join(dir, "a.yaml"))).toMatchObject([{ checkId: "internet-via-security-cloud", reference: "人情第101号" }]);
    expect(loadWaiversFile(join(dir, "b.yaml"))).toEqual(loadWaiversFile(join(dir, "a.yaml")));
  });

  it("locates an invalid waiver by file, line and column", () => {
    const file = join(dir, "bad.yaml");
    writeFileSync(file, `waivers:\n${WAIVER.replace('expiresOn: "2026-06-30"', 'expiresOn: "next year"')}`);
    try {
      loadWaiversFile(file);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).diagnostics[0]).toMatchObject({ file, line: 8, pointer: "/waivers/0/expiresOn" });
    }
  });
});
