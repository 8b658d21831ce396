import { addDays, daysInMonth, instantAt, weekdayOf, type CalendarDate } from '../../kernel/time.js';
import { resolveDay } from './days.js';
import type { DayRef, Recurrence, Span } from './spec.js';

/** Recurrences: merging the day the client named, the RRULE text and the first occurrence. */

const RRULE_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
/** RRULE lists days Monday first, as people say them. */
const MONDAY_FIRST = (d: number): number => (d + 6) % 7;
/** Far enough to find a 29 February. */
const SEARCH_DAYS = 366 * 4 + 1;

/**
 * Adds the day named next to a recurrence: "ogni due settimane il lunedì" -> BYDAY=MO,
 * "ogni mese il 5" / "il 5 di ogni mese" -> BYMONTHDAY=5, "ogni anno il 10 febbraio" ->
 * BYMONTH=2;BYMONTHDAY=10.
 */
export function mergeRecurrence(rec: Recurrence, day: DayRef | undefined): Recurrence {
  if (day === undefined) return rec;
  if (rec.freq === 'WEEKLY' && rec.byDay === undefined && day.kind === 'weekday')
    return { ...rec, byDay: [day.weekday] };
  if (rec.freq === 'MONTHLY' && rec.byMonthDay === undefined && (day.kind === 'monthDay' || day.kind === 'date')) {
    return { ...rec, byMonthDay: day.day };
  }
  if (rec.freq === 'YEARLY' && rec.byMonth === undefined && day.kind === 'date')
    return { ...rec, byMonth: day.month, byMonthDay: day.day };
  return rec;
}

/** "fortnightly on wednesdays", "a settimane alterne il venerdì": two weekly readings say one rule. */
export function combineRecurrences(first: Recurrence, second: Recurrence): Recurrence {
  if (first.freq !== 'WEEKLY' || second.freq !== 'WEEKLY') return first;
  const interval = first.interval ?? second.interval;
  const byDay = first.byDay ?? second.byDay;
  return { ...first, ...(interval !== undefined && { interval }), ...(byDay !== undefined && { byDay }) };
}

/** The first word of a preposition ending a stretch of time: "fino a fine mese", "until May", "through Friday". */
const UNTIL_PREPS: ReadonlySet<string> = new Set(['fino', 'until', 'till', 'til', 'through', 'thru']);
export const isUntilPrep = (prep: string | undefined): boolean => UNTIL_PREPS.has(prep?.split(' ')[0] ?? '');

/** What a time spec takes from a day or a span said, and the end of a recurrence when said as one. */
interface Ends {
  day?: DayRef;
  span?: Span;
  untilDay?: DayRef;
}

/**
 * "ogni lunedì fino a fine febbraio": the day is also where the recurrence ends; a month said as an end
 * ("ogni lunedì fino a giugno") closes on its last day, any other span is the span.
 */
export function withEnd(
  spec: Ends,
  c: { kind: 'day'; day: DayRef } | { kind: 'span'; span: Span },
  prep: string | undefined,
): void {
  const until = isUntilPrep(prep);
  if (c.kind === 'day') {
    if (until) spec.untilDay ??= c.day;
    spec.day ??= c.day;
  } else if (until && c.span.kind === 'month') spec.untilDay ??= { kind: 'endOfMonth', month: c.span.month };
  else spec.span ??= c.span;
}

/** "ogni lunedì fino a fine febbraio": the recurrence ends on that day (kept when it cannot be resolved). */
export function endingOn(rec: Recurrence, day: DayRef | undefined, today: CalendarDate): Recurrence {
  const until = day === undefined ? undefined : resolveDay(day, today);
  return until === undefined ? rec : { ...rec, until };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** RFC 5545 RRULE without DTSTART and without BYHOUR/BYMINUTE (the time of day is in `when`). */
export function toRrule(rec: Recurrence): string {
  const parts = [`FREQ=${rec.freq}`];
  if (rec.interval !== undefined && rec.interval > 1) parts.push(`INTERVAL=${rec.interval}`);
  if (rec.byDay !== undefined && rec.byDay.length > 0) {
    parts.push(
      `BYDAY=${[...rec.byDay]
        .sort((a, b) => MONDAY_FIRST(a) - MONDAY_FIRST(b))
        .map((d) => RRULE_DAYS[d])
        .join(',')}`,
    );
  }
  if (rec.byNthDay !== undefined) parts.push(`BYDAY=${rec.byNthDay.n}${RRULE_DAYS[rec.byNthDay.weekday]}`);
  if (rec.byMonth !== undefined) parts.push(`BYMONTH=${rec.byMonth}`);
  if (rec.byMonthDay !== undefined) parts.push(`BYMONTHDAY=${rec.byMonthDay}`);
  // the end of the last local day, floating like the rule's own times (the series runs on local wall-clock time)
  if (rec.until !== undefined)
    parts.push(`UNTIL=${pad(rec.until.year, 4)}${pad(rec.until.month)}${pad(rec.until.day)}T235959Z`);
  return parts.join(';');
}

function matchesDay(rec: Recurrence, date: CalendarDate): boolean {
  if (rec.byDay !== undefined && rec.byDay.length > 0 && !rec.byDay.includes(weekdayOf(date))) return false;
  if (rec.byMonth !== undefined && date.month !== rec.byMonth) return false;
  // BYMONTHDAY=-1 is the last day of each month
  const monthDay =
    rec.byMonthDay !== undefined && rec.byMonthDay < 0
      ? daysInMonth(date.year, date.month) + 1 + rec.byMonthDay
      : rec.byMonthDay;
  if (monthDay !== undefined && date.day !== monthDay) return false;
  if (rec.byNthDay !== undefined && !isNthWeekday(date, rec.byNthDay.n, rec.byNthDay.weekday)) return false;
  return true;
}

/** Whether a date is the nth (n -1: the last) such weekday of its month. */
function isNthWeekday(date: CalendarDate, n: number, weekday: number): boolean {
  if (weekdayOf(date) !== weekday) return false;
  return n > 0
    ? Math.ceil(date.day / 7) === n
    : Math.ceil((daysInMonth(date.year, date.month) - date.day + 1) / 7) === -n;
}

/**
 * The first matching instant after `now`, which can be today ("ogni lunedì alle 18" said on
 * a Monday morning fires that evening): the never-today rule is for a single weekday only.
 */
export function firstOccurrence(
  rec: Recurrence,
  opts: { now: Date; tz: string; from: CalendarDate; minute: number },
): Date | undefined {
  for (let k = 0; k < SEARCH_DAYS; k++) {
    const date = addDays(opts.from, k);
    if (!matchesDay(rec, date)) continue;
    const instant = instantAt(date, opts.minute, opts.tz);
    if (instant.getTime() > opts.now.getTime()) return instant;
  }
  return undefined;
}
