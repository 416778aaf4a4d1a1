import { describe, expect, it } from "vitest";
import { dateData, formatDate } from "./dates.js";

describe("formatDate", () => {
  it("reads as a Japanese date by default and as an English one on request", () => {
    expect(formatDate("2024-10-15")).toBe("2024年10月15日");
    expect(formatDate("2024-10-05", { lang: "en" })).toBe("5 October 2024");
  });

  it("renders the Japanese era on request, across era boundaries", () => {
    expect(formatDate("2024-10-15", { era: true })).toBe("令和6年10月15日");
    expect(formatDate("2019-05-01", { era: true })).toBe("令和元年5月1日");
    expect(formatDate("2019-04-30", { era: true })).toBe("平成31年4月30日");
    expect(formatDate("1989-01-07", { era: true })).toBe("昭和64年1月7日");
    expect(formatDate("1989-01-08", { era: true })).toBe("平成元年1月8日");
  });

  it("leaves anything that is not a date as it is", () => {
    expect(formatDate("2024-10")).toBe("2024-10");
    expect(formatDate("1800-01-01", { era: true })).toBe("1800年1月1日");
  });

  it("gives every rendering as message data", () => {
    expect(dateData("last", "2025-03-31")).toEqual({
      last: "2025-03-31",
      lastJa: "2025年3月31日",
      lastEn: "31 March 2025",
      lastEra: "令和7年3月31日",
    });
  });
});
