/**
 * How a date written another way than `YYYY-MM-DD` reads, for the hint of its error: 和暦 (「令和8年3月31日」, 「R9.1.20」),
 * slashes or dots (「2026/6/10」), 「2026年6月10日」, eight digits (20260401) and a spreadsheet's day number (46300). The
 * reading is offered, never applied: the description keeps what its author wrote until they write the date
 * (fifty-eighth review: every such error had the same hint, 「例：2026-04-01」, and a number pasted from a spreadsheet was
 * told to be quoted, which led to a second error).
 */
import { withoutBracketNotes } from "../model/values/common.js";
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

/** The hint for a day a month does not have (2027-02-29, 令和9年2月29日), or undefined for a day that exists. */
function missingDay(year: number, month: number, day: number): LocalizedText | undefined {
  if (month < 1 || month > 12 || day <= daysIn(year, month)) return undefined;
  if (month === 2 && day === 29) {
    return {
      ja: `${year}年はうるう年ではなく、2月は28日まで。実際の日を書くこと`,
      en: `${year} is not a leap year: February has 28 days. Give the real day`,
    };
  }
  return {
    ja: `${month}月は${daysIn(year, month)}日まで。実際の日を書くこと`,
    en: `Month ${month} has ${daysIn(year, month)} days. Give the real day`,
  };
}

/**
 * The hint for a date field's value that is not `YYYY-MM-DD`: the reading when there is one, else what to write. `field`
 * is the field's name: an expiry (`expiresOn`, a contract's `validUntil`) is asked for as the last day in force, not as the day of an activity.
 */
export function dateHint(value: unknown, field?: string): LocalizedText {
  const expiry = field === "expiresOn" || field === "validUntil";
  // Fields that hold a day to come by nature: a due date, the end of support, an expiry. 「予定」 there is no plan of an
  // activity (sixty-first review: the hint told the reader to delete an open finding's row).
  const ahead = expiry || field === "dueOn" || field === "endOfSupport";
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
  // A weekday after the date (「2026年6月10日（水）」), as office papers write it, says nothing more (fifty-ninth review).
  const text = value
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/\s*\(\s*(月|火|水|木|金|土|日|mon|tue|wed|thu|fri|sat|sun)[a-z曜日]*\s*\)$/u, "");
  // A plan is no record of the day: 「2027/2/19 予定」 (fifty-ninth review).
  if (/予定|見込|planned/u.test(text) && !ahead) {
    return {
      ja: "予定の日は実施の日ではない。実施した日を YYYY-MM-DD で書くこと（まだ実施していなければ、その行は書かない）",
      en: "A planned day is not the day it was done: give the day it was done as YYYY-MM-DD (leave the row out if it has not been done yet)",
    };
  }
  // A day to come with 「予定」 beside it: read without the word (「2027-03-31予定」, 「2027/10/12（予定）」).
  if (ahead && /予定|見込|頃/u.test(text)) {
    const day = text.replace(/[(（]?(予定|見込み?|頃)[)）]?/gu, "").trim();
    if (day !== text && day !== "") {
      // The day itself when it is already YYYY-MM-DD; else only a reading the hint offers (never its example date:
      // sixty-third review, where 「2026-09-30予定」 was told 「2026-04-01 と書くこと」).
      const hint = dateHint(day, undefined);
      const reading = isIsoDate(day) ? day : hint.en.includes("would be") ? /\d{4}-\d{2}-\d{2}/u.exec(hint.en)?.[0] : undefined;
      if (reading !== undefined) {
        return {
          ja: `「${value}」なら ${reading} と書くこと（予定の日のまま書いてよい。読み替えはしない）`,
          en: `"${value}" would be ${reading}; write it so (a day to come is fine here; it is not converted for you)`,
        };
      }
    }
  }
  // No end at all: a subscription kept on the latest version (sixty-eighth review: 「なし（サブスクリプション・常に最新）」).
  if (field === "endOfSupport" && /なし|無し|無期限|サブスク|常に最新|最新版|subscription|evergreen|continuous|none/u.test(text)) {
    return {
      ja: "サポート終了日を定めない製品なら、endOfSupport は書かずに continuousSupport: true と書くこと",
      en: "For a product with no fixed end of support, leave endOfSupport out and write continuousSupport: true",
    };
  }
  // A spreadsheet's day number written as text (「"46300"」).
  if (/^\d{5}$/u.test(text)) {
    const serial = spreadsheetDay(Number(text));
    if (serial !== undefined) {
      return {
        ja: `日付は YYYY-MM-DD の形で書くこと。表計算ソフトの日付の通し番号なら ${text} は ${serial}（セルの書式を日付にしてから写すこと）`,
        en: `Write the date as YYYY-MM-DD; if ${text} is a spreadsheet's day number, it is ${serial} (format the cell as a date before copying it)`,
      };
    }
  }
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
    const western = (ERA_YEARS[name] ?? 0) + (year === "元" ? 1 : Number(year));
    const reading = iso(western, Number(month), Number(day));
    const hint = read(reading) ?? missingDay(western, Number(month), Number(day));
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
    const missing = missingDay(year, month, day);
    if (missing !== undefined) return missing;
  }
  // An expiry written as a term or a fiscal year's end: the term's last day, read from what is written (sixty-seventh
  // review: 「令和7年度末」 and 「令和7年4月1日～令和8年3月31日」 were shown the example of fiscal 2026, a year off).
  if (expiry) {
    // Notes left out (「…～令和13年3月31日（長期継続契約）」); only a reading of the end, never an example date (sixty-ninth
    // review: 「令和7年4月1日から1年間」 was offered the example 2026-04-01 as its last day).
    const plain = withoutBracketNotes(text).trim();
    const end = /(?:[~〜～]|から)\s*([^~〜～]+?)\s*(?:まで)?$/u.exec(plain)?.[1];
    if (end !== undefined && end !== plain) {
      const reading = isIsoDate(end) ? end : /would be (\d{4}-\d{2}-\d{2})/u.exec(dateHint(end, undefined).en)?.[1];
      if (reading !== undefined) {
        return {
          ja: `期間ではなく終期の日を書くこと。「${value}」の終期なら ${reading}`,
          en: `Give the term's last day, not the period: for "${value}" that is ${reading}`,
        };
      }
    }
    const fiscal = /^(令和|平成|r|h)?\s*(元|\d{1,4})\s*年度\s*(?:の)?\s*末(?:日|まで)?$/u.exec(plain);
    if (fiscal !== null) {
      const [, name, year = ""] = fiscal;
      const number = year === "元" ? 1 : Number(year);
      const western = name === undefined ? number : (ERA_YEARS[name] ?? 0) + number;
      if (western >= 1900 && western < 2200) {
        return {
          ja: `年度末は翌年の3月31日。「${value}」なら ${western + 1}-03-31 と書くこと`,
          en: `A fiscal year ends on 31 March of the next year: "${value}" would be ${western + 1}-03-31`,
        };
      }
    }
  }
  // An expiry written as a time of year: the last day in force (「年度末」 is 31 March).
  if (expiry) {
    return field === "validUntil"
      ? {
          ja: "契約期間の最終日を YYYY-MM-DD で書くこと（令和8年度末なら 2027-03-31）",
          en: "Give the last day of the contract's term as YYYY-MM-DD (the end of fiscal 2026 is 2027-03-31)",
        }
      : {
          ja: "有効期限の最終日を YYYY-MM-DD で書くこと（令和8年度末なら 2027-03-31）",
          en: "Give the last day the exception is in force as YYYY-MM-DD (the end of fiscal 2026 is 2027-03-31)",
        };
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
