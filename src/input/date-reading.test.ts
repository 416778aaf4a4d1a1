import { describe, expect, it } from "vitest";
import { dateHint } from "./date-reading.js";

// Fifty-eighth review: dates as offices write them got one hint, 「例：2026-04-01」; a number got "quote it", which led to
// a second error. The hint offers the reading, and the description keeps what was written until its author writes it.
describe("dateHint", () => {
  it.each([
    ["令和8年3月31日", "2026-03-31"],
    ["令和元年5月1日", "2019-05-01"],
    ["R9.1.20", "2027-01-20"],
    ["H31/4/1", "2019-04-01"],
    ["2026/6/10", "2026-06-10"],
    ["2026年6月10日", "2026-06-10"],
    ["2026-4-1", "2026-04-01"],
    ["20260401", "2026-04-01"],
    ["２０２６／４／１", "2026-04-01"],
  ])("reads 「%s」 as %s", (written, reading) => {
    const hint = dateHint(written);
    expect(hint.ja).toContain(reading);
    expect(hint.en).toContain(reading);
  });

  it("reads numbers: eight digits, and a spreadsheet's day number of this century", () => {
    expect(dateHint(20260401).en).toContain("2026-04-01");
    expect(dateHint(46300).ja).toContain("2026-10-05");
    // Not a date of the years 2000 to 2099 either way: no reading offered.
    expect(dateHint(12).ja).not.toMatch(/\d{4}-\d{2}-\d{2}.*(なら|は \d)/u);
  });

  it("says which day a month does not have", () => {
    expect(dateHint("2027-02-29").ja).toContain("2027年はうるう年ではなく");
    expect(dateHint("2026-09-31").en).toContain("Month 9 has 30 days");
    expect(dateHint("2028-02-29").ja).toBe("例：2026-04-01");
  });

  it("asks for the day of the record for a month, a fiscal year or a period, without guessing one", () => {
    for (const written of ["2026-11", "令和8年度", "年度末", "2026年4月上旬"]) expect(dateHint(written).ja).toContain("記録にある実施の日");
    expect(dateHint("2026-05-15～2026-05-29").ja).toContain("終えた日");
    expect(dateHint("2026-11").ja).not.toContain("2026-01-01");
  });
});

describe("dateHint, the fifty-ninth review's gaps", () => {
  it("reads a date with its weekday, a 和暦 day that does not exist, and a day number written as text", () => {
    expect(dateHint("2026年6月10日（水）").ja).toContain("2026-06-10");
    expect(dateHint("2026/6/10(Wed)").en).toContain("2026-06-10");
    expect(dateHint("令和9年2月29日").ja).toContain("2027年はうるう年ではなく");
    expect(dateHint("46300").ja).toContain("2026-10-05");
  });

  it("says a planned day is not the day it was done, and asks an expiry for its last day", () => {
    expect(dateHint("2027/2/19 予定").ja).toContain("予定の日は実施の日ではない");
    expect(dateHint("年度末", "expiresOn").ja).toContain("有効期限の最終日");
    expect(dateHint("年度末", "date").ja).toContain("記録にある実施の日");
    expect(dateHint("2027/3/31", "expiresOn").ja).toContain("2027-03-31");
    // A contract's term is asked for its last day too, in a contract's words.
    expect(dateHint("年度末", "validUntil").ja).toContain("契約期間の最終日");
    // Sixty-seventh review: the fiscal year written is read (「令和7年度末」 is 31 March 2026, not the example's 2027).
    expect(dateHint("令和7年度末", "validUntil").ja).toContain("2026-03-31");
    expect(dateHint("令和8年度末", "expiresOn").en).toContain("2027-03-31");
    expect(dateHint("2025年度末", "validUntil").en).toContain("2026-03-31");
    expect(dateHint("令和元年度末", "validUntil").en).toContain("2020-03-31");
    // Sixty-eighth review: a subscription's support written as none is told how to say it.
    expect(dateHint("なし（サブスクリプション・常に最新）", "endOfSupport").ja).toContain("continuousSupport: true");
    expect(dateHint("なし", "date").ja).not.toContain("continuousSupport");
    // A term written as its period: its last day.
    expect(dateHint("令和7年4月1日～令和8年3月31日", "validUntil").ja).toBe(
      "期間ではなく終期の日を書くこと。「令和7年4月1日～令和8年3月31日」の終期なら 2026-03-31",
    );
    expect(dateHint("2025/4/1から2026/3/31まで", "validUntil").en).toContain("2026-03-31");
    // Sixty-ninth review: a note after the period is left out; an end that cannot be read gives no date at all (never the
    // example's); 「年度末まで」「年度末日」 read as the fiscal year's end.
    expect(dateHint("令和8年4月1日～令和13年3月31日（長期継続契約）", "validUntil").en).toContain("2031-03-31");
    expect(dateHint("令和7年4月1日から1年間", "validUntil").ja).toContain("契約期間の最終日");
    expect(dateHint("令和7年4月1日から1年間", "validUntil").ja).not.toContain("終期なら");
    expect(dateHint("令和7年度末まで", "validUntil").en).toContain("2026-03-31");
    expect(dateHint("令和7年度末日", "expiresOn").en).toContain("2026-03-31");
    // Not an expiry: a fiscal year's end is no day of an activity.
    expect(dateHint("令和7年度末", "date").ja).toContain("記録にある実施の日");
    expect(dateHint("令和9年3月31日", "validUntil").ja).toContain("2027-03-31");
  });
});

describe("dateHint, the sixty-first review's gaps", () => {
  it("reads a due date or an end of support with 「予定」 beside it, without telling the reader to delete the row", () => {
    const due = dateHint("2027-03-31予定", "dueOn");
    expect(due.ja).toContain("2027-03-31");
    expect(due.ja).not.toContain("その行は書かない");
    expect(dateHint("2027/10/12（予定）", "endOfSupport").ja).toContain("2027-10-12");
    expect(dateHint("2027/2/19 予定", "date").ja).toContain("予定の日は実施の日ではない");
  });
});

describe("dateHint, the sixty-third review's wrong day", () => {
  it("offers the due date as written, never the example date", () => {
    const due = dateHint("2026-09-30予定", "dueOn");
    expect(due.ja).toContain("2026-09-30");
    expect(due.ja).not.toContain("2026-04-01");
    expect(dateHint("9月末予定", "dueOn").ja).not.toContain("2026-04-01 と書く");
  });
});
