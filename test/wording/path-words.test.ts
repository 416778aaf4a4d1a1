/**
 * Paths in messages name external networks in words (インターネット, 事業者のネットワーク), as a
 * security officer reads them, not by the trace's ids (`external:public-internet`). The ids stay
 * in the data (`path`, `hop`) and in the trace, for machines and baselines.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/builtin.js";
import { nodeWords } from "../../src/checks/paths.js";
import type { GraphNode } from "../../src/engine/network-graph.js";
import { parseDescription } from "../../src/input/parse-description.js";
import { description, internetSystem, link, mynumberSystem } from "../support/fixtures.js";

function problems(input: Record<string, unknown>, checkId: string) {
  const parsed = parseDescription(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  return evaluate(parsed.value, { evaluationDate: "2026-04-01", results: "problems" }).results.filter((f) => f.checkId === checkId);
}

describe("paths in messages", () => {
  it("internet-egress-via-security-cloud names the vendor network and the internet in each language", () => {
    // web-mail reaches the internet through a vendor's network, and no hop passes the security cloud (6(3)③).
    const input = description([internetSystem()], {
      connections: [
        link("maint", "web-mail", "external:vendor-network", { via: [] }),
        link("vendor-out", "external:vendor-network", "external:public-internet", { via: [] }),
      ],
    });
    const [finding] = problems(input, "internet-egress-via-security-cloud");
    expect(finding?.message.ja).toContain("経路 web-mail → 事業者のネットワーク → インターネット は");
    expect(finding?.message.ja).toContain("区間 事業者のネットワーク → インターネット（接続 vendor-out）");
    expect(finding?.message.en).toContain("Path web-mail → vendor network → public internet reaches");
    expect(`${finding?.message.ja} ${finding?.message.en}`).not.toContain("external:");
    expect(finding?.data).toMatchObject({
      path: "web-mail → external:vendor-network → external:public-internet",
      hop: "external:vendor-network → external:public-internet",
    });
    expect(finding?.trace?.map((h) => h.node)).toEqual(["web-mail", "external:vendor-network", "external:public-internet"]);
  });

  it("mynumber-path-from-internet names LGWAN without its parenthetical", () => {
    // An internet-zone system wired to the LGWAN network, which reaches the My Number system: 6(3)①.
    const viaLgwan = description([internetSystem(), mynumberSystem()], {
      connections: [link("x", "web-mail", "external:lgwan-network"), link("y", "external:lgwan-network", "juki")],
    });
    const [lgwan] = problems(viaLgwan, "mynumber-path-from-internet").filter((f) => f.outcome === "fail");
    expect(lgwan?.message.ja).toContain("経路 web-mail → LGWAN → juki");
    expect(lgwan?.message.en).toContain("over web-mail → LGWAN network → juki");
  });

  it("names a Government Cloud segment with its zone, and systems and parts by their ids", () => {
    const node = (label: string, kind: GraphNode["kind"], zone: GraphNode["zone"], external: GraphNode["external"]): GraphNode => ({
      label,
      kind,
      zone,
      external,
      systemIndex: -1,
    });
    expect(nodeWords(node("external:government-cloud/mynumber", "external", "mynumber", "government-cloud"))).toEqual({
      ja: "ガバメントクラウド（マイナンバー利用事務系の区画）",
      en: "Government Cloud (My Number zone segment)",
    });
    expect(nodeWords(node("external:government-cloud", "external", undefined, "government-cloud"))).toEqual({
      ja: "ガバメントクラウド",
      en: "Government Cloud",
    });
    expect(nodeWords(node("external:national-system", "external", undefined, "national-system"))).toEqual({
      ja: "国のシステム",
      en: "national systems",
    });
    expect(nodeWords(node("juki/mn-pc", "terminalGroup", "mynumber", undefined))).toEqual({ ja: "juki/mn-pc", en: "juki/mn-pc" });
  });
});
