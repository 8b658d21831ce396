import type { Lang } from '../understanding/contract.js';
import { t } from './catalog.js';
import { formatTime } from './format.js';

/**
 * An RRULE as a client reads it ("ogni primo lunedì del mese alle 9:00", "every Tuesday and
 * Thursday at 8:30"): every rule the understanding writes (src/understanding/time/recurrence.ts:
 * FREQ with INTERVAL, BYDAY as weekdays or one nth weekday, BYMONTH, BYMONTHDAY) has its words;
 * anything else is said as "periodicamente".
 */

const dayNames: Record<Lang, Record<string, string>> = {
  it: { MO: 'lunedì', TU: 'martedì', WE: 'mercoledì', TH: 'giovedì', FR: 'venerdì', SA: 'sabato', SU: 'domenica' },
  en: { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' },
};
const monthNames: Record<Lang, string[]> = {
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};
/** "il primo lunedì", "la prima domenica": Italian ordinals agree with the day (domenica is feminine). */
const ordinals: Record<Lang, Record<string, { m: string; f: string }>> = {
  it: {
    '1': { m: 'primo', f: 'prima' },
    '2': { m: 'secondo', f: 'seconda' },
    '3': { m: 'terzo', f: 'terza' },
    '4': { m: 'quarto', f: 'quarta' },
    '5': { m: 'quinto', f: 'quinta' },
    '-1': { m: 'ultimo', f: 'ultima' },
    '-2': { m: 'penultimo', f: 'penultima' },
  },
  en: Object.fromEntries(
    Object.entries({
      1: 'first',
      2: 'second',
      3: 'third',
      4: 'fourth',
      5: 'fifth',
      '-1': 'last',
      '-2': 'second-to-last',
    }).map(([n, word]) => [n, { m: word, f: word }]),
  ),
};
const WORKWEEK = ['MO', 'TU', 'WE', 'TH', 'FR'];

type Rule = Map<string, string>;

function parts(rrule: string): Rule {
  return new Map(
    rrule
      .split(';')
      .map((p) => p.split('=') as [string, string?])
      .filter((p): p is [string, string] => p[1] !== undefined)
      .map(([k, v]) => [k.toUpperCase(), v.toUpperCase()]),
  );
}

function list(items: string[], lang: Lang): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${t(lang, 'and')} ${items.at(-1)}`;
}

/** "primo", "1st": a day of the month as it is said. */
function dayOfMonth(day: number, lang: Lang): string {
  if (lang === 'it') return day === 1 ? 'primo' : String(day);
  const tens = day % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[day % 10] ?? 'th');
  return `${day}${suffix}`;
}

/** BYDAY=1MO, BYDAY=-1FR: one weekday of the month, by its place in it. */
function nthWeekday(rule: Rule, lang: Lang): string | undefined {
  const nth = /^(-?\d)(MO|TU|WE|TH|FR|SA|SU)$/.exec(rule.get('BYDAY') ?? '');
  const ordinal = nth && ordinals[lang][nth[1]!];
  if (!nth || !ordinal) return undefined;
  return t(lang, 'recurrenceNthWeekday', {
    nth: nth[2] === 'SU' ? ordinal.f : ordinal.m,
    day: dayNames[lang][nth[2]!]!,
  });
}

function weekly(rule: Rule, interval: number, lang: Lang): string {
  const days = (rule.get('BYDAY') ?? '').split(',').filter((d) => d in dayNames[lang]);
  const named = list(
    days.map((d) => dayNames[lang][d]!),
    lang,
  );
  if (interval > 1) return t(lang, 'recurrenceEveryNWeeks', { n: interval, days: named });
  if (days.length === WORKWEEK.length && WORKWEEK.every((d) => days.includes(d))) return t(lang, 'recurrenceWeekdays');
  return days.length ? t(lang, 'recurrenceWeekly', { days: named }) : t(lang, 'recurrenceEveryWeek');
}

function monthly(rule: Rule, interval: number, lang: Lang): string {
  const nth = rule.has('BYDAY') ? nthWeekday(rule, lang) : undefined;
  if (nth !== undefined) return interval === 1 ? nth : t(lang, 'recurrenceGeneric');
  if (rule.has('BYDAY')) return t(lang, 'recurrenceGeneric');
  const day = Number(rule.get('BYMONTHDAY') ?? 0);
  const said = day >= 1 && day <= 31 ? dayOfMonth(day, lang) : '';
  if (interval > 1) return t(lang, 'recurrenceEveryNMonths', { n: interval, day: said });
  return said ? t(lang, 'recurrenceMonthly', { day: said }) : t(lang, 'recurrenceEveryMonth');
}

function yearly(rule: Rule, interval: number, lang: Lang): string {
  const monthName = monthNames[lang][Number(rule.get('BYMONTH')) - 1];
  const day = Number(rule.get('BYMONTHDAY'));
  const date = monthName && day >= 1 && day <= 31 ? `${lang === 'it' ? dayOfMonth(day, lang) : day} ${monthName}` : '';
  if (interval > 1) return t(lang, 'recurrenceEveryNYears', { n: interval, date });
  return date ? t(lang, 'recurrenceYearly', { date }) : t(lang, 'recurrenceEveryYear');
}

function ruleInWords(rule: Rule, lang: Lang): string {
  const interval = Number(rule.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) return t(lang, 'recurrenceGeneric');
  switch (rule.get('FREQ')) {
    case 'DAILY':
      return interval === 1 ? t(lang, 'recurrenceDaily') : t(lang, 'recurrenceEveryNDays', { n: interval });
    case 'WEEKLY':
      return weekly(rule, interval, lang);
    case 'MONTHLY':
      return monthly(rule, interval, lang);
    case 'YEARLY':
      return yearly(rule, interval, lang);
    default:
      return t(lang, 'recurrenceGeneric');
  }
}

/**
 * "ogni lunedì", "ogni 15 del mese", "every first Monday of the month": how a client reads an
 * RRULE; with `at` (an occurrence and the zone it is said in) the time of day follows, "alle 9:00".
 */
export function describeRecurrence(rrule: string, lang: Lang, at?: { instant: Date; tz: string }): string {
  const rule = parts(rrule);
  const words = ruleInWords(rule, lang);
  const timed = at
    ? t(lang, 'recurrenceAt', { rule: words, time: formatTime(at.instant, at.tz).replace(/^0(?=\d)/, '') })
    : words;
  return withEnd(timed, rule, lang);
}

/** UNTIL=20270228T235959Z: "… fino al 28 febbraio", "… until 28 February" (the last day, as the client said it). */
function withEnd(words: string, rule: Rule, lang: Lang): string {
  const until = /^(\d{4})(\d{2})(\d{2})/.exec(rule.get('UNTIL') ?? '');
  const monthName = until && monthNames[lang][Number(until[2]) - 1];
  if (!until || !monthName) return words;
  const day = Number(until[3]);
  return t(lang, 'recurrenceUntil', {
    rule: words,
    date: `${lang === 'it' ? dayOfMonth(day, lang) : day} ${monthName}`,
  });
}
