/**
 * How a date written another way than `YYYY-MM-DD` reads, for the hint of its error: 和暦 (「令和8年3月31日」, 「R9.1.20」),
 * slashes or dots (「2026/6/10」), 「2026年6月10日」, eight digits (20260401) and a spreadsheet's day number (46300). The
 * reading is offered, never applied: the description keeps what its author wrote until they write the date
 * (fifty-eighth review: every such error had the same hint, 「例：2026-04-01」, and a number pasted from a spreadsheet was
 * told to be quoted, which led to a second error).
 */
import { isIsoDate } from "../model/values/common.js";
import type { LocalizedText } from "../model/finding.js";

/** The first year of each era in the Western calendar, by the names and initials offices write. */
const ERA_YEARS: Readonly<Record<string, number>> = { 令和: 2018, r: 2018, 平成: 1988, h: 1988, 昭和: 1925, s: 1925 };

const pad = (n: number) => String(n).padStart(2, "0");

function iso(year: number, month: number, day: number): string | undefined {
  const text = `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
  return isIsoDate(text) ? text : undefined;
}

/** Days in a month of a year (for the hint of a day that does not exist). */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The day a spreadsheet's day number stands for (1900 date system, as Excel and LibreOffice write it), for numbers of
 * the years 2000 to 2099 only: a smaller number is more likely something else.
 */
function spreadsheetDay(serial: number): string | undefined {
  if (!Number.isInteger(serial) || serial < 36_526 || serial > 73_050) return undefined;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

/** The hint for a date field's value that is not `YYYY-MM-DD`: the reading when there is one, else what to write. */
export function dateHint(value: unknown): LocalizedText {
  if (typeof value === "number") {
    const digits = String(value);
    const eight = /^\d{8}$/.test(digits) ? iso(Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6))) : undefined;
    if (eight !== undefined) {
      return {
        ja: `日付は YYYY-MM-DD の形で書くこと。${digits} なら ${eight}`,
        en: `Write the date as YYYY-MM-DD; ${digits} would be ${eight}`,
      };
    }
    const serial = spreadsheetDay(value);
    if (serial !== undefined) {
      return {
        ja: `日付は YYYY-MM-DD の形で書くこと。表計算ソフトの日付の通し番号なら ${value} は ${serial}（セルの書式を日付にしてから写すこと）`,
        en: `Write the date as YYYY-MM-DD; if ${value} is a spreadsheet's day number, it is ${serial} (format the cell as a date before copying it)`,
      };
    }
    return { ja: "日付は YYYY-MM-DD の形で書くこと（例：2026-04-01）", en: "Write the date as YYYY-MM-DD (e.g. 2026-04-01)" };
  }
  if (typeof value !== "string") return { ja: "例：2026-04-01", en: "e.g. 2026-04-01" };
  const text = value.normalize("NFKC").trim().toLowerCase();
  const read = (reading: string | undefined): LocalizedText | undefined =>
    reading === undefined
      ? undefined
      : {
          ja: `「${value}」なら ${reading} と書くこと（読み替えはしない）`,
          en: `"${value}" would be ${reading}; write it so (it is not converted for you)`,
        };
  // 和暦: 令和8年3月31日, 令和元年5月1日, R8.3.31, H31/4/1.
  const era = /^(令和|平成|昭和|r|h|s)\s*(元|\d{1,2})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?$/u.exec(text);
  if (era !== null) {
    const [, name = "", year = "", month = "", day = ""] = era;
    const reading = iso((ERA_YEARS[name] ?? 0) + (year === "元" ? 1 : Number(year)), Number(month), Number(day));
    const hint = read(reading);
    if (hint !== undefined) return hint;
  }
  // 2026/6/10, 2026.6.10, 2026年6月10日, 2026-4-1, 20260401.
  const western = /^(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?$/u.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/u.exec(text);
  if (western !== null) {
    const [, y = "", m = "", d = ""] = western;
    const year = Number(y);
    const month = Number(m);
    const day = Number(d);
    const reading = iso(year, month, day);
    if (reading !== undefined && reading !== value) return read(reading) as LocalizedText;
    // A day the month does not have: 2027-02-29, 2026-09-31.
    if (month >= 1 && month <= 12 && day > daysIn(year, month)) {
      const leap = month === 2 && day === 29;
      return {
        ja: leap
          ? `${year}年はうるう年ではなく、2月は28日まで。実際の日を書くこと`
          : `${month}月は${daysIn(year, month)}日まで。実際の日を書くこと`,
        en: leap
          ? `${year} is not a leap year: February has 28 days. Give the real day`
          : `Month ${month} has ${daysIn(year, month)} days. Give the real day`,
      };
    }
  }
  // A month, a fiscal year, a range or a season: the day the record shows.
  if (/^\d{4}\s*[年./-]\s*\d{1,2}\s*月?$/u.test(text) || /年度|末|初|頃|ごろ|上旬|中旬|下旬|予定/u.test(text)) {
    return {
      ja: "月・年度・時期ではなく、記録にある実施の日を YYYY-MM-DD で書くこと（例：2026-04-01）",
      en: "Give the day the record shows as YYYY-MM-DD, not a month, fiscal year or season (e.g. 2026-04-01)",
    };
  }
  if (/[~〜～]|から|まで/u.test(text)) {
    return {
      ja: "期間ではなく、終えた日（完了の日）を YYYY-MM-DD で書くこと（例：2026-05-29）",
      en: "Give the day it was completed as YYYY-MM-DD, not a period (e.g. 2026-05-29)",
    };
  }
  return { ja: "例：2026-04-01", en: "e.g. 2026-04-01" };
}
