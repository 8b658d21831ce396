import { alternatives, pattern, type GrammarRule } from './grammar.js';
import { monthNumber, weekdayNumber, weekdays, months } from './lexicon.js';
import { INVALID, dayOfMonth, freqOfUnit, recurrence } from './build.js';
import type { PartOfDay } from './spec.js';

/** English recurrences ("every Monday", "on the 5th of each month"): read before dates. */

const WD_ANY = alternatives(Object.keys(weekdays.en));
const WD_PLURAL = alternatives(Object.keys(weekdays.en).filter((w) => w.endsWith('days')));
const MONTH = alternatives(Object.keys(months.en));
const ORD = String.raw`(?: (?:st|nd|rd|th))?`;
const PARTS: Record<string, PartOfDay> = {
  morning: 'morning',
  afternoon: 'afternoon',
  evening: 'evening',
  night: 'night',
};

function weekdayList(text: string): number[] {
  return [
    ...new Set(
      text
        .split(' ')
        .map((w) => weekdayNumber(w, 'en'))
        .filter((n) => n !== undefined),
    ),
  ];
}

export const englishRecurrenceRules: readonly GrammarRule[] = [
  {
    name: 'workdays',
    re: pattern(
      String.raw`(?:(?:every|each|on) )?(?:weekday|weekdays|working day|working days|workday|workdays|business day|business days)|(?:(?:every day )?from )?monday (?:to|through|thru|-) friday`,
    ),
    build: () => recurrence('WEEKLY', { byDay: [1, 2, 3, 4, 5] }),
  },
  {
    name: 'every-weekend',
    re: pattern(String.raw`(?:every|each) weekend|on weekends`),
    build: () => recurrence('WEEKLY', { byDay: [6, 0] }),
  },
  {
    name: 'every-weekday',
    re: pattern(
      String.raw`(?:every|each)(?: (?<other>other|second|2 nd|2nd|alternate))? (?<wds>(?:${WD_ANY})(?:(?: ,| and| , and| &) (?:${WD_ANY}))*)|on (?<wds2>(?:${WD_PLURAL})(?:(?: ,| and| , and| &) (?:${WD_PLURAL}))*)`,
    ),
    build: (g) =>
      recurrence('WEEKLY', {
        byDay: weekdayList(g.wds ?? g.wds2 ?? ''),
        ...(g.other === undefined ? {} : { interval: 2 }),
      }),
  },
  {
    name: 'every-part',
    re: pattern(String.raw`(?:every|each) (?<part>morning|afternoon|evening|night)|(?<nightly>nightly)`),
    build: (g) => ({
      kind: 'recurrence',
      recurrence: { freq: 'DAILY' },
      part: g.nightly === undefined ? (PARTS[g.part ?? ''] ?? 'morning') : 'night',
    }),
  },
  {
    name: 'every-first-or-last-day',
    re: pattern(
      String.raw`(?:on )?(?:the )?(?<ord>first|last) day of (?:every|each) month|(?:every|each) (?<ord2>first|last) day of the month`,
    ),
    build: (g) => recurrence('MONTHLY', { byMonthDay: (g.ord ?? g.ord2) === 'last' ? -1 : 1 }),
  },
  {
    name: 'every-day-of-month',
    re: pattern(String.raw`(?:every|each) (?<d>\d{1,2}|first)${ORD} of (?:the|each|every) month`),
    build: (g) => {
      const day = dayOfMonth(g.d);
      return day === undefined ? INVALID : recurrence('MONTHLY', { byMonthDay: day });
    },
  },
  {
    name: 'every-date',
    re: pattern(
      String.raw`(?:every|each) (?:(?<d>\d{1,2})${ORD} (?:of )?(?<mon>${MONTH})|(?<mon2>${MONTH}) (?:the )?(?<d2>\d{1,2})${ORD})`,
    ),
    build: (g) => {
      const day = dayOfMonth(g.d ?? g.d2);
      const month = monthNumber(g.mon ?? g.mon2 ?? '', 'en');
      return day === undefined || month === undefined
        ? INVALID
        : recurrence('YEARLY', { byMonth: month, byMonthDay: day });
    },
  },
  {
    name: 'every-unit',
    re: pattern(
      String.raw`(?:every|each) (?:(?<n>\d+|other)(?: (?:st|nd|rd|th))? )?(?<u>day|days|week|weeks|month|months|year|years)|(?<!(?:^| )(?:the|my|our|your|a|his|her|their) )(?<adv>daily|weekly|monthly|yearly|annually|biweekly|bi - weekly|bi weekly|fortnightly|every fortnight)`,
    ),
    build: (g) => {
      switch (g.adv) {
        case 'daily':
          return recurrence('DAILY');
        case 'weekly':
          return recurrence('WEEKLY');
        case 'monthly':
          return recurrence('MONTHLY');
        case 'yearly':
        case 'annually':
          return recurrence('YEARLY');
        case undefined:
          break;
        default:
          return recurrence('WEEKLY', { interval: 2 });
      }
      const freq = freqOfUnit(g.u ?? '');
      if (freq === undefined) return null;
      const n = g.n === 'other' ? 2 : g.n === undefined ? 1 : Number(g.n);
      if (!Number.isInteger(n) || n < 1) return INVALID;
      return recurrence(freq, n > 1 ? { interval: n } : {});
    },
  },
  {
    name: 'of-every',
    re: pattern(String.raw`(?:of|in) (?:every|each) (?<u>month|year)`),
    build: (g) => recurrence(freqOfUnit(g.u ?? '') ?? 'MONTHLY'),
  },
];
