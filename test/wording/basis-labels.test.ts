/** The basis of a finding in words, as the text, Markdown and HTML reports print it. */
import { describe, expect, it } from "vitest";
import { ICT_BCP_GUIDELINE } from "../../src/policy/guideline.js";
import { basisLabelOf } from "../../src/report/shared.js";

describe("basisLabelOf", () => {
  it("names the guideline once: a reference that names its issuer is not wrapped in 総務省ガイドライン again", () => {
    // Second auditor review: ict-bcp-scenarios read 「総務省ガイドライン（総務省「…BCP…」（…別の文書））」.
    const bcp = { basis: "guideline" as const, reference: ICT_BCP_GUIDELINE };
    expect(basisLabelOf(bcp, "ja")).toBe(ICT_BCP_GUIDELINE.ja);
    expect(basisLabelOf(bcp, "en")).toBe(ICT_BCP_GUIDELINE.en);
    const section = {
      basis: "guideline" as const,
      reference: { ja: "ガイドライン（令和7年3月版）「物理的セキュリティ」", en: "Guideline (March 2025) physical security" },
    };
    expect(basisLabelOf(section, "ja")).toBe("総務省ガイドライン（令和7年3月版）「物理的セキュリティ」");
    expect(basisLabelOf(section, "en")).toBe("National guideline (March 2025) physical security");
    expect(basisLabelOf({ basis: "practice", reference: { ja: "理由", en: "why" } }, "ja")).toBe(
      "推奨される運用（基本方針の文言ではない）（理由）",
    );
  });
});
