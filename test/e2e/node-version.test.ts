/**
 * On a Node older than the package supports, the command says so in both languages and exits 2
 * instead of stopping with a stack trace from whatever newer API it reaches first.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { NODE_MINIMUM, tooOldNode } from "../../src/cli/node-version.js";
import { CLI, ensureBuilt, ROOT } from "./build.js";

const temp = mkdtempSync(join(tmpdir(), "secpolicy-node-version-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("the supported Node version", () => {
  it("is the one package.json's engines names", () => {
    const engines = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { engines: { node: string } }).engines.node;
    expect(engines).toBe(`>=${NODE_MINIMUM.join(".")}`);
  });

  it("decides by major and minor version", () => {
    expect(tooOldNode("20.19.0")).toBeUndefined();
    expect(tooOldNode("20.20.2")).toBeUndefined();
    expect(tooOldNode("22.1.0")).toBeUndefined();
    expect(tooOldNode("20.18.3")).toContain("error[node-too-old]");
    expect(tooOldNode("18.20.4")).toContain("this is 18.20.4");
  });

  it("an older Node gets a bilingual message and exit code 2 from the built command, not a stack trace", () => {
    ensureBuilt();
    // The running Node, made to report an old version before the command starts.
    const preload = join(temp, "old-node.cjs");
    writeFileSync(preload, 'Object.defineProperty(process, "versions", { value: { ...process.versions, node: "20.10.0" } });\n');
    for (const args of [["--version"], ["check", "examples/delivery-spec.yaml"]]) {
      const result = spawnSync(process.execPath, ["-r", preload, CLI, ...args], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? "" },
        encoding: "utf8",
      });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(
        "secpolicy: error[node-too-old]: Node.js 20.19 以上が必要（この Node.js は 20.10.0） / Node.js 20.19 or later is needed (this is 20.10.0)\n" +
          "  hint: Node.js を更新すること（例：最新の LTS） / Update Node.js (e.g. to the current LTS)\n",
      );
    }
  });
});
