/**
 * A host attached to several zones is named with its zones as a 課長 would say them (thirty-second
 * review): 「両方」 is two, so three zones are 「3つの領域すべて」, and English lists them once
 * ("the My Number, LGWAN and Internet zones"), not "My Number zone and LGWAN zone and Internet zone".
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/builtin.js";
import { parseDescription } from "../../src/input/parse-description.js";
import { description, lgwanSystem } from "../support/fixtures.js";

function bridging(attachedZones: string[]) {
  const parsed = parseDescription(description([lgwanSystem({ id: "vb", attachedZones })]));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  const results = evaluate(parsed.value, { evaluationDate: "2026-04-01" }).results;
  return results.filter((f) => f.checkId === "no-bridging-hosts" && f.outcome === "fail");
}

describe("no-bridging-hosts names the zones of a host", () => {
  it("three zones: not 「両方」, and one list in English", () => {
    // Policy 6(3)①–③ split all three zones; a host in each joins them all, and the finding must say so plainly.
    const [finding] = bridging(["mynumber", "lgwan", "internet"]);
    expect(finding?.message.ja).toContain(
      "vb はマイナンバー利用事務系・LGWAN接続系・インターネット接続系の3つの領域すべてのネットワークに接続しており",
    );
    expect(finding?.message.ja).not.toContain("両方");
    expect(finding?.message.en).toContain("vb is attached to the networks of the My Number, LGWAN and Internet zones,");
  });

  it("two zones: 「…の両方」", () => {
    const [finding] = bridging(["lgwan", "internet"]);
    expect(finding?.message.ja).toContain("vb はLGWAN接続系とインターネット接続系の両方のネットワークに接続しており");
    expect(finding?.message.en).toContain("vb is attached to the networks of the LGWAN and Internet zones,");
  });
});
