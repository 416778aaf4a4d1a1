/** Date arithmetic on `YYYY-MM-DD` strings, in UTC and without the clock. Which strings are dates is `isIsoDate`'s to say. */
import { isIsoDate } from "../model/values/common.js";

const DAY_MS = 86_400_000;

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split("-").map(Number);
  return [y ?? 0, m ?? 1, d ?? 1];
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / DAY_MS);
}

/** `date` plus `months` calendar months, clamped to the month's last day (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const whole = Math.trunc(months);
  const firstOfTarget = new Date(Date.UTC(y, m - 1 + whole, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  const result = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth(), Math.min(d, lastDay)));
  const fraction = months - whole;
  if (fraction !== 0) result.setUTCDate(result.getUTCDate() + Math.round(fraction * 30));
  return result.toISOString().slice(0, 10);
}

/**
 * The last day of a period of `months` months that follows the day `date`, counted as Japanese law counts periods
 * (民法 140: the first day is not counted, so the period starts the day after; 143: it ends the day before the day of
 * the last month that corresponds to its start, or on that month's last day when it has no such day). 2026-09-30 + 6
 * ends 2027-03-31; 2027-02-28 + 12 ends 2028-02-29; 2026-03-31 + 12 ends 2027-03-31; 2026-08-30 + 6 ends 2027-02-28.
 * Fifty-eighth review: adding months to the activity's own day ended periods one to three days early after the last
 * day of a short month, and failed a half-yearly review done on 9/30 at the fiscal year's end.
 * A fractional number of months (a profile may give 0.5) keeps {@link addMonths}'s thirty days per month.
 */
export function periodEnd(date: string, months: number): string {
  if (!Number.isInteger(months)) return addMonths(date, months);
  const [y, m, d] = parts(date);
  const start = new Date(Date.UTC(y, m - 1, d + 1));
  const startDay = start.getUTCDate();
  const targetYear = start.getUTCFullYear();
  const targetMonth = start.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  // No corresponding day in the last month (the period started on the 31st, say): it ends on that month's last day.
  const end =
    startDay > lastDay ? new Date(Date.UTC(targetYear, targetMonth, lastDay)) : new Date(Date.UTC(targetYear, targetMonth, startDay - 1));
  return end.toISOString().slice(0, 10);
}

/** Due dates already computed: interval checks ask the same question for many targets. Bounded, and pure. */
const dueDates = new Map<string, string>();

/** The last day of the interval of `months` months after an activity on `date` ({@link periodEnd}), remembered. */
export function dueDate(date: string, months: number): string {
  const key = `${date}|${months}`;
  let due = dueDates.get(key);
  if (due === undefined) {
    if (dueDates.size >= 4096) dueDates.clear();
    due = periodEnd(date, months);
    dueDates.set(key, due);
  }
  return due;
}

/** Whether more than `months` months have passed after `date` on `asOf`: the period that follows it ended before `asOf`. */
export function isOlderThanMonths(date: string, months: number, asOf: string): boolean {
  return dueDate(date, months) < asOf;
}

/** Options of {@link formatDate}. */
export interface FormatDateOptions {
  /** `ja` (default): 2024年10月15日; `en`: 15 October 2024. */
  readonly lang?: "ja" | "en";
  /** Japanese only: the Japanese era (和暦), e.g. 令和6年10月15日 (the first year of an era reads 元年). */
  readonly era?: boolean;
}

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The eras from 明治 on, latest first, with the first day of each. */
const ERAS: readonly (readonly [name: string, start: string])[] = [
  ["令和", "2019-05-01"],
  ["平成", "1989-01-08"],
  ["昭和", "1926-12-25"],
  ["大正", "1912-07-30"],
  ["明治", "1868-01-25"],
];

/**
 * A `YYYY-MM-DD` date as people read it in an audit report: `2024年10月15日`, with `era: true`
 * `令和6年10月15日`, in English `15 October 2024`. Pure; a string that is not a real date comes back
 * unchanged, and a date before 明治 keeps the Western year.
 */
export function formatDate(iso: string, options: FormatDateOptions = {}): string {
  if (!isIsoDate(iso)) return iso;
  const [year, month, day] = parts(iso);
  if (options.lang === "en") return `${day} ${MONTHS_EN[month - 1] ?? month} ${year}`;
  if (options.era === true) {
    const era = ERAS.find(([, start]) => iso >= start);
    if (era !== undefined) {
      const eraYear = year - Number(era[1].slice(0, 4)) + 1;
      return `${era[0]}${eraYear === 1 ? "元" : eraYear}年${month}月${day}日`;
    }
  }
  return `${year}年${month}月${day}日`;
}

/** Message data for a date: `<name>` (ISO), `<name>Ja` (2024年10月15日), `<name>En` (15 October 2024) and `<name>Era` (令和6年10月15日). */
export function dateData(name: string, iso: string): Readonly<Record<string, string>> {
  return {
    [name]: iso,
    [`${name}Ja`]: formatDate(iso),
    [`${name}En`]: formatDate(iso, { lang: "en" }),
    [`${name}Era`]: formatDate(iso, { era: true }),
  };
}
