import { describe, expect, it } from "vitest";
import { type Diagnostic, formatDiagnostics } from "./diagnostic.js";

const nullHint = { ja: "値がなければ項目ごと省くこと", en: "Leave the field out when it has no value" };
const at = (pointer: string, hint?: Diagnostic["hint"]): Diagnostic => ({
  file: "city.json",
  line: 3,
  column: 5,
  code: "invalid-type",
  pointer,
  message: { ja: "null になっている", en: "is null" },
  ...(hint === undefined ? {} : { hint }),
});

describe("formatDiagnostics", () => {
  it("gives a hint in full once, and says 「上と同じ」 where the same hint comes again (seventy-fourth review: 47 nulls)", () => {
    const other = { ja: "別の直し方", en: "Another fix" };
    const lines = formatDiagnostics([at("/a", nullHint), at("/b", nullHint), at("/c", other), at("/d"), at("/e", nullHint)]);
    expect(lines.map((line) => line.split("\n")[1] ?? "")).toEqual([
      "  hint: 値がなければ項目ごと省くこと / Leave the field out when it has no value",
      "  hint: 上と同じ / as above",
      "  hint: 別の直し方 / Another fix",
      "",
      "  hint: 上と同じ / as above",
    ]);
    // Every error keeps its own place.
    expect(lines.map((line) => line.split("\n")[0])).toEqual(
      ["/a", "/b", "/c", "/d", "/e"].map((p) => `city.json:3:5: error[invalid-type]: null になっている / is null (${p})`),
    );
  });

  it("writes the chosen language only", () => {
    expect(formatDiagnostics([at("/a", nullHint), at("/b", nullHint)], "en")[1]).toBe(
      "city.json:3:5: error[invalid-type]: is null (/b)\n  hint: as above",
    );
  });
});
