import { dayOfMonth, fullYear } from './build.js';
import { fragments } from './fragments.js';
import { pattern, type GrammarRule, type Groups } from './grammar.js';
import { monthNumber, weekdayNumber } from './lexicon.js';
import type { Component } from './spec.js';

/**
 * Edges said loosely and amounts of months with days: "later this week", "late next week", "by year-end", "in
 * settimana", "tra un mese e 2 giorni", "aprile 20". Tried before the plain week, month and offset rules, which
 * would read only a part of them ("next week" alone is its Monday).
 */

const END_OF_WEEK: Component = { kind: 'day', day: { kind: 'endOfWeek' } };
const END_OF_NEXT_WEEK: Component = { kind: 'day', day: { kind: 'weekday', weekday: 5, nextWeek: true } };
const END_OF_YEAR: Component = { kind: 'day', day: { kind: 'endOfYear' } };

const ONE = /^(?:un'?|una|uno|a|an|one)$/;
const count = (n: string | undefined): number => (n === undefined ? NaN : ONE.test(n) ? 1 : Number(n));
const isYear = (unit: string | undefined): boolean => /^(?:ann|year)/.test(unit ?? '');
const isMonth = (unit: string | undefined): boolean => /^(?:mes|month)/.test(unit ?? '');
const isWeek = (unit: string | undefined): boolean => /^(?:settiman|week)/.test(unit ?? '');

/**
 * "tra un mese e 2 giorni", "in 1 year and 2 months": whole months (a year is twelve) then days or weeks, which
 * keep the clock time as a month ahead does; months after years add up.
 */
function monthsAndMore(g: Groups): Component | null {
  const [n1, n2] = [count(g.n1), count(g.n2)];
  if (!Number.isInteger(n1) || !Number.isInteger(n2) || n1 < 1 || n2 < 1 || n1 > 120 || n2 > 366) return null;
  const months = n1 * (isYear(g.u1) ? 12 : 1);
  if (isMonth(g.u2)) return isYear(g.u1) ? { kind: 'offset', amount: months + n2, unit: 'month' } : null;
  return { kind: 'offset', amount: months, unit: 'month', days: n2 * (isWeek(g.u2) ? 7 : 1) };
}

/** "novembre 12 alle 10": a full month name, then the day (month first), only before a time, a verb or the end */
function monthFirstDate(g: Groups): Component | null {
  const month = monthNumber(g.mon ?? '', 'it');
  const day = dayOfMonth(g.d);
  if (month === undefined || day === undefined) return null;
  const year = fullYear(g.y);
  return { kind: 'day', day: year === undefined ? { kind: 'date', day, month } : { kind: 'date', day, month, year } };
}

const IT_ORDINALS = ['secondo', 'terzo', 'quarto', 'quinto', 'sesto', 'settimo', 'ottavo', 'nono', 'decimo'];

/** "il secondo giorno di luglio", "the 3rd day of next month": that day of the month */
function nthDayOf(lang: 'it' | 'en') {
  return (g: Groups): Component | null => {
    const n = IT_ORDINALS.includes(g.ord ?? '') ? IT_ORDINALS.indexOf(g.ord ?? '') + 2 : Number(g.n);
    if (!Number.isInteger(n) || n < 1 || n > 31) return null;
    if (g.next !== undefined) return { kind: 'day', day: { kind: 'monthDay', day: n, monthsAhead: 1 } };
    const month = monthNumber(g.mon ?? '', lang);
    if (month === undefined) return null;
    const year = fullYear(g.y);
    return { kind: 'day', day: { kind: 'date', day: n, month, ...(year !== undefined && { year }) } };
  };
}

/** "il 20 giugno dell'anno prossimo", "June 20th next year": that day of next year, even if still ahead this year */
function dateNextYear(lang: 'it' | 'en') {
  return (g: Groups): Component | null => {
    const month = monthNumber(g.mon ?? g.mon2 ?? '', lang);
    const day = dayOfMonth(g.d ?? g.d2);
    if (month === undefined || day === undefined) return null;
    return { kind: 'day', day: { kind: 'date', day, month, yearsAhead: 1 } };
  };
}

/** "il primo lunedì del 2028", "the last friday of 2027": the first weekday of January, the last of December */
function nthWeekdayOfYear(lang: 'it' | 'en') {
  return (g: Groups): Component | null => {
    const weekday = weekdayNumber(g.wd ?? '', lang);
    const year = Number(g.y);
    if (weekday === undefined) return null;
    const last = g.ord === 'ultimo' || g.ord === 'last';
    return { kind: 'day', day: { kind: 'nthWeekday', n: last ? -1 : 1, weekday, month: last ? 12 : 1, year } };
  };
}

/** "il primo weekend di marzo", "the last weekend of the month": its first or last Saturday */
function weekendOfMonth(lang: 'it' | 'en') {
  return (g: Groups): Component | null => {
    const month = g.mon === undefined ? undefined : monthNumber(g.mon, lang);
    const n = g.ord === 'ultimo' || g.ord === 'last' ? -1 : 1;
    return { kind: 'day', day: { kind: 'nthWeekday', n, weekday: 6, ...(month !== undefined && { month }) } };
  };
}

const IT_FOLLOW = String.raw`(?= (?:alle|all'|ore|h|verso|entro|,|di|mattina|pomeriggio|sera|notte|ricordami|ricordamelo|ho|c'|appuntamento|riunione|visita|incontro)(?![^ ])|$)`;
const NOT_NEXT = String.raw`(?! (?:prossima|dopo|successiva|scorsa|prima)(?![^ ]))`;

export const italianEdgeRules: readonly GrammarRule[] = [
  {
    // "in settimana", "più avanti in settimana", "entro la settimana", "nel corso della settimana": its Friday
    name: 'within-this-week',
    re: pattern(
      String.raw`(?:(?<p>entro|per|verso) )?(?:piu avanti |piu in la )?(?:in settimana|entro (?:la|questa) settimana|(?:in|nel) corso (?:della|di questa) settimana|piu avanti (?:nella|questa) settimana)${NOT_NEXT}`,
    ),
    build: () => END_OF_WEEK,
  },
  {
    name: 'months-and-days',
    re: pattern(
      String.raw`(?<p>tra|fra|entro|in) (?<n1>\d+|un'|un|una|uno) (?<u1>mesi|mese|anni|anno) e (?<n2>\d+|un'|un|una|uno) (?<u2>mesi|mese|giorni|giorno|settimane|settimana)`,
    ),
    build: monthsAndMore,
  },
  {
    // "entro l'anno", "entro quest'anno": its last day
    name: 'within-the-year',
    re: pattern(String.raw`(?<p>entro|per) (?:l'|quest') anno(?! (?:prossimo|scorso|successivo|nuovo)(?![^ ]))`),
    build: () => END_OF_YEAR,
  },
  {
    name: 'nth-weekday-of-year',
    re: pattern(
      String.raw`(?:(?<p>il|l'|per il|per l'|entro il|entro l') )?(?<ord>primo|ultimo) (?<wd>${fragments.it.WD}) (?:del|dell') (?<y>\d{4})`,
    ),
    build: nthWeekdayOfYear('it'),
  },
  {
    name: 'weekend-of-month',
    re: pattern(
      String.raw`(?:(?<p>il|l'|nel|nell'|per il|per l'|entro il|entro l') )?(?<ord>primo|ultimo) (?:weekend|week end|fine settimana) (?:(?:di|del mese di) (?<mon>${fragments.it.FULL_MONTH})|del mese)`,
    ),
    build: weekendOfMonth('it'),
  },
  {
    name: 'date-next-year',
    re: pattern(
      String.raw`(?:(?<p>il|l'|per il|entro il|dal) )?(?<d>\d{1,2}) (?:di )?(?<mon>${fragments.it.MONTH}) (?:dell' anno prossimo|del prossimo anno|dell' anno successivo)`,
    ),
    build: dateNextYear('it'),
  },
  {
    name: 'nth-day-of-month',
    re: pattern(
      String.raw`(?:(?<p>il|per il|entro il|dal) )?(?:(?<ord>${IT_ORDINALS.join('|')})|(?<n>\d{1,2}) °) giorno (?:(?:di|del mese di) (?<mon>${fragments.it.FULL_MONTH})(?: (?<y>\d{4}))?|del (?<next>mese prossimo|prossimo mese))`,
    ),
    build: nthDayOf('it'),
  },
  {
    name: 'month-first-date',
    re: pattern(
      String.raw`(?:(?<p>il|per il|entro il|a) )?(?<mon>${fragments.it.FULL_MONTH}) (?<d>\d{1,2})(?: (?<y>\d{4}))?${IT_FOLLOW}`,
    ),
    build: monthFirstDate,
  },
];

const NOT_NEXT_EN = String.raw`(?! (?:after|next)(?![^ ]))`;
const EN_PREP = String.raw`(?:(?<p>by|before|until|till|at|for|on|around|sometime|towards|toward) )?`;

export const englishEdgeRules: readonly GrammarRule[] = [
  {
    // "later this week", "later in the week", "towards the end of the week": its Friday, as the end of the week
    name: 'later-this-week',
    re: pattern(
      String.raw`${EN_PREP}(?:(?:later|late) (?:on )?(?:this week|in the week|in this week)|(?:the )?end of (?:the |this )?week)${NOT_NEXT_EN}`,
    ),
    build: () => END_OF_WEEK,
  },
  {
    // "late next week", "later next week", "towards the end of next week": its Friday
    name: 'late-next-week',
    re: pattern(
      String.raw`${EN_PREP}(?:(?:later|late) (?:on )?(?:next week|in the next week|in the week after)|(?:the )?end of (?:the )?next week)`,
    ),
    build: () => END_OF_NEXT_WEEK,
  },
  {
    // "early next week", "at the start of next week": its Monday
    name: 'early-next-week',
    re: pattern(
      String.raw`${EN_PREP}(?:(?:early|earlier) (?:on )?(?:in )?next week|(?:the )?(?:start|beginning) of (?:the )?next week)`,
    ),
    build: () => ({ kind: 'day', day: { kind: 'weekday', weekday: 1, nextWeek: true } }),
  },
  {
    name: 'end-of-week-after-next',
    re: pattern(String.raw`${EN_PREP}(?:the )?end of the week after next`),
    build: () => ({ kind: 'day', day: { kind: 'weekday', weekday: 5, nextWeek: true, weekAfterNext: true } }),
  },
  {
    name: 'year-end',
    // a preposition makes it a time: "the year end party" is a thing
    re: pattern(
      String.raw`(?<p>by|before|until|till|at|for|around|towards|toward) (?:the )?(?:year - ?end|year end|yearend|eoy|end of year)`,
    ),
    build: () => END_OF_YEAR,
  },
  {
    name: 'nth-weekday-of-year',
    re: pattern(
      String.raw`(?:(?<p>on|by|for) )?(?:the )?(?<ord>first|last) (?<wd>${fragments.en.WD}) (?:of|in) (?<y>\d{4})`,
    ),
    build: nthWeekdayOfYear('en'),
  },
  {
    name: 'weekend-of-month',
    re: pattern(
      String.raw`(?:(?<p>on|at|over|for|during|by) )?(?:the )?(?<ord>first|last) weekend (?:of|in) (?:(?<mon>${fragments.en.FULL_MONTH})|the month)`,
    ),
    build: weekendOfMonth('en'),
  },
  {
    name: 'date-next-year',
    re: pattern(
      String.raw`(?:(?<p>on|by|for) )?(?:the )?(?:(?<d>\d{1,2})(?: (?:st|nd|rd|th))?(?: of)? (?<mon>${fragments.en.MONTH})|(?<mon2>${fragments.en.MONTH}) (?:the )?(?<d2>\d{1,2})(?: (?:st|nd|rd|th))?) next year`,
    ),
    build: dateNextYear('en'),
  },
  {
    name: 'nth-day-of-month',
    re: pattern(
      String.raw`(?:(?<p>on|by|for|from) )?(?:the )?(?<n>\d{1,2}) (?:st|nd|rd|th) day of (?:(?<mon>${fragments.en.FULL_MONTH})(?: (?<y>\d{4}))?|(?<next>next month|the next month|the following month))`,
    ),
    build: nthDayOf('en'),
  },
  {
    name: 'months-and-days',
    re: pattern(
      String.raw`(?<p>in|within|after) (?<n1>\d+|a|an|one) (?<u1>months|month|years|year)(?: ,)? and (?<n2>\d+|a|an|one) (?<u2>months|month|days|day|weeks|week)`,
    ),
    build: monthsAndMore,
  },
];
