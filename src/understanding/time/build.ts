import { pattern, type GrammarRule, type Groups } from './grammar.js';
import { holidayIn } from './holidays.js';
import type { Clock, Component, DayPeriod, DayRef, PartOfDay, Recurrence, TimeIssue } from './spec.js';

/** Builders shared by the Italian and English grammars: from captured groups to components. */

export const INVALID: Component = { kind: 'invalid', issue: 'no_such_date' };
export const INVALID_TIME: Component = { kind: 'invalid', issue: 'no_such_time' };
export const invalid = (issue: TimeIssue): Component => ({ kind: 'invalid', issue });

/** Minutes added to the stated hour by a modifier: "e mezza", "meno un quarto", "e 20". */
export function minuteModifier(g: Groups, suffix = ''): number {
  const mod = g[`mod${suffix}`];
  const plus = g[`emin${suffix}`];
  const minus = g[`mmin${suffix}`];
  if (plus !== undefined) return Number(plus);
  if (minus !== undefined) return -Number(minus);
  switch (mod) {
    case 'e mezza':
    case 'e mezzo':
      return 30;
    case 'e un quarto':
      return 15;
    case 'e 3 quarti':
      return 45;
    case 'meno un quarto':
      return -15;
    default:
      return 0;
  }
}

export function meridiemOf(ap: string | undefined): 'am' | 'pm' | undefined {
  if (ap === undefined) return undefined;
  return ap.startsWith('a') ? 'am' : 'pm';
}

/** The period a phrase like "di sera", "del pomeriggio", "in the morning" gives a bare hour. */
export function periodOf(phrase: string | undefined): DayPeriod | undefined {
  if (phrase === undefined) return undefined;
  if (/mattin|morning/.test(phrase)) return 'morning';
  if (/pomeriggio|afternoon/.test(phrase)) return 'afternoon';
  if (/sera|evening|tonight/.test(phrase)) return 'evening';
  if (/notte|night/.test(phrase)) return 'night';
  return undefined;
}

/**
 * A clock component, or INVALID for an hour or minute that cannot exist. `minute` may be
 * negative or past 59 after a modifier: it counts from the stated hour, which is interpreted
 * (afternoon, evening) before the minutes are applied ("alle 5 meno un quarto" = 16:45).
 */
interface ClockExtra {
  modifier?: number;
  meridiem?: 'am' | 'pm' | undefined;
  period?: DayPeriod | undefined;
  /** counted from midnight as 24:00, the end of the day ("mezzanotte e mezza" = 24:30, 00:30 of the next day) */
  midnight?: boolean;
}

export function clockComponent(hour: string, minute: string | undefined, extra: ClockExtra = {}): Component {
  const clock = makeClock(hour, minute, extra);
  return clock === undefined ? INVALID_TIME : { kind: 'clock', clock };
}

export function makeClock(hour: string, minute: string | undefined, extra: ClockExtra = {}): Clock | undefined {
  const h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  const modifier = extra.modifier ?? 0;
  const pastMidnight = h === 24 && m + modifier > 0 && extra.midnight !== true;
  if (!Number.isInteger(h) || h > 24 || m > 59 || Math.abs(modifier) > 59 || pastMidnight) return undefined;
  if (extra.meridiem !== undefined && (h === 0 || h > 12)) return undefined;
  const clock: Clock = { hour: h, minute: m + modifier, twoDigit: hour.length === 2 };
  if (extra.meridiem !== undefined) clock.meridiem = extra.meridiem;
  if (extra.period !== undefined) clock.period = extra.period;
  return clock;
}

/** A minute of the day as a clock taken as written: "la sera prima", "the evening before" fire at the part's hour. */
export const clockAt = (minute: number): Clock => ({
  hour: Math.floor(minute / 60),
  minute: minute % 60,
  twoDigit: true,
});

/** Minutes in a quantity of a unit; undefined for units that are not a length of time. */
export function unitMinutes(unit: string): number | undefined {
  if (/^(minut|min$)/.test(unit)) return 1;
  if (/^(or[ae]$|h$|hours?$|hrs?$)/.test(unit)) return 60;
  if (/^(giorn|days?$)/.test(unit)) return 1440;
  if (/^(settiman|sett$|weeks?$)/.test(unit)) return 10080;
  if (/^fortnights?$/.test(unit)) return 20160;
  return undefined;
}

export function unitMonths(unit: string): number | undefined {
  if (/^(mes[ei]$|months?$)/.test(unit)) return 1;
  if (/^(ann[oi]$|years?$)/.test(unit)) return 12;
  return undefined;
}

/** The number in a quantity: digits ("2", "1,5"), or words for one and two. */
export function quantityNumber(n: string | undefined): number | undefined {
  if (n === undefined) return undefined;
  if (/^(un|una|uno|un'|a|an)$/.test(n)) return 1;
  if (/paio|couple/.test(n)) return 2;
  // "una decina di minuti", "una ventina di giorni": about ten, twenty
  const about = /(decina|dozzina|quindicina|ventina|trentina|quarantina)/.exec(n)?.[1];
  if (about !== undefined) return { decina: 10, dozzina: 12, quindicina: 15, ventina: 20, trentina: 30 }[about] ?? 40;
  const value = Number(n.replace(',', '.'));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Minutes of a special quantity: "mezz'ora", "un quarto d'ora", "half an hour". */
export function specialMinutes(sp: string): number {
  if (/3 quart|3\/4/.test(sp)) return 45;
  if (/quarto|quarter|1\/4/.test(sp)) return 15;
  if (/and a half/.test(sp)) return 90;
  return 30;
}

/**
 * A quantity of time from groups n/u/half/quarter/extra/sp: minutes (for minutes, hours, days,
 * weeks) or months (for months, years).
 */
export function quantity(g: Groups): { minutes: number } | { months: number } | undefined {
  if (g.sp !== undefined) return { minutes: specialMinutes(g.sp) };
  const n = quantityNumber(g.n);
  const unit = g.u;
  if (n === undefined || unit === undefined) return undefined;
  const months = unitMonths(unit);
  if (months !== undefined) return Number.isInteger(n) ? { months: n * months } : undefined;
  const per = unitMinutes(unit);
  if (per === undefined) return undefined;
  let minutes = n * per;
  if (g.half !== undefined || g.nhalf !== undefined) minutes += per / 2;
  // "un'ora e un quarto", "an hour and three quarters"
  if (g.quarter !== undefined) minutes += (/3|three/.test(g.quarter) ? 0.75 : 0.25) * per;
  if (g.extra !== undefined && per === 60) minutes += Number(g.extra);
  return Number.isInteger(minutes) ? { minutes } : undefined;
}

/** "tra 3 giorni" keeps the clock time (calendar days); "tra 24 ore" is elapsed time. */
/** "tra 10 anni" is a plan; "tra 99999999999 giorni" is not a date anyone can keep. */
const MAX_OFFSET_MONTHS = 10 * 12;
const MAX_OFFSET_MINUTES = 10 * 366 * 1440;

export function offsetComponent(g: Groups): Component | null {
  // "tra 0 minuti" is now: nothing to wait for, so the client is asked when
  if (g.sp === undefined && g.n !== undefined && /^0+(?:[.,]0+)?$/.test(g.n)) return invalid('now');
  const q = quantity(g);
  if (q === undefined) return null;
  if ('months' in q ? q.months > MAX_OFFSET_MONTHS : q.minutes > MAX_OFFSET_MINUTES) return INVALID;
  if ('months' in q) return { kind: 'offset', amount: q.months, unit: 'month' };
  const unit = g.u ?? '';
  if (g.sp === undefined && /^(giorn|days?$|settiman|sett$|weeks?$|fortnights?$)/.test(unit))
    return { kind: 'offset', amount: q.minutes / 1440, unit: 'day' };
  return { kind: 'offset', amount: q.minutes, unit: 'minute' };
}

/** "this time next week", "a quest'ora il mese prossimo": an offset of a week, a month or a year that keeps the clock time */
export function sameTimeNext(unit: string | undefined): Component {
  if (unit === 'week' || unit === 'settimana') return { kind: 'offset', amount: 7, unit: 'day' };
  return { kind: 'offset', amount: unit === 'year' || unit === 'anno' ? 12 : 1, unit: 'month' };
}

/**
 * "in 1 week and 2 days", "tra 2 giorni e 3 ore": two counts added; whole days keep the clock time, hours make it elapsed time.
 * `n1`/`u1` are weeks or days, `n2`/`u2` days or hours.
 */
export function compoundOffset(g: Groups): Component | null {
  const count = (n: string | undefined) => (n === undefined ? NaN : /^(a|an|one|un|una)$/.test(n) ? 1 : Number(n));
  const [n1, n2] = [count(g.n1), count(g.n2)];
  if (!Number.isInteger(n1) || !Number.isInteger(n2) || n1 < 1 || n2 < 1 || n1 > 520 || n2 > 1000) return null;
  const days = n1 * (/^(week|settiman)/.test(g.u1 ?? '') ? 7 : 1);
  if (/^(hour|or[ae]$)/.test(g.u2 ?? '')) return { kind: 'offset', amount: days * 1440 + n2 * 60, unit: 'minute' };
  return { kind: 'offset', amount: days + n2, unit: 'day' };
}

/** minutes said in words and folded to digits: "20 - 5" (twenty-five) is 25, "10" is 10 */
export const SPOKEN_MINUTES = String.raw`[2-5]0 (?:- )?[1-9]|\d{1,2}`;
export const spokenMinutes = (said: string | undefined): number =>
  (said ?? '').split(/[ -]+/).reduce((sum, part) => sum + (part === '' ? 0 : Number(part)), 0);

export function amountComponent(g: Groups): Component | null {
  const q = quantity(g);
  if (q === undefined || 'months' in q) return null;
  // "15h" with no preposition is a time of day, not a duration
  if (g.p === undefined && g.u === 'h') return null;
  // "un'ora", "an hour" alone are a length of time; "a day" alone ("twice a day") is not
  if (g.p === undefined && g.sp === undefined && g.n !== undefined && !/^\d/.test(g.n) && unitMinutes(g.u ?? '') !== 60)
    return null;
  return { kind: 'amount', minutes: q.minutes };
}

/** "mezz'ora prima", "10 minutes before": a lead in minutes or hours (days are a `lead`), before the time said. */
export function beforeComponent(g: Groups): Component | null {
  const amount = amountComponent({ ...g, p: g.p ?? 'before' });
  if (amount?.kind !== 'amount' || amount.minutes >= 24 * 60 || /^(giorn|settiman|day|week)/.test(g.u ?? ''))
    return null;
  return { kind: 'before', minutes: amount.minutes };
}

export function recurrence(freq: Recurrence['freq'], extra: Omit<Recurrence, 'freq'> = {}): Component {
  return { kind: 'recurrence', recurrence: { freq, ...extra } };
}

/** FREQ from a unit word: giorno/day -> DAILY ... */
export function freqOfUnit(unit: string): Recurrence['freq'] | undefined {
  if (/^(giorn|day)/.test(unit)) return 'DAILY';
  if (/^(settiman|week)/.test(unit)) return 'WEEKLY';
  if (/^(mes|month)/.test(unit)) return 'MONTHLY';
  if (/^(ann|year)/.test(unit)) return 'YEARLY';
  return undefined;
}

/** Day of month from digits or the word for "first"; undefined outside 1-31. */
export function dayOfMonth(d: string | undefined): number | undefined {
  if (d === undefined) return undefined;
  // "20 - 9" from "twenty-nine"; ordinal suffixes ("29 th", "1 °") say nothing more
  const digits = d
    .replace(/first/, '1')
    .split(/[^0-9]+/)
    .filter((part) => part !== '');
  const compound =
    digits.length === 2 && /^[23]0$/.test(digits[0] ?? '') ? Number(digits[0]) + Number(digits[1]) : undefined;
  const n = d === 'primo' || d === 'first' ? 1 : (compound ?? (digits.length === 1 ? Number(digits[0]) : NaN));
  return Number.isInteger(n) && n >= 1 && n <= 31 ? n : undefined;
}

/** Two-digit years are this century's. */
export function fullYear(y: string | undefined): number | undefined {
  if (y === undefined) return undefined;
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/** A language's words for parts of the day, and which of them are meals. */
export interface PartWords {
  parts: Record<string, PartOfDay>;
  meals: Set<string>;
  /** prepositions that make a meal name its hour ("a cena", "for dinner") rather than the event */
  mealTimePreps: Set<string>;
}

/** "pomeriggio", "in the evening", "a cena": a part of the day; a bare meal word is weak. */
export function partComponent(g: Groups, words: PartWords): Component | null {
  const word = g.part ?? '';
  const part = words.parts[word];
  if (part === undefined) return null;
  return { kind: 'part', part, weak: words.meals.has(word) && !words.mealTimePreps.has(g.p ?? '') };
}

/** Ordinal words of a weekday in a month: "primo", "third", "2 nd", "ultimo", "last"; undefined otherwise. */
export function ordinalNumber(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^(ultim|last)/.test(word)) return -1;
  if (/^(penultim|second to last|second last|2 nd (- )?to (- )?last|2 nd last|next (- )?to)/.test(word)) return -2;
  const digit = /^(\d)/.exec(word)?.[1];
  if (digit !== undefined) return Number(digit) >= 1 && Number(digit) <= 5 ? Number(digit) : undefined;
  const stems: [RegExp, number][] = [
    [/^(prim|first)/, 1],
    [/^(second)/, 2],
    [/^(terz|third)/, 3],
    [/^(quart|fourth)/, 4],
    [/^(quint|fifth)/, 5],
  ];
  return stems.find(([re]) => re.test(word))?.[1];
}

/** The day `days` after (or before) `base`, as a component; none without a base. */
export function shiftedDay(base: DayRef | undefined, days: number, months = 0): Component | null {
  if (base === undefined) return null;
  return { kind: 'day', day: months === 0 ? { kind: 'shifted', base, days } : { kind: 'shifted', base, days, months } };
}

/** "il lunedì dopo Pasqua", "the friday before christmas": the weekday nearest another day on one side; none without a base. */
export function weekdayNearDay(
  base: DayRef | undefined,
  weekday: number | undefined,
  after: boolean,
): Component | null {
  if (base === undefined || weekday === undefined) return null;
  return { kind: 'day', day: { kind: 'weekdayNear', base, weekday, after } };
}

/**
 * A named holiday ("Natale", "christmas eve"), in the year given or the next one, or the day
 * after it when the words say so (`afterWord`: "dopo", "after").
 */
export function holidayComponent(names: Record<string, string>, g: Groups, afterWord: string): Component | null {
  const name = names[g.h ?? ''];
  if (name === undefined) return null;
  const date = g.y === undefined ? undefined : holidayIn(name, Number(g.y));
  const day: DayRef = date === undefined ? { kind: 'holiday', name } : { kind: 'date', ...date };
  return g.p === afterWord ? shiftedDay(day, 1) : { kind: 'day', day };
}

/**
 * A day at an edge of a month: "fine/inizio/metà agosto", "the end of February", "il primo
 * giorno del mese prossimo", "the last day of the month". `edge` is first, middle or last;
 * `month` a named month (with its year when said), `monthsAhead` 1 for next month.
 */
export function monthEdgeComponent(
  edge: 'first' | 'middle' | 'last',
  month: number | undefined,
  options: { year?: string | undefined; next?: boolean } = {},
): Component {
  const year = fullYear(options.year);
  const monthsAhead = options.next === true ? 1 : undefined;
  if (edge === 'last') {
    const day: DayRef = { kind: 'endOfMonth' };
    if (month !== undefined) day.month = month;
    if (year !== undefined) day.year = year;
    if (monthsAhead !== undefined) day.monthsAhead = monthsAhead;
    return { kind: 'day', day };
  }
  const dayNumber = edge === 'first' ? 1 : 15;
  if (month === undefined) {
    const day: DayRef = { kind: 'monthDay', day: dayNumber };
    if (monthsAhead !== undefined) day.monthsAhead = monthsAhead;
    return { kind: 'day', day };
  }
  return {
    kind: 'day',
    day: year === undefined ? { kind: 'date', day: dayNumber, month } : { kind: 'date', day: dayNumber, month, year },
  };
}

/**
 * A bare number right after a correction word: "tomorrow at 10, sorry 11", "alle 8 anzi 9",
 * "in 10 minutes, no, 20 minutes", "tra un'ora, anzi tra 2". It is a clock, or an amount when a
 * unit or "tra"/"in" comes with it; what it
 * replaces (and so what it means) is decided when corrections are applied. `notBefore`: words
 * that make the number a date or a count instead ("anzi 12 marzo", "sorry 2 days later").
 */
export function correctedNumber(marks: string, units: string, notBefore: string): GrammarRule {
  return {
    name: 'corrected-number',
    re: pattern(
      String.raw`(?<=(?:^| )(?:${marks})(?: ,)? )(?:(?<in>tra|fra|in) )?(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?(?: (?<u>${units}))?(?! (?:${notBefore})(?![^ ]))`,
    ),
    build: (g) => {
      const n = Number(g.h);
      if (g.u === undefined && g.in === undefined) {
        const clock = clockComponent(g.h ?? '', g.m);
        if (g.m !== undefined || n < 1) return clock;
        // "tra 15 minuti, anzi 25": too big for an hour, it can only be a count
        return clock.kind === 'clock' ? { ...clock, count: n } : { kind: 'amount', minutes: n, unitless: true };
      }
      if (g.m !== undefined || n < 1) return null;
      if (g.u === undefined) return { kind: 'amount', minutes: n, unitless: true };
      return { kind: 'amount', minutes: /^(h|o)/.test(g.u) ? n * 60 : n };
    },
  };
}

function leadPart(words: string | undefined): PartOfDay | undefined {
  if (words === undefined) return undefined;
  if (/sera|evening/.test(words)) return 'evening';
  if (/notte|night/.test(words)) return 'night';
  if (/mattin|morning/.test(words)) return 'morning';
  return undefined;
}

/**
 * A reminder's lead and the time it fires at, when said with it: "il giorno prima", "la sera
 * prima alle 9" (the evening makes a bare 9 21:00), "the night before at 8".
 */
export function leadComponent(days: number | undefined, g: Groups): Component | null {
  if (days === undefined) return null;
  if (g.lh === undefined) {
    // "la sera prima", "the morning before": the lead's part of the day, not the event's hour
    const part = leadPart(g.one);
    return part === undefined ? { kind: 'lead', days } : { kind: 'lead', days, part };
  }
  const evening = /sera|evening|night|notte/.test(g.one ?? '');
  const clock = makeClock(g.lh, g.lm, { meridiem: meridiemOf(g.ap), period: evening ? 'evening' : undefined });
  return clock === undefined ? null : { kind: 'lead', days, clock };
}

/** A day and month (and year) as written, checked: an impossible day is INVALID, no month is no date. */
export function dateComponent(
  day: string | undefined,
  month: number | undefined,
  year: string | undefined,
): Component | null {
  if (month === undefined || month < 1 || month > 12) return null;
  const d = dayOfMonth(day);
  if (d === undefined) return INVALID;
  const y = fullYear(year);
  return {
    kind: 'day',
    day: y === undefined ? { kind: 'date', day: d, month } : { kind: 'date', day: d, month, year: y },
  };
}
