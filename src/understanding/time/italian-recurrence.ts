import { pattern, type GrammarRule } from './grammar.js';
import { monthNumber, weekdayNumber } from './lexicon.js';
import { INVALID, dayOfMonth, freqOfUnit, recurrence } from './build.js';
import { fragments, italianAbbreviatedWeekday } from './fragments.js';
import type { PartOfDay } from './spec.js';

/** Italian recurrences ("ogni lunedì", "il 5 di ogni mese"): read before dates, so "il 20 di ogni mese" is no plain date. */

const WD = fragments.it.WD;
/** "ogni lun e mer": abbreviations after "ogni" are days too */
const WD_ANY = `${fragments.it.WD}|${fragments.it.WD_ABBR}`;
const MONTH = fragments.it.MONTH;
const DAY_NUM = String.raw`\d{1,2}|primo`;

function weekdayList(text: string): number[] {
  return [
    ...new Set(
      text
        .split(' ')
        .map((w) => weekdayNumber(w, 'it') ?? italianAbbreviatedWeekday(w))
        .filter((n) => n !== undefined),
    ),
  ];
}

export const italianRecurrenceRules: readonly GrammarRule[] = [
  // recurrences first: "il 20 di ogni mese" must not be read as a plain date
  {
    name: 'workdays',
    re: pattern(
      String.raw`(?:(?:nei|tutti i|ogni|i|di) )?giorni (?:feriali|lavorativi)|ogni giorno (?:feriale|lavorativo)|(?:nei|i) feriali|(?:(?:ogni giorno|tutti i giorni) )?(?:dal|da) lunedi (?:al|a) venerdi`,
    ),
    build: () => recurrence('WEEKLY', { byDay: [1, 2, 3, 4, 5] }),
  },
  {
    name: 'every-weekend',
    re: pattern(String.raw`(?:ogni|tutti i) (?:weekend|fine settimana)`),
    build: () => recurrence('WEEKLY', { byDay: [6, 0] }),
  },
  {
    name: 'every-weekday',
    // "ogni secondo giovedì", "ogni due giovedì", "ogni altro giovedì", "un giovedì sì e uno no": every other one
    re: pattern(
      String.raw`(?:ogni|tutti i|tutte le) (?:(?<other>secondo|seconda|2|altro|altra) )?(?<wds>(?:${WD_ANY})(?:(?: ,| e| ed)(?: il| la| i| le)? (?:${WD_ANY}))*)|(?:un|una) (?<wd1>${WD}) si e (?:uno|una) no`,
    ),
    build: (g) =>
      recurrence('WEEKLY', {
        byDay: weekdayList(g.wds ?? g.wd1 ?? ''),
        ...(g.other === undefined && g.wd1 === undefined ? {} : { interval: 2 }),
      }),
  },
  {
    name: 'every-part',
    re: pattern(
      String.raw`(?:ogni|tutte le|tutti i) (?<part>mattina|mattine|sera|sere|notte|notti|pomeriggio|pomeriggi)`,
    ),
    build: (g) => {
      const word = g.part ?? '';
      const part: PartOfDay = word.startsWith('mattin')
        ? 'morning'
        : word.startsWith('pomeriggi')
          ? 'afternoon'
          : word.startsWith('ser')
            ? 'evening'
            : 'night';
      return { kind: 'recurrence', recurrence: { freq: 'DAILY' }, part };
    },
  },
  {
    name: 'alternate',
    re: pattern(
      String.raw`(?<u>a giorni alterni|giorni alterni|un giorno si e uno no|a settimane alterne|settimane alterne|una settimana si e una no)`,
    ),
    build: (g) => recurrence(/giorn/.test(g.u ?? '') ? 'DAILY' : 'WEEKLY', { interval: 2 }),
  },
  {
    name: 'every-first-or-last-day',
    re: pattern(
      String.raw`(?:(?:l'|il) )?(?<ord>primo|ultimo) giorno (?:di ogni|d' ogni|di ciascun) mese|ogni (?<ord2>primo|ultimo) giorno del mese`,
    ),
    build: (g) => recurrence('MONTHLY', { byMonthDay: (g.ord ?? g.ord2) === 'ultimo' ? -1 : 1 }),
  },
  {
    // "ogni fine mese", "alla fine di ogni mese", "ogni inizio mese": the last or the first day of each month
    name: 'every-month-end-or-start',
    re: pattern(
      String.raw`(?:ogni|tutti i|tutte le) (?<end>fine|inizio) (?:del )?mese|(?:(?:alla|all') )?(?<end2>fine|inizio) (?:di ogni|d' ogni) mese`,
    ),
    build: (g) => recurrence('MONTHLY', { byMonthDay: (g.end ?? g.end2) === 'fine' ? -1 : 1 }),
  },
  {
    name: 'every-day-of-month',
    re: pattern(String.raw`ogni (?<d>${DAY_NUM})(?: °)? (?:del|di ogni) mese`),
    build: (g) => {
      const day = dayOfMonth(g.d);
      return day === undefined ? INVALID : recurrence('MONTHLY', { byMonthDay: day });
    },
  },
  {
    name: 'every-date',
    re: pattern(String.raw`ogni (?<d>${DAY_NUM})(?: °)? (?<mon>${MONTH})`),
    build: (g) => {
      const day = dayOfMonth(g.d);
      const month = monthNumber(g.mon ?? '', 'it');
      return day === undefined || month === undefined
        ? INVALID
        : recurrence('YEARLY', { byMonth: month, byMonthDay: day });
    },
  },
  {
    name: 'every-unit',
    re: pattern(
      String.raw`ogni (?:(?<n>\d+|altro|altra) )?(?<u>giorno|giorni|settimana|settimane|mese|mesi|anno|anni)|(?:tutti i|tutte le|tutti gli) (?<u2>giorni|settimane|mesi|anni)|(?<adv>quotidianamente|giornalmente|settimanalmente|mensilmente|annualmente)`,
    ),
    build: (g) => {
      const unit = g.u ?? g.u2 ?? g.adv ?? '';
      const freq = unit.startsWith('quotidian')
        ? 'DAILY'
        : freqOfUnit(
            unit
              .replace(/^settimanal/, 'settiman')
              .replace(/^mensil/, 'mes')
              .replace(/^annual/, 'ann'),
          );
      if (freq === undefined) return null;
      const n = g.n === 'altro' || g.n === 'altra' ? 2 : g.n === undefined ? 1 : Number(g.n);
      if (!Number.isInteger(n) || n < 1) return INVALID;
      return recurrence(freq, n > 1 ? { interval: n } : {});
    },
  },
  {
    name: 'of-every',
    re: pattern(String.raw`(?:di|del|della) (?:ogni|tutti i|ciascun) (?<u>mese|mesi|anno|anni)`),
    build: (g) => recurrence(freqOfUnit(g.u ?? '') ?? 'MONTHLY'),
  },
];
