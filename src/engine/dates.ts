/** Date arithmetic on `YYYY-MM-DD` strings, in UTC and without the clock. */

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

/** Due dates already computed: interval checks ask the same question for many targets. Bounded, and pure. */
const dueDates = new Map<string, string>();

/** Whether `date` is more than `months` months before `asOf`. */
export function isOlderThanMonths(date: string, months: number, asOf: string): boolean {
  const key = `${date}|${months}`;
  let due = dueDates.get(key);
  if (due === undefined) {
    if (dueDates.size >= 4096) dueDates.clear();
    due = addMonths(date, months);
    dueDates.set(key, due);
  }
  return due < asOf;
}
