import {
  addDays,
  compareDates,
  formatDate,
  instantAt,
  localDateTime,
  parseDate,
  weekdayOf,
  type CalendarDate,
} from '../../kernel/time.js';
import { weekdayKeys, type MinuteInterval, type WorkingHours } from './working-hours.js';

/**
 * Free-slot search, pure. Working hours are local wall-clock intervals, so every interval is
 * turned into instants in the client's zone (`instantAt`) day by day: a 09:00-18:00 day is 9 local
 * hours on a daylight-saving day too. Within an interval candidates advance in real time by a
 * quarter of an hour, so an interval crossing the change (01:00-04:00 on 29 March in Rome) holds
 * only its real length.
 */

export interface Interval {
  start: Date;
  end: Date;
}

export type DayPart = 'morning' | 'afternoon' | 'evening';

/** What a part of day means for a search; it is cut further by the working hours. */
export const dayPartMinutes: Record<DayPart, MinuteInterval> = {
  morning: { start: 0, end: 13 * 60 },
  afternoon: { start: 13 * 60, end: 18 * 60 },
  evening: { start: 18 * 60, end: 24 * 60 },
};

export interface SlotSearch {
  hours: WorkingHours;
  tz: string;
  /** confirmed bookings, and requested ones with a time (tentatively busy) */
  busy: readonly Interval[];
  /** first and last local day searched, YYYY-MM-DD */
  from: string;
  to: string;
  /** a local time window within each day (a part of day, "tra le 14 e le 16") */
  window?: MinuteInterval | undefined;
  durationMin: number;
  now: Date;
  /** nothing starts before this (the end of a window already searched) */
  notBefore?: Date | undefined;
  /** at most this many slots (default 3) */
  limit?: number;
}

export const QUARTER_MS = 15 * 60_000;
const MINUTE_MS = 60_000;
const DEFAULT_LIMIT = 3;
/** A search never walks more days than this, whatever range it is given. */
const MAX_DAYS = 62;

/** The next quarter of an hour at or after `instant` (zones' offsets are whole quarters). */
export function ceilQuarter(instant: Date): Date {
  return new Date(Math.ceil(instant.getTime() / QUARTER_MS) * QUARTER_MS);
}

/** The working intervals of a local day as instants, cut to `window`. */
export function workingIntervals(
  hours: WorkingHours,
  date: CalendarDate,
  tz: string,
  window?: MinuteInterval,
): Interval[] {
  return hours[weekdayKeys[weekdayOf(date)]!].flatMap((i) => {
    const start = Math.max(i.start, window?.start ?? 0);
    const end = Math.min(i.end, window?.end ?? 24 * 60);
    return start < end ? [{ start: instantAt(date, start, tz), end: instantAt(date, end, tz) }] : [];
  });
}

const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

/** Whether [start, start + duration) lies inside one working interval of its local day. */
export function withinWorkingHours(hours: WorkingHours, tz: string, slot: Interval): boolean {
  return workingIntervals(hours, localDateTime(slot.start, tz), tz).some(
    (i) => i.start <= slot.start && slot.end <= i.end,
  );
}

/** Every free start of one local day, on the quarter-hour grid. */
function freeStartsOfDay(s: SlotSearch, date: CalendarDate, earliest: Date): Interval[] {
  const durationMs = s.durationMin * MINUTE_MS;
  const out: Interval[] = [];
  for (const interval of workingIntervals(s.hours, date, s.tz, s.window)) {
    let start = ceilQuarter(new Date(Math.max(interval.start.getTime(), earliest.getTime())));
    while (start.getTime() + durationMs <= interval.end.getTime()) {
      const slot = { start, end: new Date(start.getTime() + durationMs) };
      const clash = s.busy
        .filter((b) => overlaps(b, slot))
        .reduce<Date | undefined>((max, b) => (max && max > b.end ? max : b.end), undefined);
      // after a clash, the next candidate is the end of the latest busy interval it met
      start = clash ? ceilQuarter(clash) : new Date(start.getTime() + QUARTER_MS);
      if (!clash) out.push(slot);
    }
  }
  return out;
}

/** Free starts of a day, the first one and then each at least the duration after the previous. */
function spreadWithinDay(starts: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const slot of starts) if (out.length === 0 || slot.start >= out[out.length - 1]!.end) out.push(slot);
  return out;
}

/**
 * Up to `limit` free slots of `durationMin` in the search days, inside working hours and the
 * window, never before now (rounded up to the quarter) or `notBefore`. Suggestions are spread:
 * within a day the first free start, then each one starting when the previous suggestion ends;
 * over several days the first slot of each day comes before a second slot of any day, so "next
 * week" offers Monday, Tuesday, Wednesday rather than three hours of Monday. The result is in
 * chronological order.
 */
export function findFreeSlots(s: SlotSearch): Interval[] {
  const limit = s.limit ?? DEFAULT_LIMIT;
  if (s.durationMin <= 0 || limit <= 0) return [];
  const earliest = new Date(Math.max(ceilQuarter(s.now).getTime(), s.notBefore?.getTime() ?? 0));
  const first = parseDate(s.from);
  const last = parseDate(s.to);
  // a day that does not exist (an LLM's 30 February) holds no slots
  if (!first || !last) return [];
  const perDay: Interval[][] = [];
  let found = 0;
  for (let date = first, n = 0; compareDates(date, last) <= 0 && n < MAX_DAYS; date = addDays(date, 1), n++) {
    const spread = spreadWithinDay(freeStartsOfDay(s, date, earliest));
    if (spread.length === 0) continue;
    perDay.push(spread);
    found += spread.length;
    // enough days to fill every place with each day's first slot: later days cannot come first
    if (perDay.length >= limit) break;
  }
  const picked: Interval[] = [];
  for (let rank = 0; picked.length < limit && rank < limit && found > 0; rank++) {
    for (const day of perDay) if (day[rank] && picked.length < limit) picked.push(day[rank]!);
  }
  return picked.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * The free slots nearest a wanted start, before or after it, same duration: for a booking that
 * clashes. Looked for from `daysBefore` days before to `daysAfter` days after the wanted day; each
 * pick is the nearest candidate not overlapping those already picked.
 */
export function nearestFreeSlots(
  s: Omit<SlotSearch, 'from' | 'to' | 'window'> & { wanted: Date; daysBefore?: number; daysAfter?: number },
): Interval[] {
  const limit = s.limit ?? DEFAULT_LIMIT;
  const day = localDateTime(s.wanted, s.tz);
  const first = addDays(day, -(s.daysBefore ?? 3));
  const last = addDays(day, s.daysAfter ?? 7);
  const search = { ...s, from: formatDate(first), to: formatDate(last) };
  const earliest = new Date(Math.max(ceilQuarter(s.now).getTime(), s.notBefore?.getTime() ?? 0));
  const candidates: Interval[] = [];
  for (let date = first; compareDates(date, last) <= 0; date = addDays(date, 1)) {
    candidates.push(...freeStartsOfDay(search, date, earliest));
  }
  const distance = (slot: Interval) => Math.abs(slot.start.getTime() - s.wanted.getTime());
  candidates.sort((a, b) => distance(a) - distance(b) || a.start.getTime() - b.start.getTime());
  const picked: Interval[] = [];
  for (const slot of candidates) {
    if (picked.length >= limit) break;
    if (!picked.some((p) => overlaps(p, slot))) picked.push(slot);
  }
  return picked.sort((a, b) => a.start.getTime() - b.start.getTime());
}
