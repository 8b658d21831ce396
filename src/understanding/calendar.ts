import { tzOffset } from '@date-fns/tz';

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
