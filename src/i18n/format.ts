import { TZDate } from '@date-fns/tz';
// Subpaths, not the barrels: these load three modules instead of some 800 (about a second of every start).
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { it } from 'date-fns/locale/it';
import { localDay, shiftDay } from '../kernel/time.js';
import type { Lang } from '../understanding/contract.js';

const locales = { it, en: enGB } as const;

/** A time as said in a sentence: "9:00", "18:30". */
const shortTime = (instant: Date, tz: string) => format(new TZDate(instant.getTime(), tz), 'H:mm');

/**
 * Dates written the local way: "martedì 24 novembre alle 15:00", "Tuesday 24 November at 8:30" (the
 * hour as "oggi alle 8:30" says it). The year appears only when it is not the current one (relative to `now`).
 */
export function formatDateTime(instant: Date, lang: Lang, tz: string, now: Date = new Date()): string {
  const local = new TZDate(instant.getTime(), tz);
  return `${formatDay(local, lang, tz, now)} ${lang === 'it' ? 'alle' : 'at'} ${shortTime(instant, tz)}`;
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

const nearDays = { it: ['oggi', 'domani'], en: ['today', 'tomorrow'] } as const;

/** "oggi" / "domani" ("today" / "tomorrow") for a local day (YYYY-MM-DD) that is today or tomorrow in `tz`; else undefined. */
function nearDayWord(day: string, lang: Lang, tz: string, now: Date): string | undefined {
  const today = localDay(now, tz);
  if (day === today) return nearDays[lang][0];
  return day === shiftDay(today, 1) ? nearDays[lang][1] : undefined;
}

/**
 * When something is, to a client reading it now: "oggi alle 9:00", "domani alle 18:30" ("today at
 * 9:00", "tomorrow at 18:30"); any other day in full, as formatDateTime says it.
 */
export function formatWhen(instant: Date, lang: Lang, tz: string, now: Date): string {
  const near = nearDayWord(localDay(instant, tz), lang, tz, now);
  if (!near) return formatDateTime(instant, lang, tz, now);
  return `${near} ${lang === 'it' ? 'alle' : 'at'} ${shortTime(instant, tz)}`;
}

/** A timed span to a client reading it now: "domani, 10:00–10:30"; any other day as formatSpan says it. */
export function formatSpanWhen(start: Date, end: Date, lang: Lang, tz: string, now: Date): string {
  const near = nearDayWord(localDay(start, tz), lang, tz, now);
  if (!near || localDay(start, tz) !== localDay(end, tz)) return formatSpan(start, end, lang, tz, now);
  return `${near}, ${shortTime(start, tz)}–${shortTime(end, tz)}`;
}

/** When a booking is, to a client reading it now: its start as formatWhen says it, or its day ("domani"). */
export function describeWhen(
  b: { startsAt: Date | null; day: Date | null },
  lang: Lang,
  tz: string,
  now: Date,
): string {
  if (b.startsAt) return formatWhen(b.startsAt, lang, tz, now);
  if (!b.day) return '';
  const day = b.day.toISOString().slice(0, 10);
  return nearDayWord(day, lang, tz, now) ?? formatIsoDay(day, lang, now);
}

/** A duration as people say it in both languages: "45 min", "2 h", "2 h 30 min". */
export function formatMinutes(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
