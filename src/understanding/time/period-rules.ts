import { englishEdgeRules, italianEdgeRules } from './edges.js';
import { fragments } from './fragments.js';
import { pattern, type GrammarRule, type Groups } from './grammar.js';
import { holidayWords } from './holidays.js';
import { monthNumber } from './lexicon.js';
import type { Component, DayRef } from './spec.js';

/**
 * Seasons, calendar quarters (and every quarter), business days and the last-but-one day of a month or year, in each
 * language (batch 18; resolved in periods.ts). Read before recurrences, so "business day" in "the last
 * business day of the month" is no weekday recurrence.
 */

const day = (ref: DayRef): Component => ({ kind: 'day', day: ref });
const SEASONS: Record<string, number> = {
  primavera: 0,
  estate: 1,
  autunno: 2,
  inverno: 3,
  spring: 0,
  summer: 1,
  autumn: 2,
  fall: 2,
  winter: 3,
};
const QUARTERS: Record<string, number> = {
  primo: 1,
  secondo: 2,
  terzo: 3,
  quarto: 4,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
};
const quarterOf = (word: string | undefined): number | undefined =>
  word === undefined ? undefined : (QUARTERS[word] ?? Number(/^\d/.exec(word)?.[0] ?? NaN));
/** "entro il primo trimestre", "by Q3": a period said as a deadline is its last day */
const isDeadline = (p: string | undefined) => p !== undefined && /^(entro|by|within)/.test(p);
const isEnd = (g: Groups) =>
  isDeadline(g.p) || /fine|end/.test(g.edge ?? '') || g.early === 'late' || g.edge === 'alla fine';

function seasonComponent(g: Groups): Component | null {
  const season = SEASONS[g.s ?? ''];
  if (season === undefined || /middle|meta/.test(g.edge ?? '')) return null;
  // a bare season word is no time ("la collezione estate", "per l'inverno"), nor "fall" without an article
  const det = g.det === undefined || /^(?:l'|la|lo|il)$/.test(g.det) ? undefined : g.det;
  const said = g.p ?? g.edge ?? g.early ?? det ?? g.next;
  if (said === undefined || (g.s === 'fall' && g.det === undefined && g.the === undefined)) return null;
  const current = det !== undefined && /^(?:quest'|questa|questo|this)$/.test(det) && g.next === undefined;
  return day({ kind: 'season', season, end: isEnd(g), ...(current && { current }) });
}

function quarterComponent(g: Groups): Component | null {
  const end = isEnd(g);
  if (g.this !== undefined) return end ? day({ kind: 'endOfQuarter', quartersAhead: 0 }) : null;
  if (g.next !== undefined) return day(end ? { kind: 'endOfQuarter', quartersAhead: 1 } : { kind: 'quarter', end });
  const quarter = quarterOf(g.q ?? g.ord);
  if (quarter === undefined || !(quarter >= 1 && quarter <= 4)) return null;
  return day({ kind: 'quarter', quarter, end, ...(g.y !== undefined && { year: Number(g.y) }) });
}

/** The day a business day is counted from: the 1st (or the last day) of a month or year. */
function workdayBase(g: Groups, last: boolean, lang: 'it' | 'en'): DayRef | undefined {
  const year = g.y === undefined ? undefined : Number(g.y);
  // "il primo giorno lavorativo dopo Pasqua", "the last working day before Christmas": counted from the next day
  const holiday = g.h === undefined ? undefined : holidayWords[lang][g.h];
  if (holiday !== undefined) return { kind: 'shifted', base: { kind: 'holiday', name: holiday }, days: last ? -1 : 1 };
  if (g.h !== undefined) return undefined;
  if (g.mon !== undefined) {
    const month = monthNumber(g.mon, lang);
    if (month === undefined) return undefined;
    return last
      ? { kind: 'endOfMonth', month, ...(year !== undefined && { year }) }
      : { kind: 'date', day: 1, month, ...(year !== undefined && { year }) };
  }
  if (g.next !== undefined)
    return last ? { kind: 'endOfMonth', monthsAhead: 1 } : { kind: 'monthDay', day: 1, monthsAhead: 1 };
  if (g.month !== undefined) return last ? { kind: 'endOfMonth' } : { kind: 'monthDay', day: 1 };
  if (g.year !== undefined) return last ? { kind: 'endOfYear' } : { kind: 'date', day: 1, month: 1 };
  return last ? undefined : { kind: 'date', day: 1, month: 1 };
}

const workday =
  (lang: 'it' | 'en') =>
  (g: Groups): Component | null => {
    const last = /^(ultim|last)/.test(g.w ?? '');
    const base = workdayBase(g, last, lang);
    return base === undefined ? null : day({ kind: 'workday', base, last, lang });
  };

/** "il penultimo giorno del mese", "the second to last day of the year": the day before the last */
function lastButOne(g: Groups, lang: 'it' | 'en'): Component | null {
  const month = g.mon === undefined ? undefined : monthNumber(g.mon, lang);
  const base: DayRef =
    g.year !== undefined
      ? { kind: 'endOfYear' }
      : g.next !== undefined
        ? { kind: 'endOfMonth', monthsAhead: 1 }
        : { kind: 'endOfMonth', ...(month !== undefined && { month }) };
  return day({ kind: 'shifted', base, days: -1 });
}

const IT = fragments.it;
const IT_OF = String.raw`(?:(?:del|di|dell'|della) )?`;
const IT_EDGE = String.raw`(?:(?<edge>(?:all' |l' |a )?inizio|(?:alla |la |a )?fine) ${IT_OF})?`;
const IT_PERIOD_OF = String.raw`(?:(?<next>mese prossimo|prossimo mese|mese successivo|mese dopo)|(?<month>mese)|(?<year>anno(?: prossimo| nuovo)?|prossimo anno)|(?<mon>${IT.FULL_MONTH})(?: (?<y>\d{4}))?)`;

/** "ogni trimestre", "every quarter", "quarterly": every three months */
const quarterly = (): Component => ({ kind: 'recurrence', recurrence: { freq: 'MONTHLY', interval: 3 } });

export const italianPeriodRules: readonly GrammarRule[] = [
  ...italianEdgeRules,
  { name: 'quarterly', re: pattern(String.raw`(?:ogni|tutti i) (?:trimestre|trimestri)`), build: quarterly },
  {
    name: 'season',
    re: pattern(
      String.raw`(?:(?<p>in|a|ad|entro|verso|durante|dall'|dalla) )?${IT_EDGE}(?:(?<det>(?:quest'|questa|questo|l'|la|lo|il)(?: prossim[ao])?|prossim[ao]) )?(?<s>primavera|estate|autunno|inverno)(?: (?<next>prossim[ao]))?`,
    ),
    build: seasonComponent,
  },
  {
    name: 'quarter',
    re: pattern(
      String.raw`(?:(?<p>nel|entro il|entro|per il|per|dal|a|al|verso il|durante il|a partire dal) )?${IT_EDGE}(?:(?:il |questo )?(?<ord>primo|secondo|terzo|quarto|[1-4] °) trimestre(?: (?:del )?(?<y>\d{4}))?|(?:il )?(?<next>prossimo trimestre|trimestre prossimo)|(?<this>(?:il |questo )?trimestre))`,
    ),
    build: quarterComponent,
  },
  {
    name: 'workday',
    re: pattern(
      String.raw`(?:(?<p>per|entro|dal|a partire dal) )?(?:il |l' )?(?<w>primo|ultimo) giorno (?:lavorativi|lavorativo|feriali|feriale|utile) (?:${IT_OF}${IT_PERIOD_OF}|(?:dopo|prima di) (?:(?:il|la|l') )?(?<h>${IT.HOLIDAY}))`,
    ),
    build: workday('it'),
  },
  {
    name: 'last-but-one-day',
    re: pattern(String.raw`(?:(?<p>per|entro) )?(?:il )?penultimo giorno ${IT_OF}${IT_PERIOD_OF}`),
    build: (g) => lastButOne(g, 'it'),
  },
];

const EN = fragments.en;
/** "the Q4 numbers", "our Q2 targets": a quarter after an article or owner and no preposition names a thing */
const NO_OWNER = String.raw`(?<!(?:^| )(?:the|my|our|your|his|her|their|its) )`;
const EN_EDGE = String.raw`(?:(?<edge>start|beginning|end|middle) of (?:the )?|(?<early>early|late) (?:in )?(?:the )?)?`;
const EN_PERIOD_OF = String.raw`(?:(?<next>next month|the next month|the following month)|(?<month>the month|this month)|(?<year>the year|this year|next year|the new year)|(?<mon>${EN.FULL_MONTH})(?: (?<y>\d{4}))?)`;
const LAST_BUT_ONE = String.raw`penultimate|2 nd (?:- )?to (?:- )?last|2 nd last|next (?:- )?to (?:- )?last`;

export const englishPeriodRules: readonly GrammarRule[] = [
  ...englishEdgeRules,
  {
    // "the quarterly review" is no recurrence: only the adverb next to the request or its verb
    name: 'quarterly',
    re: pattern(
      String.raw`(?:every|each|once a) quarter|(?<=(?:me|it) )quarterly|quarterly(?= (?:remind|to|on|from|starting|,)(?![^ ]))`,
    ),
    build: quarterly,
  },
  {
    name: 'season',
    re: pattern(
      String.raw`(?:(?<p>in|by|during|over|until|till|from|around) )?(?<the>the )?${EN_EDGE}(?:(?<det>this|next|the coming|coming|the next) )?(?<s>spring|summer|autumn|fall|winter)`,
    ),
    build: seasonComponent,
  },
  {
    name: 'quarter',
    re: pattern(
      String.raw`(?:(?<p>in|by|for|during|at|until|till|from|on|within) (?:the )?|the (?=(?:start|beginning|end|middle) of )|${NO_OWNER})${EN_EDGE}(?:q(?<q>[1-4])|(?<ord>first|second|third|fourth|[1-4] (?:st|nd|rd|th)) quarter|(?<next>next|following|coming) quarter|(?<this>this|current) quarter)(?: (?:of )?(?<y>\d{4}))?`,
    ),
    build: quarterComponent,
  },
  {
    name: 'workday',
    re: pattern(
      String.raw`(?:(?<p>on|by|for|until|till|from) )?(?:the )?(?<w>first|last) (?:business|working|work) day (?:(?:of|in) ${EN_PERIOD_OF}|(?:after|before) (?<h>${EN.HOLIDAY}))`,
    ),
    build: workday('en'),
  },
  {
    name: 'last-but-one-day',
    re: pattern(String.raw`(?:(?<p>on|by|for|until) )?(?:the )?(?:${LAST_BUT_ONE}) day of ${EN_PERIOD_OF}`),
    build: (g) => lastButOne(g, 'en'),
  },
];
