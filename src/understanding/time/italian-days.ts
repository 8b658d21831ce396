import {
  correctedNumber,
  leadComponent,
  clockComponent,
  monthEdgeComponent,
  holidayComponent,
  shiftedDay,
  weekdayNearDay,
  dayOfMonth,
  INVALID,
  minuteModifier,
  ordinalNumber,
  recurrence,
} from './build.js';
import { fragments } from './fragments.js';
import { dayOfText, pattern, type GrammarRule, type Groups } from './grammar.js';
import { holidayWords } from './holidays.js';
import { monthNumber, weekdayNumber } from './lexicon.js';
import type { Component, DayRef } from './spec.js';

/**
 * Italian rules for named and counted days: holidays, "il primo lunedì di marzo", "tre giorni
 * dopo Natale", "fra due venerdì", "il 20 del mese prossimo", a reminder's lead before a
 * deadline ("il giorno prima") and a self-correction ("anzi"). Each reads one piece; a day
 * counted from another reads that other day with the whole grammar (`anchor`).
 */
const F = fragments.it;
/** "buona pasqua", "buon natale", "felice anno nuovo": a wish, not a date */
const NOT_A_WISH = String.raw`(?<!(?:^| )(?:buon|buona|buone|buonissima|felice|felici) )`;
const ANCHOR = String.raw`oggi|domani|dopodomani|(?:(?:il|la|lo|l'|l) )?(?:${F.HOLIDAY})|(?:(?:il|la|lo|l') )?(?:${F.WD})|(?:il |l' )?(?:\d{1,2}|primo)(?: °)? (?:${F.MONTH})`;
/** after these a corrected number is a date or a count, not a clock */
const NOT_A_CLOCK = String.raw`giorni|giorno|settimane|settimana|mesi|mese|anni|anno|persone|ospiti|°|(?:di|del) (?:mese|${F.MONTH})|${F.MONTH}`;
const UNIT = String.raw`(?:(?<n>\d+|un|una|un paio di|qualche) (?<u>giorno|giorni|settimana|settimane)|(?<one>il giorno|la settimana|la sera|la mattina))`;
/** a count of days, weeks or calendar months from a day ("tra un mese da oggi") */
const SHIFT_UNIT = UNIT.replace('|settimane)', '|settimane|mesi|mese)');
const MONTH_REF = String.raw`(?:(?:di|del|d') (?:(?<mon>${F.FULL_MONTH})(?: (?<y>\d{4}))?|(?<next>mese prossimo|prossimo mese)|(?:questo )?mese)|(?<year>dell' anno|di quest' anno))`;
const TIME_WORDS = String.raw`\d+|${F.ORD}|${F.WD}|giorno|giorni|settimana|settimane|mese|mesi|anno|anni|ora|ore|mattina|sera|notte|pomeriggio|weekend|fine|inizio|tanto|quanto|volta|quindici|altro|altra`;

/** Days in a count: "tre giorni", "una settimana", "qualche giorno" (two), "il giorno" (one). */
function unitDays(g: Groups): number | undefined {
  if (g.one !== undefined) return /settimana/.test(g.one) ? 7 : 1;
  const n = g.n === undefined ? undefined : /^(un|una)$/.test(g.n) ? 1 : /paio|qualche/.test(g.n) ? 2 : Number(g.n);
  if (n === undefined || !Number.isInteger(n) || n < 1 || n > 3660) return undefined;
  return n * (/settiman/.test(g.u ?? '') ? 7 : 1);
}

/** The anchor day read by the Italian grammar; the rules are imported lazily to avoid a cycle at load. */
let anchorRules: readonly GrammarRule[] = [];
export function setItalianAnchorRules(rules: readonly GrammarRule[]): void {
  anchorRules = rules;
}

function nthWeekdayComponent(g: Groups): Component | null {
  const n = ordinalNumber(g.ord);
  const weekday = weekdayNumber(g.wd ?? '', 'it');
  if (n === undefined || weekday === undefined) return null;
  // "l'ultima domenica dell'anno" is December's, "il primo lunedì dell'anno" January's
  const month = g.year !== undefined ? (n < 0 ? 12 : 1) : g.mon === undefined ? undefined : monthNumber(g.mon, 'it');
  const day: DayRef = { kind: 'nthWeekday', n, weekday };
  if (month !== undefined) day.month = month;
  if (g.y !== undefined) day.year = Number(g.y);
  if (g.next !== undefined) day.monthsAhead = 1;
  return { kind: 'day', day };
}

/** Rules that read counts and corrections; they run before offsets and amounts take their numbers. */
export const italianCountRules: readonly GrammarRule[] = [
  {
    name: 'correction',
    re: pattern(
      String.raw`ah no aspetta|ah no scusa|ah no anzi|anzi no aspetta|anzi no|anzi|no anzi|cioe no|cioe|o meglio|no scusa|scusa no|no aspetta|aspetta no|ah no|oh no|no no|volevo dire|intendevo|pardon|no ,`,
    ),
    build: () => ({ kind: 'correction' }),
  },
  correctedNumber(
    String.raw`anzi|no|cioe|meglio|scusa|aspetta|dire|intendevo|pardon|facciamo`,
    'minuti|minuto|min|ore|ora',
    NOT_A_CLOCK,
  ),
  {
    name: 'shifted-day',
    re: pattern(
      String.raw`(?:(?<p>a|per|entro|fino a) )?${SHIFT_UNIT} (?<dir>dopo|prima di|prima del|prima della|prima dell'|prima dello|da) (?<anchor>${ANCHOR})|(?<anchor2>oggi|domani|${F.WD}) a (?<k>8|15)`,
    ),
    build: (g) => {
      if (g.anchor2 !== undefined) return shiftedDay(dayOfText(g.anchor2, anchorRules), g.k === '8' ? 7 : 14);
      const sign = g.dir?.startsWith('prima') ? -1 : 1;
      const anchor = dayOfText(g.anchor ?? '', anchorRules);
      // "tra un mese da oggi", "due mesi dopo Natale": calendar months (batch 18)
      if (/^mes/.test(g.u ?? '')) {
        const months = unitDays({ ...g, u: 'giorni' });
        return months === undefined ? null : shiftedDay(anchor, 0, sign * months);
      }
      const days = unitDays(g);
      return days === undefined ? null : shiftedDay(anchor, sign * days);
    },
  },
  {
    // "il lunedì dopo Pasqua", "il venerdì prima di Natale", "il sabato successivo al 15 agosto"
    name: 'weekday-near-day',
    re: pattern(
      String.raw`(?:(?<p>a|per|entro|fino a) )?(?:il |la )?(?:primo |prima )?(?<wd>${F.WD}) (?<dir>dopo|successivo a|successiva a|prima di|prima del|prima della|prima dell'|precedente a) (?<anchor>${ANCHOR})`,
    ),
    build: (g) =>
      weekdayNearDay(
        dayOfText(g.anchor ?? '', anchorRules),
        weekdayNumber(g.wd ?? '', 'it'),
        !/prima|precedente/.test(g.dir ?? ''),
      ),
  },
  {
    // "x il ringraziamento chiudo, ricordami il mercoledì prima (di avvisare…)": before the day said elsewhere
    name: 'weekday-lead',
    re: pattern(String.raw`(?:il |la )?(?<wd>${F.WD}) prima(?= di [a-z]+(?:are|ere|ire)(?![^ ])| [,.]|$)`),
    build: (g) => {
      const weekday = weekdayNumber(g.wd ?? '', 'it');
      return weekday === undefined ? null : { kind: 'lead', days: 0, weekday };
    },
  },
  {
    // "dentista venerdì alle 3, ricordamelo quella mattina": the morning of the event's day (leftovers 19)
    name: 'lead-same-morning',
    re: pattern(
      String.raw`(?<=(?:ricordamelo|ricordarmelo|ricordi|ricordate|avvisami|avvisarmi) )(?:quella mattina|(?:la )?stessa mattina|la mattina(?: stessa| di quel giorno)?|quel giorno)(?! (?:alle|verso|presto)(?![^ ]))`,
    ),
    build: () => ({ kind: 'lead', days: 0, part: 'morning' }),
  },
  {
    name: 'lead',
    re: pattern(
      String.raw`${UNIT} (?:prima|avanti|in anticipo)(?: (?:alle|verso le|per le) (?<lh>\d{1,2})(?:[:.](?<lm>\d{2}))?)?`,
    ),
    build: (g) => leadComponent(unitDays(g), g),
  },
  {
    name: 'weekday-count',
    re: pattern(String.raw`(?<p>tra|fra) (?<n>\d+|un paio di) (?<wd>${F.WD})`),
    build: (g) => {
      const n = g.n === undefined ? undefined : /paio/.test(g.n) ? 2 : Number(g.n);
      const weekday = weekdayNumber(g.wd ?? '', 'it');
      if (n === undefined || weekday === undefined || !Number.isInteger(n) || n < 1 || n > 520) return null;
      return { kind: 'day', day: { kind: 'weekdayCount', weekday, n } };
    },
  },
  {
    name: 'holiday',
    re: pattern(
      String.raw`(?:(?<p>a|per|entro|di|dopo|prima di|fino a|verso|a partire da|da|del|della|dell'|dal|dalla|al|alla|nel|nella|il|la|l'|lo|all')(?: (?:il|la|l'|lo))? )?${NOT_A_WISH}(?<h>${F.HOLIDAY})(?: (?<y>\d{4}))?`,
    ),
    build: (g) => holidayComponent(holidayWords.it, g, 'dopo'),
  },
  {
    name: 'nth-weekday',
    re: pattern(
      String.raw`(?:(?<p>per|entro|dal|dalla|a partire dal|a partire dalla|da)(?: (?:il|l'|la))? |(?:il|l'|la) )?(?<ord>${F.ORD}) (?<wd>${F.WD}) ${MONTH_REF}`,
    ),
    build: nthWeekdayComponent,
  },
  {
    name: 'month-day-next',
    re: pattern(
      String.raw`(?:(?<p>il|l'|per il|entro il|dal|a partire dal) )?(?<d>\d{1,2}|primo)(?: °)? (?:del|di) (?:(?<next>mese prossimo|prossimo mese)|questo mese|mese)`,
    ),
    build: (g) => {
      const day = dayOfMonth(g.d);
      if (day === undefined) return INVALID;
      return {
        kind: 'day',
        day: g.next === undefined ? { kind: 'monthDay', day } : { kind: 'monthDay', day, monthsAhead: 1 },
      };
    },
  },
  {
    name: 'day-after-tomorrow',
    // "domani l'altro" (regional) is the day after tomorrow too
    re: pattern(String.raw`(?:(?<p>per|entro|a|da|di) )?(?:dopo domani|domani l' altro)`),
    build: () => ({ kind: 'day', day: { kind: 'relative', days: 2 } }),
  },
];

/** "ogni primo lunedì del mese", "l'ultimo venerdì di ogni mese": before "di ogni mese" is read alone. */
export const italianNthRecurrence: GrammarRule = {
  name: 'every-nth-weekday',
  re: pattern(
    String.raw`(?:ogni|tutti i|tutte le) (?<ord>${F.ORD}) (?<wd>${F.WD})(?<month> (?:del|di ogni|di ciascun) mese)?|(?:(?:il|l'|la) )?(?<ord2>${F.ORD}) (?<wd2>${F.WD}) (?:di ogni|di ciascun|d' ogni) mese`,
  ),
  build: (g) => {
    const n = ordinalNumber(g.ord ?? g.ord2);
    const weekday = weekdayNumber(g.wd ?? g.wd2 ?? '', 'it');
    if (n === undefined || weekday === undefined) return null;
    // "ogni secondo giovedì" with no month is every other one, as in English (every-weekday reads it)
    if (g.ord !== undefined && g.month === undefined && n === 2) return null;
    return recurrence('MONTHLY', { byNthDay: { n, weekday } });
  },
};

/** Clock forms around noon and midnight and after lunch; they run before the plain clock. */
export const italianClockRules: readonly GrammarRule[] = [
  {
    name: 'noon-modified',
    re: pattern(
      String.raw`(?:(?<p>a|verso|per|entro|fino a|dopo) )?(?<w>mezzogiorno|mezzanotte) (?:(?<mod>e mezza|e mezzo|e un quarto|e 3 quarti|meno un quarto)|e (?<emin>\d{1,2})(?: minuti)?|meno (?<mmin>\d{1,2})(?: minuti)?)|(?:(?<p2>a|verso|per|entro) )?(?:un quarto|1/4) (?:a|alle|all') (?:(?<w2>mezzogiorno|mezzanotte)|(?<h2>\d{1,2})|una)`,
    ),
    build: (g) => {
      if (g.w !== undefined) {
        const modifier = minuteModifier(g);
        // midnight is the end of the day: "mezzanotte meno 10" is 23:50, "mezzanotte e mezza" 00:30 after it
        const midnight = g.w === 'mezzanotte';
        return clockComponent(midnight ? '24' : '12', '00', { modifier, period: 'afternoon', midnight });
      }
      const hour = g.w2 === 'mezzogiorno' ? '12' : g.w2 === 'mezzanotte' ? '00' : (g.h2 ?? '1');
      return clockComponent(hour, undefined, {
        modifier: -15,
        period: g.w2 === 'mezzogiorno' ? 'afternoon' : undefined,
      });
    },
  },
  {
    // "domani a quest'ora", "alla stessa ora": the clock time it is now
    name: 'same-time',
    re: pattern(
      String.raw`(?:(?<p>a|alla|allo|per|verso) )?(?:quest' ora|questa ora|(?:la )?stessa ora|(?:lo )?stesso orario)`,
    ),
    build: () => ({ kind: 'part', part: 'sameTime', weak: false }),
  },
  {
    name: 'after-lunch',
    re: pattern(
      String.raw`(?:(?<p>di|a|per|verso|nel|in|entro) )?(?:(?:subito )?dopo (?:il )?pranzo|primo pomeriggio|dopopranzo)`,
    ),
    build: () => ({ kind: 'part', part: 'afterLunch', weak: false }),
  },
];

/** "ogni" followed by words no recurrence rule read ("ogni tanto", "ogni secondo giovedì"): asked back. */
export const italianUnreadRecurrence: GrammarRule = {
  name: 'unread-recurrence',
  re: pattern(String.raw`(?:ogni|tutti i|tutte le) (?:${TIME_WORDS})`),
  build: () => ({ kind: 'unreadRecurrence' }),
};

const EDGE_MONTH = String.raw`(?<mon>${F.FULL_MONTH})(?: (?<y>\d{4}))?`;

/** "a fine agosto", "inizio marzo", "ai primi di gennaio", "metà mese", "l'ultimo giorno del mese", "il primo giorno di marzo". */
export const italianMonthEdgeRules: readonly GrammarRule[] = [
  {
    name: 'month-edge',
    re: pattern(
      String.raw`(?:(?<p>a|ad|ai|agli|nei|negli|alla|nella|entro|entro i|per|per i|prima di|prima della|verso|verso i|da|dalla|dall'|dopo|fino a|fino alla|all') )?(?:la |l' |i |gli )?(?<edge>fine|inizio|inizi|meta|primi giorni|ultimi giorni|primi) (?:(?:di |del mese di |d' )?${EDGE_MONTH}|(?:del )?(?<next>mese prossimo|prossimo mese|mese dopo|mese successivo)|(?:del )?(?<this>mese))`,
    ),
    build: (g) => {
      const edge = g.edge === 'fine' || g.edge === 'ultimi giorni' ? 'last' : g.edge === 'meta' ? 'middle' : 'first';
      const month = g.mon === undefined ? undefined : monthNumber(g.mon, 'it');
      return monthEdgeComponent(edge, month, { year: g.y, next: g.next !== undefined });
    },
  },
  {
    // "all'inizio dell'anno prossimo", "a inizio anno nuovo": the next first of January
    name: 'start-of-next-year',
    re: pattern(
      String.raw`(?:(?<p>a|ad|per|entro|verso|dall'|all') )?(?:l' )?inizio (?:dell' |del )?(?:anno prossimo|prossimo anno|anno nuovo|nuovo anno)`,
    ),
    build: () => ({ kind: 'day', day: { kind: 'date', day: 1, month: 1 } }),
  },
  {
    name: 'first-or-last-day',
    re: pattern(
      String.raw`(?:(?<p>il|l'|per il|per l'|entro il|entro l'|dal|dall'|a partire dal|a partire dall'|fino al|fino all') )?(?<ord>primo|ultimo) giorno (?:(?:del|di) (?<next>mese prossimo|prossimo mese)|(?:del|di questo) mese|(?:di|del mese di) ${EDGE_MONTH})`,
    ),
    build: (g) =>
      monthEdgeComponent(
        g.ord === 'ultimo' ? 'last' : 'first',
        g.mon === undefined ? undefined : monthNumber(g.mon, 'it'),
        {
          year: g.y,
          next: g.next !== undefined,
        },
      ),
  },
];
