import {
  addDays,
  easterSunday,
  formatDate,
  formatInstant,
  localDateTime,
  nthWeekdayOfMonth,
  weekdayOf,
  zonedInstant,
  type CalendarDate,
} from '../../../src/kernel/time.js';
import type { Intent, Lang } from '../../../src/understanding/contract.js';
import type { LabelledExample } from '../../../src/understanding/scoring.js';

/**
 * Expected values of the family sets, computed here from the contract's conventions (never
 * copied from the parser's output): plain calendar arithmetic from `now` in the client's zone.
 */
export interface Expected {
  intent: Intent;
  when?: string;
  due?: string;
  rrule?: string;
  /**
   * structured slots that must come out exactly (until, ref, partySize, from, to, durationMin, availability, items,
   * viaOffice, dayPart, timeFrom, timeTo), and the appointment a reminder comes before by its instant (event)
   */
  slots?: Record<string, string | number | boolean | { when: string }>;
}

export type Case = [lang: Lang, text: string, expected: Expected];

export class Calendar {
  readonly today: CalendarDate;
  readonly nowMinute: number;

  constructor(
    readonly now: Date,
    readonly tz: string,
  ) {
    const local = localDateTime(now, tz);
    this.today = { year: local.year, month: local.month, day: local.day };
    this.nowMinute = local.hour * 60 + local.minute;
  }

  /** a date plus n days */
  plus(date: CalendarDate, n: number): CalendarDate {
    return addDays(date, n);
  }

  /** today plus n days */
  day(n: number): CalendarDate {
    return addDays(this.today, n);
  }

  /** the next such weekday after today (0 = Sunday), never today; `weeks` more weeks on */
  weekday(weekday: number, weeks = 0): CalendarDate {
    let date = addDays(this.today, 1);
    while (weekdayOf(date) !== weekday) date = addDays(date, 1);
    return addDays(date, 7 * weeks);
  }

  /** month/day this year, or next year once past (today counts) */
  date(month: number, day: number): CalendarDate {
    const thisYear = { year: this.today.year, month, day };
    const past =
      month < this.today.month || (month === this.today.month && day < this.today.day)
        ? { ...thisYear, year: thisYear.year + 1 }
        : thisYear;
    return past;
  }

  easter(offset = 0): CalendarDate {
    const thisYear = addDays(easterSunday(this.today.year), offset);
    const passed = formatDate(thisYear) < formatDate(this.today);
    return passed ? addDays(easterSunday(this.today.year + 1), offset) : thisYear;
  }

  /** the nth weekday of a month in the year given */
  nth(year: number, month: number, weekday: number, n: number): CalendarDate {
    const date = nthWeekdayOfMonth(year, month, weekday, n);
    if (date === undefined) throw new Error(`no ${n}th weekday ${weekday} in ${year}-${month}`);
    return date;
  }

  /** an instant at hh:mm local on a date */
  at(date: CalendarDate, hour: number, minute = 0): string {
    return formatInstant(zonedInstant(date, hour * 60 + minute, this.tz), this.tz);
  }

  /** today at hh:mm when still ahead, tomorrow otherwise (a time with no date) */
  next(hour: number, minute = 0): string {
    const ahead = hour * 60 + minute > this.nowMinute;
    return this.at(ahead ? this.today : this.day(1), hour, minute);
  }

  /** now plus minutes */
  inMinutes(minutes: number): string {
    return formatInstant(new Date(this.now.getTime() + minutes * 60_000), this.tz);
  }

  /** a bare date */
  iso(date: CalendarDate): string {
    return formatDate(date);
  }
}

export interface Family {
  name: string;
  now: string;
  tz: string;
  cases: (c: Calendar) => Case[];
}

export function examplesOf(family: Family): (LabelledExample & { family: string })[] {
  const calendar = new Calendar(new Date(family.now), family.tz);
  return family.cases(calendar).map(([lang, text, expected], i) => ({
    id: `${family.name}-${lang}-${String(i + 1).padStart(2, '0')}`,
    family: family.name,
    lang,
    now: family.now,
    tz: family.tz,
    text,
    ...expected,
  }));
}
