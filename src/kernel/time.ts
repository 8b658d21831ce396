import { TZDate, tzOffset } from '@date-fns/tz';
// Subpaths, not the barrels: these load three modules instead of some 800 (about a second of every start).
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { it } from 'date-fns/locale/it';
import { z } from 'zod';
import { ValidationError } from './errors.js';

/**
 * Calendar arithmetic on plain dates and conversions between instants and wall-clock time in
 * an IANA zone. Plain `{year, month, day}` values keep date maths free of DST surprises; an
 * instant is only built at the end, from a wall-clock time in the client's zone.
 * `tzOffset` (Intl-based) is used instead of constructing TZDate objects because it is several
 * times faster and the rules path is on the hot path of every message.
 */
export interface CalendarDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export interface LocalDateTime extends CalendarDate {
  hour: number;
  minute: number;
  /** 0 = Sunday ... 6 = Saturday */
  weekday: number;
}

const MINUTE_MS = 60_000;

export function isValidTimeZone(tz: string): boolean {
  return !Number.isNaN(tzOffset(tz, new Date(0)));
}

/** Wall-clock date and time of an instant in a zone. */
export function localDateTime(instant: Date, tz: string): LocalDateTime {
  const shifted = new Date(instant.getTime() + tzOffset(tz, instant) * MINUTE_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

/**
 * The instant at which the zone's wall clock shows `date` at `minuteOfDay`. A wall time that
 * does not exist (skipped by a DST change) moves forward, like the clocks did.
 */
export function zonedInstant(date: CalendarDate, minuteOfDay: number, tz: string): Date {
  const naive = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE_MS;
  const first = naive - tzOffset(tz, new Date(naive)) * MINUTE_MS;
  const secondOffset = tzOffset(tz, new Date(first));
  const second = naive - secondOffset * MINUTE_MS;
  if (tzOffset(tz, new Date(second)) === secondOffset) return new Date(second);
  return new Date(Math.max(first, second));
}

/** Like `zonedInstant`, with minutes past 1440 (or below 0) moving into the next (or previous) day. */
export function instantAt(date: CalendarDate, minute: number, tz: string): Date {
  const dayShift = Math.floor(minute / 1440);
  return zonedInstant(addDays(date, dayShift), minute - dayShift * 1440, tz);
}

function toUtc(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

function fromUtc(d: Date): CalendarDate {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Adds months keeping the day, clamped to the end of a shorter month (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function weekdayOf(date: CalendarDate): number {
  return toUtc(date).getUTCDay();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A `YYYY-MM-DD` day; undefined when the text is not one or names no real day (31 February). */
export function parseDate(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? { year, month, day } : undefined;
}

/** Like `parseDate`, for a day the program produced itself: anything else is a bug. */
export function dateOf(text: string): CalendarDate {
  const date = parseDate(text);
  if (!date) throw new RangeError(`not a YYYY-MM-DD day: ${text}`);
  return date;
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/**
 * The `n`th given weekday (0 = Sunday) of a month, or the last one for n = -1 (-2 the one
 * before); undefined when the month has no such day (a fifth Monday).
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): CalendarDate | undefined {
  if (n > 0) {
    const first = weekdayOf({ year, month, day: 1 });
    const day = 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
    return day <= daysInMonth(year, month) ? { year, month, day } : undefined;
  }
  const lastDay = daysInMonth(year, month);
  const last = weekdayOf({ year, month, day: lastDay });
  const day = lastDay - ((last - weekday + 7) % 7) + (n + 1) * 7;
  return day >= 1 ? { year, month, day } : undefined;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** YYYY-MM-DD */
export function formatDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** ISO 8601 with the zone's offset at that instant, e.g. 2026-11-24T15:00:00+01:00 */
export function formatInstant(instant: Date, tz: string): string {
  const offset = tzOffset(tz, instant);
  const local = localDateTime(instant, tz);
  const sign = offset < 0 ? '-' : '+';
  return `${formatDate(local)}T${pad(local.hour)}:${pad(local.minute)}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

// Local calendar days as YYYY-MM-DD strings, the form stored and passed between flows.

const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The instant of a `when` slot: an ISO instant as is, a bare date at `defaultHour` local time
 * (or undefined when no default applies). Invalid values give undefined, never an exception.
 */
export function instantOf(when: string | undefined, tz: string, defaultHour?: number): Date | undefined {
  if (!when) return undefined;
  if (isDateOnly(when)) {
    if (defaultHour === undefined) return undefined;
    const [y, m, d] = when.split('-').map(Number) as [number, number, number];
    return new Date(new TZDate(y, m - 1, d, defaultHour, 0, 0, tz).getTime());
  }
  const instant = new Date(when);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

export function dateOnly(when: string | undefined): string | undefined {
  return when && isDateOnly(when) ? when : undefined;
}

/** A new day keeping the local time of day of `original` ("sposta al 14" keeps 16:30). */
export function onDayKeepingTime(day: string, original: Date, tz: string): Date {
  const local = new TZDate(original.getTime(), tz);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, local.getHours(), local.getMinutes(), 0, tz).getTime());
}

/** Start of a local calendar day (YYYY-MM-DD) in the zone, as an instant. */
export function startOfLocalDay(day: string, tz: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, tz).getTime());
}

/** The local calendar day of an instant, YYYY-MM-DD. */
export function localDay(instant: Date, tz: string): string {
  const local = new TZDate(instant.getTime(), tz);
  return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
}

/** The local day `days` days after `day` (both YYYY-MM-DD). */
export function shiftDay(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from one local day to another (both YYYY-MM-DD): shiftDay(from, daysFrom(from, to)) is `to`. */
export function daysFrom(from: string, to: string): number {
  const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

// Local wall-clock times of day, as quiet hours, working hours and briefings store them.

/** A local wall-clock time "HH:MM", as the database stores quiet and working hours. */
export const hhmmSchema = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'a local time HH:MM');

/** Minutes after local midnight of "HH:MM". */
export function minutesOfDay(hhmm: string): number {
  const parsed = hhmmSchema.safeParse(hhmm);
  if (!parsed.success) throw new ValidationError('invalid local time', { value: hhmm });
  const [h, m] = parsed.data.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Minutes after local midnight of `instant` in `tz`. */
export function localMinutes(instant: Date, tz: string): number {
  const local = new TZDate(instant.getTime(), tz);
  return local.getHours() * 60 + local.getMinutes();
}

/**
 * The instant of local day `dayOffset` days after the local day of `instant`, at `minutes` after
 * midnight. Built from wall-clock fields in the zone, so it is right across daylight-saving changes.
 */
export function atLocalMinutes(instant: Date, tz: string, dayOffset: number, minutes: number): Date {
  const local = new TZDate(instant.getTime(), tz);
  const at = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() + dayOffset,
    Math.floor(minutes / 60),
    minutes % 60,
    0,
    tz,
  );
  return new Date(at.getTime());
}

/** Day of the week of `instant` in `tz`, 0 = Sunday. */
export function localWeekday(instant: Date, tz: string): number {
  return new TZDate(instant.getTime(), tz).getDay();
}

const dateLocales = { it, en: enGB } as const;

/**
 * An instant as the zone's wall clock shows it, in a date-fns `pattern` ("EEE d MMM yyyy HH:mm"),
 * with day and month names in `lang` (English unless told).
 */
export function formatLocal(instant: Date, tz: string, pattern: string, lang: 'it' | 'en' = 'en'): string {
  return format(new TZDate(instant.getTime(), tz), pattern, { locale: dateLocales[lang] });
}

/** Monday 00:00 of the local week of `instant` in `tz`. */
export function startOfLocalWeek(instant: Date, tz: string): Date {
  const daysSinceMonday = (localWeekday(instant, tz) + 6) % 7;
  return startOfLocalDay(shiftDay(localDay(instant, tz), -daysSinceMonday), tz);
}
