import type { Lang } from '../understanding/contract.js';
import { t } from './catalog.js';

const dayNames: Record<Lang, Record<string, string>> = {
  it: { MO: 'lunedì', TU: 'martedì', WE: 'mercoledì', TH: 'giovedì', FR: 'venerdì', SA: 'sabato', SU: 'domenica' },
  en: { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday' },
};
const monthNames: Record<Lang, string[]> = {
  it: [
    'gennaio',
    'febbraio',
    'marzo',
    'aprile',
    'maggio',
    'giugno',
    'luglio',
    'agosto',
    'settembre',
    'ottobre',
    'novembre',
    'dicembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

function parts(rrule: string): Map<string, string> {
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

/** "il primo", "on the 1st": a day of the month as it is said. */
function dayOfMonth(day: number, lang: Lang): string {
  if (lang === 'it') return day === 1 ? 'primo' : String(day);
  const tens = day % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[day % 10] ?? 'th');
  return `${day}${suffix}`;
}

/** "ogni lunedì", "every weekday", "il 5 di ogni mese": how a client reads an RRULE. */
export function describeRecurrence(rrule: string, lang: Lang): string {
  const p = parts(rrule);
  const interval = Number(p.get('INTERVAL') ?? '1');
  const days = (p.get('BYDAY') ?? '').split(',').filter(Boolean);
  const dayList = list(
    days.map((d) => dayNames[lang][d] ?? d),
    lang,
  );
  switch (p.get('FREQ')) {
    case 'DAILY':
      return interval === 1 ? t(lang, 'recurrenceDaily') : t(lang, 'recurrenceGeneric');
    case 'WEEKLY':
      if (interval === 2) return t(lang, 'recurrenceEveryOtherWeek', { days: dayList });
      if (interval !== 1) return t(lang, 'recurrenceGeneric');
      if (days.length === 5 && ['MO', 'TU', 'WE', 'TH', 'FR'].every((d) => days.includes(d)))
        return t(lang, 'recurrenceWeekdays');
      return days.length ? t(lang, 'recurrenceWeekly', { days: dayList }) : t(lang, 'recurrenceEveryWeek');
    case 'MONTHLY': {
      const day = Number(p.get('BYMONTHDAY'));
      return interval === 1 && day > 0
        ? t(lang, 'recurrenceMonthly', { day: dayOfMonth(day, lang) })
        : t(lang, 'recurrenceGeneric');
    }
    case 'YEARLY': {
      const month = Number(p.get('BYMONTH'));
      const day = Number(p.get('BYMONTHDAY'));
      const monthName = monthNames[lang][month - 1];
      if (!monthName || !(day > 0)) return t(lang, 'recurrenceGeneric');
      return t(lang, 'recurrenceYearly', { date: `${lang === 'it' ? dayOfMonth(day, lang) : day} ${monthName}` });
    }
    default:
      return t(lang, 'recurrenceGeneric');
  }
}
