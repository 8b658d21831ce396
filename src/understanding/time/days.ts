import {
  addDays,
  addMonths,
  compareDates,
  daysInMonth,
  isValidDate,
  nthWeekdayOfMonth,
  weekdayOf,
  type CalendarDate,
} from '../../kernel/time.js';
import { nextHoliday } from './holidays.js';
import { resolveQuarter, resolveSeason, resolveWorkday } from './periods.js';
import type { DayRef, Span } from './spec.js';

/** Days the client names, resolved against today's local date: the contract's date conventions. */

/** How far ahead a day that exists only in some months or years (29 February, a fifth Monday) is looked for. */
const SEARCH_MONTHS = 12;

export function resolveDay(ref: DayRef, today: CalendarDate): CalendarDate | undefined {
  switch (ref.kind) {
    case 'relative':
      return addDays(today, ref.days);
    case 'weekday':
      if (ref.weekAfterNext === true) return addDays(mondayOfNextWeek(today), 7 + ((ref.weekday + 6) % 7));
      if (ref.nextWeek) return addDays(mondayOfNextWeek(today), (ref.weekday + 6) % 7);
      // never today: on a Monday, "lunedì" is in 7 days
      return addDays(today, (ref.weekday - weekdayOf(today) + 7) % 7 || 7);
    case 'weekdayCount':
      return addDays(today, ((ref.weekday - weekdayOf(today) + 7) % 7 || 7) + 7 * (ref.n - 1));
    case 'date':
      return resolveDate(ref.yearsAhead === undefined ? ref : { ...ref, year: today.year + ref.yearsAhead }, today);
    case 'monthDay': {
      const date = resolveMonthDay(ref.day, ref.monthsAhead ?? 0, today);
      const confirmed = ref.orDate === undefined || (date !== undefined && weekdayOf(date) === ref.orDate.weekday);
      return confirmed ? date : resolveDate({ day: ref.day, month: ref.orDate?.month ?? today.month }, today);
    }
    case 'holiday':
      return nextHoliday(ref.name, today);
    case 'nthWeekday':
      return resolveNthWeekday(ref, today);
    case 'shifted': {
      const base = resolveDay(ref.base, today);
      return base === undefined ? undefined : addDays(addMonths(base, ref.months ?? 0), ref.days);
    }
    case 'weekdayNear': {
      const base = resolveDay(ref.base, today);
      if (base === undefined) return undefined;
      const gap = ref.after
        ? (ref.weekday - weekdayOf(base) + 7) % 7 || 7
        : -((weekdayOf(base) - ref.weekday + 7) % 7 || 7);
      return addDays(base, gap);
    }
    case 'endOfWeek':
      return endOfWeek(today);
    case 'endOfMonth':
      return endOfMonth(ref, today);
    case 'endOfYear':
      return { year: today.year, month: 12, day: 31 };
    case 'endOfQuarter': {
      const lastMonth = { year: today.year, month: Math.ceil(today.month / 3) * 3, day: 1 };
      return lastOfMonth(addMonths(lastMonth, 3 * ref.quartersAhead));
    }
    case 'season':
      return resolveSeason(ref, today);
    case 'quarter':
      return resolveQuarter(ref, today);
    case 'workday':
      return resolveWorkday(ref, today, resolveDay);
  }
}

/** This month's last day, or a named month's (this year's, or next year's once that month is gone). */
function endOfMonth(ref: Extract<DayRef, { kind: 'endOfMonth' }>, today: CalendarDate): CalendarDate {
  if (ref.month === undefined) return lastOfMonth(addMonths({ ...today, day: 1 }, ref.monthsAhead ?? 0));
  const year = ref.year ?? (ref.month >= today.month ? today.year : today.year + 1);
  return { year, month: ref.month, day: daysInMonth(year, ref.month) };
}

function endOfWeek(today: CalendarDate): CalendarDate {
  const weekday = weekdayOf(today);
  return addDays(today, weekday === 6 ? 6 : weekday === 0 ? 5 : 5 - weekday);
}

function resolveDate(
  ref: { day: number; month: number; year?: number },
  today: CalendarDate,
): CalendarDate | undefined {
  if (ref.year !== undefined)
    return isValidDate(ref.year, ref.month, ref.day) ? { year: ref.year, month: ref.month, day: ref.day } : undefined;
  // a day-month already past this year is next year's; 29 February waits for a leap year
  for (let year = today.year; year <= today.year + 4; year++) {
    const date = { year, month: ref.month, day: ref.day };
    if (isValidDate(year, ref.month, ref.day) && compareDates(date, today) >= 0) return date;
  }
  return undefined;
}

/** This month (from `monthsAhead` on), or the next month that has that day. */
function resolveMonthDay(day: number, monthsAhead: number, today: CalendarDate): CalendarDate | undefined {
  for (let k = monthsAhead; k <= monthsAhead + SEARCH_MONTHS; k++) {
    const first = addMonths({ ...today, day: 1 }, k);
    if (isValidDate(first.year, first.month, day) && (k > 0 || day >= today.day)) return { ...first, day };
  }
  return undefined;
}

function resolveNthWeekday(
  ref: Extract<DayRef, { kind: 'nthWeekday' }>,
  today: CalendarDate,
): CalendarDate | undefined {
  const { n, weekday } = ref;
  if (ref.month !== undefined && ref.year !== undefined) return nthWeekdayOfMonth(ref.year, ref.month, weekday, n);
  for (let k = ref.monthsAhead ?? 0; k <= (ref.monthsAhead ?? 0) + SEARCH_MONTHS; k++) {
    const first = addMonths({ ...today, day: 1 }, k);
    if (ref.month !== undefined && first.month !== ref.month) continue;
    const date = nthWeekdayOfMonth(first.year, first.month, weekday, n);
    // "this month's" that is already gone means next month's, like a day of the month
    if (date !== undefined && (compareDates(date, today) >= 0 || (ref.monthsAhead ?? 0) > 0)) return date;
  }
  return undefined;
}

/**
 * "giovedì fra due settimane", "in 2 weeks on thursday": the weekday named, in the week a
 * whole-weeks offset lands in; undefined when no plain weekday goes with such an offset.
 */
export function weekdayInOffsetWeek(
  day: DayRef | undefined,
  offset: { amount: number; unit: string } | undefined,
  today: CalendarDate,
): CalendarDate | undefined {
  if (day?.kind !== 'weekday' || day.nextWeek || day.weekAfterNext === true) return undefined;
  if (offset?.unit !== 'day' || offset.amount <= 0 || offset.amount % 7 !== 0) return undefined;
  const landing = addDays(today, offset.amount);
  const monday = addDays(landing, -((weekdayOf(landing) + 6) % 7));
  return addDays(monday, (day.weekday + 6) % 7);
}

export function mondayOfNextWeek(today: CalendarDate): CalendarDate {
  return addDays(today, 7 - ((weekdayOf(today) + 6) % 7));
}

function comingSaturday(today: CalendarDate): CalendarDate {
  const weekday = weekdayOf(today);
  return weekday === 0 ? addDays(today, -1) : addDays(today, 6 - weekday);
}

function lastOfMonth(date: CalendarDate): CalendarDate {
  return { ...date, day: daysInMonth(date.year, date.month) };
}

function monthStart(today: CalendarDate, month: number): CalendarDate {
  return { year: month >= today.month ? today.year : today.year + 1, month, day: 1 };
}

/** An agenda range: "questa settimana" is today to Sunday, "il weekend" the coming Saturday and Sunday. */
export function spanRange(span: Span, today: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  switch (span.kind) {
    case 'thisWeek':
      return { from: today, to: addDays(today, (7 - weekdayOf(today)) % 7) };
    case 'nextWeek': {
      const monday = mondayOfNextWeek(today);
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'weekend': {
      const coming = comingSaturday(today);
      // "next weekend" said on a weekend day is the one after it
      const saturday = span.next === true && compareDates(coming, today) <= 0 ? addDays(coming, 7) : coming;
      const from = compareDates(saturday, today) < 0 ? today : saturday;
      return { from, to: addDays(saturday, 1) };
    }
    case 'thisMonth':
      return { from: today, to: lastOfMonth(today) };
    case 'nextMonth': {
      const first = addMonths({ ...today, day: 1 }, 1);
      return { from: first, to: lastOfMonth(first) };
    }
    case 'month': {
      const first = monthStart(today, span.month);
      return { from: first, to: lastOfMonth(first) };
    }
    case 'weekFrom': {
      const first = resolveDay(span.day, today) ?? today;
      return { from: first, to: addDays(first, 6) };
    }
  }
}

/** A span read as one day: "la settimana prossima" as a date is Monday of next week, "il mese prossimo" its 1st. */
export function spanDate(span: Span, today: CalendarDate): CalendarDate | undefined {
  if (span.kind === 'nextWeek') return mondayOfNextWeek(today);
  if (span.kind === 'nextMonth') return addMonths({ ...today, day: 1 }, 1);
  if (span.kind === 'weekend' || span.kind === 'weekFrom') return spanRange(span, today).from;
  // "a febbraio", "in February": its 1st, as a season or a quarter (batch 18); inside the month, next year's
  if (span.kind === 'month') {
    const first = monthStart(today, span.month);
    return compareDates(first, today) < 0 ? { ...first, year: first.year + 1 } : first;
  }
  return undefined;
}

/** A span read as a deadline: the last working day or the last day of it. */
export function spanDeadline(span: Span, today: CalendarDate): CalendarDate {
  if (span.kind === 'thisWeek') return endOfWeek(today);
  if (span.kind === 'nextWeek') return addDays(mondayOfNextWeek(today), 4);
  return spanRange(span, today).to;
}
