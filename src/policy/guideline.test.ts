import { describe, expect, it } from "vitest";
import { builtinChecks } from "../checks/index.js";
import { guidelineInEnglish, ICT_BCP_GUIDELINE } from "./guideline.js";

describe("guideline citations in English", () => {
  it("translate the revision, the kind of text and the section; a topic stays the guideline's heading", () => {
    expect(guidelineInEnglish("ガイドライン（令和4年3月版・令和7年3月版）対策基準例「技術的セキュリティ」（無線LANの利用）")).toBe(
      'Guideline (March 2022, March 2025), model standards "Technical security" (無線LANの利用)',
    );
    expect(guidelineInEnglish(ICT_BCP_GUIDELINE.ja)).toBe(ICT_BCP_GUIDELINE.en);
  });

  it("leave no Japanese framing in any built-in check's citation (fifth review: English reports cited the guideline in Japanese)", () => {
    const cited = builtinChecks.flatMap((check) => (check.meta.guideline === undefined ? [] : [guidelineInEnglish(check.meta.guideline)]));
    expect(cited.length).toBeGreaterThan(20);
    for (const citation of cited) expect(citation).not.toMatch(/ガイドライン|対策基準例|令和|「|」|総務省/);
  });
});
