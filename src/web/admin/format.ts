import { formatMinutes } from '../../desk/texts.js';
import { adminTexts, type AdminCatalog } from '../../i18n/admin-catalog.js';
import { formatDate, localDateTime } from '../../kernel/time.js';
import type { Lang } from '../../understanding/contract.js';

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** "2026-11-23 16:40" in `tz`: sortable and unambiguous (the CSV keeps it in every language). */
export function stamp(instant: Date, tz: string): string {
  const local = localDateTime(instant, tz);
  return `${formatDate(local)} ${twoDigits(local.hour)}:${twoDigits(local.minute)}`;
}

/**
 * How the back-office writes in one language. English keeps the sortable ISO order, which no
 * English reader (British or American) misreads; Italian writes days day-first, as Italians do.
 */
export interface AdminLocale {
  lang: Lang;
  t: AdminCatalog;
  /** a date and time in `tz`: "2026-11-23 16:40" / "23/11/2026 16:40" */
  stamp(instant: Date, tz: string): string;
  /** a YYYY-MM-DD day: "2026-11-23" / "23/11/2026" */
  day(isoDay: string): string;
  /** a YYYY-MM month: "2026-11" / "11/2026" */
  month(isoMonth: string): string;
  /** a YYYY-MM month as a title: "November 2026" / "novembre 2026" */
  monthTitle(isoMonth: string): string;
  /** a decimal number with the language's separator, without grouping */
  number(value: number, digits: { min?: number; max?: number }): string;
  /** "35 min", "3 h 5 min", in days past two ("2 d 4 h" / "2 g 4 h"); a dash for no value */
  duration(seconds: number | null): string;
}

const reorder = (isoDay: string): string => isoDay.split('-').reverse().join('/');

export function adminLocale(lang: Lang): AdminLocale {
  const t = adminTexts(lang);
  const day = (isoDay: string): string => (lang === 'it' ? reorder(isoDay) : isoDay);
  return {
    lang,
    t,
    stamp: (instant, tz) => {
      const [date, time] = stamp(instant, tz).split(' ') as [string, string];
      return `${day(date)} ${time}`;
    },
    day,
    month: (isoMonth) => (lang === 'it' ? reorder(isoMonth) : isoMonth),
    monthTitle: (isoMonth) => {
      const [y, m] = isoMonth.split('-').map(Number) as [number, number];
      return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(Date.UTC(y, m - 1, 1)),
      );
    },
    number: (value, digits) =>
      new Intl.NumberFormat(lang, {
        minimumFractionDigits: digits.min ?? 0,
        maximumFractionDigits: digits.max ?? 0,
        useGrouping: false,
      }).format(value),
    duration: (seconds) => {
      if (seconds === null) return '–';
      const minutes = Math.round(seconds / 60);
      return minutes < 48 * 60
        ? formatMinutes(minutes)
        : `${Math.floor(minutes / 1440)} ${t.stats.days} ${Math.round((minutes % 1440) / 60)} h`;
    },
  };
}

/** A date-only column (stored as UTC midnight) as YYYY-MM-DD. */
export function isoDay(day: Date): string {
  return day.toISOString().slice(0, 10);
}
