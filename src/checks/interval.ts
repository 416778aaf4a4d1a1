import { dateData, dueDate, isOlderThanMonths } from "../engine/dates.js";
import type { Intervals } from "../model/profile.js";
import type { MessageTemplate, TargetKind } from "../model/finding.js";
import type { GuidelineText } from "../policy/guideline.js";
import { type Check, type CheckContext, type CheckMeta, defineCheck, type RelativePath, type TargetSubjects } from "./define-check.js";

/** What an interval check reads from its subject: the date of the last occurrence and where it is written. */
export interface IntervalFact {
  /** Date of the last occurrence; `undefined` when the description does not say. */
  readonly date: string | undefined;
  /** Where the date is (or should be) written, relative to the target. */
  readonly path: RelativePath;
  /** Name of the subject for messages, e.g. a system id. */
  readonly subject?: string;
  /** The description lists the occurrences and there are none (`audits: []`): a statement that it never happened, not a missing fact. */
  readonly never?: boolean;
  /** What the activity's words name (`{ vendor: id }`), for the message of a date after the evaluation date. */
  readonly names?: Readonly<Record<string, string>>;
}

/** The messages every interval check has: `overdue` and `missing`; a check may add `never` (see {@link IntervalFact.never}). */
export type IntervalMessages = "overdue" | "missing";

/**
 * The message every interval check gets besides its own: a date after the evaluation date is no
 * record of the activity on that date (a plan, a typing slip, or papers tidied up for the report).
 */
const afterDateText = (activity: { readonly ja: string; readonly en: string }) => ({
  // The activity named (fiftieth review: in a worklist row the message stood alone and did not say whose date it was).
  ja: `${activity.ja}の実施日として記載された日（{{lastJa}}）が評価の基準日（{{evaluationDateJa}}）より後で、基準日までに実施した証跡にならない。基準日までに実施した直近の日付を記載すること`,
  en: `The date given for ${activity.en} ({{lastEn}}) is after the evaluation date ({{evaluationDateEn}}), so it is no record of it by that date; give the date it was last done by then`,
});
const AFTER_DATE = {
  remediation: {
    ja: "評価の基準日までに実施した直近の日付を記載すること（基準日より後の実施は、次の評価で示す）",
    en: "Give the date it was last done by the evaluation date (what was done after it belongs to the next evaluation)",
  },
} as const;

/**
 * One implementation for every "done within the last N months" rule (audits, self-inspections,
 * training, drills, reviews, vendor verification, access review, restore tests). The interval
 * comes from the profile; the date is compared with the evaluation date passed in.
 *
 * Messages may use `{{last}}` (the date found), `{{months}}` (the interval), `{{due}}` (when it
 * fell due) and `{{subject}}`. The dates also come readable: `{{lastJa}}` / `{{dueJa}}`
 * (2024年10月15日), `{{lastEn}}` / `{{dueEn}}` (15 October 2024); `lastEra` / `dueEra`
 * (令和6年10月15日) are in the finding's data for reports that show the Japanese era.
 */
export function defineIntervalCheck<K extends TargetKind, M extends IntervalMessages | "never" = IntervalMessages>(spec: {
  /** With a `never` message, a list stated empty fails with it; without one, it needs evidence as `missing`. */
  meta: CheckMeta<K, M>;
  /** The profile interval that applies. */
  interval: keyof Intervals;
  /** The activity in words (「情報セキュリティ研修」, "security training"), for the message of a date after the evaluation date. */
  activity: { readonly ja: string; readonly en: string };
  /** Reads the facts to compare; return several for subjects with many dated items, none for a fact another check reports. */
  select: (subject: TargetSubjects[K], ctx: Pick<CheckContext, "profile" | "evaluationDate">) => readonly IntervalFact[];
}): Check<K, M> {
  const hasNever = Object.hasOwn(spec.meta.messages, "never");
  // On the same footing as asking for the date at all: the `missing` message's basis, reference and clauses.
  const { basis, reference, clauses } = (spec.meta.messages as Record<IntervalMessages, MessageTemplate>).missing;
  const afterDate: MessageTemplate = {
    ...afterDateText(spec.activity),
    ...AFTER_DATE,
    ...(basis === undefined ? {} : { basis }),
    ...(reference === undefined ? {} : { reference }),
    ...(clauses === undefined ? {} : { clauses }),
  };
  const meta = { ...spec.meta, messages: { ...spec.meta.messages, afterDate } } as CheckMeta<K, M>;
  return defineCheck<K, M>({
    meta,
    *evaluate(subject, ctx) {
      const months = ctx.profile.intervals[spec.interval];
      for (const fact of spec.select(subject, ctx)) {
        // The names go with every message, so a template may name its target by name (「委託事業者 肥後電算株式会社（higo）」)
        // rather than by id (sixty-second review: overdue messages showed the bare id).
        const base = { months, subject: fact.subject ?? "", ...fact.names };
        if (fact.date === undefined && fact.never === true && hasNever) yield ctx.fail("never" as M, fact.path, base);
        else if (fact.date === undefined) yield ctx.needsEvidence("missing" as M, fact.path, base);
        else if (fact.date > ctx.evaluationDate) {
          yield ctx.needsEvidence("afterDate" as M, fact.path, {
            ...base,
            ...fact.names,
            ...dateData("last", fact.date),
            ...dateData("evaluationDate", ctx.evaluationDate),
          });
        } else if (isOlderThanMonths(fact.date, months, ctx.evaluationDate)) {
          yield ctx.fail("overdue" as M, fact.path, {
            ...base,
            ...dateData("last", fact.date),
            ...dateData("due", dueDate(fact.date, months)),
          });
        }
      }
    },
  });
}

/**
 * The basis and reference of an interval message that rests on recommended practice: why the
 * activity is worth repeating (in the check's own words), that the basic policy sets no interval,
 * and which profile setting holds the one applied. Spread it into both messages of the check.
 */
export function intervalPractice(
  interval: keyof Intervals,
  why: GuidelineText,
): { readonly basis: "practice"; readonly reference: GuidelineText } {
  return {
    basis: "practice",
    reference: {
      ja: `${why.ja}。基本方針は間隔を定めていない（適用する間隔はプロファイルの intervals.${interval}）`,
      en: `${why.en}. The basic policy sets no interval (the one applied is the profile's intervals.${interval})`,
    },
  };
}

/**
 * The most recent date of a list of dated activities, or `undefined` for none. With `asOf`, the most recent on or before
 * it and held (see {@link isHeld}): a row dated later is a plan or a slip, not a record on that day, and is taken only when
 * no row is held by then (so the check asks about it). Fifty-eighth review: next year's planned audit, listed beside the
 * real ones, hid an overdue audit.
 */
export function latestDate(items: readonly { date: string; scope?: string }[] | undefined, asOf?: string): string | undefined {
  let latest: string | undefined;
  let latestByThen: string | undefined;
  for (const item of items ?? []) {
    // Without `asOf`, or for a row dated after it (asked about as such), the date as written; a row dated by then but
    // said not to have taken place is no record at all.
    if ((asOf === undefined || item.date > asOf) && (latest === undefined || item.date > latest)) latest = item.date;
    if (asOf !== undefined && isHeld(item, asOf) && (latestByThen === undefined || item.date > latestByThen)) latestByThen = item.date;
  }
  return latestByThen ?? latest;
}

/** What a row's scope says when the activity did not take place: cancelled, postponed, or only planned. */
const NOT_HELD =
  /(中止|延期|順延|見送り?|見合わせ|取りやめ|取止め|予定|未実施|cancell?ed|postponed|planned)(した|となった|とした|です|とする)?$/iu;
/**
 * A scope that speaks of another occasion, or says the activity took place after all: 「次回は…予定」, 「令和6年度は中止」,
 * 「延期分を含めて実施」, 「当初予定から遅れて実施」 (sixty-third and sixty-fifth reviews: held rows read as not held).
 */
const HELD_AFTER_ALL =
  /(実施|開催|完了)(した|済み?|しました)?$|延期分|延期した分|遅れて実施|予定どおり|予定通り|次回|次年度|来年度|年度は/u;

/**
 * Whether an activity row is a record of one held by `asOf`: dated on or before it, and not said in its scope to be
 * cancelled, postponed or planned (sixty-first review: a drill 「台風接近のため中止・延期」 counted as held).
 */
export function isHeld(item: { readonly date: string; readonly scope?: string }, asOf: string): boolean {
  // Read at its end: the last words say what became of this activity (「全職員（台風接近のため中止・延期）」).
  const scope =
    item.scope
      ?.normalize("NFKC")
      .trim()
      .replace(/[。.)）\]】]+$/u, "") ?? "";
  return item.date <= asOf && (!NOT_HELD.test(scope) || HELD_AFTER_ALL.test(scope));
}

/**
 * The fact an interval check reads from a list of dated activities: the latest date on or before the evaluation date
 * (see {@link latestDate}), pointing at it (or at the list when empty).
 */
export function latestActivity<K extends string>(
  list: K,
  items: readonly { date: string; scope?: string }[] | undefined,
  asOf: string,
): IntervalFact {
  const date = latestDate(items, asOf);
  // Rows only of activities that did not take place: none held, as an empty list says.
  if (date === undefined && items !== undefined && items.length > 0) return { date: undefined, path: [list], never: true };
  const index = (items ?? []).findIndex((item) => item.date === date);
  return {
    date,
    path: index === -1 ? [list] : [list, index, "date"],
    ...(items !== undefined && items.length === 0 ? { never: true } : {}),
  };
}
