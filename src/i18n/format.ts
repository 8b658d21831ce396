import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB, it } from 'date-fns/locale';
import type { Lang } from '../understanding/contract.js';

const locales = { it, en: enGB } as const;

/**
 * Dates written the local way: "martedì 24 novembre alle 15:00", "Tuesday 24 November at 15:00".
 * The year appears only when it is not the current one (relative to `now`).
 */
export function formatDateTime(instant: Date, lang: Lang, tz: string, now: Date = new Date()): string {
  const local = new TZDate(instant.getTime(), tz);
  return `${formatDay(local, lang, tz, now)} ${lang === 'it' ? 'alle' : 'at'} ${format(local, 'HH:mm')}`;
}

/** A calendar day: "martedì 24 novembre" / "Tuesday 24 November". */
export function formatDay(instant: Date, lang: Lang, tz: string, now: Date = new Date()): string {
  const local = new TZDate(instant.getTime(), tz);
  const sameYear = local.getFullYear() === new TZDate(now.getTime(), tz).getFullYear();
  return format(local, sameYear ? 'EEEE d MMMM' : 'EEEE d MMMM yyyy', { locale: locales[lang] });
}

/** A date-only value (YYYY-MM-DD, no time zone involved) as a local day name. */
export function formatIsoDay(isoDate: string, lang: Lang, now: Date = new Date()): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d, 12));
  return formatDay(date, lang, 'UTC', now);
}

/** A timed span: "giovedì 26 novembre, 10:00–10:30"; one crossing midnight names both days. */
export function formatSpan(start: Date, end: Date, lang: Lang, tz: string, now: Date = new Date()): string {
  const first = formatDay(start, lang, tz, now);
  const last = formatDay(end, lang, tz, now);
  return first === last
    ? `${first}, ${formatTime(start, tz)}–${formatTime(end, tz)}`
    : `${first}, ${formatTime(start, tz)} – ${last}, ${formatTime(end, tz)}`;
}

/** The day of the week of a date-only value: "sabato" / "Saturday". */
export function formatWeekday(isoDate: string, lang: Lang): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return format(new Date(Date.UTC(y, m - 1, d, 12)), 'EEEE', { locale: locales[lang] });
}

export function formatTime(instant: Date, tz: string): string {
  return format(new TZDate(instant.getTime(), tz), 'HH:mm');
}

/** When a chat message was written: "09:49" today, "lun 7 dic, 09:49" / "Mon 7 Dec, 09:49" before. */
export function formatStamp(instant: Date, lang: Lang, tz: string, now: Date): string {
  const local = new TZDate(instant.getTime(), tz);
  const today = format(new TZDate(now.getTime(), tz), 'yyyy-MM-dd') === format(local, 'yyyy-MM-dd');
  return format(local, today ? 'HH:mm' : 'EEE d MMM, HH:mm', { locale: locales[lang] });
}

/** When a booking is: its start, or its day when it has no time yet. */
export function describeBooking(
  b: { title: string; startsAt: Date | null; day: Date | null },
  lang: Lang,
  tz: string,
  now: Date,
): string {
  if (b.startsAt) return formatDateTime(b.startsAt, lang, tz, now);
  return b.day ? formatIsoDay(b.day.toISOString().slice(0, 10), lang, now) : '';
}

/** A duration as people say it in both languages: "45 min", "2 h", "2 h 30 min". */
export function formatMinutes(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
