import { addDays, addMonths, compareDates, daysInMonth, weekdayOf, type CalendarDate } from '../../kernel/time.js';
import { holidayIn } from './holidays.js';
import type { DayRef } from './spec.js';

/**
 * Seasons, calendar quarters and business days (batch 18), resolved against today's local date. The
 * contract names none of them; by its general conventions a period said as a time is its first day ("in
 * estate", "Q3", "next quarter"), its end the last day ("a fine estate", "end of Q3", "entro il primo
 * trimestre"), the next such one (today counts). Seasons are meteorological (spring from 1 March, summer
 * from 1 June, autumn from 1 September, winter from 1 December), as the calendar's months are whole.
 */

type Season = Extract<DayRef, { kind: 'season' }>;
type Quarter = Extract<DayRef, { kind: 'quarter' }>;
type Workday = Extract<DayRef, { kind: 'workday' }>;

const lastOfMonth = (date: CalendarDate): CalendarDate => ({ ...date, day: daysInMonth(date.year, date.month) });

/** The first (or last) day of a stretch of `months` months starting in `startMonth`: the next one, today counting. */
function nextStretch(startMonth: number, months: number, end: boolean, today: CalendarDate): CalendarDate {
  for (let year = today.year - 1; ; year++) {
    const first = { year, month: startMonth, day: 1 };
    const date = end ? lastOfMonth(addMonths(first, months - 1)) : first;
    if (compareDates(date, today) >= 0) return date;
  }
}

/** 0 spring, 1 summer, 2 autumn, 3 winter */
export function resolveSeason(ref: Season, today: CalendarDate): CalendarDate {
  const startMonth = 3 + 3 * ref.season;
  // "quest'estate" said in July: the rest of this summer, from today (its first day is gone)
  const inside = (today.month - startMonth + 12) % 12 < 3;
  if (ref.current === true && inside && !ref.end) return today;
  return nextStretch(startMonth, 3, ref.end, today);
}

export function resolveQuarter(ref: Quarter, today: CalendarDate): CalendarDate {
  if (ref.quarter === undefined) {
    const thisQuarter = { year: today.year, month: Math.ceil(today.month / 3) * 3 - 2, day: 1 };
    return addMonths(thisQuarter, 3);
  }
  const startMonth = 3 * ref.quarter - 2;
  if (ref.year === undefined) return nextStretch(startMonth, 3, ref.end, today);
  const first = { year: ref.year, month: startMonth, day: 1 };
  return ref.end ? lastOfMonth(addMonths(first, 2)) : first;
}

/** The public holidays a business day skips: Italy's for an Italian client; New Year's Day and Christmas in English. */
const PUBLIC_HOLIDAYS: Record<Workday['lang'], readonly string[]> = {
  it: [
    'newYear',
    'epiphany',
    'easterMonday',
    'liberation',
    'labour',
    'republic',
    'ferragosto',
    'allSaints',
    'immaculate',
    'christmas',
    'boxingDay',
  ],
  en: ['newYear', 'christmas'],
};

function isBusinessDay(date: CalendarDate, lang: Workday['lang']): boolean {
  const weekday = weekdayOf(date);
  if (weekday === 0 || weekday === 6) return false;
  return !PUBLIC_HOLIDAYS[lang].some((name) => {
    const holiday = holidayIn(name, date.year);
    return holiday !== undefined && compareDates(holiday, date) === 0;
  });
}

/** The first business day from `date` on (or the last up to it), at most two weeks away. */
function stepToBusinessDay(date: CalendarDate, last: boolean, lang: Workday['lang']): CalendarDate {
  let day = date;
  for (let i = 0; i < 14 && !isBusinessDay(day, lang); i++) day = addDays(day, last ? -1 : 1);
  return day;
}

/** "il primo giorno lavorativo del mese prossimo", "the last business day of the month" (next month's once gone). */
export function resolveWorkday(
  ref: Workday,
  today: CalendarDate,
  resolveDay: (ref: DayRef, today: CalendarDate) => CalendarDate | undefined,
): CalendarDate | undefined {
  const base = resolveDay(ref.base, today);
  if (base === undefined) return undefined;
  const day = stepToBusinessDay(base, ref.last, ref.lang);
  const { base: said } = ref;
  if (compareDates(day, today) >= 0 || said.kind !== 'endOfMonth' || said.month !== undefined) return day;
  const next = resolveDay({ ...said, monthsAhead: (said.monthsAhead ?? 0) + 1 }, today);
  return next === undefined ? undefined : stepToBusinessDay(next, ref.last, ref.lang);
}
