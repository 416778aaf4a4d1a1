/**
 * Connection ends in messages are named as a reader of the report names them: an external network
 * by its name in the report's language (ガバメントクラウド, the prefectural security cloud), never
 * as the description's identifier `external:government-cloud`. The identifiers stay in the
 * finding's data (`hop`, `from`, `to`) for programs.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/builtin.js";
import { parseDescription } from "../../src/input/parse-description.js";
import { description, internetSystem, link, mynumberSystem } from "../support/fixtures.js";

function findings(input: Record<string, unknown>, checkId: string) {
  const parsed = parseDescription(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
  return evaluate(parsed.value, { evaluationDate: "2026-04-01" }).results.filter(
    (f) => f.checkId === checkId && (f.outcome === "fail" || f.outcome === "needs-evidence"),
  );
}

describe("connection ends in messages", () => {
  it("name Government Cloud in words, in both languages, and keep the identifiers in the data", () => {
    // A My Number system reaching Government Cloud over an internet VPN: the guideline wants a
    // closed line, so an auditor expects a failing finding that names the cloud as staff do.
    const input = description([mynumberSystem()], {
      connections: [link("gc", "juki", "external:government-cloud", { transport: "internet-vpn" })],
    });
    const [finding] = findings(input, "government-cloud-closed-line");
    expect(finding?.message.ja).toContain("（juki → ガバメントクラウド）");
    expect(finding?.message.en).toContain("(juki → Government Cloud)");
    expect(`${finding?.message.ja} ${finding?.message.en}`).not.toContain("external:");
    expect(finding?.data).toMatchObject({ from: "juki", to: "external:government-cloud" });
  });

  it("name a Government Cloud segment with its zone (sixth review: 「ガバメントクラウド → ガバメントクラウド」)", () => {
    // The My Number segment of a tenancy linked to its internet segment: denied, and both ends told apart.
    const input = description([mynumberSystem()], {
      connections: [
        {
          id: "seg",
          from: { external: "government-cloud", segment: "mynumber" },
          to: { external: "government-cloud", segment: "internet" },
          direction: "one-way",
        },
      ],
    });
    const [finding] = findings(input, "mynumber-connections-restricted");
    expect(finding?.message.ja).toContain(
      "（ガバメントクラウド（マイナンバー利用事務系の区画） → ガバメントクラウド（インターネット接続系の区画））",
    );
    expect(finding?.message.en).toContain("Government Cloud (My Number zone segment) → Government Cloud (Internet zone segment)");
  });

  it("name the internet and a national system with its service in words in the link checks", () => {
    // An internet-zone system linked straight to the public internet is fine; one linked to a
    // national system is outside the flow table: the message names both ends in words.
    const input = description([internetSystem()], {
      connections: [
        {
          id: "jn",
          from: { system: "web-mail" },
          to: { external: "national-system", service: "住基ネット" },
          direction: "one-way",
          transport: "lgwan",
        },
      ],
    });
    const problems = findings(input, "zone-links-permitted");
    expect(problems.length).toBeGreaterThan(0);
    for (const f of problems) {
      expect(f.message.ja).toContain("web-mail → 国のシステム「住基ネット」");
      expect(f.message.en).toContain('web-mail → national system "住基ネット"');
      expect(f.data).toMatchObject({ hop: "web-mail → external:national-system(住基ネット)" });
    }
  });
});
